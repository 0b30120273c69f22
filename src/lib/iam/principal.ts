/**
 * Who is calling, and does a Principal / NotPrincipal element name them?
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
import { tryParseArn } from './arn';
import { PolicyRequestError } from './errors';
import type { PrincipalElement, PrincipalEntry } from './policy';

export type PrincipalKind = 'root' | 'user' | 'role' | 'session' | 'federated-user' | 'service' | 'anonymous';

export interface RequestPrincipal {
	arn: string;
	kind: PrincipalKind;
	/** 12-digit account, absent for service principals and anonymous callers. */
	account: string | undefined;
	partition: string;
	/** For a role or role session: the role's name (session ARNs carry no path). */
	roleName: string | undefined;
	/** For a role session: the session name. */
	sessionName: string | undefined;
	/** For a user: the user name (last part of the path). */
	userName: string | undefined;
}

export function describePrincipalKind(kind: PrincipalKind): string {
	return {
		root: 'the account root user',
		user: 'an IAM user',
		role: 'an IAM role',
		session: 'an assumed-role session',
		'federated-user': 'a federated user session',
		service: 'an AWS service',
		anonymous: 'an anonymous caller',
	}[kind];
}

export function parseRequestPrincipal(text: string): RequestPrincipal {
	const value = text.trim();
	if (value === '*' || value.toLowerCase() === 'anonymous') {
		return {
			arn: value,
			kind: 'anonymous',
			account: undefined,
			partition: 'aws',
			roleName: undefined,
			sessionName: undefined,
			userName: undefined,
		};
	}
	if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(value)) {
		return {
			arn: value,
			kind: 'service',
			account: undefined,
			partition: 'aws',
			roleName: undefined,
			sessionName: undefined,
			userName: undefined,
		};
	}
	const arn = tryParseArn(value);
	// tryParseArn accepts an empty account (S3 buckets have none) or 12 digits; a principal needs one.
	if (!arn || arn.accountId === '') {
		throw new PolicyRequestError(
			'principal',
			`"${value.slice(0, 80)}" is not a principal: use an ARN like arn:aws:iam::123456789012:user/alice, arn:aws:sts::123456789012:assumed-role/MyRole/session, or a service like ec2.amazonaws.com.`,
		);
	}
	const base = {
		arn: value,
		account: arn.accountId,
		partition: arn.partition,
		roleName: undefined,
		sessionName: undefined,
		userName: undefined,
	};
	if (arn.service === 'iam' && arn.resource === 'root') return { ...base, kind: 'root' };
	if (arn.service === 'iam' && arn.resourceType === 'user' && arn.resourceId) {
		return { ...base, kind: 'user', userName: arn.resourceId.split('/').pop() };
	}
	if (arn.service === 'iam' && arn.resourceType === 'role' && arn.resourceId) {
		return { ...base, kind: 'role', roleName: arn.resourceId.split('/').pop() };
	}
	if (arn.service === 'sts' && arn.resourceType === 'assumed-role') {
		const [roleName, sessionName] = arn.resourceId.split('/');
		if (roleName && sessionName) return { ...base, kind: 'session', roleName, sessionName };
	}
	if (arn.service === 'sts' && arn.resourceType === 'federated-user' && arn.resourceId) {
		return { ...base, kind: 'federated-user' };
	}
	throw new PolicyRequestError(
		'principal',
		`"${value.slice(0, 80)}" is not a principal ARN: expected …:root, …:user/name, …:role/name, …:assumed-role/role/session or …:federated-user/name.`,
	);
}

/**
 * How a Principal element names the caller:
 * - `direct`: the caller's own ARN (user, role session, federated user, service) or `"*"`;
 * - `role`: the role whose session is calling (the session inherits it);
 * - `account`: the caller's account (account ID or `…:root`) — this delegates to that account's
 *   identity-based policies, it does not grant on its own.
 */
export type PrincipalMatchKind = 'direct' | 'role' | 'account';

export interface PrincipalMatch {
	kind: PrincipalMatchKind;
	entry: string;
}

const rank: Record<PrincipalMatchKind, number> = { direct: 3, role: 2, account: 1 };

function matchEntry(entry: PrincipalEntry, caller: RequestPrincipal): PrincipalMatchKind | undefined {
	const value = entry.value;
	if (entry.type !== 'AWS') {
		// Service, Federated and CanonicalUser principals are compared as written.
		return value === caller.arn || (entry.type === 'Service' && value.toLowerCase() === caller.arn.toLowerCase())
			? 'direct'
			: undefined;
	}
	if (value === '*') return 'direct';
	// An account ID names the account (services and anonymous callers have none).
	if (value === caller.account) return 'account';
	const arn = tryParseArn(value);
	if (!arn) return undefined;
	if (arn.service === 'iam' && arn.resource === 'root') return arn.accountId === caller.account ? 'account' : undefined;
	// A policy naming a role's ARN grants to the role, which a boundary or session policy still limits,
	// whether the caller is the role or one of its sessions.
	// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
	if (value === caller.arn) return caller.kind === 'role' ? 'role' : 'direct';
	if (
		caller.kind === 'session' &&
		arn.service === 'iam' &&
		arn.resourceType === 'role' &&
		arn.accountId === caller.account &&
		arn.resourceId.split('/').pop() === caller.roleName
	) {
		return 'role';
	}
	return undefined;
}

/** The strongest way the Principal element names the caller, or undefined. */
export function matchPrincipal(element: PrincipalElement, caller: RequestPrincipal): PrincipalMatch | undefined {
	if (element.wildcard) return { kind: 'direct', entry: '*' };
	let best: PrincipalMatch | undefined;
	for (const entry of element.entries) {
		const kind = matchEntry(entry, caller);
		if (kind && (!best || rank[kind] > rank[best.kind])) best = { kind, entry: entry.value };
	}
	return best;
}

/**
 * Does NotPrincipal exclude the caller?
 * - With Deny, only if every identity the caller acts as is listed: a role session is the session,
 *   its role and its account; a user is the user and its account. That is why the docs say a Deny with
 *   NotPrincipal must also list the account — or the listed principal is denied as well.
 * - With Allow, naming the caller in any of those ways excludes it: the statement allows everyone
 *   *except* the principals listed.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
export function excludedByNotPrincipal(
	element: PrincipalElement,
	caller: RequestPrincipal,
	effect: 'Allow' | 'Deny',
): boolean {
	if (element.wildcard) return true;
	const kinds = element.entries.map((entry) => matchEntry(entry, caller));
	if (effect === 'Allow') return kinds.some((kind) => kind !== undefined);
	const hasDirect = kinds.includes('direct');
	const hasRole = kinds.includes('role');
	const hasAccount = kinds.includes('account') || element.entries.some((e) => e.value === '*');
	switch (caller.kind) {
		case 'session':
			return hasDirect && hasRole && hasAccount;
		case 'role':
			// A role's own ARN names it as the role (matchEntry), so the role is "itself" here.
			return (hasDirect || hasRole) && hasAccount;
		case 'user':
		case 'federated-user':
			return hasDirect && hasAccount;
		case 'root':
			return hasAccount;
		default:
			return hasDirect;
	}
}
