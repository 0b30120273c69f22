/**
 * The steps of the evaluation logic that weigh the caller's side (identity policies, permissions
 * boundary, session policy) against the resource's (its resource-based policy): same account, cross
 * account, and the resources whose policy must allow explicitly (role trust policies, KMS key policies).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 */
import { tryParseArn } from './arn';
import type { CheckedRequest } from './request';
import type { StatementOutcome } from './statement';
import type { Decision, LoadedPolicy, TraceRecorder } from './trace';

/** The final answer and the rule that gave it (the rule becomes the deciding trace step). */
export interface Verdict {
	decision: Decision;
	message: string;
}

/** Every policy of the input, parsed (or reused if already parsed) and checked statement by statement. */
export interface LoadedPolicies {
	all: LoadedPolicy[];
	rcpLevels: LoadedPolicy[][];
	scpLevels: LoadedPolicy[][];
	resource: LoadedPolicy | undefined;
	boundary: LoadedPolicy | undefined;
	session: LoadedPolicy | undefined;
	identity: LoadedPolicy[];
}

export const allowsIn = (p: LoadedPolicy | undefined): StatementOutcome[] =>
	p ? p.outcomes.filter((o) => o.matched && o.statement.effect === 'Allow') : [];

export const allow = (message: string): Verdict => ({ decision: 'Allow', message });
export const implicitDeny = (message: string): Verdict => ({ decision: 'ImplicitDeny', message });

/** The two sides of a request by an IAM principal: the caller's account and the resource's. */
export class Sides {
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
		this.direct = this.resourceAllows.filter((o) => o.principalKind === 'direct');
		this.viaRole = this.resourceAllows.filter((o) => o.principalKind === 'role');
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
