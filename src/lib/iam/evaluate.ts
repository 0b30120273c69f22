/**
 * The request decision, following AWS's documented policy evaluation logic:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 *
 * 1. An explicit Deny in any applicable policy → ExplicitDeny. RCPs (resource control policies) only
 *    ever deny: RCPFullAWSAccess, attached at every level, lets everything else through.
 * 2. SCPs: every level (root, each OU, the account) must have an Allow → else ImplicitDeny.
 *    Which callers and resources SCPs and RCPs apply to: organization.ts.
 * 3. Same account: an Allow in the resource-based policy that names the caller directly is enough;
 *    otherwise identity-based policies must allow, and the permissions boundary and session policy
 *    (when present) must allow too. A resource policy that names only the caller's *role* still needs
 *    the boundary and session policy; one that names only the *account* delegates to identity policies.
 *    Role trust policies and KMS key policies must allow explicitly, whatever the identity policies say.
 * 4. Cross-account: the resource-based policy AND the caller's side (identity ∩ boundary ∩ session) must allow.
 *
 * The pipeline is parse (policy.ts) → evaluate each statement (statement.ts) → decide (here) →
 * trace (trace.ts); rendering the trace is the components' job.
 */
import { tryParseArn } from './arn';
import { checkedPolicyType, parsePolicyAs, type PolicyDocument } from './policy';
import { rcpExemption, scpExemption } from './organization';
import { alwaysAllowed, protectedResource } from './service-rules';
import { describePrincipalKind } from './principal';
import { checkRequest, type CheckedRequest, type EvaluationInput, type Policy } from './request';
import { evaluateStatement, type StatementOutcome } from './statement';
import {
	buildTrace,
	TraceRecorder,
	type Decision,
	type EvaluationResult,
	type LoadedPolicy,
	type TracePolicyType,
} from './trace';

export type { ContextValue, EvaluationInput, Policy } from './request';
export type { Decision, EvaluationResult, TracePolicyType, TraceStep } from './trace';

const TYPE_NAMES: Record<TracePolicyType, string> = {
	identity: 'Identity-based policy',
	resource: 'Resource-based policy',
	permissionsBoundary: 'Permissions boundary',
	scp: 'Service control policy',
	rcp: 'Resource control policy',
	session: 'Session policy',
};
export const POLICY_TYPE_NAMES = TYPE_NAMES;

/** The final answer and the rule that gave it (the rule becomes the deciding trace step). */
interface Verdict {
	decision: Decision;
	message: string;
}

