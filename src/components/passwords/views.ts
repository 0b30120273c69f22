/**
 * Views of the password widgets (PasswordPolicyBuilder, PasswordExamplesTable): pure functions from
 * the engine's results to markup, rendered by <View> at build time and by ctx.show() in the browser.
 */
import {
	checkPassword,
	describePolicyEffects,
	InvalidPasswordPolicyError,
	validatePasswordPolicy,
	type PasswordCheck,
	type PasswordContext,
	type PasswordPolicy,
	type PolicyFinding,
} from '../../lib/passwords';
import { badge, el, tableView, type ViewElement, type ViewNode } from '../kit/view';

export interface PasswordEvaluation {
	/** Every finding about the policy itself; errors also go beside their fields. */
	findings: PolicyFinding[];
	/** Null while the policy is invalid: AWS would reject it, so no password is checked against it. */
	check: PasswordCheck | null;
	effects: string[];
}

export function evaluatePassword(policy: PasswordPolicy, password: string, context: PasswordContext = {}) {
	const findings = validatePasswordPolicy(policy);
	try {
		return { findings, check: checkPassword(policy, password, context), effects: describePolicyEffects(policy) };
	} catch (error) {
		if (!(error instanceof InvalidPasswordPolicyError)) throw error;
		return { findings, check: null, effects: [] };
	}
}

const verdict = (check: PasswordCheck | null): ViewNode =>
	check
		? [
				badge(check.ok ? 'allow' : 'deny', check.ok ? 'Accepted' : 'Rejected'),
				' ',
				check.ok
					? 'This password meets every rule.'
					: `${check.violations.length} rule${check.violations.length === 1 ? '' : 's'} not met.`,
			]
		: [badge('warn', 'Invalid policy'), ' AWS would reject this policy — fix the highlighted setting first.'];

/** The builder's output: verdict, one line per rule, notes on the policy, and what else it does. */
export function passwordOutputView({ findings, check, effects }: PasswordEvaluation): ViewNode {
	const notes = findings.filter((finding) => finding.severity === 'warning');
	return [
		el('p', { 'data-part': 'verdict' }, verdict(check)),
		el(
			'ul',
			{ class: 'rules', 'data-part': 'rules' },
			(check?.rules ?? []).map((rule) =>
				el(
					'li',
					{ 'data-rule': rule.rule, 'data-met': String(rule.met) },
					el('span', { class: 'mark', 'aria-hidden': 'true' }, rule.met ? '✓' : '✗'),
					el(
						'span',
						{},
						el('strong', {}, rule.met ? 'Met' : 'Not met'),
						': ',
						rule.label,
						!rule.met && el('span', { class: 'why' }, ` — ${rule.message}`),
					),
				),
			),
		),
		notes.length > 0 &&
			el(
				'ul',
				{ class: 'dla-list', 'data-part': 'findings' },
				notes.map((finding) => el('li', {}, badge('warn', 'Note'), ' ', finding.message)),
			),
		effects.length > 0 && [
			el('p', { class: 'effects-title' }, 'What else this policy does:'),
			el(
				'ul',
				{ class: 'dla-list', 'data-part': 'effects' },
				effects.map((effect) => el('li', {}, effect)),
			),
		],
	];
}

/** The worked-example table: sample passwords against the example policies. */
export function passwordExamplesView(
	rows: readonly { policyLabel: string; password: string; note: string; result: PasswordCheck }[],
): ViewElement {
	const label = 'Sample passwords checked against the example policies';
	return tableView(
		label,
		['Policy', 'Password', 'Result', 'Why'],
		rows.map((row) =>
			el(
				'tr',
				{},
				el('td', {}, row.policyLabel),
				el('td', {}, el('code', {}, row.password)),
				el('td', {}, badge(row.result.ok ? 'allow' : 'deny', row.result.ok ? 'Accepted' : 'Rejected')),
				el(
					'td',
					{},
					row.note,
					row.result.violations.length > 0 &&
						el(
							'ul',
							{ class: 'dla-list' },
							row.result.violations.map((violation) => el('li', {}, violation.message)),
						),
				),
			),
		),
		{ caption: label, captionHidden: true, inProse: true },
	);
}
