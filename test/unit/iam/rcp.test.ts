/**
 * Resource control policies (RCPs) in the decision and the trace, with the examples of AWS's own pages:
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_evaluation.html
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/resource-control-policies.html
 */
import { describe, expect, test } from 'vitest';
import {
	evaluate,
	lintPolicy,
	parsePolicy,
	PolicyParseError,
	PolicyRequestError,
	RCP_SERVICES,
	type EvaluationInput,
} from '../../../src/lib/iam/index';
import { ACCOUNT, ALICE, OTHER, allow, policy } from './helpers';

const MANAGEMENT = '999999999999';
const BUCKET = 'arn:aws:s3:::amzn-s3-demo-bucket';
const OBJECT = `${BUCKET}/report.csv`;
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const BOB = `arn:aws:iam::${OTHER}:user/bob`;

/** RCP syntax page: "denies access to Amazon S3 operations and resources unless the request occurs over secure transport". */
const S3_SECURE_TRANSPORT = {
	Version: '2012-10-17',
	Statement: [
		{
			Effect: 'Deny',
			Principal: '*',
			Action: 's3:*',
			Resource: '*',
			Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } },
		},
	],
};
/** KMS developer guide: "RCPEnforceIdentityPerimeter" — only principals of my organization use my keys. */
const KMS_IDENTITY_PERIMETER = {
	Version: '2012-10-17',
	Statement: [
		{
			Sid: 'RCPEnforceIdentityPerimeter',
			Effect: 'Deny',
			Principal: '*',
			Action: 'kms:*',
			Resource: '*',
			Condition: {
				StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-exampleorgid' },
				Bool: { 'aws:PrincipalIsAWSService': 'false' },
			},
		},
	],
};
/** AWS's RCPFullAWSAccess, attached to every level; pasting it changes nothing. */
const RCP_FULL_AWS_ACCESS = {
	Version: '2012-10-17',
	Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
};

const readObject = (
	extra: Partial<EvaluationInput> = {},
	context: Record<string, string | boolean> = {},
): EvaluationInput => ({
	request: { principal: ALICE, action: 's3:GetObject', resource: OBJECT, resourceAccount: ACCOUNT, context },
	identityPolicies: [policy(allow('s3:GetObject', `${BUCKET}/*`))],
	...extra,
});

