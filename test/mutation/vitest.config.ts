import { defineConfig } from 'vitest/config';

/**
 * Modules whose mutants are judged by their own tests only. The edit distance runs in the hot loop of
 * other engines' property and timing tests (about 1,400 calls per EC2 suggestion, thousands of
 * suggestions per property run); instrumented it is about 100× slower, so those callers' tests would
 * take hours and the CPU-time guard in test/unit/ec2/performance.test.ts would fail. Its own tests pin
 * it to the textbook definition; the callers' tests still run in `npm test`.
 */
const OWN_TESTS_ONLY: Readonly<Record<string, string>> = {
	'src/lib/text/edit-distance.ts': 'test/unit/text/**/*.test.ts',
};

// The unit project alone, for StrykerJS (`npm run mutation`): mutants are judged by the engine's unit
// tests, not by the built site. Stryker's vitest runner picks, per module, the tests that import it.
export default defineConfig({
	test: {
		include: [OWN_TESTS_ONLY[process.env.MUTATION_MODULE ?? ''] ?? 'test/unit/**/*.test.ts'],
		environment: 'node',
		// Instrumented code on a shared machine is slow; Stryker sets its own per-mutant timeout from the dry run.
		testTimeout: 300_000,
	},
});