/** Every policy of the input, parsed (or reused if already parsed) and checked statement by statement. */
interface LoadedPolicies {
	all: LoadedPolicy[];
	rcpLevels: LoadedPolicy[][];
	scpLevels: LoadedPolicy[][];
	resource: LoadedPolicy | undefined;
	boundary: LoadedPolicy | undefined;
	session: LoadedPolicy | undefined;
	identity: LoadedPolicy[];
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

/** A document parsed for this policy type; one checked as the same type is reused as it is. */
function documentOf(policy: Policy, type: TracePolicyType): PolicyDocument {
	const checkedAs = checkedPolicyType(policy);
	if (checkedAs === type) return policy as PolicyDocument;
	// Checked as another type: the element rules differ (Principal, Resource), so check its text again.
	if (checkedAs !== undefined) return parsePolicyAs((policy as PolicyDocument).text, type);
	return parsePolicyAs(policyText(policy), type);
}

function loadPolicies(input: EvaluationInput, request: CheckedRequest): LoadedPolicies {
	const all: LoadedPolicy[] = [];
	const hasBoundary = input.permissionsBoundary !== undefined;
	const load = (
		policy: Policy,
		type: TracePolicyType,
		label: string,
		extra: { index?: number; level?: number } = {},
	): LoadedPolicy => {
		const document = documentOf(policy, type);
		const outcomes = document.statements.map((s) =>
			evaluateStatement(s, request, {
				variablesEnabled: document.variablesEnabled,
				checkPrincipal: type === 'resource' || type === 'rcp',
				callerHasBoundary: hasBoundary,
			}),
		);
		const loaded: LoadedPolicy = { type, label, document, outcomes, ...extra };
		all.push(loaded);
		return loaded;
	};
	const optional = (policy: Policy | undefined, type: TracePolicyType, label: string) =>
		policy === undefined ? undefined : load(policy, type, label);
	// Load order is trace order, as in AWS's flowchart: RCPs, SCPs, resource policy, boundary,
	// session policy, identity policies.
	const rcpLevels = (input.resourceControlPolicies ?? []).map((level, l) =>
		level.map((p, i) => load(p, 'rcp', `RCP level ${l + 1}, policy ${i + 1}`, { level: l, index: i })),
	);
	const scpLevels = (input.serviceControlPolicies ?? []).map((level, l) =>
		level.map((p, i) => load(p, 'scp', `SCP level ${l + 1}, policy ${i + 1}`, { level: l, index: i })),
	);
	const resource = optional(input.resourcePolicy, 'resource', 'Resource-based policy');
	const boundary = optional(input.permissionsBoundary, 'permissionsBoundary', 'Permissions boundary');
	const session = optional(input.sessionPolicy, 'session', 'Session policy');
	const identity = (input.identityPolicies ?? []).map((p, i) =>
		load(p, 'identity', `Identity policy ${i + 1}`, { index: i }),
	);
	return { all, rcpLevels, scpLevels, resource, boundary, session, identity };
}

export function evaluate(input: EvaluationInput): EvaluationResult {
	const request = checkRequest(input);
	const policies = loadPolicies(input, request);
	const recorder = new TraceRecorder();
	const organization = {
		scpExemption: policies.scpLevels.length ? scpExemption(request, input.managementAccount) : undefined,
		rcpExemption: policies.rcpLevels.length ? rcpExemption(request, input.managementAccount) : undefined,
	};
	const { decision, message } = decide(policies, request, organization, recorder);
	recorder.rule(message, true);
	return { decision, trace: buildTrace(request, policies.all, recorder, decision) };
}

const allowsIn = (p: LoadedPolicy | undefined): StatementOutcome[] =>
	p ? p.outcomes.filter((o) => o.matched && o.statement.effect === 'Allow') : [];

/** Why the organization's SCPs or RCPs take no part in this request (undefined: they do, if given). */
interface OrganizationScope {
	scpExemption: string | undefined;
	rcpExemption: string | undefined;
}

/** The evaluation logic, step by step; each step either decides or passes the request on. */
function decide(
	policies: LoadedPolicies,
	request: CheckedRequest,
	organization: OrganizationScope,
	recorder: TraceRecorder,
): Verdict {
	const free = alwaysAllowed(request);
	if (free) return allow(free);
	if (organization.rcpExemption) recorder.rule(organization.rcpExemption);
	if (organization.scpExemption) recorder.rule(organization.scpExemption);
	const early =
		explicitDeny(policies, organization, recorder) ??
		(organization.rcpExemption ? undefined : rcpGate(policies, recorder)) ??
		(organization.scpExemption ? undefined : scpGate(policies, request, recorder));
	if (early) return early;
	const locked = protectedResource(request);
	if (locked) return implicitDeny(locked);
	const { principal } = request;
	if (principal.kind === 'service' || principal.kind === 'anonymous')
		return withoutIdentity(policies, request, recorder);
	const sides = new Sides(policies, request, recorder);
	return sides.resourceGate() ?? (sides.sameAccount ? sides.decideSameAccount() : sides.decideCrossAccount());
}

/** 1. A Deny in any policy that applies overrides every Allow. */
function explicitDeny(
	policies: LoadedPolicies,
	organization: OrganizationScope,
	recorder: TraceRecorder,
): Verdict | undefined {
	const applies = (p: LoadedPolicy) =>
		p.type === 'scp' ? !organization.scpExemption : p.type === 'rcp' ? !organization.rcpExemption : true;
	const denies = policies.all
		.filter(applies)
		.flatMap((p) => p.outcomes.filter((o) => o.matched && o.statement.effect === 'Deny').map((o) => ({ p, o })));
	if (!denies.length) {
		recorder.rule('No statement explicitly denies the request.');
		return undefined;
	}
	recorder.mark(denies.map(({ o }) => o));
	const { p, o } = denies[0]!;
	return {
		decision: 'ExplicitDeny',
		message: `An explicit Deny applies (${p.label}, statement ${o.statement.index + 1}${o.statement.sid ? ` "${o.statement.sid}"` : ''}). A Deny in any policy overrides every Allow.`,
	};
}

/**
 * 2a. RCPs: a Deny was handled in step 1. RCPFullAWSAccess is attached to every level and cannot be
 * detached, so every level allows what no RCP denies.
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_evaluation.html
 */
function rcpGate({ rcpLevels }: LoadedPolicies, recorder: TraceRecorder): undefined {
	if (rcpLevels.length)
		recorder.rule(
			`No RCP denies the request; RCPFullAWSAccess, attached at every level (${rcpLevels.length}), lets it through. RCPs never grant access.`,
		);
	return undefined;
}

/** 2b. SCPs, level by level: each level must allow. */
function scpGate(
	{ scpLevels }: LoadedPolicies,
	{ action }: CheckedRequest,
	recorder: TraceRecorder,
): Verdict | undefined {
	if (!scpLevels.length) return undefined;
	for (let l = 0; l < scpLevels.length; l++) {
		const allows = (scpLevels[l] ?? []).flatMap(allowsIn);
		if (!allows.length)
			return {
				decision: 'ImplicitDeny',
				message: `SCP level ${l + 1} has no statement that allows ${action}. Every level of the organization (root, each OU, the account) must allow an action.`,
			};
		recorder.mark(allows);
	}
	recorder.rule(`Every SCP level (${scpLevels.length}) allows the action.`);
	return undefined;
}

/** Services and anonymous callers have no identity-based policies: only a resource policy naming them allows. */
function withoutIdentity(
	{ resource }: LoadedPolicies,
	{ principal }: CheckedRequest,
	recorder: TraceRecorder,
): Verdict {
	const direct = allowsIn(resource).filter((o) => o.principalMatch?.kind === 'direct');
	const who = describePrincipalKind(principal.kind);
	if (!direct.length)
		return {
			decision: 'ImplicitDeny',
			message: `${who} has no identity-based policies, so only a resource-based policy that names it can allow the request — none does.`,
		};
	recorder.mark(direct);
	return { decision: 'Allow', message: `The resource-based policy allows ${who} directly.` };
}

const allow = (message: string): Verdict => ({ decision: 'Allow', message });
const implicitDeny = (message: string): Verdict => ({ decision: 'ImplicitDeny', message });

/** The two sides of a request by an IAM principal: the caller's account and the resource's. */
class Sides {
	readonly resourceAllows: StatementOutcome[];
	readonly direct: StatementOutcome[];
	readonly viaRole: StatementOutcome[];
	readonly identityAllows: StatementOutcome[];
	readonly boundaryAllows: StatementOutcome[];
	readonly sessionAllows: StatementOutcome[];
	readonly sameAccount: boolean;
	/** Role trust policies and KMS key policies must allow explicitly. */
	readonly mustBeAllowedBy: "role's trust policy" | 'KMS key policy' | undefined;

