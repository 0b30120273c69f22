/**
 * Least privilege, checked by the linter: a "just in case" policy with the findings the page shows,
 * and the rewrite that keeps only what the job needs. Used on iam/best-practices.
 */
export const broadPolicy = {
	Version: '2012-10-17',
	Statement: [
		{ Sid: 'JustInCase', Effect: 'Allow', Action: 's3:*', Resource: '*' },
		{ Sid: 'LetTheAppPassRoles', Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
		{ Sid: 'EverythingButIAM', Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
		{ Sid: 'Typo', Effect: 'Allow', Action: 'ec2:DescribeInstance', Resource: '*' },
	],
};

/** lintPolicy's codes for broadPolicy, in line order (the unit test checks them with the action catalogue loaded). */
export const broadPolicyFindings = [
	'service-wildcard',
	'write-on-all-resources',
	'passrole-all',
	'not-action-allow',
	'unknown-action',
] as const;

/** validatePolicy's issue codes for broadPolicy as the page lists them, most severe first. */
export const broadPolicyIssueCodes = [
	'INVALID_ACTION',
	'PASS_ROLE_WITH_STAR_IN_RESOURCE',
	'allow-not-action',
	'service-wildcard',
] as const;

export const leastPrivilegePolicy = {
	Version: '2012-10-17',
	Statement: [
		{
			Sid: 'ReadWriteAppUploads',
			Effect: 'Allow',
			Action: ['s3:GetObject', 's3:PutObject'],
			Resource: 'arn:aws:s3:::amzn-s3-demo-bucket-uploads/*',
		},
		{
			Sid: 'ListAppUploads',
			Effect: 'Allow',
			Action: 's3:ListBucket',
			Resource: 'arn:aws:s3:::amzn-s3-demo-bucket-uploads',
		},
		{
			Sid: 'PassOnlyTheAppRole',
			Effect: 'Allow',
			Action: 'iam:PassRole',
			Resource: 'arn:aws:iam::123456789012:role/AppServerRole',
			Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
		},
		{ Sid: 'DescribeInstances', Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' },
	],
};
