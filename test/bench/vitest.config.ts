// Benchmarks run on their own, without the site build that the `site` and `e2e` test projects need:
//   npm run bench        (every engine)
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	test: { include: [], benchmark: { include: ['test/bench/**/*.bench.ts'] } },
});
