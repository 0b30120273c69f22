// Stand-alone config for the IAM benchmarks, so they run without the site build that the `site` and
// `e2e` projects need:  npx vitest bench --run --config test/bench/iam.vitest.config.ts
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	test: { include: [], benchmark: { include: ['test/bench/iam*.bench.ts'] } },
});
