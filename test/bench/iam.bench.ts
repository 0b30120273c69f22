/**
 * Evaluations per second: our engine vs @cloud-copilot/iam-simulate on the same generated cases,
 * and the playground's "typical policy" re-evaluation (parse the JSON text + evaluate), which must
 * stay well under 1 ms so the page can update on every keystroke.
 *
 *   npm run bench
 */
import { expect, test } from 'vitest';
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { buildPlaygroundInput, evaluate, parsePolicy, type EvaluationInput } from '../../src/lib/iam/index';
import { sampleCases, toInput, toSimulation } from '../unit/iam/cases';
import { permissionsExample } from '../../src/examples/iam/permissions-policy';
import { conditionExample, policyStructureExample } from '../../src/examples/iam/policy-structure';

const CASES = 200;
const cases = sampleCases(CASES);
const inputs = cases.map(toInput);
const simulations = cases.map((c) => toSimulation(c) as Simulation);
const meanMs = (result: unknown) => (result as { latency: { mean: number } }).latency.mean;

test(`our engine is at least 5× faster than iam-simulate on ${CASES} generated cases`, async ({ bench }) => {
	const ours = meanMs(
		await bench('our engine (src/lib/iam)', () => {
			for (const input of inputs) evaluate(input);
		}).run(),
	);
	const theirs = meanMs(
		await bench('@cloud-copilot/iam-simulate', async () => {
			for (const simulation of simulations) await runSimulation(simulation, {});
		}).run(),
	);
	const perSecond = (ms: number) => Math.round((CASES / ms) * 1000);
	console.log(
		`our engine: ${perSecond(ours).toLocaleString('en')} evaluations/s (${((ours / CASES) * 1000).toFixed(1)} µs each)`,
	);
	console.log(
		`iam-simulate: ${perSecond(theirs).toLocaleString('en')} evaluations/s (${((theirs / CASES) * 1000).toFixed(1)} µs each)`,
	);
	console.log(`ratio: ${(theirs / ours).toFixed(1)}× faster`);
	expect(theirs / ours).toBeGreaterThanOrEqual(5);
});

test('re-evaluating a typical playground policy (parse + evaluate) takes well under 1 ms', async ({ bench }) => {
	// A keystroke changes the text, so each run gets a different string: nothing can be cached.
	let n = 0;
	for (const [name, example] of [
		['permissions page', permissionsExample],
		['cross-account bucket policy', policyStructureExample],
		['policy with conditions', conditionExample],
	] as const) {
		const mean = meanMs(
			await bench(name, () => {
				n++;
				evaluate(buildPlaygroundInput(example, `${example.policy}${' '.repeat(n % 7)}`, example.request));
			}).run(),
		);
		console.log(`${name}: ${(mean * 1000).toFixed(1)} µs per re-evaluation`);
		expect(mean).toBeLessThan(1);
	}
});

test('evaluating policies parsed once (the playground lints and evaluates the same parse)', async ({ bench }) => {
	const parsed: EvaluationInput[] = inputs.map((input) => ({
		...input,
		identityPolicies: (input.identityPolicies ?? []).map((p) => parsePolicy(JSON.stringify(p, null, 2), 'identity')),
	}));
	const fromText = meanMs(
		await bench('identity policies as objects', () => {
			for (const input of inputs) evaluate(input);
		}).run(),
	);
	const fromParsed = meanMs(
		await bench('identity policies already parsed', () => {
			for (const input of parsed) evaluate(input);
		}).run(),
	);
	console.log(
		`${CASES} cases: ${((fromText / CASES) * 1000).toFixed(1)} µs each from objects, ${((fromParsed / CASES) * 1000).toFixed(1)} µs each with identity policies parsed once`,
	);
	expect(fromParsed).toBeLessThan(fromText * 1.5);
});
