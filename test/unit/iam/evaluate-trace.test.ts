/**
 * The evaluation logic step by step, as the trace tells it: which rules were applied, which statements
 * decided, and which organization policies took part.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html (SCPs do not
 * affect the management account) and …/orgs_manage_policies_rcps.html (RCPs: supported services only).
 */
import { describe, expect, test } from 'vitest';
import { evaluate, POLICY_TYPE_NAMES, type EvaluationInput } from '../../../src/lib/iam/index';
import { ACCOUNT, ALICE, allow, deny, policy } from './helpers';

const OBJECT = 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv';
const request = { principal: ALICE, action: 's3:GetObject', resource: OBJECT };
const REQUEST_LINE = `Request: an IAM user ${ALICE} asks for s3:GetObject on ${OBJECT}.`;
const NO_DENY = 'No statement explicitly denies the request.';
const IDENTITY_ALLOWS = 'Same account: an identity-based policy allows the request.';

const rulesOf = (input: EvaluationInput) =>
	evaluate(input)
		.trace.filter((s) => s.kind === 'rule')
		.map((s) => s.message);
const statementsOf = (input: EvaluationInput) => evaluate(input).trace.filter((s) => s.kind === 'statement');

describe('the rules the trace lists', () => {
	test('identity policies alone: no organization rule appears', () => {
		const input = { request, identityPolicies: [policy(allow('s3:*'))] };
		expect(rulesOf(input)).toEqual([REQUEST_LINE, NO_DENY, IDENTITY_ALLOWS]);
		// A management account given without SCPs or RCPs adds nothing either.
		expect(rulesOf({ ...input, managementAccount: ACCOUNT })).toEqual([REQUEST_LINE, NO_DENY, IDENTITY_ALLOWS]);
	});
	test('RCPs and SCPs that let the request through, each said once', () => {
		const input = {
			request,
			identityPolicies: [policy(allow('s3:*'))],
			serviceControlPolicies: [[policy(allow('*'))], [policy(allow('s3:*')), policy(allow('s3:Get*'))]],
			resourceControlPolicies: [[policy(deny('s3:PutObject', '*', { Principal: '*' }))]],
		};
		expect(rulesOf(input)).toEqual([
			REQUEST_LINE,
			NO_DENY,
			'No RCP denies the request; RCPFullAWSAccess, attached at every level (1), lets it through. RCPs never grant access.',
			'Every SCP level (2) allows the action.',
			IDENTITY_ALLOWS,
		]);
		const steps = statementsOf(input);
		// Every SCP Allow on the path decided (each level needs one); the RCP statement checked its Principal.
		expect(steps.map((s) => [s.policyType, s.level, s.policyIndex, s.deciding ?? false])).toEqual([
			['rcp', 0, 0, false],
			['scp', 0, 0, true],
			['scp', 1, 0, true],
			['scp', 1, 1, true],
			['identity', undefined, 0, true],
		]);
	});
	test('an RCP statement checks its Principal "*" like a resource-based policy', () => {
		const input = {
			request,
			identityPolicies: [policy(allow('s3:*'))],
			resourceControlPolicies: [[policy(deny('s3:Get*', '*', { Principal: '*' }))]],
		};
		expect(statementsOf(input)[0]!.message).toContain('Principal names the caller — everyone ("*")');
	});
	test('a management-account caller: the SCPs, even a Deny, take no part', () => {
		const input = {
			request,
			identityPolicies: [policy(allow('s3:*'))],
			serviceControlPolicies: [[policy(deny('s3:*'))]],
			managementAccount: ACCOUNT,
		};
		expect(evaluate(input).decision).toBe('Allow');
		expect(rulesOf(input)).toEqual([
			REQUEST_LINE,
			`The caller is in the management account (${ACCOUNT}): SCPs do not affect its users or roles.`,
			NO_DENY,
			IDENTITY_ALLOWS,
		]);
		expect(statementsOf(input)[0]).toMatchObject({ policyType: 'scp', matched: true });
		expect(statementsOf(input)[0]!.deciding).toBeUndefined();
	});
	test('a service RCPs do not cover: the RCPs, even a Deny, take no part', () => {
		const input = {
			request: { principal: ALICE, action: 'ec2:DescribeInstances', resource: '*' },
			identityPolicies: [policy(allow('ec2:*'))],
			resourceControlPolicies: [[policy(deny('*', '*', { Principal: '*', Action: 'ec2:*' }))]],
		};
		expect(evaluate(input).decision).toBe('Allow');
		const rules = rulesOf(input);
		expect(rules[1]).toBe(
			'RCPs apply only to the services that support them, and ec2 is not one of them: the RCPs do not apply.',
		);
		expect(rules.join('\n')).not.toContain('RCPFullAWSAccess');
	});
});

describe('explicit deny', () => {
	test('the first Deny is named, with its Sid; every matching Deny is marked as deciding', () => {
		const input = {
			request,
			identityPolicies: [
				policy(
					allow('s3:*'),
					deny('s3:Get*', '*', { Sid: 'NoReads' }),
					deny('s3:*'),
					deny('s3:PutObject', '*', { Sid: 'NoWrites' }),
				),
			],
		};
		const result = evaluate(input);
		expect(result.decision).toBe('ExplicitDeny');
		expect(rulesOf(input).at(-1)).toBe(
			'An explicit Deny applies (Identity policy 1, statement 2 "NoReads"). A Deny in any policy overrides every Allow.',
		);
		expect(statementsOf(input).map((s) => s.deciding ?? false)).toEqual([false, true, true, false]);
	});
	test('a Deny without a Sid is named by its place', () => {
		const input = {
			request,
			identityPolicies: [policy(allow('s3:*')), policy(allow('s3:*'), deny('s3:GetObject'))],
		};
		expect(rulesOf(input).at(-1)).toBe(
			'An explicit Deny applies (Identity policy 2, statement 2). A Deny in any policy overrides every Allow.',
		);
	});
});

