import { defineConfig } from 'vitest/config';

// The unit project alone, for StrykerJS (`npm run mutation`): mutants are judged by the engine's unit
// tests, not by the built site. Stryker's vitest runner picks, per module, the tests that import it.
export default defineConfig({
	test: {
		include: ['test/unit/**/*.test.ts'],
		environment: 'node',
		// Instrumented code on a shared machine is slow; Stryker sets its own per-mutant timeout from the dry run.
		testTimeout: 300_000,
	},
});
