/**
 * Browser helpers shared by the IAM widgets (playground, inheritance matrix, roles): the decision
 * badge and the trace list, built with h() only — policy text and reader input are always text.
 */
import type { Decision, EvaluationResult, TraceStep } from '../../lib/iam';
import { h, replaceChildren } from '../../scripts/dom';

export const DECISION_TONE: Record<Decision, string> = { Allow: 'allow', ExplicitDeny: 'deny', ImplicitDeny: 'warn' };
export const DECISION_LABEL: Record<Decision, string> = {
	Allow: 'Allow',
	ExplicitDeny: 'Explicit deny',
	ImplicitDeny: 'Implicit deny',
};

export function decisionBadge(decision: Decision): HTMLElement {
	return h('span', { class: 'dla-badge', 'data-tone': DECISION_TONE[decision] }, DECISION_LABEL[decision]);
}

function statementTitle(step: TraceStep): string {
	return `${step.policyLabel ?? ''} · statement ${(step.statementIndex ?? 0) + 1}${step.sid ? ` "${step.sid}"` : ''} (${step.effect ?? ''}${step.line ? `, line ${step.line}` : ''})`;
}

/** Fills `list` (an <ol>) with one item per trace step; the deciding ones are marked in words too. */
export function renderTrace(list: HTMLElement, trace: readonly TraceStep[]): void {
	replaceChildren(
		list,
		...trace
			.filter((s) => s.kind !== 'decision')
			.map((step) => {
				const tag = step.kind === 'statement' ? (step.matched ? 'applies' : 'skipped') : 'rule';
				return h(
					'li',
					{ 'data-kind': step.kind, 'data-state': tag, 'data-deciding': step.deciding ? 'true' : null },
					step.deciding ? h('strong', { class: 'trace-flag' }, 'Deciding: ') : null,
					step.kind === 'statement' ? h('span', { class: 'trace-where' }, statementTitle(step)) : null,
					step.kind === 'statement' ? ' — ' : null,
					step.message,
				);
			}),
	);
}

/** Decision badge plus the final rule's sentence. */
export function renderDecision(target: HTMLElement, result: EvaluationResult): void {
	const rule = [...result.trace].reverse().find((s) => s.kind === 'rule' && s.deciding);
	replaceChildren(target, decisionBadge(result.decision), ' ', rule?.message ?? '');
}
