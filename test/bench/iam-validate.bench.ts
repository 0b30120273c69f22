/**
 * validatePolicy on a 6 KB identity policy (statements of AWS-documentation identity policies and SCPs), median time per run, next
 * to evaluate() on the same policy. The catalogue chunks are loaded once before timing (a page loads
 * them on the first keystroke and keeps them); each run gets a new string, as a keystroke would.
 *
 *   npm run bench
 */
import { expect, test } from 'vitest';
import { evaluate, validatePolicy } from '../../src/lib/iam/index';
import { AWS_DOC_POLICIES } from '../unit/iam/validate-aws-docs';
import { checkPolicyText } from '../../src/components/iam/policy-checks';
import { findingMarksView, findingsView } from '../../src/components/iam/policy-editor';
import { explanationView } from '../../src/components/iam/policy-summary-views';

const candidates = AWS_DOC_POLICIES.filter((p) =>
	['identity', 'permissionsBoundary', 'scp'].includes(p.policyType),
).flatMap((p, i) => {
	const list = (p.policy as { Statement: object | object[] }).Statement;
	return (Array.isArray(list) ? list : [list]).map((s, j) => ({ ...s, Sid: `Doc${i}x${j}` }));
});
const text = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
// Statements in order until the policy passes 6 KB (6,144 characters, the managed-policy quota).
const statements = candidates.slice(
	0,
	candidates.findIndex((_, i) => text(candidates.slice(0, i + 1)).length >= 6144) + 1,
);
const policy = text(statements);
const latency = (result: unknown) => (result as { latency: { p50?: number; mean: number } }).latency;

test('validatePolicy on a 6 KB policy: median within a keystroke budget', async ({ bench }) => {
	expect(policy.length).toBeGreaterThanOrEqual(6144);
	expect(policy.length).toBeLessThan(8000);
	await validatePolicy(policy); // load the chunks once
	let n = 0;
	const validate = latency(
		await bench('validatePolicy, 6 KB identity policy', async () => {
			n++;
			await validatePolicy(`${policy}${' '.repeat(n % 7)}`);
		}).run(),
	);
	const evaluation = latency(
		await bench('evaluate, same policy', () => {
			n++;
			evaluate({
				request: {
					principal: 'arn:aws:iam::111122223333:user/alice',
					action: 'dynamodb:GetItem',
					resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/MyTable',
				},
				identityPolicies: [`${policy}${' '.repeat(n % 7)}`],
			});
		}).run(),
	);
	const ms = (l: { p50?: number; mean: number }) => (l.p50 ?? l.mean).toFixed(3);
	console.log(`policy: ${policy.length} characters, ${statements.length} statements`);
	console.log(`validatePolicy median: ${ms(validate)} ms; evaluate median: ${ms(evaluation)} ms`);
	// Generous: on a quiet laptop this is a few ms; a shared CI machine is many times slower.
	expect(validate.p50 ?? validate.mean).toBeLessThan(50);
});

/**
 * What one keystroke in the policy playground costs on top of evaluate(): validatePolicy and
 * summarizePolicy of the text (checkPolicyText) and the views of the findings, their underlines and the
 * explanation — the work between the input event and the DOM update (rendering the views is not counted).
 */
test('one playground keystroke on a 6 KB policy: checks and views', async ({ bench }) => {
	await checkPolicyText(policy, 'identity'); // load the chunks once
	let n = 0;
	const keystroke = latency(
		await bench('validatePolicy + summarizePolicy + views, 6 KB policy', async () => {
			n++;
			const text = `${policy}${' '.repeat(n % 7)}`;
			const { findings, summary } = await checkPolicyText(text, 'identity');
			findingMarksView(text, findings);
			findingsView(text, findings, 'policy');
			explanationView(summary);
		}).run(),
	);
	console.log(`playground keystroke (checks + views) median: ${(keystroke.p50 ?? keystroke.mean).toFixed(3)} ms`);
	expect(keystroke.p50 ?? keystroke.mean).toBeLessThan(100);
});
