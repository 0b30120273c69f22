/**
 * The request decision, following AWS's documented policy evaluation logic:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 *
 * 1. An explicit Deny in any applicable policy → ExplicitDeny.
 * 2. SCPs: every level (root, each OU, the account) must have an Allow → else ImplicitDeny.
 * 3. Same account: an Allow in the resource-based policy that names the caller directly is enough;
 *    otherwise identity-based policies must allow, and the permissions boundary and session policy
 *    (when present) must allow too. A resource policy that names only the caller's *role* still needs
 *    the boundary and session policy; one that names only the *account* delegates to identity policies.
 *    Role trust policies and KMS key policies must allow explicitly, whatever the identity policies say.
 * 4. Cross-account: the resource-based policy AND the caller's side (identity ∩ boundary ∩ session) must allow.
 */
import { PolicyRequestError } from './errors';
import { parsePolicyAs, type PolicyDocument, type PolicyType } from './policy';
import { describePrincipalKind, parseRequestPrincipal, type RequestPrincipal } from './principal';
import { evaluateStatement, type EvaluationRequest, type StatementOutcome } from './statement';
import type { ContextEntry, RequestContext } from './variables';
import { tryParseArn } from './arn';
import type { ElementName } from './policy';

export type Policy = object | string;
export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
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
	serviceControlPolicies?: Policy[][];
	sessionPolicy?: Policy;
}

export type TracePolicyType = Exclude<PolicyType, 'any'>;

export interface TraceStep {
	/** `statement`: one statement checked; `rule`: a step of the evaluation logic; `decision`: the final answer. */
	kind: 'statement' | 'rule' | 'decision';
	message: string;
	policyType?: TracePolicyType;
	/** "Identity policy 1", "SCP level 2, policy 1", "Resource-based policy"… */
	policyLabel?: string;
	/** Index into identityPolicies, or into the SCP level. */
	policyIndex?: number;
	/** SCP level (0 = root). */
	level?: number;
	statementIndex?: number;
	sid?: string;
	effect?: 'Allow' | 'Deny';
	matched?: boolean;
	decidedBy?: ElementName | 'All';
	/** 1-based line of the statement in its policy text, for highlighting. */
	line?: number;
	/** True for the statement(s) and rule that produced the decision. */
	deciding?: boolean;
	decision?: Decision;
}

export interface EvaluationResult {
	decision: Decision;
	trace: TraceStep[];
}

interface LoadedPolicy {
	type: TracePolicyType;
	label: string;
	index?: number;
	level?: number;
	document: PolicyDocument;
	outcomes: StatementOutcome[];
}

const objectTexts = new WeakMap<object, string>();

/** Object input is pretty-printed once, so findings and the trace can still give line numbers. */
function policyText(policy: Policy): string {
	if (typeof policy === 'string') return policy;
	let text = objectTexts.get(policy);
	if (text === undefined) {
		text = JSON.stringify(policy, null, 2) ?? '';
		objectTexts.set(policy, text);
	}
	return text;
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
	if (principal.kind === 'service') put('aws:PrincipalIsAWSService', 'true');
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

const ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9_-]+$/;

function checkRequest(input: EvaluationInput): { principal: RequestPrincipal; resourceAccount: string | undefined } {
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
	const principal = parseRequestPrincipal(request.principal);
	const arnAccount = resource === '*' ? '' : (tryParseArn(resource)?.accountId ?? '');
	const resourceAccount = request.resourceAccount ?? (/^\d{12}$/.test(arnAccount) ? arnAccount : principal.account);
	return { principal, resourceAccount };
}

const TYPE_NAMES: Record<TracePolicyType, string> = {
	identity: 'Identity-based policy',
	resource: 'Resource-based policy',
	permissionsBoundary: 'Permissions boundary',
	scp: 'Service control policy',
	session: 'Session policy',
};