	constructor(
		private readonly policies: LoadedPolicies,
		private readonly request: CheckedRequest,
		private readonly recorder: TraceRecorder,
	) {
		this.resourceAllows = allowsIn(policies.resource);
		this.direct = this.resourceAllows.filter((o) => o.principalMatch?.kind === 'direct');
		this.viaRole = this.resourceAllows.filter((o) => o.principalMatch?.kind === 'role');
		this.identityAllows = policies.identity.flatMap(allowsIn);
		this.boundaryAllows = allowsIn(policies.boundary);
		this.sessionAllows = allowsIn(policies.session);
		this.sameAccount = request.resourceAccount === request.principal.account;
		this.mustBeAllowedBy = resourcePolicyRequired(request);
	}

	/** Why the caller's own side (identity ∩ boundary ∩ session) does not allow, or undefined if it does. */
	callerSideRefusal(): string | undefined {
		const { identity, boundary, session } = this.policies;
		const { action, principal } = this.request;
		if (principal.kind !== 'root' && !this.identityAllows.length)
			return identity.length
				? `No identity-based policy allows ${action} on this resource.`
				: 'The caller has no identity-based policy.';
		if (boundary && !this.boundaryAllows.length)
			return `The permissions boundary does not allow ${action}: a boundary only limits, so the identity policy's Allow is not enough.`;
		if (session && !this.sessionAllows.length)
			return `The session policy does not allow ${action}: a session's permissions are the intersection of the role's policies and the session policy.`;
		return undefined;
	}

	markCallerSide(): void {
		this.recorder.mark(this.identityAllows);
		this.recorder.mark(this.boundaryAllows);
		this.recorder.mark(this.sessionAllows);
	}

