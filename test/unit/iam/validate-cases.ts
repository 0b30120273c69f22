/**
 * One policy per covered check that trips it, and a corrected twin that does not. `at` is the text the
 * finding must start at (one of its occurrences in the policy).
 */
import type { IssueCode, ValidationPolicyType } from '../../../src/lib/iam/index';

export interface CheckCase {
	code: IssueCode;
	policyType?: ValidationPolicyType;
	trip: string;
	clean: string;
	at: string;
}

const V = '2012-10-17';
const text = (statement: object | object[], top: Record<string, unknown> = { Version: V }): string =>
	JSON.stringify({ ...top, Statement: statement }, null, 2);
const allow = (extra: object) => ({
	Effect: 'Allow',
	Action: 's3:GetObject',
	Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
	...extra,
});
const cond = (condition: object, extra: object = {}) => text(allow({ Condition: condition, ...extra }));
const trustStatement = (extra: object) => ({
	Effect: 'Allow',
	Principal: { Service: 'ec2.amazonaws.com' },
	Action: 'sts:AssumeRole',
	...extra,
});
const bucketStatement = (extra: object) => ({
	Effect: 'Allow',
	Principal: { AWS: 'arn:aws:iam::111122223333:root' },
	Action: 's3:GetObject',
	Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
	...extra,
});
const passRole = (extra: object) =>
	text({ Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/app', ...extra });
const slr = (extra: object) =>
	text({
		Effect: 'Allow',
		Action: 'iam:CreateServiceLinkedRole',
		Resource: 'arn:aws:iam::*:role/aws-service-role/*',
		...extra,
	});
const rcp = (extra: object) =>
	text({
		Effect: 'Deny',
		Principal: '*',
		Action: 's3:*',
		Resource: '*',
		Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } },
		...extra,
	});

