/**
 * The inheritance matrix's model and views, shared by InheritanceMatrix.astro (build time) and
 * InheritanceMatrix.client.ts: each user's policies are the policies of every group they are in plus
 * their own inline policy; every cell is one evaluation.
 */
import { evaluate, PolicyParseError, type Decision, type EvaluationResult } from '../../lib/iam';
import { el, tableView, wrapAtSeparators, type ViewElement, type ViewNode } from '../kit/view';
import { DECISION_LABEL, decisionBadge } from './views';

export interface MatrixAction {
	action: string;
	resource: string;
	label: string;
}

/** What the page passes in: the notes' groups, users, actions and the optional Deny. */
export interface InheritanceExample {
	account: string;
	users: readonly string[];
	groups: readonly { name: string; members: readonly string[]; policy: object }[];
	inlinePolicies: Readonly<Record<string, object>>;
	actions: readonly MatrixAction[];
	/** The statement the "add a Deny" toggle appends to `denyGroup`'s policy. */
	denyStatement: { Action: string } & Record<string, unknown>;
	denyGroup: string;
	/** The cell selected at first, "user|action index". */
	selected: string;
}

/** What the reader controls. */
export interface InheritanceFields {
	membership: Record<string, string[]>;
	denyOn: boolean;
	/** Group name → its policy text in the editor. */
	texts: Record<string, string>;
	selected: string;
}

export function initialFields(example: InheritanceExample): InheritanceFields {
	return {
		membership: Object.fromEntries(example.groups.map((g) => [g.name, [...g.members]])),
		denyOn: false,
		texts: Object.fromEntries(example.groups.map((g) => [g.name, JSON.stringify(g.policy, null, 2)])),
		selected: example.selected,
	};
}

export interface MatrixModel {
	/** Group name → the error in its policy; while any group has one, no decision is shown. */
	errors: Record<string, string>;
	/** cells[user index][action index], or null while a policy is broken. */
	cells: Decision[][] | null;
	selected: { user: string; action: MatrixAction; sources: string[]; result: EvaluationResult | null };
}

const userArn = (account: string, user: string) => `arn:aws:iam::${account}:user/${user.toLowerCase()}`;

/** The group's text with the Deny appended, when the toggle is on for that group. */
function withDeny(example: InheritanceExample, fields: InheritanceFields, group: string): string {
	const text = fields.texts[group] ?? '';
	if (!fields.denyOn || group !== example.denyGroup) return text;
	try {
		const parsed = JSON.parse(text) as { Statement?: unknown };
		const list = Array.isArray(parsed.Statement) ? parsed.Statement : parsed.Statement ? [parsed.Statement] : [];
		return JSON.stringify({ ...parsed, Statement: [...list, example.denyStatement] }, null, 2);
	} catch {
		return text; // the engine reports the JSON error below
	}
}

export function matrixModel(example: InheritanceExample, fields: InheritanceFields): MatrixModel {
	const texts: Record<string, string> = {};
	const errors: Record<string, string> = {};
	for (const group of example.groups) {
		texts[group.name] = withDeny(example, fields, group.name);
		try {
			evaluate({
				request: { principal: userArn(example.account, 'check'), action: 's3:GetObject', resource: '*' },
				identityPolicies: [texts[group.name]!],
			});
		} catch (error) {
			if (!(error instanceof PolicyParseError)) throw error;
			errors[group.name] = `${group.name}: ${error.message}`;
		}
	}
	const policiesOf = (user: string) => {
		const list = example.groups
			.filter((g) => (fields.membership[g.name] ?? []).includes(user))
			.map((g) => ({ source: `group ${g.name}`, policy: texts[g.name]! }));
		const inline = example.inlinePolicies[user];
		if (inline) list.push({ source: `${user}'s inline policy`, policy: JSON.stringify(inline) });
		return list;
	};
	const decide = (user: string, action: MatrixAction) =>
		evaluate({
			request: { principal: userArn(example.account, user), action: action.action, resource: action.resource },
			identityPolicies: policiesOf(user).map((p) => p.policy),
		});
	const broken = Object.keys(errors).length > 0;
	const [user = example.users[0]!, index = '0'] = fields.selected.split('|');
	const action = example.actions[Number(index)] ?? example.actions[0]!;
	return {
		errors,
		cells: broken ? null : example.users.map((u) => example.actions.map((a) => decide(u, a).decision)),
		selected: {
			user,
			action,
			sources: policiesOf(user).map((p) => p.source),
			result: broken ? null : decide(user, action),
		},
	};
}

/** A cell's button label for screen readers, and its content. */
const cellLabel = (user: string, action: MatrixAction, decision: Decision | null): string =>
	`${user}, ${action.action}: ${decision ? DECISION_LABEL[decision] : 'no decision'}`;

const cellView = (decision: Decision | null): ViewNode => (decision ? decisionBadge(decision) : '—');

/**
 * The matrix in its labelled scroll region: a column per action, a row per user (matrixRowsView, which
 * the script redraws). `selected` is the selected cell, "user|action index".
 */
export function matrixTableView(example: InheritanceExample, model: MatrixModel, selected: string): ViewElement {
	return tableView(
		'Who can do what',
		['User', ...example.actions.map((a) => [el('span', {}, a.label), el('br'), el('code', {}, a.action)])],
		matrixRowsView(example, model, selected),
		{
			caption: 'Decision for each user and action. Select a cell to see why.',
			tableClass: 'matrix',
			bodyAttrs: { 'data-part': 'matrix' },
		},
	);
}

/** A row per user: each cell is a button with the decision, pressed (and highlighted) when selected. */
export function matrixRowsView(example: InheritanceExample, model: MatrixModel, selected: string): ViewElement[] {
	return example.users.map((user, u) =>
		el(
			'tr',
			{},
			el('th', { scope: 'row' }, user),
			example.actions.map((action, i) => {
				const cell = `${user}|${i}`;
				const decision = model.cells?.[u]?.[i] ?? null;
				return el(
					'td',
					{ 'data-highlight': cell === selected ? 'true' : undefined },
					el(
						'button',
						{
							type: 'button',
							class: 'cell',
							'data-cell': cell,
							'aria-pressed': cell === selected ? 'true' : 'false',
							'aria-label': cellLabel(user, action, decision),
						},
						cellView(decision),
					),
				);
			}),
		),
	);
}

/** The line above the trace: who, what, and which policies apply. */
export function selectedView(model: MatrixModel): ViewNode {
	const { user, action, sources, result } = model.selected;
	if (!result) return 'Fix the group policy marked below to see the decisions.';
	return [
		el('strong', {}, user),
		' → ',
		el('code', {}, action.action),
		' on ',
		el('code', {}, ...wrapAtSeparators(action.resource)),
		sources.length
			? `, with identity policies ${sources.map((source, i) => `${i + 1} = ${source}`).join(', ')}.`
			: ' — in no group and with no policy of their own.',
	];
}