describe('organization policies are named by level and place', () => {
	const input = {
		request,
		identityPolicies: [policy(allow('s3:*'))],
		serviceControlPolicies: [[policy(allow('*'))], [policy(allow('*')), policy(deny('s3:GetObject'))]],
	};
	test('every statement carries its policy label; an SCP Deny is named by level and policy', () => {
		expect(statementsOf(input).map((s) => s.policyLabel)).toEqual([
			'SCP level 1, policy 1',
			'SCP level 2, policy 1',
			'SCP level 2, policy 2',
			'Identity policy 1',
		]);
		const deciding = evaluate(input).trace.filter((s) => s.kind === 'rule' && s.deciding);
		expect(deciding.map((s) => s.message)).toEqual([
			'An explicit Deny applies (SCP level 2, policy 2, statement 1). A Deny in any policy overrides every Allow.',
		]);
	});
	test('a level with no Allow is named in the rule that decides', () => {
		const noAllow = { ...input, serviceControlPolicies: [[policy(allow('*'))], [policy(allow('ec2:*'))]] };
		expect(evaluate(noAllow).decision).toBe('ImplicitDeny');
		expect(rulesOf(noAllow).at(-1)).toBe(
			'SCP level 2 has no statement that allows s3:GetObject. Every level of the organization (root, each OU, the account) must allow an action.',
		);
	});
	test('every policy is checked and traced as the type of its place', () => {
		const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/AppRole/worker-1`;
		const all = {
			request: { ...request, principal: SESSION },
			identityPolicies: [policy(allow('s3:*'))],
			resourcePolicy: policy(allow('s3:GetObject', OBJECT, { Principal: { AWS: ACCOUNT } })),
			permissionsBoundary: policy(allow('s3:*')),
			sessionPolicy: policy(allow('s3:GetObject')),
			serviceControlPolicies: [[policy(allow('*'))]],
			resourceControlPolicies: [[policy(deny('s3:PutObject', '*', { Principal: '*' }))]],
		};
		expect(evaluate(all).decision).toBe('Allow');
		expect(statementsOf(all).map((s) => [s.policyType, s.policyLabel])).toEqual([
			['rcp', 'RCP level 1, policy 1'],
			['scp', 'SCP level 1, policy 1'],
			['resource', 'Resource-based policy'],
			['permissionsBoundary', 'Permissions boundary'],
			['session', 'Session policy'],
			['identity', 'Identity policy 1'],
		]);
		// A boundary and a session policy are read under identity-policy rules: no Principal.
		const withPrincipal = policy(allow('s3:*', '*', { Principal: { AWS: ACCOUNT } }));
		expect(() => evaluate({ ...all, permissionsBoundary: withPrincipal })).toThrow(/Principal/);
		expect(() => evaluate({ ...all, sessionPolicy: withPrincipal })).toThrow(/Principal/);
	});
	test('the policy types are named as the evaluation-logic page names them', () => {
		// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
		expect(POLICY_TYPE_NAMES).toEqual({
			identity: 'Identity-based policy',
			resource: 'Resource-based policy',
			permissionsBoundary: 'Permissions boundary',
			scp: 'Service control policy',
			rcp: 'Resource control policy',
			session: 'Session policy',
		});
	});
});

describe('callers without identity policies (AWS services, anonymous callers)', () => {
	const resource = (principal: unknown) => policy(allow('s3:GetObject', OBJECT, { Principal: principal }));
	test('a resource-based policy that names them directly allows', () => {
		const anonymous = { request: { ...request, principal: '*' }, resourcePolicy: resource('*') };
		expect(evaluate(anonymous).decision).toBe('Allow');
		expect(rulesOf(anonymous).at(-1)).toBe('The resource-based policy allows an anonymous caller directly.');
		expect(statementsOf(anonymous)[0]!.deciding).toBe(true);
		const service = {
			request: { ...request, principal: 'cloudtrail.amazonaws.com' },
			resourcePolicy: resource({ Service: 'cloudtrail.amazonaws.com' }),
		};
		expect(evaluate(service).decision).toBe('Allow');
		expect(rulesOf(service).at(-1)).toBe('The resource-based policy allows an AWS service directly.');
	});
	test('one that names only an account does not, and the trace says why', () => {
		const input = {
			request: { ...request, principal: 'cloudtrail.amazonaws.com' },
			resourcePolicy: resource({ AWS: ACCOUNT }),
			identityPolicies: [policy(allow('s3:*'))],
		};
		expect(evaluate(input).decision).toBe('ImplicitDeny');
		expect(rulesOf(input).at(-1)).toBe(
			'an AWS service has no identity-based policies, so only a resource-based policy that names it can allow the request — none does.',
		);
	});
});

describe('policies given as objects', () => {
	test('are pretty-printed, so statements still have line numbers', () => {
		const input = { request, identityPolicies: [policy(allow('s3:PutObject'), allow('s3:GetObject'))] };
		expect(statementsOf(input).map((s) => s.line)).toEqual([4, 9]);
		expect(statementsOf({ ...input, identityPolicies: [JSON.stringify(input.identityPolicies[0], null, 2)] })).toEqual(
			statementsOf(input),
		);
	});
});
