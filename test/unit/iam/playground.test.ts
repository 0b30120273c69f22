/** The policy playground's evaluation (src/lib/iam/playground.ts), used at build time and in the browser. */
import { describe, expect, test } from 'vitest';
import { checkPolicy, evaluate, evaluatePlayground, lintPolicy, type PlaygroundText } from '../../../src/lib/iam/index';
import {
	conditionExample,
	playgroundExamples,
	policyStructureExample,
} from '../../../src/examples/iam/policy-structure';
import { permissionsExample } from '../../../src/examples/iam/permissions-policy';
import type { PlaygroundExample } from '../../../src/examples/iam/policy-playground-types';

const textOf = (example: PlaygroundExample): PlaygroundText => ({
	policy: example.policy,
	principal: example.request.principal,
	action: example.request.action,
	resource: example.request.resource,
	resourceAccount: example.request.resourceAccount ?? '',
	context: example.request.context ? JSON.stringify(example.request.context) : '',
});

describe('evaluatePlayground', () => {
	test("gives each example the decision the page shows, and marks the deciding statement's line", () => {
		const structure = evaluatePlayground(policyStructureExample, textOf(policyStructureExample));
		expect(structure.result?.decision).toBe('Allow');
		expect(structure.error).toBeNull();
		// The bucket policy's only statement opens on line 5 of the pretty-printed text.
		expect(structure.decidingLines).toEqual([5]);
		expect(evaluatePlayground(conditionExample, textOf(conditionExample)).result?.decision).toBe('ImplicitDeny');
	});

	test("only the edited policy's own statements are deciding lines, not a fixed policy's", () => {
		const allowS3 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
		const allowEc2 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] };
		const setting = { editorRole: 'identity' as const, fixed: { identityPolicies: [allowS3] } };
		const text = { ...textOf(policyStructureExample), resourceAccount: '', policy: JSON.stringify(allowEc2, null, 2) };
		const evaluation = evaluatePlayground(setting, text);
		// The fixed policy (identity policy 2) allows, at line 4 of its own text; the editor's line 4 did nothing.
		expect(evaluation.result?.decision).toBe('Allow');
		const deciding = evaluation.result!.trace.filter((s) => s.kind === 'statement' && s.deciding);
		expect(deciding.map((s) => [s.policyIndex, s.line])).toEqual([[1, 4]]);
		expect(evaluation.decidingLines).toEqual([]);
		// Swap them: now the editor's statement decides, and its line is marked.
		const swapped = evaluatePlayground(
			{ editorRole: 'identity', fixed: { identityPolicies: [allowEc2] } },
			{ ...text, policy: JSON.stringify(allowS3, null, 2) },
		);
		expect(swapped.decidingLines).toEqual([4]);
	});

	test('no result beside an error, and the error names the field as the page labels it', () => {
		const badAccount = evaluatePlayground(policyStructureExample, {
			...textOf(policyStructureExample),
			resourceAccount: '1234',
		});
		expect(badAccount.result).toBeNull();
		expect(badAccount.error?.field).toBe('resourceAccount');
		const badPolicy = evaluatePlayground(policyStructureExample, {
			...textOf(policyStructureExample),
			policy: '{ "Version": ',
		});
		expect(badPolicy).toMatchObject({ result: null, decidingLines: [], error: { field: 'policy', line: 1 } });
		const badContext = evaluatePlayground(conditionExample, { ...textOf(conditionExample), context: '[1, 2]' });
		expect(badContext.error).toMatchObject({ field: 'context', message: expect.stringContaining('JSON object') });
	});

	test('an empty condition value is refused, not evaluated: an empty aws:SourceIp is not an IP address', () => {
		const notIp = JSON.stringify({
			Version: '2012-10-17',
			Statement: [
				{
					Effect: 'Allow',
					Action: 's3:GetObject',
					Resource: '*',
					Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } },
				},
			],
		});
		const text = { ...textOf(conditionExample), policy: notIp, context: '{ "aws:SourceIp": "" }' };
		const evaluation = evaluatePlayground({ editorRole: 'identity' }, text);
		expect(evaluation.result).toBeNull();
		expect(evaluation.error).toMatchObject({
			field: 'context',
			message: expect.stringContaining('"aws:SourceIp" is empty'),
		});
		// With a real address outside the range, the same policy allows: the refusal is about the empty value.
		const outside = evaluatePlayground(
			{ editorRole: 'identity' },
			{ ...text, context: '{ "aws:SourceIp": "203.0.113.9" }' },
		);
		expect(outside.result?.decision).toBe('Allow');
	});

	test('agrees with evaluate() on the same input', () => {
		const evaluation = evaluatePlayground(conditionExample, textOf(conditionExample));
		const direct = evaluate({
			identityPolicies: [conditionExample.policy],
			request: { ...conditionExample.request },
		});
		expect(evaluation.result?.decision).toBe(direct.decision);
	});
});

describe('one check per keystroke serves the linter and the evaluation', () => {
	const settings = [permissionsExample, ...playgroundExamples];
	test.each(settings.map((s) => [s.id, s] as const))(
		'%s: same findings and decision as reading the text twice',
		(_, example) => {
			for (const policy of [example.policy, example.policy.replace('"Allow"', '"Deny"'), example.policy.slice(0, -3)]) {
				const text = { ...textOf(example), policy };
				const checked = checkPolicy(policy, example.editorRole);
				expect(lintPolicy(checked)).toEqual(lintPolicy(policy, { policyType: example.editorRole }));
				expect(evaluatePlayground(example, text, checked)).toEqual(evaluatePlayground(example, text));
			}
		},
	);
});