export function evaluate(input: EvaluationInput): EvaluationResult {
	const { principal, resourceAccount } = checkRequest(input);
	const context = normaliseContext(input.request.context, principal);
	const request: EvaluationRequest = {
		principal,
		action: input.request.action.trim(),
		resource: input.request.resource.trim(),
		context,
	};
	const hasBoundary = input.permissionsBoundary !== undefined;
	const policies: LoadedPolicy[] = [];
	const load = (
		policy: Policy,
		type: TracePolicyType,
		label: string,
		extra: { index?: number; level?: number } = {},
	): LoadedPolicy => {
		const document = parsePolicyAs(policyText(policy), type);
		const outcomes = document.statements.map((s) =>
			evaluateStatement(s, request, {
				variablesEnabled: document.variablesEnabled,
				checkPrincipal: type === 'resource',
				callerHasBoundary: hasBoundary,
			}),
		);
		const loaded: LoadedPolicy = { type, label, document, outcomes, ...extra };
		policies.push(loaded);
		return loaded;
	};
	const scpLevels = (input.serviceControlPolicies ?? []).map((level, l) =>
		level.map((p, i) => load(p, 'scp', `SCP level ${l + 1}, policy ${i + 1}`, { level: l, index: i })),
	);
	const resourcePolicy =
		input.resourcePolicy === undefined ? undefined : load(input.resourcePolicy, 'resource', 'Resource-based policy');
	const boundary =
		input.permissionsBoundary === undefined
			? undefined
			: load(input.permissionsBoundary, 'permissionsBoundary', 'Permissions boundary');
	const session =
		input.sessionPolicy === undefined ? undefined : load(input.sessionPolicy, 'session', 'Session policy');
	const identity = (input.identityPolicies ?? []).map((p, i) =>
		load(p, 'identity', `Identity policy ${i + 1}`, { index: i }),
	);

	const deciding = new Set<StatementOutcome>();
	const rules: TraceStep[] = [];
	const rule = (message: string, isDeciding = false): void => {
		rules.push({ kind: 'rule', message, ...(isDeciding ? { deciding: true } : {}) });
	};
	const allowsIn = (p: LoadedPolicy | undefined): StatementOutcome[] =>
		p ? p.outcomes.filter((o) => o.matched && o.statement.effect === 'Allow') : [];
	const finish = (decision: Decision, message: string): EvaluationResult => {
		rule(message, true);
		const trace: TraceStep[] = [];
		trace.push({
			kind: 'rule',
			message: `Request: ${describePrincipalKind(principal.kind)} ${principal.arn} asks for ${request.action} on ${request.resource}${resourceAccount && principal.account && resourceAccount !== principal.account ? ` (a resource in account ${resourceAccount}: cross-account)` : ''}.`,
		});
		for (const p of policies) {
			if (p.outcomes.length === 0)
				trace.push({
					kind: 'rule',
					policyType: p.type,
					policyLabel: p.label,
					message: `${p.label} has no statements.`,
				});
			for (const o of p.outcomes) {
				trace.push({
					kind: 'statement',
					policyType: p.type,
					policyLabel: p.label,
					statementIndex: o.statement.index,
					effect: o.statement.effect,
					matched: o.matched,
					decidedBy: o.decidedBy,
					line: o.statement.position.line,
					message: o.message,
					...(p.index !== undefined ? { policyIndex: p.index } : {}),
					...(p.level !== undefined ? { level: p.level } : {}),
					...(o.statement.sid ? { sid: o.statement.sid } : {}),
					...(deciding.has(o) ? { deciding: true } : {}),
				});
			}
		}
		trace.push(...rules);
		trace.push({
			kind: 'decision',
			decision,
			deciding: true,
			message:
				decision === 'Allow'
					? 'Decision: Allow.'
					: decision === 'ExplicitDeny'
						? 'Decision: explicitly denied.'
						: 'Decision: implicitly denied (nothing allowed it).',
		});
		return { decision, trace };
	};

	// 1. Explicit deny anywhere.
	const denies = policies.flatMap((p) =>
		p.outcomes.filter((o) => o.matched && o.statement.effect === 'Deny').map((o) => ({ p, o })),
	);
	if (denies.length) {
		denies.forEach(({ o }) => deciding.add(o));
		const first = denies[0]!;
		return finish(
			'ExplicitDeny',
			`An explicit Deny applies (${first.p.label}, statement ${first.o.statement.index + 1}${first.o.statement.sid ? ` "${first.o.statement.sid}"` : ''}). A Deny in any policy overrides every Allow.`,
		);
	}
	rule('No statement explicitly denies the request.');

	// 2. SCPs, level by level. They limit principals in member accounts, not service principals.
	if (scpLevels.length && principal.kind !== 'service' && principal.kind !== 'anonymous') {
		for (let l = 0; l < scpLevels.length; l++) {
			const allows = (scpLevels[l] ?? []).flatMap(allowsIn);
			if (!allows.length) {
				return finish(
					'ImplicitDeny',
					`SCP level ${l + 1} has no statement that allows ${request.action}. Every level of the organization (root, each OU, the account) must allow an action.`,
				);
			}
			allows.forEach((o) => deciding.add(o));
		}
		rule(`Every SCP level (${scpLevels.length}) allows the action.`);
	}

	const resourceAllows = allowsIn(resourcePolicy);
	const direct = resourceAllows.filter((o) => o.principalMatch?.kind === 'direct');
	const viaRole = resourceAllows.filter((o) => o.principalMatch?.kind === 'role');
	const identityAllows = identity.flatMap(allowsIn);
	const boundaryAllows = allowsIn(boundary);
	const sessionAllows = allowsIn(session);
	const rootCaller = principal.kind === 'root';

	// The caller's own side: identity policies (or root's implicit full access), within boundary and session policy.
	const callerSide = (): string | undefined => {
		if (!rootCaller && !identityAllows.length)
			return identity.length
				? `No identity-based policy allows ${request.action} on this resource.`
				: 'The caller has no identity-based policy.';
		if (boundary && !boundaryAllows.length)
			return `The permissions boundary does not allow ${request.action}: a boundary only limits, so the identity policy's Allow is not enough.`;
		if (session && !sessionAllows.length)
			return `The session policy does not allow ${request.action}: a session's permissions are the intersection of the role's policies and the session policy.`;
		return undefined;
	};
	const markCaller = (): void => {
		identityAllows.forEach((o) => deciding.add(o));
		boundaryAllows.forEach((o) => deciding.add(o));
		sessionAllows.forEach((o) => deciding.add(o));
	};

	if (principal.kind === 'service' || principal.kind === 'anonymous') {
		if (!direct.length)
			return finish(
				'ImplicitDeny',
				`${describePrincipalKind(principal.kind)} has no identity-based policies, so only a resource-based policy that names it can allow the request — none does.`,
			);
		direct.forEach((o) => deciding.add(o));
		return finish('Allow', `The resource-based policy allows ${describePrincipalKind(principal.kind)} directly.`);
	}

	const [service] = request.action.toLowerCase().split(':');
	const resourceArn = tryParseArn(request.resource);
	const isTrustPolicy =
		service === 'sts' &&
		/^sts:(assumerole|assumerolewithsaml|assumerolewithwebidentity|tagsession|setsourceidentity|setcontext)$/i.test(
			request.action,
		) &&
		resourceArn?.resourceType === 'role';
	const isKeyPolicy = service === 'kms' && resourceArn?.service === 'kms' && resourceArn.resourceType === 'key';
	const sameAccount = resourceAccount === principal.account;

	if (isTrustPolicy || isKeyPolicy) {
		const what = isTrustPolicy ? "role's trust policy" : 'KMS key policy';
		if (!resourcePolicy)
			return finish('ImplicitDeny', `A ${what} must allow the request explicitly, and none was given.`);
		if (!resourceAllows.length)
			return finish(
				'ImplicitDeny',
				`The ${what} does not allow ${request.action} for this caller. It must, whatever the identity policies say.`,
			);
	}

	if (sameAccount) {
		if (direct.length) {
			direct.forEach((o) => deciding.add(o));
			return finish(
				'Allow',
				'Same account: the resource-based policy names the caller directly, and that alone allows the request (an implicit deny in identity policies, a permissions boundary or a session policy does not limit it).',
			);
		}
		if (viaRole.length) {
			const limit =
				boundary && !boundaryAllows.length
					? 'permissions boundary'
					: session && !sessionAllows.length
						? 'session policy'
						: undefined;
			if (!limit) {
				viaRole.forEach((o) => deciding.add(o));
				boundaryAllows.forEach((o) => deciding.add(o));
				sessionAllows.forEach((o) => deciding.add(o));
				return finish(
					'Allow',
					"Same account: the resource-based policy allows the caller's role, which is enough without an identity policy (the boundary and session policy, if any, allow it too).",
				);
			}
			const why = callerSide();
			if (!why) {
				markCaller();
				return finish(
					'Allow',
					'Same account: the identity-based policies allow the request, within the boundary and session policy.',
				);
			}
			return finish(
				'ImplicitDeny',
				`The resource-based policy names the caller's role, not the session, so the ${limit} still limits it — and the ${limit} does not allow ${request.action}.`,
			);
		}
		const why = callerSide();
		if (why) {
			const rp = resourcePolicy
				? resourceAllows.length
					? ' The resource-based policy names only the account, which delegates the decision to identity-based policies.'
					: ' The resource-based policy does not allow it either.'
				: '';
			return finish('ImplicitDeny', `${why}${rp}`);
		}
		markCaller();
		if ((isTrustPolicy || isKeyPolicy) && resourceAllows.length) resourceAllows.forEach((o) => deciding.add(o));
		return finish(
			'Allow',
			rootCaller
				? 'Same account: the root user has full access to its own account (only SCPs and explicit denies limit it).'
				: `Same account: an identity-based policy allows the request${boundary ? ', the permissions boundary allows it' : ''}${session ? ', the session policy allows it' : ''}.`,
		);
	}

	// Cross-account: both sides must allow.
	if (!resourcePolicy)
		return finish(
			'ImplicitDeny',
			`Cross-account request (caller in ${principal.account}, resource in ${resourceAccount}): the resource's account must allow it in a resource-based policy, and none was given.`,
		);
	if (!resourceAllows.length)
		return finish(
			'ImplicitDeny',
			`Cross-account request: the resource-based policy does not allow ${request.action} for this caller.`,
		);
	const why = callerSide();
	if (why)
		return finish(
			'ImplicitDeny',
			`Cross-account request: the resource-based policy allows it, but the caller's own account must allow it too. ${why}`,
		);
	resourceAllows.forEach((o) => deciding.add(o));
	markCaller();
	return finish(
		'Allow',
		`Cross-account request: the resource-based policy (account ${resourceAccount}) and the caller's identity-based policy (account ${principal.account}) both allow it.`,
	);
}

export const POLICY_TYPE_NAMES = TYPE_NAMES;
