/**
 * Policy evaluation logic, one policy type combination at a time.
 * Docs: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 *       https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 *       https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 */
import { describe, expect, test } from 'vitest';
import { evaluate, PolicyParseError, PolicyRequestError } from '../../../src/lib/iam/index';
import { ACCOUNT, ALICE, OTHER, allow, decide, decision, deny, policy } from './helpers';

const BUCKET_OBJECT = 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/app/AppRole`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/AppRole/worker-1`;
const req = (principal: string, action = 's3:GetObject', resource = BUCKET_OBJECT, resourceAccount?: string) => ({
	principal,
	action,
	resource,
	...(resourceAccount ? { resourceAccount } : {}),
});

describe('identity-based policies alone', () => {
	test('default deny: nothing allows → ImplicitDeny', () => {
		expect(decision({ request: req(ALICE) })).toBe('ImplicitDeny');
		expect(decide([allow('s3:PutObject')], 's3:GetObject')).toBe('ImplicitDeny');
	});
	test('an Allow that matches → Allow', () => {
		expect(decide([allow('s3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/*')], 's3:GetObject', BUCKET_OBJECT)).toBe(
			'Allow',
		);
	});
	test('explicit Deny beats Allow, whatever the order', () => {
		expect(decide([allow('s3:*'), deny('s3:GetObject')], 's3:GetObject')).toBe('ExplicitDeny');
		expect(decide([deny('s3:GetObject'), allow('s3:*')], 's3:GetObject')).toBe('ExplicitDeny');
	});
	test('allows from several policies add up (union)', () => {
		const input = {
			request: req(ALICE, 'ec2:DescribeInstances', '*'),
			identityPolicies: [policy(allow('s3:GetObject')), policy(allow('ec2:Describe*'))],
		};
		expect(decision(input)).toBe('Allow');
	});
	test('action names are case-insensitive, resources case-sensitive', () => {
		expect(decide([allow('S3:getobject', 'arn:aws:s3:::amzn-s3-demo-bucket/*')], 's3:GetObject', BUCKET_OBJECT)).toBe(
			'Allow',
		);
		expect(decide([allow('s3:GetObject', 'arn:aws:s3:::AMZN-s3-demo-bucket/*')], 's3:GetObject', BUCKET_OBJECT)).toBe(
			'ImplicitDeny',
		);
	});
	test('NotAction with Allow allows everything except the listed actions (docs: NotAction example)', () => {
		const statements = [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }];
		expect(decide(statements, 's3:ListAllMyBuckets')).toBe('Allow');
		expect(decide(statements, 'iam:CreateUser')).toBe('ImplicitDeny');
	});
	test('NotAction with Deny denies everything except the listed actions', () => {
		const statements = [
			allow('*'),
			{ Effect: 'Deny', NotAction: ['iam:ChangePassword', 'iam:GetUser'], Resource: '*' },
		];
		expect(decide(statements, 'iam:GetUser')).toBe('Allow');
		expect(decide(statements, 's3:GetObject')).toBe('ExplicitDeny');
	});
	test('NotResource: deny everything except one bucket', () => {
		const statements = [
			allow('s3:*'),
			{
				Effect: 'Deny',
				Action: 's3:*',
				NotResource: ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'],
			},
		];
		expect(decide(statements, 's3:GetObject', BUCKET_OBJECT)).toBe('Allow');
		expect(decide(statements, 's3:GetObject', 'arn:aws:s3:::other-bucket/x')).toBe('ExplicitDeny');
	});
	test('a Deny whose condition is false does not apply', () => {
		const statements = [allow('s3:*'), deny('s3:*', '*', { Condition: { Bool: { 'aws:SecureTransport': 'false' } } })];
		expect(decide(statements, 's3:GetObject', '*', { 'aws:SecureTransport': true })).toBe('Allow');
		expect(decide(statements, 's3:GetObject', '*', { 'aws:SecureTransport': false })).toBe('ExplicitDeny');
	});
});

