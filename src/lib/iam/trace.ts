/**
 * The trace of an evaluation: every statement checked (in policy order), then the rules of the
 * evaluation logic that were applied, then the decision. The evaluator records which statements and
 * rules decided; this module only assembles the steps a learner reads.
 */
import { describePrincipalKind } from './principal';
import type { ElementName, PolicyDocument, PolicyType } from './policy';
import type { CheckedRequest } from './request';
import type { StatementOutcome } from './statement';

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
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

/** A policy of the evaluation with the outcome of each of its statements. */
export interface LoadedPolicy {
	type: TracePolicyType;
	label: string;
	index?: number;
	level?: number;
	document: PolicyDocument;
	outcomes: StatementOutcome[];
}

/** What the evaluator records while it decides: the rules it applied and the statements that decided. */
export class TraceRecorder {
	readonly deciding = new Set<StatementOutcome>();
	readonly rules: TraceStep[] = [];

	rule(message: string, isDeciding = false): void {
		this.rules.push({ kind: 'rule', message, ...(isDeciding ? { deciding: true } : {}) });
	}

	mark(outcomes: Iterable<StatementOutcome>): void {
		for (const o of outcomes) this.deciding.add(o);
	}
}

const DECISION_MESSAGES: Record<Decision, string> = {
	Allow: 'Decision: Allow.',
	ExplicitDeny: 'Decision: explicitly denied.',
	ImplicitDeny: 'Decision: implicitly denied (nothing allowed it).',
};

export function buildTrace(
	request: CheckedRequest,
	policies: readonly LoadedPolicy[],
	recorder: TraceRecorder,
	decision: Decision,
): TraceStep[] {
	return [
		requestStep(request),
		...policies.flatMap((p) => policySteps(p, recorder.deciding)),
		...recorder.rules,
		{ kind: 'decision', decision, deciding: true, message: DECISION_MESSAGES[decision] },
	];
}

function requestStep({ principal, action, resource, resourceAccount }: CheckedRequest): TraceStep {
	const crossAccount =
		resourceAccount && principal.account && resourceAccount !== principal.account
			? ` (a resource in account ${resourceAccount}: cross-account)`
			: '';
	return {
		kind: 'rule',
		message: `Request: ${describePrincipalKind(principal.kind)} ${principal.arn} asks for ${action} on ${resource}${crossAccount}.`,
	};
}

function policySteps(p: LoadedPolicy, deciding: ReadonlySet<StatementOutcome>): TraceStep[] {
	if (p.outcomes.length === 0)
		return [{ kind: 'rule', policyType: p.type, policyLabel: p.label, message: `${p.label} has no statements.` }];
	return p.outcomes.map((o) => ({
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
	}));
}