describe('RCPs in the decision', () => {
	test('an RCP Deny that matches is an explicit deny, even over an identity-policy Allow', () => {
		const input = readObject({ resourceControlPolicies: [[S3_SECURE_TRANSPORT]] }, { 'aws:SecureTransport': false });
		const result = evaluate(input);
		expect(result.decision).toBe('ExplicitDeny');
		const deciding = result.trace.find((s) => s.kind === 'statement' && s.deciding);
		expect(deciding).toMatchObject({
			policyType: 'rcp',
			policyLabel: 'RCP level 1, policy 1',
			level: 0,
			effect: 'Deny',
		});
	});
	test('an RCP never grants: with no Deny the rest of the logic decides (RCPFullAWSAccess lets it through)', () => {
		expect(
			evaluate(readObject({ resourceControlPolicies: [[S3_SECURE_TRANSPORT]] }, { 'aws:SecureTransport': true }))
				.decision,
		).toBe('Allow');
		const noIdentity = readObject({ resourceControlPolicies: [[RCP_FULL_AWS_ACCESS]], identityPolicies: [] });
		expect(evaluate(noIdentity).decision).toBe('ImplicitDeny');
		const rules = evaluate(readObject({ resourceControlPolicies: [[], []] })).trace.filter((s) => s.kind === 'rule');
		expect(rules.some((s) => /RCPFullAWSAccess, attached at every level \(2\)/.test(s.message))).toBe(true);
	});
	test('a Deny at any level of the path (root, OU, account) applies', () => {
		const levels = [[], [], [S3_SECURE_TRANSPORT]];
		expect(evaluate(readObject({ resourceControlPolicies: levels }, { 'aws:SecureTransport': false })).decision).toBe(
			'ExplicitDeny',
		);
	});
	test('RCPs limit callers from other accounts too — the point of a data perimeter', () => {
		const crossAccount: EvaluationInput = {
			request: {
				principal: BOB,
				action: 's3:GetObject',
				resource: OBJECT,
				resourceAccount: ACCOUNT,
				context: { 'aws:SecureTransport': false },
			},
			identityPolicies: [policy(allow('s3:GetObject'))],
			resourcePolicy: policy(allow('s3:GetObject', `${BUCKET}/*`, { Principal: { AWS: BOB } })),
		};
		expect(evaluate(crossAccount).decision).toBe('Allow');
		expect(evaluate({ ...crossAccount, resourceControlPolicies: [[S3_SECURE_TRANSPORT]] }).decision).toBe(
			'ExplicitDeny',
		);
	});
	test('RCPs apply to anonymous callers of a public bucket and to the root user', () => {
		const publicRead = policy(allow('s3:GetObject', `${BUCKET}/*`, { Principal: '*' }));
		const anonymous: EvaluationInput = {
			request: {
				principal: 'anonymous',
				action: 's3:GetObject',
				resource: OBJECT,
				resourceAccount: ACCOUNT,
				context: { 'aws:SecureTransport': false },
			},
			resourcePolicy: publicRead,
		};
		expect(evaluate(anonymous).decision).toBe('Allow');
		expect(evaluate({ ...anonymous, resourceControlPolicies: [[S3_SECURE_TRANSPORT]] }).decision).toBe('ExplicitDeny');
		const root = readObject(
			{ resourceControlPolicies: [[S3_SECURE_TRANSPORT]], identityPolicies: [] },
			{ 'aws:SecureTransport': false },
		);
		root.request.principal = `arn:aws:iam::${ACCOUNT}:root`;
		expect(evaluate(root).decision).toBe('ExplicitDeny');
	});
	test('the KMS identity perimeter: outside principals are denied, AWS services and my organization are not', () => {
		const use = (principal: string, context: Record<string, string>): EvaluationInput => ({
			request: { principal, action: 'kms:Decrypt', resource: KEY, context },
			resourcePolicy: policy(allow('kms:Decrypt', '*', { Principal: { AWS: [`arn:aws:iam::${ACCOUNT}:root`, BOB] } })),
			identityPolicies: [policy(allow('kms:Decrypt'))],
			resourceControlPolicies: [[KMS_IDENTITY_PERIMETER]],
		});
		expect(evaluate(use(BOB, { 'aws:PrincipalOrgID': 'o-otherorg' })).decision).toBe('ExplicitDeny');
		expect(evaluate(use(BOB, { 'aws:PrincipalOrgID': 'o-exampleorgid' })).decision).toBe('Allow');
		expect(evaluate(use(ALICE, { 'aws:PrincipalOrgID': 'o-exampleorgid' })).decision).toBe('Allow');
	});
});

