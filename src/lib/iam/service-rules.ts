/**
 * Rules a service applies whatever the policies say: a few requests always succeed, and some
 * AWS-owned resources cannot be changed by anyone in the account, even with "Action": "*".
 */
import { tryParseArn } from './arn';
import type { CheckedRequest } from './request';

/**
 * "No permissions are required to perform this operation. If an administrator attaches a policy to
 * your identity that explicitly denies access to the sts:GetCallerIdentity action, you can still
 * perform this operation." — https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 */
export function alwaysAllowed({ principal, action }: CheckedRequest): string | undefined {
	if (
		action.toLowerCase() === 'sts:getcalleridentity' &&
		principal.kind !== 'anonymous' &&
		principal.kind !== 'service'
	)
		return 'sts:GetCallerIdentity needs no permission: it is allowed even when a policy denies it.';
	return undefined;
}

/** IAM actions that change a managed policy. */
const POLICY_WRITES = new Set(
	[
		'CreatePolicy',
		'CreatePolicyVersion',
		'DeletePolicy',
		'DeletePolicyVersion',
		'SetDefaultPolicyVersion',
		'TagPolicy',
		'UntagPolicy',
	].map((a) => `iam:${a.toLowerCase()}`),
);

/** IAM actions that change (or hand over) a role. */
const ROLE_WRITES = new Set(
	[
		'AttachRolePolicy',
		'CreateRole',
		'CreateServiceLinkedRole',
		'DeleteRole',
		'DeleteRolePermissionsBoundary',
		'DeleteRolePolicy',
		'DeleteServiceLinkedRole',
		'DetachRolePolicy',
		'PassRole',
		'PutRolePermissionsBoundary',
		'PutRolePolicy',
		'TagRole',
		'UntagRole',
		'UpdateAssumeRolePolicy',
		'UpdateRole',
		'UpdateRoleDescription',
	].map((a) => `iam:${a.toLowerCase()}`),
);

const ALIAS_WRITES = new Set(['kms:createalias', 'kms:deletealias', 'kms:updatealias']);

/** Why no policy can allow this request, or undefined. An explicit Deny still reads as a Deny. */
export function protectedResource({ action, resource }: CheckedRequest): string | undefined {
	const arn = tryParseArn(resource);
	if (!arn) return undefined;
	const name = action.toLowerCase();
	// "You cannot change the permissions defined in AWS managed policies."
	// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies
	if (arn.service === 'iam' && arn.accountId === 'aws' && arn.resourceType === 'policy' && POLICY_WRITES.has(name))
		return `${resource} is an AWS managed policy: only AWS can change it, whatever your policies allow.`;
	// Roles under /aws-reserved/ belong to AWS services such as IAM Identity Center, which manage them;
	// IAM refuses changes to them from the account.
	// https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html
	if (
		arn.service === 'iam' &&
		arn.resourceType === 'role' &&
		arn.resourceId.startsWith('aws-reserved/') &&
		ROLE_WRITES.has(name)
	)
		return `${resource} is a reserved role managed by an AWS service: it cannot be changed or passed from the account, whatever your policies allow.`;
	// "You cannot create, delete, or update aliases that begin with alias/aws/; they are reserved for
	// AWS managed keys." — https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html
	if (
		arn.service === 'kms' &&
		arn.resourceType === 'alias' &&
		arn.resourceId.startsWith('aws/') &&
		ALIAS_WRITES.has(name)
	)
		return `alias/${arn.resourceId} is an AWS managed key's alias (alias/aws/…): it cannot be created, changed or deleted.`;
	return undefined;
}
