/**
 * AWS Organizations policies in the decision. SCPs limit what the *caller* (an IAM user or role in a
 * member account) can do; RCPs limit what can be done to a *resource* in a member account, whoever
 * asks — other accounts, anonymous callers, the root user — for the services that support RCPs.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
 */
import { tryParseArn } from './arn';
import type { RequestPrincipal } from './principal';
import type { CheckedRequest } from './request';

/**
 * Service prefixes whose actions RCPs apply to ("List of AWS services that support RCPs",
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services,
 * checked 2026-12-01). AWS adds services over time.
 */
export const RCP_SERVICES: ReadonlySet<string> = new Set([
	'aoss',
	'appconfig',
	'appstream',
	'autoscaling',
	'autoscaling-plans',
	'budgets',
	'cloudfront',
	'clouddirectory',
	'cloudsearch',
	'cloudtrail-data',
	'codeartifact',
	'codebuild',
	'codecommit',
	'codepipeline',
	'cognito-identity',
	'cognito-idp',
	'comprehend',
	'comprehendmedical',
	'compute-optimizer',
	'cost-optimization-hub',
	'dax',
	'dsql',
	'dynamodb',
	'ecr',
	'ecr-public',
	'events',
	'firehose',
	'fis',
	'fms',
	'gamelift',
	'health',
	'inspector-scan',
	'kendra',
	'kinesisvideo',
	'kms',
	'logs',
	'memorydb',
	'networkmonitor',
	'notifications',
	'opensearch',
	'pca-connector-ad',
	'personalize',
	'polly',
	'pricing',
	'resource-groups',
	'rolesanywhere',
	's3',
	'secretsmanager',
	'servicediscovery',
	'signin',
	'sqs',
	'sts',
	'support',
	'swf',
	'textract',
	'timestream-influxdb',
	'transcribe',
	'transfer',
	'translate',
	'wafv2',
	'workspaces',
	'xray',
]);

/**
 * A service-linked role: its path is /aws-service-role/, and its name (the only part a session ARN
 * keeps) starts with AWSServiceRoleFor. Neither SCPs nor RCPs restrict it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html
 */
export function isServiceLinkedRole(principal: RequestPrincipal): boolean {
	if (principal.kind !== 'role' && principal.kind !== 'session') return false;
	return principal.arn.includes(':role/aws-service-role/') || /^AWSServiceRoleFor/.test(principal.roleName ?? '');
}

/** Why the SCPs do not limit this caller, or undefined when they do. */
export function scpExemption({ principal }: CheckedRequest, managementAccount: string | undefined): string | undefined {
	if (principal.kind === 'service' || principal.kind === 'anonymous')
		return 'SCPs limit IAM users and roles in member accounts; this caller is neither, so the SCPs do not apply.';
	if (managementAccount !== undefined && principal.account === managementAccount)
		return `The caller is in the management account (${managementAccount}): SCPs do not affect its users or roles.`;
	if (isServiceLinkedRole(principal)) return 'The caller is a service-linked role: SCPs do not restrict it.';
	return undefined;
}

/**
 * Why the RCPs do not limit this request, or undefined when they do. "Resources and entities not
 * restricted by RCPs": the management account's resources, service-linked roles, AWS managed KMS keys
 * and kms:RetireGrant; and RCPs apply only to the services in RCP_SERVICES.
 */
export function rcpExemption(
	{ principal, action, resource, resourceAccount }: CheckedRequest,
	managementAccount: string | undefined,
): string | undefined {
	const service = action.slice(0, action.indexOf(':')).toLowerCase();
	if (!RCP_SERVICES.has(service))
		return `RCPs apply only to the services that support them, and ${service} is not one of them: the RCPs do not apply.`;
	if (managementAccount !== undefined && resourceAccount === managementAccount)
		return `The resource is in the management account (${managementAccount}): RCPs only affect resources in member accounts.`;
	if (isServiceLinkedRole(principal))
		return 'The caller is a service-linked role: RCPs do not apply to calls made by service-linked roles.';
	if (action.toLowerCase() === 'kms:retiregrant') return 'RCPs do not affect the kms:RetireGrant permission.';
	const arn = tryParseArn(resource);
	if (arn?.service === 'kms' && arn.resourceType === 'alias' && arn.resourceId.startsWith('aws/'))
		return 'The resource is an AWS managed KMS key (alias/aws/…): RCPs do not apply to AWS managed keys.';
	return undefined;
}