describe('what RCPs do not restrict', () => {
	const denied = (extra: Partial<EvaluationInput>, request: Partial<EvaluationInput['request']> = {}) => {
		const input = readObject(
			{ resourceControlPolicies: [[S3_SECURE_TRANSPORT]], ...extra },
			{ 'aws:SecureTransport': false },
		);
		Object.assign(input.request, request);
		return evaluate(input);
	};
	test('resources in the management account', () => {
		expect(denied({ managementAccount: ACCOUNT }).decision).toBe('Allow');
		const result = denied({ managementAccount: ACCOUNT });
		expect(
			result.trace.some((s) =>
				/management account \(111122223333\): RCPs only affect resources in member accounts/.test(s.message),
			),
		).toBe(true);
		// A member account is restricted, including when the caller is in the management account.
		expect(denied({ managementAccount: MANAGEMENT }).decision).toBe('ExplicitDeny');
	});
	test('services that do not support RCPs (EC2 is not in the list)', () => {
		expect(RCP_SERVICES.has('s3') && RCP_SERVICES.has('sts') && RCP_SERVICES.has('kms')).toBe(true);
		expect(RCP_SERVICES.has('ec2')).toBe(false);
		const ec2Deny = {
			Version: '2012-10-17',
			Statement: [{ Effect: 'Deny', Principal: '*', Action: 'ec2:*', Resource: '*' }],
		};
		const input: EvaluationInput = {
			request: {
				principal: ALICE,
				action: 'ec2:TerminateInstances',
				resource: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-1`,
			},
			identityPolicies: [policy(allow('ec2:TerminateInstances'))],
			resourceControlPolicies: [[ec2Deny]],
		};
		expect(evaluate(input).decision).toBe('Allow');
	});
	test('calls made by service-linked roles', () => {
		const slr = `arn:aws:sts::${ACCOUNT}:assumed-role/AWSServiceRoleForExample/session`;
		expect(denied({}, { principal: slr }).decision).toBe('Allow');
		const slrRole = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/example.amazonaws.com/AWSServiceRoleForExample`;
		expect(denied({}, { principal: slrRole }).decision).toBe('Allow');
	});
	test('kms:RetireGrant and AWS managed keys (alias/aws/…)', () => {
		const kmsDeny = {
			Version: '2012-10-17',
			Statement: [{ Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*' }],
		};
		const kms = (action: string, resource: string): EvaluationInput => ({
			request: { principal: ALICE, action, resource },
			identityPolicies: [policy(allow('kms:*'))],
			resourcePolicy: policy(allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } })),
			resourceControlPolicies: [[kmsDeny]],
		});
		expect(evaluate(kms('kms:RetireGrant', KEY)).decision).toBe('Allow');
		expect(evaluate(kms('kms:Decrypt', KEY)).decision).toBe('ExplicitDeny');
		expect(evaluate(kms('kms:DescribeKey', `arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/s3`)).decision).toBe('Allow');
	});
	test('SCPs, in turn, do not limit principals of the management account', () => {
		const scpDeny = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] };
		expect(evaluate(readObject({ serviceControlPolicies: [[scpDeny]] })).decision).toBe('ExplicitDeny');
		expect(evaluate(readObject({ serviceControlPolicies: [[scpDeny]], managementAccount: ACCOUNT })).decision).toBe(
			'Allow',
		);
	});
});

describe('RCP syntax', () => {
	const rcpError = (statement: object) => {
		try {
			evaluate(readObject({ resourceControlPolicies: [[{ Version: '2012-10-17', Statement: [statement] }]] }));
		} catch (error) {
			expect(error).toBeInstanceOf(PolicyParseError);
			return (error as Error).message;
		}
		return undefined;
	};
	test("a customer RCP can only Deny; AWS's own RCPFullAWSAccess is accepted as it is", () => {
		expect(rcpError({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' })).toMatch(
			/can only Deny/,
		);
		expect(rcpError(RCP_FULL_AWS_ACCESS.Statement[0]!)).toBeUndefined();
	});
	test('Principal is required and can only be "*"; NotPrincipal and NotAction are not supported', () => {
		expect(rcpError({ Effect: 'Deny', Action: 's3:*', Resource: '*' })).toMatch(/no "Principal"/);
		expect(rcpError({ Effect: 'Deny', Principal: { AWS: BOB }, Action: 's3:*', Resource: '*' })).toMatch(
			/can only say "Principal": "\*"/,
		);
		expect(rcpError({ Effect: 'Deny', Principal: '*', NotAction: 's3:GetObject', Resource: '*' })).toMatch(
			/"NotAction" is not supported/,
		);
	});
	test('"*" alone as the Action of a Deny is refused; Resource is required', () => {
		expect(rcpError({ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' })).toMatch(
			/cannot use "\*" as an Action/,
		);
		expect(rcpError({ Effect: 'Deny', Principal: '*', Action: 's3:*' })).toMatch(/no "Resource"/);
	});
	test('the linter knows the RCP rules too, and a parsed RCP is reused by evaluate()', () => {
		const text = JSON.stringify(S3_SECURE_TRANSPORT);
		expect(lintPolicy(text, { policyType: 'rcp' }).filter((f) => f.severity === 'error')).toEqual([]);
		const parsed = parsePolicy(text, 'rcp');
		expect(
			evaluate(readObject({ resourceControlPolicies: [[parsed]] }, { 'aws:SecureTransport': false })).decision,
		).toBe('ExplicitDeny');
	});
	test('a management account that is not an account ID is refused with a message', () => {
		expect(() => evaluate(readObject({ managementAccount: '123' }))).toThrow(PolicyRequestError);
	});
});
