/**
 * Policies from the AWS documentation, pinned as "no false alarm" fixtures: validatePolicy must raise no
 * ERROR and no SECURITY_WARNING on any of them. Placeholders the pages leave for the reader
 * (account-id, bucket-name) are filled with AWS's documented example values (111122223333,
 * amzn-s3-demo-bucket), which is what a reader pastes. Pages checked 2026-12-01.
 */
import type { ValidationPolicyType } from '../../../src/lib/iam/index';

export interface DocPolicy {
	name: string;
	source: string;
	policyType: ValidationPolicyType;
	policy: object;
}

const V = '2012-10-17';
const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/';
const ORG = 'https://docs.aws.amazon.com/organizations/latest/userguide/';
const S3 = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/';
const BUCKET = ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'];

export const AWS_DOC_POLICIES: DocPolicy[] = [
	{
		name: 'EC2: start and stop instances tagged with your user name',
		source: `${IAM}reference_policies_examples_ec2_tag-owner.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: [
				{
					Effect: 'Allow',
					Action: ['ec2:StartInstances', 'ec2:StopInstances'],
					Resource: 'arn:aws:ec2:*:*:instance/*',
					Condition: { StringEquals: { 'aws:ResourceTag/Owner': '${aws:username}' } },
				},
				{ Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' },
			],
		},
	},
	{
		name: 'DynamoDB: access to a specific table',
		source: `${IAM}reference_policies_examples_dynamodb_specific-table.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: [
				{
					Sid: 'ListAndDescribe',
					Effect: 'Allow',
					Action: [
						'dynamodb:List*',
						'dynamodb:DescribeReservedCapacity*',
						'dynamodb:DescribeLimits',
						'dynamodb:DescribeTimeToLive',
					],
					Resource: '*',
				},
				{
					Sid: 'SpecificTable',
					Effect: 'Allow',
					Action: [
						'dynamodb:BatchGet*',
						'dynamodb:DescribeStream',
						'dynamodb:DescribeTable',
						'dynamodb:Get*',
						'dynamodb:Query',
						'dynamodb:Scan',
						'dynamodb:BatchWrite*',
						'dynamodb:CreateTable',
						'dynamodb:Delete*',
						'dynamodb:Update*',
						'dynamodb:PutItem',
					],
					Resource: 'arn:aws:dynamodb:*:*:table/MyTable',
				},
			],
		},
	},
	{
		name: 'Deny access based on the source IP',
		source: `${IAM}reference_policies_examples_aws_deny-ip.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: {
				Effect: 'Deny',
				Action: '*',
				Resource: '*',
				Condition: {
					NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] },
					Bool: { 'aws:ViaAWSService': 'false' },
				},
			},
		},
	},
	{
		name: 'Deny most actions without MFA (self-managed MFA policy, last statement)',
		source: `${IAM}reference_policies_examples_aws_my-sec-creds-self-manage-mfa-only.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: [
				{
					Sid: 'AllowManageOwnVirtualMFADevice',
					Effect: 'Allow',
					Action: ['iam:CreateVirtualMFADevice'],
					Resource: 'arn:aws:iam::*:mfa/*',
				},
				{
					Sid: 'AllowManageOwnUserMFA',
					Effect: 'Allow',
					Action: [
						'iam:DeactivateMFADevice',
						'iam:EnableMFADevice',
						'iam:GetUser',
						'iam:ListMFADevices',
						'iam:ResyncMFADevice',
					],
					Resource: 'arn:aws:iam::*:user/${aws:username}',
				},
				{
					Sid: 'DenyAllExceptListedIfNoMFA',
					Effect: 'Deny',
					NotAction: [
						'iam:CreateVirtualMFADevice',
						'iam:EnableMFADevice',
						'iam:GetUser',
						'iam:ListMFADevices',
						'iam:ListVirtualMFADevices',
						'iam:ResyncMFADevice',
						'sts:GetSessionToken',
					],
					Resource: '*',
					Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
				},
			],
		},
	},
	{
		name: 'IAM: manage your own access keys',
		source: `${IAM}reference_policies_examples_iam_credentials_console.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: [
				{
					Sid: 'ManageOwnAccessKeys',
					Effect: 'Allow',
					Action: [
						'iam:CreateAccessKey',
						'iam:DeleteAccessKey',
						'iam:GetAccessKeyLastUsed',
						'iam:GetUser',
						'iam:ListAccessKeys',
						'iam:UpdateAccessKey',
						'iam:TagUser',
					],
					Resource: 'arn:aws:iam::*:user/${aws:username}',
				},
			],
		},
	},
	{
		name: 'Allow access within specific dates',
		source: `${IAM}reference_policies_examples_aws-dates.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: [
				{
					Effect: 'Allow',
					Action: 'ec2:DescribeInstances',
					Resource: '*',
					Condition: {
						DateGreaterThan: { 'aws:CurrentTime': '2020-04-01T00:00:00Z' },
						DateLessThan: { 'aws:CurrentTime': '2020-06-30T23:59:59Z' },
					},
				},
			],
		},
	},
	{
		name: 'S3: read and write objects in one bucket',
		source: `${IAM}reference_policies_examples_s3_rw-bucket.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: [
				{ Sid: 'ListObjectsInBucket', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [BUCKET[0]] },
				{ Sid: 'AllObjectActions', Effect: 'Allow', Action: 's3:*Object', Resource: [BUCKET[1]] },
			],
		},
	},
	{
		name: 'IAM: limit which managed policies can be attached',
		source: `${IAM}reference_policies_examples_iam_limit-managed.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: {
				Effect: 'Allow',
				Action: ['iam:AttachUserPolicy', 'iam:DetachUserPolicy'],
				Resource: '*',
				Condition: {
					ArnEquals: {
						'iam:PolicyARN': ['arn:aws:iam::*:policy/policy-name-1', 'arn:aws:iam::*:policy/policy-name-2'],
					},
				},
			},
		},
	},
	{
		name: 'Pass a role to EC2 (roles with a name prefix)',
		source: `${IAM}id_roles_use_passrole.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: [
				{
					Effect: 'Allow',
					Action: ['ec2:RunInstances', 'ec2:AssociateIamInstanceProfile', 'ec2:ReplaceIamInstanceProfileAssociation'],
					Resource: '*',
				},
				{ Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/EC2-roles-for-XYZ-*' },
			],
		},
	},
	{
		name: 'ABAC: resources whose tag matches the principal tag',
		source: `${IAM}reference_policies_examples_aws_abac.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: [
				{
					Effect: 'Allow',
					Action: ['ec2:StartInstances', 'ec2:StopInstances'],
					Resource: '*',
					Condition: { StringEquals: { 'aws:ResourceTag/CostCenter': '${aws:PrincipalTag/CostCenter}' } },
				},
			],
		},
	},
	{
		name: 'EC2 limited to two Regions',
		source: `${IAM}reference_policies_examples_ec2_region.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: [
				{
					Effect: 'Allow',
					Action: 'ec2:*',
					Resource: '*',
					Condition: { StringEquals: { 'aws:RequestedRegion': ['eu-central-1', 'eu-west-1'] } },
				},
			],
		},
	},
	{
		name: 'CloudWatch: put metric data in one namespace',
		source: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/iam-cw-condition-keys-namespace.html',
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: {
				Effect: 'Allow',
				Resource: '*',
				Action: 'cloudwatch:PutMetricData',
				Condition: { StringEquals: { 'cloudwatch:namespace': 'MyCustomNamespace' } },
			},
		},
	},
	{
		name: 'Permissions boundary: S3, CloudWatch and EC2 only',
		source: `${IAM}access_policies_boundaries.html`,
		policyType: 'permissionsBoundary',
		policy: {
			Version: V,
			Statement: [{ Effect: 'Allow', Action: ['s3:*', 'cloudwatch:*', 'ec2:*'], Resource: '*' }],
		},
	},
	{
		name: 'SCP: prevent leaving the organization',
		source: `${ORG}orgs_manage_policies_scps_examples_general.html`,
		policyType: 'scp',
		policy: { Version: V, Statement: [{ Effect: 'Deny', Action: ['organizations:LeaveOrganization'], Resource: '*' }] },
	},
	{
		name: 'SCP: restrict EC2 for the root user',
		source: `${ORG}orgs_manage_policies_scps_examples_general.html`,
		policyType: 'scp',
		policy: {
			Version: V,
			Statement: [
				{
					Sid: 'RestrictEC2ForRoot',
					Effect: 'Deny',
					Action: ['ec2:*'],
					Resource: ['*'],
					Condition: { StringLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:root'] } },
				},
			],
		},
	},
	{
		name: 'SCP: deny access outside the requested Regions',
		source: `${ORG}orgs_manage_policies_scps_examples_general.html#example-scp-deny-region`,
		policyType: 'scp',
		policy: {
			Version: V,
			Statement: [
				{
					Sid: 'DenyAllOutsideEU',
					Effect: 'Deny',
					NotAction: [
						'a4b:*',
						'acm:*',
						'aws-marketplace-management:*',
						'aws-marketplace:*',
						'aws-portal:*',
						'budgets:*',
						'ce:*',
						'chime:*',
						'cloudfront:*',
						'config:*',
						'cur:*',
						'directconnect:*',
						'ec2:DescribeRegions',
						'ec2:DescribeTransitGateways',
						'ec2:DescribeVpnGateways',
						'fms:*',
						'globalaccelerator:*',
						'health:*',
						'iam:*',
						'importexport:*',
						'kms:*',
						'mobileanalytics:*',
						'networkmanager:*',
						'organizations:*',
						'pricing:*',
						'route53:*',
						'route53domains:*',
						'route53-recovery-cluster:*',
						'route53-recovery-control-config:*',
						'route53-recovery-readiness:*',
						's3:GetAccountPublic*',
						's3:ListAllMyBuckets',
						's3:ListMultiRegionAccessPoints',
						's3:PutAccountPublic*',
						'shield:*',
						'sts:*',
						'support:*',
						'trustedadvisor:*',
						'waf-regional:*',
						'waf:*',
						'wafv2:*',
						'wellarchitected:*',
					],
					Resource: '*',
					Condition: {
						StringNotEquals: { 'aws:RequestedRegion': ['eu-central-1', 'eu-west-1'] },
						ArnNotLike: {
							'aws:PrincipalARN': [
								'arn:aws:iam::*:role/Role1AllowedToBypassThisSCP',
								'arn:aws:iam::*:role/Role2AllowedToBypassThisSCP',
							],
						},
					},
				},
			],
		},
	},
	{
		name: 'SCP: require a Project tag on new instances and volumes',
		source: `${ORG}orgs_manage_policies_scps_examples_tagging.html`,
		policyType: 'scp',
		policy: {
			Version: V,
			Statement: [
				{
					Sid: 'DenyRunInstanceWithNoProjectTag',
					Effect: 'Deny',
					Action: 'ec2:RunInstances',
					Resource: ['arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:*:*:volume/*'],
					Condition: { Null: { 'aws:RequestTag/Project': 'true' } },
				},
			],
		},
	},
	{
		name: 'SCP: protect an IAM role except from an admin role',
		source: `${ORG}orgs_manage_policies_scps_examples_general.html`,
		policyType: 'scp',
		policy: {
			Version: V,
			Statement: [
				{
					Sid: 'DenyAccessToASpecificRole',
					Effect: 'Deny',
					Action: [
						'iam:AttachRolePolicy',
						'iam:DeleteRole',
						'iam:DeleteRolePermissionsBoundary',
						'iam:DeleteRolePolicy',
						'iam:DetachRolePolicy',
						'iam:PutRolePermissionsBoundary',
						'iam:PutRolePolicy',
						'iam:UpdateAssumeRolePolicy',
						'iam:UpdateRole',
						'iam:UpdateRoleDescription',
					],
					Resource: ['arn:aws:iam::*:role/role-to-deny'],
					Condition: { ArnNotLike: { 'aws:PrincipalARN': 'arn:aws:iam::*:role/role-to-allow' } },
				},
			],
		},
	},
	{
		name: 'SCP: require IMDSv2 on new instances',
		source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ExamplePolicies_EC2.html',
		policyType: 'scp',
		policy: {
			Version: V,
			Statement: [
				{
					Sid: 'RequireImdsV2',
					Effect: 'Deny',
					Action: 'ec2:RunInstances',
					Resource: 'arn:aws:ec2:*:*:instance/*',
					Condition: { StringNotEquals: { 'ec2:MetadataHttpTokens': 'required' } },
				},
			],
		},
	},
	{
		name: 'SCP: prevent disabling CloudTrail',
		source: `${ORG}orgs_manage_policies_scps_examples_cloudtrail.html`,
		policyType: 'scp',
		policy: {
			Version: V,
			Statement: [{ Effect: 'Deny', Action: ['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail'], Resource: '*' }],
		},
	},
	{
		name: 'Bucket policy: grant two accounts upload with a canned ACL condition',
		source: `${S3}example-bucket-policies.html`,
		policyType: 'resource',
		policy: {
			Version: V,
			Statement: [
				{
					Sid: 'AddCannedAcl',
					Effect: 'Allow',
					Principal: { AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:root'] },
					Action: ['s3:PutObject', 's3:PutObjectAcl'],
					Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
					Condition: { StringEquals: { 's3:x-amz-acl': ['public-read'] } },
				},
			],
		},
	},
	{
		name: 'Bucket policy: deny requests without TLS',
		source: `${S3}example-bucket-policies.html`,
		policyType: 'resource',
		policy: {
			Version: V,
			Statement: [
				{
					Sid: 'RestrictToTLSRequestsOnly',
					Effect: 'Deny',
					Principal: '*',
					Action: 's3:*',
					Resource: BUCKET,
					Condition: { Bool: { 'aws:SecureTransport': 'false' } },
				},
			],
		},
	},
	{
		name: 'Bucket policy: deny requests from outside an IP range',
		source: `${S3}example-bucket-policies.html`,
		policyType: 'resource',
		policy: {
			Id: 'SourceIP',
			Version: V,
			Statement: [
				{
					Sid: 'SourceIP',
					Effect: 'Deny',
					Principal: '*',
					Action: 's3:*',
					Resource: BUCKET,
					Condition: { NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] } },
				},
			],
		},
	},
	{
		name: 'Bucket policy: CloudFront origin access control',
		source:
			'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
		policyType: 'resource',
		policy: {
			Version: V,
			Statement: {
				Sid: 'AllowCloudFrontServicePrincipalReadOnly',
				Effect: 'Allow',
				Principal: { Service: 'cloudfront.amazonaws.com' },
				Action: 's3:GetObject',
				Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
				Condition: {
					StringEquals: { 'AWS:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE' },
				},
			},
		},
	},
	{
		name: 'Bucket policy: only through one VPC endpoint',
		source: `${S3}example-bucket-policies-vpc-endpoint.html`,
		policyType: 'resource',
		policy: {
			Version: V,
			Id: 'Policy1415115909152',
			Statement: [
				{
					Sid: 'Access-to-specific-VPCE-only',
					Principal: '*',
					Action: 's3:*',
					Effect: 'Deny',
					Resource: BUCKET,
					Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
				},
			],
		},
	},
	{
		name: 'Bucket policy: Elastic Load Balancing access logs',
		source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
		policyType: 'resource',
		policy: {
			Version: V,
			Statement: [
				{
					Effect: 'Allow',
					Principal: { Service: 'logdelivery.elasticloadbalancing.amazonaws.com' },
					Action: 's3:PutObject',
					Resource: 'arn:aws:s3:::amzn-s3-demo-logging-bucket/prefix/AWSLogs/111122223333/*',
				},
			],
		},
	},
	{
		name: 'KMS: default key policy',
		source: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
		policyType: 'resource',
		policy: {
			Version: V,
			Id: 'key-default-1',
			Statement: [
				{
					Sid: 'Enable IAM User Permissions',
					Effect: 'Allow',
					Principal: { AWS: 'arn:aws:iam::111122223333:root' },
					Action: 'kms:*',
					Resource: '*',
				},
			],
		},
	},
	{
		name: 'Trust policy: EC2',
		source: `${IAM}id_roles_create_for-service.html`,
		policyType: 'roleTrust',
		policy: {
			Version: V,
			Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
		},
	},
	{
		name: 'Trust policy: another account, with MFA',
		source: `${IAM}id_credentials_mfa_configure-api-require.html`,
		policyType: 'roleTrust',
		policy: {
			Version: V,
			Statement: {
				Effect: 'Allow',
				Principal: { AWS: 'arn:aws:iam::111122223333:root' },
				Action: 'sts:AssumeRole',
				Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
			},
		},
	},
	{
		name: 'Trust policy: GitHub Actions OIDC',
		source: `${IAM}id_roles_create_for-idp_oidc.html`,
		policyType: 'roleTrust',
		policy: {
			Version: V,
			Statement: [
				{
					Effect: 'Allow',
					Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
					Action: 'sts:AssumeRoleWithWebIdentity',
					Condition: {
						StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
						StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:*' },
					},
				},
			],
		},
	},
	{
		name: 'Trust policy: SAML 2.0 federation',
		source: `${IAM}id_roles_create_for-idp_saml.html`,
		policyType: 'roleTrust',
		policy: {
			Version: V,
			Statement: [
				{
					Effect: 'Allow',
					Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/PROVIDER-NAME' },
					Action: 'sts:AssumeRoleWithSAML',
					Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
				},
			],
		},
	},
	{
		name: 'RCP: enforce secure transport',
		source: `${ORG}orgs_manage_policies_rcps_examples.html`,
		policyType: 'rcp',
		policy: {
			Version: V,
			Statement: [
				{
					Sid: 'EnforceSecureTransport',
					Effect: 'Deny',
					Principal: '*',
					Action: ['sts:*', 's3:*', 'sqs:*', 'secretsmanager:*', 'kms:*'],
					Resource: '*',
					Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } },
				},
			],
		},
	},
	{
		name: 'RCP: only identities of my organization',
		source: `${ORG}orgs_manage_policies_rcps_examples.html`,
		policyType: 'rcp',
		policy: {
			Version: V,
			Statement: [
				{
					Sid: 'EnforceOrgIdentities',
					Effect: 'Deny',
					Principal: '*',
					Action: [
						's3:*',
						'sqs:*',
						'kms:*',
						'secretsmanager:*',
						'sts:AssumeRole',
						'sts:DecodeAuthorizationMessage',
						'sts:GetAccessKeyInfo',
						'sts:GetFederationToken',
						'sts:GetServiceBearerToken',
						'sts:GetSessionToken',
						'sts:SetContext',
					],
					Resource: '*',
					Condition: {
						StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-123456789' },
						BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
					},
				},
			],
		},
	},
	{
		name: 'Policy summary example 2: DynamoDB rows by Cognito ID',
		source: `${IAM}access_policies_policy-summary-examples.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: [
				{
					Effect: 'Allow',
					Action: ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
					Resource: ['arn:aws:dynamodb:us-west-1:123456789012:table/myDynamoTable'],
					Condition: {
						'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${cognito-identity.amazonaws.com:sub}'] },
					},
				},
			],
		},
	},
	{
		name: 'Policy summary example 3: multiple resources and conditions',
		source: `${IAM}access_policies_policy-summary-examples.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: [
				{
					Effect: 'Allow',
					Action: ['s3:PutObject', 's3:PutObjectAcl'],
					Resource: ['arn:aws:s3:::Apple_bucket/*'],
					Condition: { StringEquals: { 's3:x-amz-acl': ['public-read'] } },
				},
				{
					Effect: 'Allow',
					Action: ['s3:PutObject', 's3:PutObjectAcl'],
					Resource: ['arn:aws:s3:::Orange_bucket/*'],
					Condition: { StringEquals: { 's3:x-amz-acl': ['custom'], 's3:x-amz-grant-full-control': ['1234'] } },
				},
			],
		},
	},
	{
		name: 'Policy summary example 6: CodeBuild, CodeCommit and CodeDeploy resources',
		source: `${IAM}access_policies_policy-summary-examples.html`,
		policyType: 'identity',
		policy: {
			Version: V,
			Statement: [
				{
					Sid: 'Stmt1487980617000',
					Effect: 'Allow',
					Action: ['codebuild:*', 'codecommit:*', 'codedeploy:*'],
					Resource: [
						'arn:aws:codebuild:us-east-2:123456789012:project/my-demo-project',
						'arn:aws:codecommit:us-east-2:123456789012:MyDemoRepo',
						'arn:aws:codedeploy:us-east-2:123456789012:application:WordPress_App',
						'arn:aws:codedeploy:us-east-2:123456789012:instance/AssetTag*',
					],
				},
			],
		},
	},
];