describe('policy variables', () => {
	// Docs example: "Allow users to access their own home folder" with ${aws:username}.
	const home = [
		allow('s3:*', [
			'arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}',
			'arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*',
		]),
	];
	test('${aws:username} comes from the IAM user ARN', () => {
		expect(decide(home, 's3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/home/alice/notes.txt')).toBe('Allow');
		expect(decide(home, 's3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/home/bob/notes.txt')).toBe('ImplicitDeny');
	});
	test('a role session has no aws:username, so the Resource entry matches nothing', () => {
		expect(decide(home, 's3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/home/alice/notes.txt', {}, SESSION)).toBe(
			'ImplicitDeny',
		);
	});
	test("a default value is used when the key is missing (docs: ${aws:PrincipalTag/team, 'company-wide'})", () => {
		const statements = [
			allow('s3:GetObject', "arn:aws:s3:::amzn-s3-demo-bucket-${aws:PrincipalTag/team, 'company-wide'}/*"),
		];
		expect(decide(statements, 's3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket-company-wide/a')).toBe('Allow');
		expect(
			decide(statements, 's3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket-yellow/a', {
				'aws:PrincipalTag/team': 'yellow',
			}),
		).toBe('Allow');
		expect(
			decide(statements, 's3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket-company-wide/a', {
				'aws:PrincipalTag/team': 'yellow',
			}),
		).toBe('ImplicitDeny');
	});
	test('${*}, ${?}, ${$} are literal characters, not wildcards', () => {
		const statements = [allow('s3:GetObject', 'arn:aws:s3:::b/price${$}${*}${?}')];
		expect(decide(statements, 's3:GetObject', 'arn:aws:s3:::b/price$*?')).toBe('Allow');
		expect(decide(statements, 's3:GetObject', 'arn:aws:s3:::b/price$xy')).toBe('ImplicitDeny');
	});
	test('a substituted value is literal: a user named "a*" does not become a wildcard', () => {
		const statements = [allow('s3:GetObject', 'arn:aws:s3:::b/${aws:PrincipalTag/p}')];
		expect(decide(statements, 's3:GetObject', 'arn:aws:s3:::b/abc', { 'aws:PrincipalTag/p': 'a*' })).toBe(
			'ImplicitDeny',
		);
		expect(decide(statements, 's3:GetObject', 'arn:aws:s3:::b/a*', { 'aws:PrincipalTag/p': 'a*' })).toBe('Allow');
	});
	test('variables are plain text under Version 2008-10-17', () => {
		const old = { Version: '2008-10-17', Statement: [allow('s3:GetObject', 'arn:aws:s3:::b/${aws:username}')] };
		expect(decision({ request: req(ALICE, 's3:GetObject', 'arn:aws:s3:::b/alice'), identityPolicies: [old] })).toBe(
			'ImplicitDeny',
		);
		expect(
			decision({ request: req(ALICE, 's3:GetObject', 'arn:aws:s3:::b/${aws:username}'), identityPolicies: [old] }),
		).toBe('Allow');
	});
	test('in a condition: StringNotEquals with a missing variable matches (docs "Policy variables with no value")', () => {
		const statements = [
			allow('s3:GetObject'),
			deny('s3:GetObject', '*', {
				Condition: { StringNotEquals: { 's3:ExistingObjectTag/Team': '${aws:PrincipalTag/Team}' } },
			}),
		];
		expect(
			decide(statements, 's3:GetObject', '*', { 's3:ExistingObjectTag/Team': 'red', 'aws:PrincipalTag/Team': 'red' }),
		).toBe('Allow');
		expect(decide(statements, 's3:GetObject', '*', { 's3:ExistingObjectTag/Team': 'red' })).toBe('ExplicitDeny');
	});
});

