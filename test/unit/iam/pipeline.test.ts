/**
 * parse → evaluate: a policy parsed once (for the linter) can be evaluated without a second parse,
 * and gives the same result as its text.
 */
import { describe, expect, test } from 'vitest';
import { checkPolicy, evaluate, parsePolicy, PolicyParseError } from '../../../src/lib/iam/index';
import { sampleCases, toInput } from './cases';
import { ALICE, allow, policy } from './helpers';

describe('evaluate() with already parsed policies', () => {
	test('a parsed document gives exactly the result of its text, trace included', () => {
		for (const c of sampleCases(300)) {
			const input = toInput(c);
			const parsed = {
				...input,
				identityPolicies: (input.identityPolicies ?? []).map((p) =>
					parsePolicy(typeof p === 'string' ? p : JSON.stringify(p, null, 2), 'identity'),
				),
			};
			expect(evaluate(parsed)).toEqual(evaluate(input));
		}
	});

	test('a document checked as the same type is used as it is (its statements are the ones evaluated)', () => {
		const document = checkPolicy(JSON.stringify(policy(allow('s3:GetObject'))), 'identity').document!;
		// Changing the parsed statements changes the answer: the text is not read again.
		const changed = { ...document };
		expect(
			evaluate({ request: { principal: ALICE, action: 's3:GetObject', resource: '*' }, identityPolicies: [document] })
				.decision,
		).toBe('Allow');
		document.statements[0]!.action = ['s3:PutObject'];
		expect(
			evaluate({ request: { principal: ALICE, action: 's3:GetObject', resource: '*' }, identityPolicies: [document] })
				.decision,
		).toBe('ImplicitDeny');
		// A copy is a plain object, not a checked document: it is read as policy JSON (and rejected).
		expect(() =>
			evaluate({ request: { principal: ALICE, action: 's3:GetObject', resource: '*' }, identityPolicies: [changed] }),
		).toThrow(PolicyParseError);
	});

	test('a document checked as another type is checked again under the rules of its place', () => {
		const withPrincipal = parsePolicy(
			JSON.stringify(policy(allow('s3:GetObject', '*', { Principal: { AWS: ALICE } }))),
		);
		expect(() =>
			evaluate({
				request: { principal: ALICE, action: 's3:GetObject', resource: '*' },
				identityPolicies: [withPrincipal],
			}),
		).toThrow(/not allowed in an identity-based policy/);
		expect(
			evaluate({ request: { principal: ALICE, action: 's3:GetObject', resource: '*' }, resourcePolicy: withPrincipal })
				.decision,
		).toBe('Allow');
	});
});
