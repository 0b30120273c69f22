/**
 * Views of the IAM widgets: pure functions from engine results to markup, rendered by <View> at build
 * time and by ctx.show() in the browser, so a page says the same words with and without JavaScript.
 * The decision's tone and label live here once, for every IAM widget.
 */
import {
	POLICY_TYPE_NAMES,
	type Decision,
	type EvaluationResult,
	type PlaygroundText,
	type TracePolicyType,
	type TraceStep,
} from '../../lib/iam';
import type { PlaygroundExample } from '../../examples/iam/policy-playground-types';
import { badge, codeTokens, el, tableView, type BadgeTone, type ViewElement, type ViewNode } from '../kit/view';

export const DECISION_TONE: Record<Decision, BadgeTone> = {
	Allow: 'allow',
	ExplicitDeny: 'deny',
	ImplicitDeny: 'warn',
};
export const DECISION_LABEL: Record<Decision, string> = {
	Allow: 'Allow',
	ExplicitDeny: 'Explicit deny',
	ImplicitDeny: 'Implicit deny',
};

export function decisionBadge(decision: Decision): ViewElement {
	return badge(DECISION_TONE[decision], DECISION_LABEL[decision]);
}

function statementTitle(step: TraceStep): string {
	const sid = step.sid ? ` "${step.sid}"` : '';
	const line = step.line ? `, line ${step.line}` : '';
	return `${step.policyLabel ?? ''} · statement ${(step.statementIndex ?? 0) + 1}${sid} (${step.effect ?? ''}${line})`;
}

function traceStepView(step: TraceStep): ViewElement {
	const state = step.kind === 'statement' ? (step.matched ? 'applies' : 'skipped') : 'rule';
	return el(
		'li',
		{ 'data-kind': step.kind, 'data-state': state, 'data-deciding': step.deciding ? 'true' : undefined },
		step.deciding && el('strong', { class: 'trace-flag' }, 'Deciding: '),
		step.kind === 'statement' && [el('span', { class: 'trace-where' }, statementTitle(step)), ' — '],
		codeTokens(step.message),
	);
}

export interface TraceParts {
	decision?: string;
	trace?: string;
}

/**
 * The decision (badge and the deciding rule's sentence) and the numbered trace. With no result (a
 * field is invalid) it says so and shows no trace: never a stale decision beside an error.
 */
export function traceView(result: EvaluationResult | null, parts: TraceParts = {}, waiting?: string): ViewNode {
	const decisionPart = parts.decision ?? 'decision';
	const tracePart = parts.trace ?? 'trace';
	if (!result)
		return [
			el('p', { class: 'iam-decision', 'data-part': decisionPart }, waiting ?? 'No decision until the error is fixed.'),
			el('ol', { class: 'iam-trace', 'data-part': tracePart }),
		];
	const rule = [...result.trace].reverse().find((s) => s.kind === 'rule' && s.deciding);
	return [
		el('p', { class: 'iam-decision', 'data-part': decisionPart }, decisionBadge(result.decision), ' ', rule?.message),
		el(
			'ol',
			{ class: 'iam-trace', 'data-part': tracePart },
			result.trace.filter((s) => s.kind !== 'decision').map(traceStepView),
		),
	];
}

/** One row of a decision table: what was asked, and the result. */
export interface DecisionRow {
	label: string;
	result: EvaluationResult;
	note?: string;
}

function why(row: DecisionRow): string {
	if (row.note) return row.note;
	const deciding = row.result.trace.find((s) => s.kind === 'statement' && s.deciding);
	if (!deciding) return 'No statement allows it: default deny.';
	return `${deciding.policyLabel}, statement ${(deciding.statementIndex ?? 0) + 1}${deciding.sid ? ` (${deciding.sid})` : ''}`;
}

export function decisionTableView(caption: string, rows: readonly DecisionRow[]): ViewElement {
	return tableView(
		'Decision table',
		['Request', 'Decision', 'Why'],
		rows.map((row) =>
			el(
				'tr',
				{},
				el('td', {}, el('code', {}, row.label)),
				el('td', {}, decisionBadge(row.result.decision)),
				el('td', {}, why(row)),
			),
		),
		{ caption },
	);
}

/** The editor's line numbers: the error line and the deciding statements' lines are marked. */
export function gutterView(lineCount: number, errorLine: number | null, decidingLines: readonly number[]): ViewNode {
	return Array.from({ length: lineCount }, (_, i) =>
		el(
			'span',
			{
				'data-line': i + 1,
				'data-error': errorLine === i + 1 ? 'true' : undefined,
				'data-deciding': decidingLines.includes(i + 1) ? 'true' : undefined,
			},
			String(i + 1),
		),
	);
}

/** The playground's fields for an example, as the reader sees them. */
export function exampleText(example: PlaygroundExample): PlaygroundText {
	return {
		policy: example.policy,
		principal: example.request.principal,
		action: example.request.action,
		resource: example.request.resource,
		resourceAccount: example.request.resourceAccount ?? '',
		context: example.request.context ? JSON.stringify(example.request.context, null, 2) : '',
	};
}

export const attachedHint = (role: TracePolicyType): string =>
	`Attached as: ${POLICY_TYPE_NAMES[role]}. Edit it — the decision updates as you type.`;

export const NO_DECISION = 'No decision until the error above is fixed.';

/**
 * D04 — a policy's JSON with a numbered marker beside each annotated element, and a legend that
 * explains each one (works without hover, on touch screens and with screen readers).
 */
export function annotatedPolicyView(
	policy: object,
	notes: Readonly<Record<string, string>>,
	title: string,
	/** The same lines highlighted (kit highlightLines(), build time); plain text without. */
	highlighted?: readonly ViewNode[],
): ViewNode {
	const order: string[] = [];
	const lines = JSON.stringify(policy, null, 2)
		.split('\n')
		.map((text, index) => {
			const shown = highlighted?.[index] ?? text;
			const key = /^\s*"([A-Za-z]+)":/.exec(text)?.[1];
			if (!key || notes[key] === undefined || order.includes(key))
				return el(
					'span',
					{ class: 'line' },
					el('span', { class: 'marker marker--empty', 'aria-hidden': 'true' }),
					shown,
				);
			order.push(key);
			const marker = el(
				'a',
				{ class: 'marker', href: `#d04-${key}`, 'aria-label': `Note ${order.length}: ${key}` },
				String(order.length),
			);
			return el('span', { class: 'line' }, marker, shown);
		});
	return [
		el('figcaption', {}, title),
		el('pre', { class: 'dla-mono', 'aria-label': `${title}, with numbered annotations` }, el('code', {}, lines)),
		el(
			'ol',
			{ class: 'legend' },
			order.map((key) => el('li', { id: `d04-${key}` }, el('strong', {}, el('code', {}, key)), ` — ${notes[key]}`)),
		),
	];
}
