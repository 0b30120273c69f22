import { defineConfig } from 'vitest/config';

// Three projects, one per folder of test/. `site` and `e2e` need a fresh build; their global setup
// builds dist/ once (see test/site/global-setup.ts), so `npm test` alone is always enough.
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts'],
					environment: 'node',
					// Property tests run thousands of cases; on 2 shared cores (a browser runs the e2e
					// project alongside) the 5 s default is too tight. Speed is asserted by the benches.
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'site',
					include: ['test/site/**/*.test.ts'],
					globalSetup: ['test/site/global-setup.ts'],
					testTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					globalSetup: ['test/site/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false,
				},
			},
		],
	},
});
