/**
 * The request half of an evaluation: who asks for which action on which resource, with which context
 * keys. Checked before any policy is read, so a bad field gets a message that names it.
 */
import { tryParseArn } from './arn';
import { PolicyRequestError } from './errors';
import { parseRequestPrincipal, type RequestPrincipal } from './principal';
import type { PolicyDocument } from './policy';
import type { EvaluationRequest } from './statement';
import type { ContextEntry, RequestContext } from './variables';

/** A policy as JSON text, as a plain object, or as a document already parsed by parsePolicy/checkPolicy. */
export type Policy = object | string | PolicyDocument;
export type ContextValue = string | string[] | number | boolean;

export interface EvaluationInput {
	request: {
		principal: string;
		action: string;
		resource: string;
		resourceAccount?: string;
		context?: Record<string, ContextValue>;
	};
	identityPolicies?: Policy[];
	resourcePolicy?: Policy;
	permissionsBoundary?: Policy;
	/** SCPs by level: root, each OU, the caller's account. Each level must allow. */
	serviceControlPolicies?: Policy[][];
	/**
	 * RCPs of the resource's account, by level: root, each OU, the account. RCPFullAWSAccess is
	 * attached to every level and cannot be detached, so list only the RCPs you wrote (Deny statements).
	 */
	resourceControlPolicies?: Policy[][];
	/** The organization's management account: SCPs don't limit its principals, RCPs don't limit its resources. */
	managementAccount?: string;
	sessionPolicy?: Policy;
}

export interface CheckedRequest extends EvaluationRequest {
	/** The account that owns the resource (from the request, the resource ARN, or the caller's). */
	resourceAccount: string | undefined;
}

const ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9_-]+$/;

export function checkRequest(input: EvaluationInput): CheckedRequest {
	const { request } = input;
	if (!request || typeof request !== 'object') throw new PolicyRequestError('request', 'The request is missing.');
	if (typeof request.principal !== 'string' || request.principal.trim() === '')
		throw new PolicyRequestError(
			'principal',
			'Say who makes the request: a principal ARN such as arn:aws:iam::123456789012:user/alice.',
		);
	if (typeof request.action !== 'string' || !ACTION.test(request.action.trim())) {
		throw new PolicyRequestError(
			'action',
			`"${String(request.action).slice(0, 60)}" is not an action: write service:ActionName without wildcards, e.g. s3:GetObject.`,
		);
	}
	if (typeof request.resource !== 'string' || request.resource.trim() === '')
		throw new PolicyRequestError(
			'resource',
			'Say which resource: an ARN such as arn:aws:s3:::amzn-s3-demo-bucket/file.txt, or "*".',
		);
	const resource = request.resource.trim();
	if (resource !== '*' && !tryParseArn(resource))
		throw new PolicyRequestError(
			'resource',
			`"${resource.slice(0, 80)}" is not an ARN (arn:partition:service:region:account-id:resource) or "*".`,
		);
	if (request.resourceAccount !== undefined && !/^\d{12}$/.test(request.resourceAccount)) {
		throw new PolicyRequestError(
			'resourceAccount',
			`"${request.resourceAccount}" is not an AWS account ID: account IDs are exactly 12 digits.`,
		);
	}
	if (input.managementAccount !== undefined && !/^\d{12}$/.test(input.managementAccount)) {
		throw new PolicyRequestError(
			'managementAccount',
			`"${input.managementAccount}" is not an AWS account ID: account IDs are exactly 12 digits.`,
		);
	}
	const principal = parseRequestPrincipal(request.principal);
	const arnAccount = resource === '*' ? '' : (tryParseArn(resource)?.accountId ?? '');
	const resourceAccount = request.resourceAccount ?? (/^\d{12}$/.test(arnAccount) ? arnAccount : principal.account);
	return {
		principal,
		action: request.action.trim(),
		resource,
		context: normaliseContext(request.context, principal),
		resourceAccount,
	};
}

function normaliseContext(raw: Record<string, ContextValue> | undefined, principal: RequestPrincipal): RequestContext {
	const context: RequestContext = new Map();
	const put = (name: string, value: ContextValue): void => {
		const entry: ContextEntry = Array.isArray(value)
			? { name, values: value.map(String), multi: true }
			: { name, values: [String(value)], multi: false };
		context.set(name.toLowerCase(), entry);
	};
	// Keys AWS fills in from the caller itself (the request may override them).
	// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
	if (principal.account) put('aws:PrincipalAccount', principal.account);
	if (principal.kind === 'user') put('aws:username', principal.userName ?? '');
	const principalType = {
		root: 'Account',
		user: 'User',
		role: 'AssumedRole',
		session: 'AssumedRole',
		'federated-user': 'FederatedUser',
		service: undefined,
		anonymous: 'Anonymous',
	}[principal.kind];
	if (principalType) put('aws:PrincipalType', principalType);
	if (principal.kind === 'session' || principal.kind === 'role')
		put('aws:PrincipalArn', `arn:${principal.partition}:iam::${principal.account}:role/${principal.roleName}`);
	else if (principal.kind !== 'service' && principal.kind !== 'anonymous') put('aws:PrincipalArn', principal.arn);
	// "present in the request context for all signed API requests" — true for services, false otherwise.
	// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalisawsservice
	if (principal.kind !== 'anonymous') put('aws:PrincipalIsAWSService', principal.kind === 'service' ? 'true' : 'false');
	for (const [name, value] of Object.entries(raw ?? {})) {
		if (
			typeof value !== 'string' &&
			typeof value !== 'number' &&
			typeof value !== 'boolean' &&
			!(Array.isArray(value) && value.every((v) => typeof v === 'string'))
		) {
			throw new PolicyRequestError(
				'context',
				`The value of context key "${name}" must be text, a number, true/false or a list of text.`,
			);
		}
		put(name, value);
	}
	return context;
}