describe('resource-based policies, same account', () => {
	const bucketPolicy = (principal: unknown, extra: Record<string, unknown> = {}) =>
		policy({
			Effect: 'Allow',
			Principal: principal,
			Action: 's3:GetObject',
			Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
			...extra,
		});
	test('a grant to the user ARN is enough on its own (docs: Carlos example)', () => {
		expect(
			decision({
				request: req(ALICE, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: bucketPolicy({ AWS: ALICE }),
			}),
		).toBe('Allow');
	});
	test('a grant to "*" is enough on its own', () => {
		expect(
			decision({ request: req(ALICE, 's3:GetObject', BUCKET_OBJECT, ACCOUNT), resourcePolicy: bucketPolicy('*') }),
		).toBe('Allow');
	});
	test('a grant to the account delegates to identity policies', () => {
		const rp = bucketPolicy({ AWS: ACCOUNT });
		expect(decision({ request: req(ALICE, 's3:GetObject', BUCKET_OBJECT, ACCOUNT), resourcePolicy: rp })).toBe(
			'ImplicitDeny',
		);
		expect(
			decision({
				request: req(ALICE, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: rp,
				identityPolicies: [policy(allow('s3:GetObject'))],
			}),
		).toBe('Allow');
	});
	test('either side allowing is enough in one account', () => {
		expect(
			decision({
				request: req(ALICE, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: bucketPolicy({ AWS: `arn:aws:iam::${ACCOUNT}:user/bob` }),
				identityPolicies: [policy(allow('s3:GetObject'))],
			}),
		).toBe('Allow');
	});
	test('a Deny in the resource policy beats an identity Allow', () => {
		const rp = policy({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' });
		expect(
			decision({
				request: req(ALICE, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: rp,
				identityPolicies: [policy(allow('s3:*'))],
			}),
		).toBe('ExplicitDeny');
	});
	test('a resource policy Deny for another principal does not apply', () => {
		const rp = policy({
			Effect: 'Deny',
			Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/bob` },
			Action: 's3:*',
			Resource: '*',
		});
		expect(
			decision({
				request: req(ALICE, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: rp,
				identityPolicies: [policy(allow('s3:*'))],
			}),
		).toBe('Allow');
	});
	test('service principals are allowed only by resource policies', () => {
		const rp = policy({
			Effect: 'Allow',
			Principal: { Service: 'cloudtrail.amazonaws.com' },
			Action: 's3:PutObject',
			Resource: '*',
		});
		expect(
			decision({
				request: req('cloudtrail.amazonaws.com', 's3:PutObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: rp,
			}),
		).toBe('Allow');
		expect(
			decision({ request: req('logs.amazonaws.com', 's3:PutObject', BUCKET_OBJECT, ACCOUNT), resourcePolicy: rp }),
		).toBe('ImplicitDeny');
	});
});

describe('cross-account: both sides must allow', () => {
	const bob = `arn:aws:iam::${OTHER}:user/bob`;
	const rp = policy({
		Effect: 'Allow',
		Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
		Action: 's3:GetObject',
		Resource: '*',
	});
	test('resource policy + identity policy → Allow', () => {
		expect(
			decision({
				request: req(bob, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: rp,
				identityPolicies: [policy(allow('s3:GetObject'))],
			}),
		).toBe('Allow');
	});
	test("resource policy alone → ImplicitDeny (the caller's account must allow too)", () => {
		expect(decision({ request: req(bob, 's3:GetObject', BUCKET_OBJECT, ACCOUNT), resourcePolicy: rp })).toBe(
			'ImplicitDeny',
		);
	});
	test('identity policy alone → ImplicitDeny', () => {
		expect(
			decision({
				request: req(bob, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				identityPolicies: [policy(allow('s3:GetObject'))],
			}),
		).toBe('ImplicitDeny');
	});
	test('even a direct grant to the user ARN needs the identity side', () => {
		const direct = policy({ Effect: 'Allow', Principal: { AWS: bob }, Action: 's3:GetObject', Resource: '*' });
		expect(decision({ request: req(bob, 's3:GetObject', BUCKET_OBJECT, ACCOUNT), resourcePolicy: direct })).toBe(
			'ImplicitDeny',
		);
	});
	test('resourceAccount defaults to the account in the resource ARN', () => {
		const queue = `arn:aws:sqs:us-east-1:${OTHER}:orders`;
		expect(
			decision({ request: req(ALICE, 'sqs:SendMessage', queue), identityPolicies: [policy(allow('sqs:SendMessage'))] }),
		).toBe('ImplicitDeny');
		expect(
			decision({
				request: req(ALICE, 'sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:orders`),
				identityPolicies: [policy(allow('sqs:SendMessage'))],
			}),
		).toBe('Allow');
	});
});

describe('permissions boundaries', () => {
	const boundary = policy(allow(['s3:*', 'cloudwatch:*', 'ec2:*']));
	test('effective permissions = identity ∩ boundary (docs: Shirley example)', () => {
		const identity = [policy(allow('iam:CreateUser'), allow('s3:GetObject'))];
		expect(
			decision({
				request: req(ALICE, 'iam:CreateUser', '*'),
				identityPolicies: identity,
				permissionsBoundary: boundary,
			}),
		).toBe('ImplicitDeny');
		expect(
			decision({
				request: req(ALICE, 's3:GetObject', BUCKET_OBJECT),
				identityPolicies: identity,
				permissionsBoundary: boundary,
			}),
		).toBe('Allow');
	});
	test('a boundary alone grants nothing', () => {
		expect(decision({ request: req(ALICE, 's3:GetObject', BUCKET_OBJECT), permissionsBoundary: boundary })).toBe(
			'ImplicitDeny',
		);
	});
	test('a Deny in the boundary is an explicit deny', () => {
		expect(
			decision({
				request: req(ALICE, 's3:GetObject', BUCKET_OBJECT),
				identityPolicies: [policy(allow('s3:*'))],
				permissionsBoundary: policy(allow('*'), deny('s3:GetObject')),
			}),
		).toBe('ExplicitDeny');
	});
	test('same account: a resource policy naming the user ARN is not limited by the boundary', () => {
		const rp = policy({ Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'iam:GetUser', Resource: '*' });
		expect(
			decision({
				request: req(ALICE, 'iam:GetUser', `arn:aws:iam::${ACCOUNT}:user/alice`),
				resourcePolicy: rp,
				permissionsBoundary: boundary,
			}),
		).toBe('Allow');
	});
	test('same account: a resource policy naming the role (not the session) is limited by the boundary', () => {
		const rp = policy({ Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'sqs:SendMessage', Resource: '*' });
		const queue = `arn:aws:sqs:us-east-1:${ACCOUNT}:orders`;
		expect(decision({ request: req(SESSION, 'sqs:SendMessage', queue), resourcePolicy: rp })).toBe('Allow');
		expect(
			decision({ request: req(SESSION, 'sqs:SendMessage', queue), resourcePolicy: rp, permissionsBoundary: boundary }),
		).toBe('ImplicitDeny');
		const sessionGrant = policy({
			Effect: 'Allow',
			Principal: { AWS: SESSION },
			Action: 'sqs:SendMessage',
			Resource: '*',
		});
		expect(
			decision({
				request: req(SESSION, 'sqs:SendMessage', queue),
				resourcePolicy: sessionGrant,
				permissionsBoundary: boundary,
			}),
		).toBe('Allow');
	});
	test('Deny with NotPrincipal always denies a caller that has a boundary (documented warning)', () => {
		const rp = policy({
			Effect: 'Deny',
			NotPrincipal: { AWS: [ALICE, `arn:aws:iam::${ACCOUNT}:root`] },
			Action: 's3:*',
			Resource: '*',
		});
		const base = {
			request: req(ALICE, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
			resourcePolicy: rp,
			identityPolicies: [policy(allow('s3:*'))],
		};
		expect(decision(base)).toBe('Allow');
		expect(decision({ ...base, permissionsBoundary: policy(allow('s3:*')) })).toBe('ExplicitDeny');
	});
});

describe('NotPrincipal', () => {
	test('Deny with NotPrincipal must list the account too, or the user is denied as well (docs)', () => {
		const only = policy(allow('s3:*'));
		const userOnly = policy({ Effect: 'Deny', NotPrincipal: { AWS: ALICE }, Action: 's3:*', Resource: '*' });
		const withAccount = policy({
			Effect: 'Deny',
			NotPrincipal: { AWS: [ALICE, `arn:aws:iam::${ACCOUNT}:root`] },
			Action: 's3:*',
			Resource: '*',
		});
		expect(
			decision({
				request: req(ALICE, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: userOnly,
				identityPolicies: [only],
			}),
		).toBe('ExplicitDeny');
		expect(
			decision({
				request: req(ALICE, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: withAccount,
				identityPolicies: [only],
			}),
		).toBe('Allow');
		expect(
			decision({
				request: req(`arn:aws:iam::${ACCOUNT}:user/bob`, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: withAccount,
				identityPolicies: [only],
			}),
		).toBe('ExplicitDeny');
	});
	test('a role session must be listed with its role and its account', () => {
		const statement = (list: string[]) =>
			policy({ Effect: 'Deny', NotPrincipal: { AWS: list }, Action: 's3:*', Resource: '*' });
		const input = (list: string[]) => ({
			request: req(SESSION, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
			resourcePolicy: statement(list),
			identityPolicies: [policy(allow('s3:*'))],
		});
		expect(decision(input([SESSION, ROLE]))).toBe('ExplicitDeny');
		expect(decision(input([SESSION, ROLE, ACCOUNT]))).toBe('Allow');
	});
});

describe('service control policies', () => {
	const fullAccess = policy(allow('*'));
	test('every level must allow', () => {
		const input = (levels: object[][]) => ({
			request: req(ALICE, 's3:GetObject', BUCKET_OBJECT),
			identityPolicies: [policy(allow('s3:*'))],
			serviceControlPolicies: levels,
		});
		expect(decision(input([[fullAccess], [fullAccess], [fullAccess]]))).toBe('Allow');
		expect(decision(input([[fullAccess], [policy(allow('ec2:*'))], [fullAccess]]))).toBe('ImplicitDeny');
		expect(decision(input([[fullAccess], [policy(allow('ec2:*')), policy(allow('s3:*'))]]))).toBe('Allow');
	});
	test('an SCP allow grants nothing by itself', () => {
		expect(
			decision({ request: req(ALICE, 's3:GetObject', BUCKET_OBJECT), serviceControlPolicies: [[fullAccess]] }),
		).toBe('ImplicitDeny');
	});
	test('a Deny in any SCP wins', () => {
		expect(
			decision({
				request: req(ALICE, 's3:GetObject', BUCKET_OBJECT),
				identityPolicies: [policy(allow('s3:*'))],
				serviceControlPolicies: [[fullAccess, policy(deny('s3:*'))]],
			}),
		).toBe('ExplicitDeny');
	});
	test('SCPs also limit the root user', () => {
		const root = `arn:aws:iam::${ACCOUNT}:root`;
		expect(decision({ request: req(root, 's3:GetObject', BUCKET_OBJECT) })).toBe('Allow');
		expect(
			decision({
				request: req(root, 's3:GetObject', BUCKET_OBJECT),
				serviceControlPolicies: [[policy(allow('ec2:*'))]],
			}),
		).toBe('ImplicitDeny');
	});
	test('SCPs also limit same-account resource-policy grants', () => {
		const rp = policy({ Effect: 'Allow', Principal: { AWS: ALICE }, Action: 's3:GetObject', Resource: '*' });
		expect(
			decision({
				request: req(ALICE, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: rp,
				serviceControlPolicies: [[policy(allow('ec2:*'))]],
			}),
		).toBe('ImplicitDeny');
	});
});

describe('session policies', () => {
	test('a session gets the intersection of the role policies and the session policy', () => {
		const identity = [policy(allow(['s3:*', 'dynamodb:*']))];
		const sessionPolicy = policy(allow('s3:GetObject'));
		expect(
			decision({ request: req(SESSION, 's3:GetObject', BUCKET_OBJECT), identityPolicies: identity, sessionPolicy }),
		).toBe('Allow');
		expect(
			decision({ request: req(SESSION, 's3:PutObject', BUCKET_OBJECT), identityPolicies: identity, sessionPolicy }),
		).toBe('ImplicitDeny');
		expect(
			decision({ request: req(SESSION, 'dynamodb:GetItem', '*'), identityPolicies: identity, sessionPolicy }),
		).toBe('ImplicitDeny');
	});
	test('a session policy alone grants nothing', () => {
		expect(
			decision({ request: req(SESSION, 's3:GetObject', BUCKET_OBJECT), sessionPolicy: policy(allow('s3:*')) }),
		).toBe('ImplicitDeny');
	});
	test('a resource policy naming the session ARN is not limited by the session policy', () => {
		const rp = policy({ Effect: 'Allow', Principal: { AWS: SESSION }, Action: 's3:GetObject', Resource: '*' });
		expect(
			decision({
				request: req(SESSION, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: rp,
				sessionPolicy: policy(allow('ec2:*')),
			}),
		).toBe('Allow');
	});
	test('a resource policy naming the role is limited by the session policy', () => {
		const rp = policy({ Effect: 'Allow', Principal: { AWS: ROLE }, Action: 's3:GetObject', Resource: '*' });
		expect(
			decision({
				request: req(SESSION, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: rp,
				sessionPolicy: policy(allow('ec2:*')),
			}),
		).toBe('ImplicitDeny');
		expect(
			decision({
				request: req(SESSION, 's3:GetObject', BUCKET_OBJECT, ACCOUNT),
				resourcePolicy: rp,
				sessionPolicy: policy(allow('s3:*')),
			}),
		).toBe('Allow');
	});
});

describe('role trust policies (sts:AssumeRole)', () => {
	const target = `arn:aws:iam::${ACCOUNT}:role/ReadOnly`;
	const trust = (principal: unknown) => policy({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' });
	test('the trust policy must allow — an identity Allow alone is not enough', () => {
		expect(
			decision({ request: req(ALICE, 'sts:AssumeRole', target), identityPolicies: [policy(allow('sts:AssumeRole'))] }),
		).toBe('ImplicitDeny');
	});
	test('a trust policy that names the user allows it in the same account', () => {
		expect(decision({ request: req(ALICE, 'sts:AssumeRole', target), resourcePolicy: trust({ AWS: ALICE }) })).toBe(
			'Allow',
		);
	});
	test('a trust policy that names the account needs the identity policy too', () => {
		expect(
			decision({
				request: req(ALICE, 'sts:AssumeRole', target),
				resourcePolicy: trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }),
			}),
		).toBe('ImplicitDeny');
		expect(
			decision({
				request: req(ALICE, 'sts:AssumeRole', target),
				resourcePolicy: trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }),
				identityPolicies: [policy(allow('sts:AssumeRole', target))],
			}),
		).toBe('Allow');
	});
	test('EC2 can assume a role whose trust policy names ec2.amazonaws.com', () => {
		expect(
			decision({
				request: req('ec2.amazonaws.com', 'sts:AssumeRole', target),
				resourcePolicy: trust({ Service: 'ec2.amazonaws.com' }),
			}),
		).toBe('Allow');
		expect(
			decision({
				request: req('lambda.amazonaws.com', 'sts:AssumeRole', target),
				resourcePolicy: trust({ Service: 'ec2.amazonaws.com' }),
			}),
		).toBe('ImplicitDeny');
	});
	test("cross-account role assumption needs both the trust policy and the caller's identity policy", () => {
		const bob = `arn:aws:iam::${OTHER}:user/bob`;
		expect(decision({ request: req(bob, 'sts:AssumeRole', target), resourcePolicy: trust({ AWS: OTHER }) })).toBe(
			'ImplicitDeny',
		);
		expect(
			decision({
				request: req(bob, 'sts:AssumeRole', target),
				resourcePolicy: trust({ AWS: OTHER }),
				identityPolicies: [policy(allow('sts:AssumeRole'))],
			}),
		).toBe('Allow');
	});
});

describe('KMS key policies must allow explicitly', () => {
	const key = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
	test('no key policy → IAM policies alone cannot allow', () => {
		expect(
			decision({ request: req(ALICE, 'kms:Decrypt', key), identityPolicies: [policy(allow('kms:Decrypt'))] }),
		).toBe('ImplicitDeny');
	});
	test('the default key policy (account root) enables IAM policies', () => {
		const keyPolicy = policy({
			Effect: 'Allow',
			Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
			Action: 'kms:*',
			Resource: '*',
		});
		expect(
			decision({
				request: req(ALICE, 'kms:Decrypt', key),
				resourcePolicy: keyPolicy,
				identityPolicies: [policy(allow('kms:Decrypt'))],
			}),
		).toBe('Allow');
		expect(decision({ request: req(ALICE, 'kms:Decrypt', key), resourcePolicy: keyPolicy })).toBe('ImplicitDeny');
	});
});

describe('the trace', () => {
	test('says which statement decided and why', () => {
		const result = evaluate({
			request: req(ALICE, 'ec2:TerminateInstances', '*'),
			identityPolicies: [
				policy(
					{ Sid: 'Describe', ...allow('ec2:Describe*') },
					{ Sid: 'NoTerminate', ...deny('ec2:TerminateInstances') },
				),
			],
		});
		expect(result.decision).toBe('ExplicitDeny');
		const statements = result.trace.filter((s) => s.kind === 'statement');
		expect(statements).toHaveLength(2);
		expect(statements[0]).toMatchObject({ sid: 'Describe', matched: false, decidedBy: 'Action' });
		expect(statements[0]!.message).toContain('ec2:TerminateInstances is not in Action');
		expect(statements[1]).toMatchObject({
			sid: 'NoTerminate',
			matched: true,
			deciding: true,
			decidedBy: 'All',
			effect: 'Deny',
		});
		expect(result.trace.at(-1)).toMatchObject({ kind: 'decision', decision: 'ExplicitDeny' });
		expect(
			result.trace.some((s) => s.kind === 'rule' && s.deciding && s.message.includes('overrides every Allow')),
		).toBe(true);
	});
	test('condition failures name the condition and the request value', () => {
		const result = evaluate({
			request: { ...req(ALICE, 's3:GetObject', '*'), context: { 'aws:SourceIp': '198.51.100.1' } },
			identityPolicies: [
				policy(allow('s3:GetObject', '*', { Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })),
			],
		});
		const step = result.trace.find((s) => s.kind === 'statement')!;
		expect(step.decidedBy).toBe('Condition');
		expect(step.message).toContain('IpAddress aws:SourceIp "203.0.113.0/24"');
		expect(step.message).toContain('"198.51.100.1"');
	});
	test('lines point at each statement in the policy text', () => {
		const text =
			'{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "s3:*", "Resource": "*" },\n    { "Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*" }\n  ]\n}';
		const result = evaluate({ request: req(ALICE, 's3:DeleteBucket', 'arn:aws:s3:::b'), identityPolicies: [text] });
		expect(result.trace.filter((s) => s.kind === 'statement').map((s) => s.line)).toEqual([4, 5]);
	});
});

describe('bad input', () => {
	test('request fields are checked with readable errors', () => {
		expect(() => evaluate({ request: req('alice') })).toThrow(PolicyRequestError);
		expect(() => evaluate({ request: req(ALICE, 'GetObject') })).toThrow(/not an action/);
		expect(() => evaluate({ request: req(ALICE, 's3:Get*') })).toThrow(/without wildcards/);
		expect(() => evaluate({ request: req(ALICE, 's3:GetObject', 'bucket') })).toThrow(/not an ARN/);
		expect(() => evaluate({ request: req(ALICE, 's3:GetObject', '*', '1234') })).toThrow(/12 digits/);
		expect(() => evaluate({ request: { ...req(ALICE), context: { k: { a: 1 } as never } } })).toThrow(
			/context key "k"/,
		);
	});
	test('a broken policy throws PolicyParseError with its position', () => {
		try {
			evaluate({
				request: req(ALICE),
				identityPolicies: [
					'{\n  "Statement": [\n    { "Effect": "Allow", "Action": "s3:*", "Resource": "*" }\n  ]\n  "Version": "2012-10-17"\n}',
				],
			});
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(PolicyParseError);
			expect((error as PolicyParseError).line).toBe(5);
		}
	});
	test('a Principal in an identity policy is rejected, as AWS does', () => {
		expect(() =>
			evaluate({ request: req(ALICE), identityPolicies: [policy({ ...allow('s3:*'), Principal: '*' })] }),
		).toThrow(/not allowed in an identity-based policy/);
	});
	test('a resource policy without Principal is rejected', () => {
		expect(() => evaluate({ request: req(ALICE), resourcePolicy: policy(allow('s3:*')) })).toThrow(
			/has no "Principal"/,
		);
	});
});
