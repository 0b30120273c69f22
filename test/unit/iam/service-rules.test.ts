/**
 * Rules the evaluation logic alone does not show, each with the AWS page that states it — found by
 * running a peer simulator's test suite against this engine (see peer-fixtures.test.ts when present).
 */
import { describe, expect, test } from 'vitest';
import { evaluate, lintPolicy, type EvaluationInput } from '../../../src/lib/iam/index';
import { ACCOUNT, ALICE, allow, decide, deny, policy } from './helpers';

const ADMIN = [allow('*')];
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/AppRole/worker-1`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/AppRole`;
const OBJECT = 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv';

describe('requests that need no permission', () => {
	// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
	test('sts:GetCallerIdentity is allowed with no policy, and even when a policy denies it', () => {
		expect(evaluate({ request: { principal: ALICE, action: 'sts:GetCallerIdentity', resource: '*' } }).decision).toBe(
			'Allow',
		);
		expect(decide([deny('sts:GetCallerIdentity')], 'sts:GetCallerIdentity')).toBe('Allow');
		const denyAll = {
			request: { principal: SESSION, action: 'sts:GetCallerIdentity', resource: '*' },
			sessionPolicy: policy(deny('*')),
		};
		const result = evaluate(denyAll);
		expect(result.decision).toBe('Allow');
		expect(result.trace.find((s) => s.kind === 'rule' && s.deciding)?.message).toMatch(/needs no permission/);
		expect(decide([deny('sts:GetCallerIdentity')], 'sts:GetSessionToken')).toBe('ImplicitDeny');
	});
});

describe('AWS-owned resources no policy in the account can change', () => {
	// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies
	test('AWS managed policies can be read but not changed, even with "Action": "*"', () => {
		const managed = 'arn:aws:iam::aws:policy/AdministratorAccess';
		expect(decide(ADMIN, 'iam:GetPolicyVersion', managed)).toBe('Allow');
		expect(decide(ADMIN, 'iam:CreatePolicyVersion', managed)).toBe('ImplicitDeny');
		expect(decide(ADMIN, 'iam:DeletePolicy', managed)).toBe('ImplicitDeny');
		expect(decide([...ADMIN, deny('iam:DeletePolicy')], 'iam:DeletePolicy', managed)).toBe('ExplicitDeny');
		// A customer managed policy is the account's own.
		expect(decide(ADMIN, 'iam:CreatePolicyVersion', `arn:aws:iam::${ACCOUNT}:policy/MyPolicy`)).toBe('Allow');
	});
	test('roles reserved for AWS services (/aws-reserved/, e.g. IAM Identity Center) cannot be changed or passed', () => {
		const reserved = `arn:aws:iam::${ACCOUNT}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_ReadOnly_0123456789abcdef`;
		expect(decide(ADMIN, 'iam:GetRole', reserved)).toBe('Allow');
		expect(decide(ADMIN, 'iam:PutRolePolicy', reserved)).toBe('ImplicitDeny');
		expect(decide(ADMIN, 'iam:PassRole', reserved)).toBe('ImplicitDeny');
		expect(decide(ADMIN, 'iam:PutRolePolicy', ROLE)).toBe('Allow');
	});
	// https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html
	test('aliases of AWS managed keys (alias/aws/…) cannot be created, updated or deleted', () => {
		const awsAlias = `arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/s3`;
		expect(decide(ADMIN, 'kms:DeleteAlias', awsAlias)).toBe('ImplicitDeny');
		expect(decide(ADMIN, 'kms:UpdateAlias', awsAlias)).toBe('ImplicitDeny');
		expect(decide(ADMIN, 'kms:DeleteAlias', `arn:aws:kms:us-east-1:${ACCOUNT}:alias/my-key`)).toBe('Allow');
	});
});

describe('NotPrincipal with Allow', () => {
	// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
	const bucketPolicy = (notPrincipal: object) =>
		policy(allow('s3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/*', { NotPrincipal: notPrincipal }));
	const read = (principal: string, notPrincipal: object): EvaluationInput => ({
		request: { principal, action: 's3:GetObject', resource: OBJECT, resourceAccount: ACCOUNT },
		resourcePolicy: bucketPolicy(notPrincipal),
	});
	test('allows everyone except the principal it names', () => {
		const result = evaluate(read(ALICE, { AWS: ALICE }));
		expect(result.decision).toBe('ImplicitDeny');
		expect(result.trace.find((s) => s.kind === 'statement')?.message).toMatch(
			/NotPrincipal names .* so this Allow excludes it/,
		);
		expect(evaluate(read(ALICE, { AWS: `arn:aws:iam::${ACCOUNT}:user/bob` })).decision).toBe('Allow');
	});
	test('naming the role or the account excludes a session of it too', () => {
		expect(evaluate(read(SESSION, { AWS: ROLE })).decision).toBe('ImplicitDeny');
		expect(evaluate(read(ALICE, { AWS: ACCOUNT })).decision).toBe('ImplicitDeny');
	});
	test('with Deny, naming only the principal (not its account) still denies it — the documented trap', () => {
		const input: EvaluationInput = {
			request: { principal: ALICE, action: 's3:GetObject', resource: OBJECT, resourceAccount: ACCOUNT },
			identityPolicies: [policy(allow('s3:GetObject'))],
			resourcePolicy: policy(deny('s3:GetObject', '*', { NotPrincipal: { AWS: ALICE } })),
		};
		expect(evaluate(input).decision).toBe('ExplicitDeny');
	});
});

describe('a resource policy that names a role ARN', () => {
	// "Resource-based policies that grant permissions to an IAM role ARN are limited by an implicit deny
	// in a permissions boundary or session policy." https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
	test('is limited by the boundary whether the caller is the role or one of its sessions', () => {
		const input = (principal: string): EvaluationInput => ({
			request: { principal, action: 's3:GetObject', resource: OBJECT, resourceAccount: ACCOUNT },
			permissionsBoundary: policy(allow('ec2:*')),
			resourcePolicy: policy(allow('s3:GetObject', OBJECT, { Principal: { AWS: ROLE } })),
		});
		expect(evaluate(input(ROLE)).decision).toBe('ImplicitDeny');
		expect(evaluate(input(SESSION)).decision).toBe('ImplicitDeny');
	});
});

describe('malformed action names', () => {
	test('IAM accepts them and they match nothing: a warning, not an error', () => {
		const text = JSON.stringify(policy(allow('s3:GetObject,PutObject')));
		const findings = lintPolicy(text);
		expect(findings.find((f) => f.code === 'odd-action')?.severity).toBe('warning');
		expect(decide([allow('s3:GetObject,PutObject')], 's3:GetObject')).toBe('ImplicitDeny');
		expect(decide([{ Effect: 'Allow', NotAction: 's3:   GetObject', Resource: '*' }], 's3:GetObject')).toBe('Allow');
	});
	test('an action without exactly one colon is still an error, as IAM rejects it', () => {
		expect(lintPolicy(JSON.stringify(policy(allow('ec2:ec2:RunInstances')))).some((f) => f.code === 'bad-action')).toBe(
			true,
		);
		expect(lintPolicy(JSON.stringify(policy(allow('GetObject')))).some((f) => f.code === 'bad-action')).toBe(true);
	});
});