export const CHECK_CASES: CheckCase[] = [
	{ code: 'JSON_SYNTAX_ERROR', trip: '{ "Version": "2012-10-17", "Statement": [ }', clean: text(allow({})), at: '}' },
	{ code: 'MISSING_STATEMENT', trip: JSON.stringify({ Version: V }), clean: text(allow({})), at: '{' },
	{
		code: 'INVALID_VERSION',
		trip: text(allow({}), { Version: '2026-12-01' }),
		clean: text(allow({})),
		at: '"2026-12-01"',
	},
	{ code: 'MISSING_VERSION', trip: text(allow({}), {}), clean: text(allow({})), at: '{' },
	{ code: 'DATA_TYPE_MISMATCH', trip: text(allow({ Sid: 42 })), clean: text(allow({ Sid: 'ReadObjects' })), at: '42' },
	{
		code: 'INVALID_POLICY_ELEMENT',
		trip: text(allow({ Actions: 's3:GetObject' })),
		clean: text(allow({})),
		at: '"Actions"',
	},
	{
		code: 'MISSING_EFFECT',
		trip: text({ Action: 's3:GetObject', Resource: '*' }),
		clean: text(allow({})),
		at: '{\n    "Action"',
	},
	{ code: 'INVALID_EFFECT', trip: text(allow({ Effect: 'allow' })), clean: text(allow({})), at: '"allow"' },
	{ code: 'MISSING_ACTION', trip: text({ Effect: 'Allow', Resource: '*' }), clean: text(allow({})), at: '"Effect"' },
	{
		code: 'MISSING_RESOURCE',
		trip: text({ Effect: 'Allow', Action: 's3:ListAllMyBuckets' }),
		clean: text(allow({})),
		at: '"Effect"',
	},
	{
		code: 'UNSUPPORTED_ELEMENT_COMBINATION',
		trip: text(allow({ NotAction: 's3:PutObject' })),
		clean: text(allow({})),
		at: '"NotAction"',
	},
	{ code: 'UNSUPPORTED_PRINCIPAL', trip: text(allow({ Principal: '*' })), clean: text(allow({})), at: '"Principal"' },
	{
		code: 'MISSING_PRINCIPAL',
		policyType: 'resource',
		trip: text(allow({})),
		clean: text(bucketStatement({})),
		at: '"Effect"',
	},
	{
		code: 'SCP_SYNTAX_ERROR_PRINCIPAL',
		policyType: 'scp',
		trip: text({ Effect: 'Deny', Principal: '*', Action: 'ec2:*', Resource: '*' }),
		clean: text({ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }),
		at: '"Principal"',
	},
	{
		code: 'UNSUPPORTED_SID',
		trip: text(allow({ Sid: 'read objects' })),
		clean: text(allow({ Sid: 'ReadObjects' })),
		at: '"read objects"',
	},
	{ code: 'EMPTY_SID_VALUE', trip: text(allow({ Sid: '' })), clean: text(allow({ Sid: 'Read' })), at: '""' },
	{
		code: 'UNIQUE_SIDS_REQUIRED',
		trip: text([
			allow({ Sid: 'Read' }),
			allow({ Sid: 'Read', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket' }),
		]),
		clean: text([
			allow({ Sid: 'Read' }),
			allow({ Sid: 'List', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket' }),
		]),
		at: '"Read"',
	},
	{
		code: 'UNIQUE_SIDS_RECOMMENDED',
		policyType: 'resource',
		trip: text([bucketStatement({ Sid: 'A' }), bucketStatement({ Sid: 'A', Action: 's3:PutObject' })]),
		clean: text([bucketStatement({ Sid: 'A' }), bucketStatement({ Sid: 'B', Action: 's3:PutObject' })]),
		at: '"A"',
	},
	{
		code: 'REDUNDANT_STATEMENT',
		trip: text([allow({}), allow({})]),
		clean: text([allow({})]),
		at: '{\n      "Effect"',
	},
	{ code: 'EMPTY_ARRAY_ACTION', trip: text(allow({ Action: [] })), clean: text(allow({})), at: '[]' },
	{ code: 'EMPTY_ARRAY_RESOURCE', trip: text(allow({ Resource: [] })), clean: text(allow({})), at: '[]' },
	{ code: 'EMPTY_OBJECT_CONDITION', trip: text(allow({ Condition: {} })), clean: text(allow({})), at: '{}' },
	{
		code: 'INVALID_PRINCIPAL_FORMAT',
		policyType: 'resource',
		trip: text(bucketStatement({ Principal: 'everyone' })),
		clean: text(bucketStatement({})),
		at: '"everyone"',
	},
	{
		code: 'INVALID_PRINCIPAL_KEY',
		policyType: 'resource',
		trip: text(bucketStatement({ Principal: { User: 'x' } })),
		clean: text(bucketStatement({})),
		at: '"User"',
	},
	{
		code: 'EMPTY_OBJECT_PRINCIPAL',
		policyType: 'resource',
		trip: text(bucketStatement({ Principal: {} })),
		clean: text(bucketStatement({})),
		at: '{}',
	},
	{
		code: 'EMPTY_ARRAY_PRINCIPAL',
		policyType: 'resource',
		trip: text(bucketStatement({ Principal: { AWS: [] } })),
		clean: text(bucketStatement({})),
		at: '[]',
	},
	{
		code: 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
		policyType: 'resource',
		trip: text(bucketStatement({ Principal: { AWS: 'arn:aws:iam::111122223333:user/*' } })),
		clean: text(bucketStatement({})),
		at: '"arn:aws:iam::111122223333:user/*"',
	},
	{
		code: 'INVALID_ROLE_REFERENCE',
		policyType: 'resource',
		trip: text(bucketStatement({ Principal: { AWS: 'AROADBQP57FF2AEXAMPLE' } })),
		clean: text(bucketStatement({})),
		at: '"AROADBQP57FF2AEXAMPLE"',
	},
	{
		code: 'INVALID_USER_REFERENCE',
		policyType: 'resource',
		trip: text(bucketStatement({ Principal: { AWS: 'AIDACKCEVSQ6C2EXAMPLE' } })),
		clean: text(bucketStatement({})),
		at: '"AIDACKCEVSQ6C2EXAMPLE"',
	},
	{
		code: 'INVALID_SERVICE_PRINCIPAL_FORMAT',
		policyType: 'roleTrust',
		trip: text(trustStatement({ Principal: { Service: 'ec2' } })),
		clean: text(trustStatement({})),
		at: '"ec2"',
	},
	{
		code: 'ALLOW_WITH_NOT_PRINCIPAL',
		policyType: 'resource',
		trip: text(bucketStatement({ Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } })),
		clean: text(bucketStatement({})),
		at: '"NotPrincipal"',
	},
	{
		code: 'ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE',
		policyType: 'roleTrust',
		trip: text(trustStatement({ Resource: '*' })),
		clean: text(trustStatement({})),
		at: '"Resource"',
	},
	{
		code: 'ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL',
		policyType: 'roleTrust',
		trip: text(trustStatement({ Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } })),
		clean: text(trustStatement({})),
		at: '"NotPrincipal"',
	},
	{
		code: 'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
		policyType: 'roleTrust',
		trip: text(trustStatement({ Principal: { AWS: 'arn:aws:iam::111122223333:role/*' } })),
		clean: text(trustStatement({})),
		at: '"arn:aws:iam::111122223333:role/*"',
	},
	{
		code: 'MISMATCHED_ACTION_FOR_PRINCIPAL',
		policyType: 'roleTrust',
		trip: text(
			trustStatement({
				Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/Corp' },
				Action: 'sts:AssumeRole',
			}),
		),
		clean: text(
			trustStatement({
				Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/Corp' },
				Action: 'sts:AssumeRoleWithSAML',
			}),
		),
		at: '"sts:AssumeRole"',
	},
	{
		code: 'MISSING_GITHUB_REPO_CONDITION_KEY',
		policyType: 'roleTrust',
		trip: text(
			trustStatement({
				Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
				Action: 'sts:AssumeRoleWithWebIdentity',
				Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } },
			}),
		),
		clean: text(
			trustStatement({
				Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
				Action: 'sts:AssumeRoleWithWebIdentity',
				Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:*' } },
			}),
		),
		at: '"Principal"',
	},
	{ code: 'RCP_SYNTAX_ERROR_ALLOW', policyType: 'rcp', trip: rcp({ Effect: 'Allow' }), clean: rcp({}), at: '"Allow"' },
	{
		code: 'RCP_SYNTAX_ERROR_PRINCIPAL',
		policyType: 'rcp',
		trip: rcp({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }),
		clean: rcp({}),
		at: '{\n      "AWS"',
	},
	{
		code: 'RCP_SYNTAX_ERROR_NOTPRINCIPAL',
		policyType: 'rcp',
		trip: rcp({ Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }),
		clean: rcp({}),
		at: '"NotPrincipal"',
	},
	{
		code: 'UNSUPPORTED_ACTION_IN_POLICY',
		policyType: 'rcp',
		trip: rcp({ Action: 'ec2:RunInstances' }),
		clean: rcp({}),
		at: '"ec2:RunInstances"',
	},
	{
		code: 'INVALID_ACTION',
		trip: text(allow({ Action: 's3:GetObjects' })),
		clean: text(allow({})),
		at: '"s3:GetObjects"',
	},
	{
		code: 'INVALID_SERVICE_IN_ACTION',
		trip: text(allow({ Action: 'ss3:GetObject' })),
		clean: text(allow({})),
		at: 'ss3:',
	},
	{
		code: 'WILDCARD_IN_SERVICE_NAME',
		trip: text(allow({ Action: 's*:GetObject' })),
		clean: text(allow({})),
		at: '"s*:GetObject"',
	},
	{
		code: 'VARIABLE_UNSUPPORTED_IN_ELEMENT',
		trip: text(allow({ Action: 's3:${aws:username}' })),
		clean: text(allow({})),
		at: '"s3:${aws:username}"',
	},
	{
		code: 'REDUNDANT_ACTION',
		trip: text(allow({ Action: ['s3:Get*', 's3:GetObject'] })),
		clean: text(allow({ Action: ['s3:Get*', 's3:ListBucket'] })),
		at: '"s3:GetObject"',
	},
	{
		code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
		trip: passRole({ Resource: '*' }),
		clean: passRole({}),
		at: '"iam:PassRole"',
	},
	{
		code: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE',
		trip: passRole({ Action: 'iam:*', Resource: '*' }),
		clean: passRole({ Action: 'iam:*' }),
		at: '"iam:*"',
	},
	{
		code: 'PASS_ROLE_WITH_NOT_RESOURCE',
		trip: passRole({ Resource: undefined, NotResource: 'arn:aws:iam::111122223333:role/admin' }),
		clean: passRole({}),
		at: '"iam:PassRole"',
	},
	{
		code: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
		trip: passRole({ Action: 'iam:Pass*', Resource: undefined, NotResource: 'arn:aws:iam::111122223333:role/admin' }),
		clean: passRole({ Action: 'iam:Pass*' }),
		at: '"iam:Pass*"',
	},
	{
		code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
		trip: passRole({ Action: undefined, NotAction: 's3:*', Resource: '*' }),
		clean: passRole({ Action: undefined, NotAction: ['s3:*', 'iam:PassRole'], Resource: '*' }),
		at: '"NotAction"',
	},
	{
		code: 'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE',
		trip: passRole({ Action: undefined, NotAction: 's3:*', Resource: undefined, NotResource: 'arn:aws:s3:::x' }),
		clean: passRole({
			Action: undefined,
			NotAction: ['s3:*', 'iam:*'],
			Resource: undefined,
			NotResource: 'arn:aws:s3:::x',
		}),
		at: '"NotAction"',
	},
	{
		code: 'CREATE_SLR_WITH_STAR_IN_RESOURCE',
		trip: slr({ Resource: '*' }),
		clean: slr({}),
		at: '"iam:CreateServiceLinkedRole"',
	},
	{
		code: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE',
		trip: slr({ Action: 'iam:Create*', Resource: '*' }),
		clean: slr({ Action: 'iam:Create*' }),
		at: '"iam:Create*"',
	},
	{
		code: 'CREATE_SLR_WITH_NOT_RESOURCE',
		trip: slr({ Resource: undefined, NotResource: 'arn:aws:iam::111122223333:role/x' }),
		clean: slr({}),
		at: '"iam:CreateServiceLinkedRole"',
	},
	{
		code: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
		trip: slr({ Action: 'iam:Create*', Resource: undefined, NotResource: 'arn:aws:iam::111122223333:role/x' }),
		clean: slr({ Action: 'iam:Create*' }),
		at: '"iam:Create*"',
	},
	{
		code: 'CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
		trip: slr({ Action: undefined, NotAction: 's3:*', Resource: '*' }),
		clean: slr({ Action: undefined, NotAction: ['s3:*', 'iam:*'], Resource: '*' }),
		at: '"NotAction"',
	},
	{
		code: 'CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE',
		trip: slr({ Action: undefined, NotAction: 's3:*', Resource: undefined, NotResource: 'arn:aws:s3:::x' }),
		clean: slr({ Action: undefined, NotAction: ['s3:*', 'iam:*'], Resource: undefined, NotResource: 'arn:aws:s3:::x' }),
		at: '"NotAction"',
	},
	{
		code: 'INVALID_ARN_PREFIX',
		trip: text(allow({ Resource: 's3:::amzn-s3-demo-bucket/*' })),
		clean: text(allow({})),
		at: '"s3:::amzn-s3-demo-bucket/*"',
	},
	{
		code: 'MISSING_ARN_FIELD',
		trip: text(allow({ Resource: 'arn:aws:s3:amzn-s3-demo-bucket/*' })),
		clean: text(allow({})),
		at: '"arn:aws:s3:amzn-s3-demo-bucket/*"',
	},
	{
		code: 'INVALID_PARTITION',
		trip: text(allow({ Resource: 'arn:amazon:s3:::amzn-s3-demo-bucket/*' })),
		clean: text(allow({})),
		at: '"arn:amazon:s3',
	},
	{
		code: 'INVALID_ARN_SERVICE_CASE',
		trip: text(allow({ Resource: 'arn:aws:S3:::amzn-s3-demo-bucket/*' })),
		clean: text(allow({})),
		at: '"arn:aws:S3',
	},
	{
		code: 'INVALID_ARN_REGION',
		trip: text(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:useast1:111122223333:table/Books' })),
		clean: text(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/Books' })),
		at: '"arn:aws:dynamodb:useast1',
	},
	{
		code: 'INVALID_ARN_ACCOUNT',
		trip: text(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1:1111:table/Books' })),
		clean: text(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/Books' })),
		at: '"arn:aws:dynamodb:us-east-1:1111:',
	},
	{
		code: 'INVALID_ARN_RESOURCE',
		trip: text(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1:111122223333:tables/Books' })),
		clean: text(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/Books' })),
		at: '"arn:aws:dynamodb:us-east-1:111122223333:tables',
	},
	{
		code: 'ARN_REGION_NOT_ALLOWED',
		trip: text(allow({ Action: 'iam:GetRole', Resource: 'arn:aws:iam:us-east-1:111122223333:role/app' })),
		clean: text(allow({ Action: 'iam:GetRole', Resource: 'arn:aws:iam::111122223333:role/app' })),
		at: '"arn:aws:iam:us-east-1',
	},
	{
		code: 'ARN_ACCOUNT_NOT_ALLOWED',
		trip: text(allow({ Resource: 'arn:aws:s3::111122223333:amzn-s3-demo-bucket/*' })),
		clean: text(allow({})),
		at: '"arn:aws:s3::111122223333',
	},
	{
		code: 'MISSING_ARN_REGION',
		trip: text(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb::111122223333:table/Books' })),
		clean: text(allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:*:111122223333:table/Books' })),
		at: '"arn:aws:dynamodb::',
	},
	{
		code: 'REDUNDANT_RESOURCE',
		trip: text(
			allow({ Resource: ['arn:aws:s3:::amzn-s3-demo-bucket/*', 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv'] }),
		),
		clean: text(allow({ Resource: ['arn:aws:s3:::amzn-s3-demo-bucket/*', 'arn:aws:s3:::other-bucket/report.csv'] })),
		at: '"arn:aws:s3:::amzn-s3-demo-bucket/report.csv"',
	},
	{
		code: 'INVALID_CONDITION_OPERATOR',
		trip: cond({ StringEqual: { 'aws:PrincipalTag/team': 'red' } }),
		clean: cond({ StringEquals: { 'aws:PrincipalTag/team': 'red' } }),
		at: '"StringEqual"',
	},
	{
		code: 'NULL_WITH_IF_EXISTS',
		trip: cond({ NullIfExists: { 'aws:RequestTag/team': 'true' } }),
		clean: cond({ Null: { 'aws:RequestTag/team': 'true' } }),
		at: '"NullIfExists"',
	},
	{
		code: 'NULL_WITH_QUALIFIER',
		trip: cond({ 'ForAllValues:Null': { 'aws:TagKeys': 'true' } }),
		clean: cond({ Null: { 'aws:TagKeys': 'true' } }),
		at: '"ForAllValues:Null"',
	},
	{
		code: 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
		trip: cond({ StringEquals: { 'aws:PrincipalTag/team': 'red', 'AWS:PrincipalTag/Team': 'blue' } }),
		clean: cond({ StringEquals: { 'aws:PrincipalTag/team': ['red', 'blue'] } }),
		at: '"AWS:PrincipalTag/Team"',
	},
	{
		code: 'INVALID_CONDITION_KEY_FORMAT',
		trip: cond({ StringEquals: { SourceIp: 'x' } }),
		clean: cond({ StringEquals: { 'aws:PrincipalTag/team': 'x' } }),
		at: '"SourceIp"',
	},
	{
		code: 'DEPRECATED_GLOBAL_CONDITION_KEY',
		trip: cond({ ArnLike: { 'aws:ARN': 'arn:aws:iam::111122223333:role/*' } }),
		clean: cond({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } }),
		at: '"aws:ARN"',
	},
	{
		code: 'MISSING_TAG_KEY_IN_CONDITION',
		trip: cond({ StringEquals: { 'aws:ResourceTag': 'red' } }),
		clean: cond({ StringEquals: { 'aws:PrincipalTag/team': 'red' } }),
		at: '"aws:ResourceTag"',
	},
	{
		code: 'INVALID_GLOBAL_CONDITION_KEY',
		trip: cond({ Bool: { 'aws:MultiFactorAuthPresnt': 'true' } }),
		clean: cond({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
		at: '"aws:MultiFactorAuthPresnt"',
	},
	{
		code: 'INVALID_SERVICE',
		trip: cond({ StringEquals: { 'ss3:prefix': 'home/' } }),
		clean: cond({ StringEquals: { 'aws:PrincipalTag/team': 'home' } }),
		at: '"ss3:prefix"',
	},
	{
		code: 'INVALID_SERVICE_CONDITION_KEY',
		trip: cond(
			{ StringEquals: { 's3:prefixx': 'home/' } },
			{ Action: 's3:ListBucket', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket' },
		),
		clean: cond(
			{ StringEquals: { 's3:prefix': 'home/' } },
			{ Action: 's3:ListBucket', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket' },
		),
		at: '"s3:prefixx"',
	},
	{
		code: 'MISSING_ACTION_FOR_CONDITION_KEY',
		trip: cond({ StringEquals: { 's3:prefix': 'home/' } }),
		clean: cond(
			{ StringEquals: { 's3:prefix': 'home/' } },
			{ Action: 's3:ListBucket', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket' },
		),
		at: '"s3:prefix"',
	},
	{
		code: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY',
		trip: cond(
			{ StringEquals: { 's3:prefix': 'home/' } },
			{ Action: ['s3:ListBucket', 's3:GetObject'], Resource: '*' },
		),
		clean: cond(
			{ StringEquals: { 's3:prefix': 'home/' } },
			{ Action: 's3:ListBucket', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket' },
		),
		at: '"s3:prefix"',
	},
	{
		code: 'TYPE_MISMATCH',
		trip: cond({ StringEquals: { 'aws:MultiFactorAuthPresent': 'true' } }),
		clean: cond({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
		at: '"StringEquals"',
	},
	{
		code: 'TYPE_MISMATCH_BOOLEAN',
		trip: cond({ Bool: { 'aws:SecureTransport': 'yes' } }),
		clean: cond({ Bool: { 'aws:SecureTransport': 'true' } }),
		at: '"yes"',
	},
	{
		code: 'INVALID_CONDITION_MULTIPLE_BOOLEAN',
		trip: cond({ Bool: { 'aws:SecureTransport': ['true', 'false'] } }),
		clean: cond({ Bool: { 'aws:SecureTransport': 'true' } }),
		at: '"aws:SecureTransport"',
	},
	{
		code: 'TYPE_MISMATCH_NUMBER',
		trip: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': 'one hour' } }),
		clean: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }),
		at: '"one hour"',
	},
	{
		code: 'REDUNDANT_CONDITION_VALUE_NUM',
		trip: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': ['2700', '3600'] } }),
		clean: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }),
		at: '"aws:MultiFactorAuthAge"',
	},
	{
		code: 'TYPE_MISMATCH_DATE',
		trip: cond({ DateLessThan: { 'aws:CurrentTime': 'next week' } }),
		clean: cond({ DateLessThan: { 'aws:CurrentTime': '2026-12-31T23:59:59Z' } }),
		at: '"next week"',
	},
	{
		code: 'INVALID_DATE_VALUE',
		trip: cond({ DateLessThan: { 'aws:CurrentTime': '1798761599' } }),
		clean: cond({ DateLessThan: { 'aws:CurrentTime': '2026-12-31' } }),
		at: '"1798761599"',
	},
	{
		code: 'TYPE_MISMATCH_IP_RANGE',
		trip: cond({ IpAddress: { 'aws:SourceIp': '203.0.113.0/33' } }),
		clean: cond({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
		at: '"203.0.113.0/33"',
	},
	{
		code: 'IMPROVE_IP_RANGE',
		trip: cond({ IpAddress: { 'aws:SourceIp': '203.0.113.7/24' } }),
		clean: cond({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
		at: '"203.0.113.7/24"',
	},
	{
		code: 'PRIVATE_IP_ADDRESS',
		trip: cond({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }),
		clean: cond({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/8' }, StringEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d' } }),
		at: '"aws:SourceIp"',
	},
	{
		code: 'PRIVATE_IP_ADDRESS_SUBSET',
		trip: cond({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.113.0/24'] } }),
		clean: cond({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
		at: '"aws:SourceIp"',
	},
	{
		code: 'PRIVATE_NOT_IP_ADDRESS',
		trip: cond({ NotIpAddress: { 'aws:SourceIp': '192.168.0.0/16' } }),
		clean: cond({ NotIpAddress: { 'aws:SourceIp': '198.51.100.0/24' } }),
		at: '"aws:SourceIp"',
	},
	{
		code: 'PRIVATE_NOT_IP_ADDRESS_SUBSET',
		trip: cond({ NotIpAddress: { 'aws:SourceIp': ['192.168.0.0/16', '198.51.100.0/24'] } }),
		clean: cond({ NotIpAddress: { 'aws:SourceIp': '198.51.100.0/24' } }),
		at: '"aws:SourceIp"',
	},
	{
		code: 'MISSING_PAIRED_CONDITION_KEYS',
		trip: cond({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } }),
		clean: cond({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' }, StringEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d' } }),
		at: '"aws:VpcSourceIp"',
	},
	{
		code: 'TYPE_MISMATCH_STRING',
		trip: cond({ BinaryEquals: { 'aws:PrincipalTag/key': 'not base64!' } }),
		clean: cond({ BinaryEquals: { 'aws:PrincipalTag/key': 'QmluYXJ5VmFsdWU=' } }),
		at: '"not base64!"',
	},
	{
		code: 'WILDCARD_WITHOUT_LIKE_OPERATOR',
		trip: cond({ StringEquals: { 'aws:PrincipalTag/job': 'admin-*' } }),
		clean: cond({ StringLike: { 'aws:PrincipalTag/job': 'admin-*' } }),
		at: '"admin-*"',
	},
	{
		code: 'INVALID_REGION',
		trip: cond({ StringEquals: { 'aws:RequestedRegion': 'Ireland' } }),
		clean: cond({ StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } }),
		at: '"Ireland"',
	},
	{
		code: 'INVALID_CONDITION_DATA_TYPE',
		trip: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': [3600, '7200'] } }),
		clean: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 } }),
		at: '"aws:MultiFactorAuthAge"',
	},
	{
		code: 'INVALID_VARIABLE_FOR_OPERATOR',
		trip: cond({ NumericLessThan: { 'aws:MultiFactorAuthAge': '${aws:username}' } }),
		clean: cond({ StringEquals: { 'aws:PrincipalTag/owner': '${aws:username}' } }),
		at: '"${aws:username}"',
	},
	{
		code: 'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
		trip: cond({ 'ForAllValues:StringEquals': { 'aws:PrincipalTag/team': 'red' } }),
		clean: cond({ 'ForAllValues:StringEquals': { 'aws:TagKeys': 'team' } }),
		at: '"ForAllValues:StringEquals"',
	},
	{
		code: 'MISSING_QUALIFIER',
		trip: cond({ StringEquals: { 'aws:TagKeys': 'team' } }),
		clean: cond({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'team' } }),
		at: '"StringEquals"',
	},
	{
		code: 'EMPTY_ARRAY_CONDITION',
		trip: cond({ StringEquals: { 'aws:PrincipalTag/team': [] } }),
		clean: cond({ StringEquals: { 'aws:PrincipalTag/team': ['red'] } }),
		at: '[]',
	},
	{
		code: 'EMPTY_ARRAY_CONDITION_FORALLVALUES',
		trip: cond({ 'ForAllValues:StringEquals': { 'aws:TagKeys': [] } }),
		clean: cond({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } }),
		at: '[]',
	},
	{
		code: 'EMPTY_ARRAY_CONDITION_FORANYVALUE',
		trip: cond({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': [] } }),
		clean: cond({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team'] } }),
		at: '[]',
	},
	{
		code: 'EMPTY_ARRAY_CONDITION_IFEXISTS',
		trip: cond({ StringEqualsIfExists: { 'aws:PrincipalTag/team': [] } }),
		clean: cond({ StringEqualsIfExists: { 'aws:PrincipalTag/team': ['red'] } }),
		at: '[]',
	},
	{
		code: 'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
		trip: text({
			Effect: 'Deny',
			Action: ['ec2:TerminateInstances', 'route53domains:DeleteDomain'],
			Resource: '*',
			Condition: { StringEquals: { 'aws:ResourceTag/status': 'Confidential' } },
		}),
		clean: text({
			Effect: 'Deny',
			Action: 'ec2:TerminateInstances',
			Resource: '*',
			Condition: { StringEquals: { 'aws:ResourceTag/status': 'Confidential' } },
		}),
		at: '"aws:ResourceTag/status"',
	},
	{
		code: 'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
		trip: text({
			Effect: 'Allow',
			Action: ['ec2:StartInstances', 'route53domains:GetDomainDetail'],
			Resource: '*',
			Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' } },
		}),
		clean: text({
			Effect: 'Allow',
			Action: 'ec2:StartInstances',
			Resource: '*',
			Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' } },
		}),
		at: '"aws:ResourceTag/team"',
	},
	{
		code: 'DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
		trip: text({
			Effect: 'Deny',
			NotAction: 'iam:*',
			Resource: '*',
			Condition: { StringEquals: { 'aws:ResourceTag/status': 'Confidential' } },
		}),
		clean: text({
			Effect: 'Deny',
			Action: 'ec2:TerminateInstances',
			Resource: '*',
			Condition: { StringEquals: { 'aws:ResourceTag/status': 'Confidential' } },
		}),
		at: '"aws:ResourceTag/status"',
	},
	{
		code: 'ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
		trip: text({
			Effect: 'Allow',
			NotAction: 'iam:*',
			Resource: '*',
			Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' } },
		}),
		clean: text({
			Effect: 'Allow',
			Action: 'ec2:StartInstances',
			Resource: '*',
			Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' } },
		}),
		at: '"aws:ResourceTag/team"',
	},
	{
		code: 'VARIABLE_UNSUPPORTED_IN_VERSION',
		trip: text(allow({ Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*' }), { Version: '2008-10-17' }),
		clean: text(allow({ Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*' })),
		at: '"arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*"',
	},
	{
		code: 'MISSING_BRACE_IN_VARIABLE',
		trip: text(allow({ Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/${aws:username/*' })),
		clean: text(allow({ Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*' })),
		at: '"arn:aws:s3:::amzn-s3-demo-bucket/${aws:username/*"',
	},
	{
		code: 'EMPTY_VARIABLE',
		trip: text(allow({ Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/${}/*' })),
		clean: text(allow({ Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*' })),
		at: '"arn:aws:s3:::amzn-s3-demo-bucket/${}/*"',
	},
	{
		code: 'UNSUPPORTED_SPACE_IN_VARIABLE',
		trip: text(allow({ Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/${aws: username}/*' })),
		clean: text(allow({ Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*' })),
		at: '"arn:aws:s3:::amzn-s3-demo-bucket/${aws: username}/*"',
	},
	{
		code: 'UNSUPPORTED_SYMBOL_IN_VARIABLE',
		trip: text(allow({ Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/${aws:user#name}/*' })),
		clean: text(allow({ Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*' })),
		at: '"arn:aws:s3:::amzn-s3-demo-bucket/${aws:user#name}/*"',
	},
	{
		code: 'MISSING_QUOTE_IN_VARIABLE',
		trip: text(allow({ Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/${aws:username, anonymous}/*' })),
		clean: text(allow({ Resource: "arn:aws:s3:::amzn-s3-demo-bucket/${aws:username, 'anonymous'}/*" })),
		at: '"arn:aws:s3:::amzn-s3-demo-bucket/${aws:username, anonymous}/*"',
	},
	{
		code: 'POLICY_SIZE_EXCEEDS_SCP_QUOTA',
		policyType: 'scp',
		trip: text({
			Effect: 'Deny',
			Action: Array.from({ length: 300 }, (_, i) => `ec2:Describe${i}`)
				.slice(0, 1)
				.concat(['ec2:RunInstances']),
			Resource: '*',
			Condition: { StringNotEquals: { 'aws:PrincipalTag/x': 'y'.repeat(5200) } },
		}),
		clean: text({ Effect: 'Deny', Action: 'ec2:RunInstances', Resource: '*' }),
		at: '{',
	},
	{
		code: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA',
		trip: text(allow({ Condition: { StringEquals: { 'aws:PrincipalTag/x': 'y'.repeat(6200) } } })),
		clean: text(allow({})),
		at: '{',
	},
];

/** This site's own checks. */
export const OWN_CASES: CheckCase[] = [
	{
		code: 'allow-not-action',
		trip: text({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
		clean: text(allow({})),
		at: '"NotAction"',
	},
	{
		code: 'allow-not-resource',
		trip: text({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' }),
		clean: text(allow({})),
		at: '"NotResource"',
	},
	{
		code: 'full-admin',
		trip: text({ Effect: 'Allow', Action: '*', Resource: '*' }),
		clean: text(allow({})),
		at: '"*"',
	},
	{ code: 'service-wildcard', trip: text(allow({ Action: 's3:*' })), clean: text(allow({})), at: '"s3:*"' },
];
