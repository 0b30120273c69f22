/**
 * The Savings Plan coverage table (SavingsPlanCoverage.astro): for each usage, whether each plan covers
 * it and why, as src/lib/ec2 decides. Rendered at build time only; the page has no script for it.
 */
import { savingsPlanCoverage, type SavingsPlan, type Usage } from '../../lib/ec2';
import { badge, el, tableView, type ViewElement } from '../kit/view';

export interface CoverageColumn {
	label: string;
	plan: SavingsPlan;
}
export interface CoverageRow {
	label: string;
	usage: Usage;
}

export function savingsPlanCoverageView(plans: readonly CoverageColumn[], usage: readonly CoverageRow[]): ViewElement {
	return tableView(
		'Which usage each Savings Plan covers',
		['Usage', ...plans.map((p) => p.label)],
		usage.map((u) =>
			el(
				'tr',
				{},
				el('th', { scope: 'row' }, u.label),
				plans.map((p) => {
					const coverage = savingsPlanCoverage(p.plan, u.usage);
					return el(
						'td',
						{},
						badge(coverage.applies ? 'allow' : 'deny', coverage.applies ? 'Covered' : 'Not covered'),
						' ',
						el('small', {}, coverage.reason),
					);
				}),
			),
		),
		{ inProse: true },
	);
}
