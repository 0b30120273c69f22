// Stand-alone config for the EC2 benchmarks, so they run without the site build that the `site` and
// `e2e` projects need:  npx vitest bench --run --config test/bench/ec2.vitest.config.ts
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	test: { include: [], benchmark: { include: ['test/bench/ec2*.bench.ts'] } },
});
