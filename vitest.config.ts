import { defineConfig } from 'vitest/config';

// Three projects, one per folder of test/. `site` and `e2e` need a fresh build; their global setup
// builds dist/ once (see test/site/global-setup.ts), so `npm test` alone is always enough.
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					// unit and site run together first; the browser tests then get both cores to themselves
					// (Chromium plus axe on 84 page loads is the slowest part of the suite).
					sequence: { groupOrder: 0 },
					include: ['test/unit/**/*.test.ts'],
					environment: 'node',
					// Property tests run thousands of cases; on 2 shared cores (the site build and site tests run
					// alongside) the 5 s default is too tight. Speed is asserted by the benches.
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'site',
					sequence: { groupOrder: 0 },
					include: ['test/site/**/*.test.ts'],
					globalSetup: ['test/site/global-setup.ts'],
					testTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'e2e',
					sequence: { groupOrder: 1 },
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
