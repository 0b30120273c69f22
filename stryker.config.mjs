// StrykerJS settings for `npm run mutation`. scripts/mutation.mjs runs Stryker once per engine module
// (named in MUTATION_MODULE) so that each module keeps its own incremental file and report.
const module = process.env.MUTATION_MODULE;
if (!module) throw new Error('Run mutation testing through `npm run mutation` (scripts/mutation.mjs).');
const reportDir = `reports/mutation/${module.replace(/^src\/lib\//, '').replace(/\.ts$/, '')}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	mutate: [module],
	testRunner: 'vitest',
	vitest: { configFile: 'test/mutation/vitest.config.ts', related: true },
	// Stryker's TypeScript preprocessing calls TypeScript's JS API, which TypeScript 7 no longer ships;
	// a tsconfig path that does not exist makes Stryker skip that step (Vitest compiles the sources).
	tsconfigFile: 'stryker-skips-tsconfig-preprocessing.json',
	coverageAnalysis: 'perTest',
	// A rerun only re-tests mutants whose code or covering tests changed.
	incremental: true,
	incrementalFile: `${reportDir}/incremental.json`,
	reporters: ['json', 'progress'],
	jsonReporter: { fileName: `${reportDir}/mutation.json` },
	ignorePatterns: ['dist', '.astro', 'reports', 'test/e2e', 'test/bench'],
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always',
	thresholds: { high: 90, low: 80, break: null },
};
