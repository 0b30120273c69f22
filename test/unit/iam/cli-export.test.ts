/** "Try it in your account" for the IAM playground examples: commands that parse back and carry the example exactly. */
import { describe, expect, test } from 'vitest';
import { formatCliCommand, parseCliCommand } from '../../../src/lib/cli';
import {
	buildPlaygroundInput,
	contextEntry,
	createPolicyCommand,
	parsePolicy,
	simulateCustomPolicy,
} from '../../../src/lib/iam';
import { permissionsExample } from '../../../src/examples/iam/permissions-policy';
import { playgroundExamples } from '../../../src/examples/iam/policy-structure';

const examples = [permissionsExample, ...playgroundExamples];

describe.each(examples.map((example) => [example.id, example] as const))('playground example %s', (_, example) => {
	const input = buildPlaygroundInput(example, example.policy, example.request);
	const exported = simulateCustomPolicy(input);
	const parsed = parseCliCommand(exported.text);
	const option = (name: string) => parsed.parameters.find((p) => p.name === name);

	test('parses back into iam simulate-custom-policy with the same parameters', () => {
		expect(parsed).toMatchObject({
			service: 'iam',
			operation: 'simulate-custom-policy',
			apiAction: 'iam:SimulateCustomPolicy',
		});
		expect(parsed.parameters.map((p) => ({ name: p.name, values: p.values }))).toEqual(exported.command.parameters);
	});

	test("--policy-input-list holds the editor's policy (equal after JSON.parse)", () => {
		const policies = option('--policy-input-list')!.values.map((value) => JSON.parse(value));
		if (example.editorRole === 'identity') expect(policies[0]).toEqual(JSON.parse(example.policy));
		if (example.editorRole === 'resource')
			expect(JSON.parse(option('--resource-policy')!.values[0]!)).toEqual(JSON.parse(example.policy));
	});

	test('the action and resource are the request’s', () => {
		expect(option('--action-names')!.values).toEqual([example.request.action]);
		expect(option('--resource-arns')!.values).toEqual([example.request.resource]);
	});

	test('--context-entries covers every key of the request context', () => {
		const keys = Object.keys(example.request.context ?? {});
		const entries = keys.length === 0 ? [] : JSON.parse(option('--context-entries')!.values[0]!);
		expect(entries.map((e: { ContextKeyName: string }) => e.ContextKeyName).sort()).toEqual(keys.sort());
	});

	test('matches the snapshot', () => {
		expect(exported.text).toMatchSnapshot();
	});
});

describe('contextEntry types', () => {
	test.each([
		['aws:SourceIp', '203.0.113.5', 'ip', ['203.0.113.5']],
		['aws:CurrentTime', '2026-12-01T00:00:00Z', 'date', ['2026-12-01T00:00:00Z']],
		['aws:MultiFactorAuthPresent', true, 'boolean', ['true']],
		['aws:MultiFactorAuthAge', 300, 'numeric', ['300']],
		['aws:PrincipalTag/team', 'blue', 'string', ['blue']],
		['aws:TagKeys', ['a', 'b'], 'stringList', ['a', 'b']],
	] as const)('%s = %j → %s', (key, value, type, values) => {
		expect(contextEntry(key, value as never)).toEqual({
			ContextKeyName: key,
			ContextKeyType: type,
			ContextKeyValues: values,
		});
	});
});

test('what the simulator cannot evaluate is said, not silently dropped', () => {
	const exported = simulateCustomPolicy({
		request: {
			principal: 'arn:aws:sts::111122223333:assumed-role/App/s1',
			action: 's3:GetObject',
			resource: 'arn:aws:s3:::b/k',
		},
		identityPolicies: [],
		resourcePolicy: { Version: '2012-10-17', Statement: [] },
		serviceControlPolicies: [[{ Version: '2012-10-17', Statement: [] }]],
		resourceControlPolicies: [[{ Version: '2012-10-17', Statement: [] }]],
		sessionPolicy: { Version: '2012-10-17', Statement: [] },
	});
	expect(exported.notCovered.join(' ')).toMatch(/only an IAM user.*SCPs.*RCPs.*Session policies/);
	expect(exported.command.parameters.find((p) => p.name === '--caller-arn')).toBeUndefined();
});

test('create-policy carries the policy document exactly', () => {
	const policy = JSON.parse(permissionsExample.policy);
	const parsed = parseCliCommand(formatCliCommand(createPolicyCommand('ReadReports', policy)));
	expect(parsed).toMatchObject({ service: 'iam', operation: 'create-policy', apiAction: 'iam:CreatePolicy' });
	expect(parsed.parameters[0]!.values).toEqual(['ReadReports']);
	expect(JSON.parse(parsed.parameters[1]!.values[0]!)).toEqual(policy);
});

test('an already parsed policy is exported from its text, not its internals', () => {
	const text = permissionsExample.policy;
	const exported = simulateCustomPolicy({ request: permissionsExample.request, identityPolicies: [parsePolicy(text)] });
	expect(JSON.parse(exported.command.parameters[0]!.values[0]!)).toEqual(JSON.parse(text));
});
