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
					// The engines are pure and the tests share no mutable state, so the files of a worker share one
					// module graph instead of re-importing src/lib per file: 17 s of CPU instead of 39 s for the
					// same 2,121 tests. A unit test must not depend on what another file left in a module.
					isolate: false,
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
					// The build, then one Chromium for every e2e file (test/e2e/global-setup.ts).
					globalSetup: ['test/site/global-setup.ts', 'test/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// Two files at a time, each opening its pages in their own contexts of the shared browser: while
					// one waits on a page load or a timer, the other computes. site-pages.test.ts runs its
					// concurrent tests a few pages at a time (test/e2e/every-page.ts).
					maxWorkers: 2,
					maxConcurrency: 8,
					// expect.poll() waits 1 s by default: a page update behind another file's page loads on a busy
					// machine can take longer. A poll still fails if the page never gets there; it only waits longer.
					expect: { poll: { timeout: 10_000 } },
				},
			},
		],
	},
});
