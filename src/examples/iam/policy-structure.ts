/**
 * D04 — the notes' annotated S3 policy, corrected (E07: a 12-digit account ID). It is a bucket policy
 * (resource-based, so it has a Principal). The playground shows it granting another account: the
 * bucket lives in 444455556666, Alice's account 123456789012 is named as the Principal, and Alice's
 * own identity-based policy allows the same actions — cross-account access needs both sides.
 */
import { pretty, type PlaygroundExample } from './policy-playground-types';

export const BUCKET_OWNER = '444455556666';
export const CALLER_ACCOUNT = '123456789012';

export const s3AccountPolicy = {
	Version: '2012-10-17',
	Id: 'S3-Account-Permissions',
	Statement: [
		{
			Sid: '1',
			Effect: 'Allow',
			Principal: { AWS: [`arn:aws:iam::${CALLER_ACCOUNT}:root`] },
			Action: ['s3:GetObject', 's3:PutObject'],
			Resource: ['arn:aws:s3:::mybucket/*'],
		},
	],
};

/** Alice's identity-based policy in her own account (fixed in the example). */
export const aliceS3Policy = {
	Version: '2012-10-17',
	Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::mybucket/*' }],
};

export const policyStructureExample: PlaygroundExample = {
	id: 'structure',
	label: 'The notes’ S3 bucket policy (D04), account ID corrected',
	editorRole: 'resource',
	policy: pretty(s3AccountPolicy),
	request: {
		principal: `arn:aws:iam::${CALLER_ACCOUNT}:user/alice`,
		action: 's3:GetObject',
		resource: 'arn:aws:s3:::mybucket/photos/cat.jpg',
		resourceAccount: BUCKET_OWNER,
	},
	fixed: { identityPolicies: [aliceS3Policy] },
	fixedNote:
		'Alice’s own identity-based policy (in account 123456789012) allows s3:GetObject and s3:PutObject on arn:aws:s3:::mybucket/*. The bucket belongs to account 444455556666.',
	expected: 'Allow',
};

/** Variations the page walks through, each with the decision shown. */
export const policyStructureVariations = [
	{
		id: 'put',
		change: 'Action s3:PutObject',
		request: { ...policyStructureExample.request, action: 's3:PutObject' },
		expected: 'Allow',
	},
	{
		id: 'delete',
		change: 'Action s3:DeleteObject',
		request: { ...policyStructureExample.request, action: 's3:DeleteObject' },
		expected: 'ImplicitDeny',
	},
	{
		id: 'other-account',
		change: 'Caller from account 111122223333',
		request: { ...policyStructureExample.request, principal: 'arn:aws:iam::111122223333:user/bob' },
		expected: 'ImplicitDeny',
	},
] as const;

/** Extra playground presets for the same page (A-IAM-4: conditions, NotAction, variables). */
export const conditionExample: PlaygroundExample = {
	id: 'condition',
	label: 'Condition: only from the office network, only with MFA',
	editorRole: 'identity',
	policy: pretty({
		Version: '2012-10-17',
		Statement: [
			{
				Sid: 'ReadReportsFromOffice',
				Effect: 'Allow',
				Action: 's3:GetObject',
				Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/reports/*',
				Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
			},
		],
	}),
	request: {
		principal: `arn:aws:iam::${CALLER_ACCOUNT}:user/alice`,
		action: 's3:GetObject',
		resource: 'arn:aws:s3:::amzn-s3-demo-bucket/reports/q1.csv',
		context: { 'aws:SourceIp': '198.51.100.24', 'aws:MultiFactorAuthPresent': true },
	},
	expected: 'ImplicitDeny',
};

export const variableExample: PlaygroundExample = {
	id: 'variable',
	label: 'Policy variable: each user gets their own home folder',
	editorRole: 'identity',
	policy: pretty({
		Version: '2012-10-17',
		Statement: [
			{
				Sid: 'OwnHomeFolder',
				Effect: 'Allow',
				Action: ['s3:GetObject', 's3:PutObject'],
				Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*',
			},
		],
	}),
	request: {
		principal: `arn:aws:iam::${CALLER_ACCOUNT}:user/alice`,
		action: 's3:PutObject',
		resource: 'arn:aws:s3:::amzn-s3-demo-bucket/home/alice/notes.txt',
	},
	expected: 'Allow',
};

export const playgroundExamples: PlaygroundExample[] = [policyStructureExample, conditionExample, variableExample];
