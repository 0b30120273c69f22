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
 * The pipeline is parse (policy.ts) → evaluate each statement (statement.ts) → decide (here, with
 * organization.ts for SCPs/RCPs, service-rules.ts for service rules and sides.ts for the caller's and
 * the resource's side) → trace (trace.ts); rendering the trace is the components' job.
 */
import { checkedPolicyType, parsePolicyAs, type PolicyDocument } from './policy';
import { rcpExemption, scpExemption } from './organization';
import { alwaysAllowed, protectedResource } from './service-rules';
import { describePrincipalKind } from './principal';
import { checkRequest, type CheckedRequest, type EvaluationInput, type Policy } from './request';
import { allow, allowsIn, implicitDeny, Sides, type LoadedPolicies, type Verdict } from './sides';
import { evaluateStatement } from './statement';
import { buildTrace, TraceRecorder, type EvaluationResult, type LoadedPolicy, type TracePolicyType } from './trace';

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

/** Object input is pretty-printed, so findings and the trace can still give line numbers. */
function policyText(policy: Policy): string {
	return typeof policy === 'string' ? policy : JSON.stringify(policy, null, 2);
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
	for (const [l, level] of scpLevels.entries()) {
		const allows = level.flatMap(allowsIn);
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

/**
 * Services and anonymous callers have no identity-based policies: only a resource policy naming them allows.
 * They have no account and no role, so a Principal that matches them names them directly (principal.ts).
 */
function withoutIdentity(
	{ resource }: LoadedPolicies,
	{ principal }: CheckedRequest,
	recorder: TraceRecorder,
): Verdict {
	const direct = allowsIn(resource);
	const who = describePrincipalKind(principal.kind);
	if (!direct.length)
		return {
			decision: 'ImplicitDeny',
			message: `${who} has no identity-based policies, so only a resource-based policy that names it can allow the request — none does.`,
		};
	recorder.mark(direct);
	return { decision: 'Allow', message: `The resource-based policy allows ${who} directly.` };
}