	/** 3a. A role trust policy or KMS key policy that does not allow ends the evaluation. */
	resourceGate(): Verdict | undefined {
		const what = this.mustBeAllowedBy;
		if (!what) return undefined;
		if (!this.policies.resource)
			return implicitDeny(`A ${what} must allow the request explicitly, and none was given.`);
		if (!this.resourceAllows.length)
			return implicitDeny(
				`The ${what} does not allow ${this.request.action} for this caller. It must, whatever the identity policies say.`,
			);
		return undefined;
	}

	/** 3b. Same account: a resource policy naming the caller can allow on its own. */
	decideSameAccount(): Verdict {
		if (this.direct.length) {
			this.recorder.mark(this.direct);
			return allow(
				'Same account: the resource-based policy names the caller directly, and that alone allows the request (an implicit deny in identity policies, a permissions boundary or a session policy does not limit it).',
			);
		}
		if (this.viaRole.length) return this.decideViaRole();
		const why = this.callerSideRefusal();
		if (why) {
			const { resource } = this.policies;
			const rp = resource
				? this.resourceAllows.length
					? ' The resource-based policy names only the account, which delegates the decision to identity-based policies.'
					: ' The resource-based policy does not allow it either.'
				: '';
			return implicitDeny(`${why}${rp}`);
		}
		this.markCallerSide();
		if (this.mustBeAllowedBy && this.resourceAllows.length) this.recorder.mark(this.resourceAllows);
		const { boundary, session } = this.policies;
		return allow(
			this.request.principal.kind === 'root'
				? 'Same account: the root user has full access to its own account (only SCPs and explicit denies limit it).'
				: `Same account: an identity-based policy allows the request${boundary ? ', the permissions boundary allows it' : ''}${session ? ', the session policy allows it' : ''}.`,
		);
	}

	/** The resource policy names the session's role: enough, unless the boundary or session policy refuses. */
	private decideViaRole(): Verdict {
		const { boundary, session } = this.policies;
		const limit =
			boundary && !this.boundaryAllows.length
				? 'permissions boundary'
				: session && !this.sessionAllows.length
					? 'session policy'
					: undefined;
		if (!limit) {
			this.recorder.mark(this.viaRole);
			this.recorder.mark(this.boundaryAllows);
			this.recorder.mark(this.sessionAllows);
			return allow(
				"Same account: the resource-based policy allows the caller's role, which is enough without an identity policy (the boundary and session policy, if any, allow it too).",
			);
		}
		if (!this.callerSideRefusal()) {
			this.markCallerSide();
			return allow(
				'Same account: the identity-based policies allow the request, within the boundary and session policy.',
			);
		}
		return implicitDeny(
			`The resource-based policy names the caller's role, not the session, so the ${limit} still limits it — and the ${limit} does not allow ${this.request.action}.`,
		);
	}

	/** 4. Cross-account: both the resource's account and the caller's must allow. */
	decideCrossAccount(): Verdict {
		const { principal, resourceAccount, action } = this.request;
		if (!this.policies.resource)
			return implicitDeny(
				`Cross-account request (caller in ${principal.account}, resource in ${resourceAccount}): the resource's account must allow it in a resource-based policy, and none was given.`,
			);
		if (!this.resourceAllows.length)
			return implicitDeny(`Cross-account request: the resource-based policy does not allow ${action} for this caller.`);
		const why = this.callerSideRefusal();
		if (why)
			return implicitDeny(
				`Cross-account request: the resource-based policy allows it, but the caller's own account must allow it too. ${why}`,
			);
		this.recorder.mark(this.resourceAllows);
		this.markCallerSide();
		return allow(
			`Cross-account request: the resource-based policy (account ${resourceAccount}) and the caller's identity-based policy (account ${principal.account}) both allow it.`,
		);
	}
}

/** Role trust policies and KMS key policies are the only way to grant these requests. */
function resourcePolicyRequired({ action, resource }: CheckedRequest): Sides['mustBeAllowedBy'] {
	const [service] = action.toLowerCase().split(':');
	const resourceArn = tryParseArn(resource);
	if (
		service === 'sts' &&
		/^sts:(assumerole|assumerolewithsaml|assumerolewithwebidentity|tagsession|setsourceidentity|setcontext)$/i.test(
			action,
		) &&
		resourceArn?.resourceType === 'role'
	)
		return "role's trust policy";
	if (service === 'kms' && resourceArn?.service === 'kms' && resourceArn.resourceType === 'key')
		return 'KMS key policy';
	return undefined;
}
