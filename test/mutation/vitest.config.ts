import { defineConfig } from 'vitest/config';

// The unit project alone, for StrykerJS (`npm run mutation`): mutants are judged by the engine's unit
// tests, not by the built site. Stryker's vitest runner picks, per module, the tests that import it.
export default defineConfig({
	test: {
		include: ['test/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
	},
});
