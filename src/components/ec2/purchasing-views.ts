/**
 * The purchasing calculator's evaluation and views: the verdict, the cost table and the SVG chart,
 * rendered by View.astro at build time and by ctx.show() in the browser.
 */
import {
	PurchasingInputError,
	comparePurchasingOptions,
	formatMoney,
	purchasingChart,
	type OptionResult,
	type PurchasingChart,
	type PurchasingComparison,
	type PurchasingInput,
} from '../../lib/ec2';
import { badge, el, tableView, type ViewNode } from '../kit/view';
import { priceFieldError, type PriceField } from './purchasing-fields';

/** The engine's field names as the reader sees them on the form. */
const FIELD_NAMES: Record<string, string> = {
	hoursPerMonth: 'Hours per month',
	instances: 'Number of instances',
	spotInterruptionOverheadPercent: 'Spot extra hours (%)',
};

export interface PurchasingEvaluation {
	result: { input: PurchasingInput; comparison: PurchasingComparison; chart: PurchasingChart } | null;
	/** Messages by field: an engine field name (hoursPerMonth …) or a price field key (od, sp0 …). */
	errors: Record<string, string>;
}

/** Checks every price field on its own, then asks the engine; no result while anything is invalid. */
export function evaluatePurchasing(
	input: PurchasingInput,
	prices: readonly { field: PriceField; value: number }[],
): PurchasingEvaluation {
	const errors: Record<string, string> = {};
	for (const { field, value } of prices) {
		const problem = priceFieldError(field, value);
		if (problem) errors[field.key] = problem;
	}
	if (Object.keys(errors).length > 0) return { result: null, errors };
	try {
		return {
			result: { input, comparison: comparePurchasingOptions(input), chart: purchasingChart(input) },
			errors,
		};
	} catch (error) {
		if (!(error instanceof PurchasingInputError)) throw error;
		const name = FIELD_NAMES[error.field];
		errors[error.field] = name ? error.message.replace(/^\w+/, name) : error.message;
		return { result: null, errors };
	}
}

const pct = (u: number | null) => (u === null ? 'never' : u === 0 ? 'always' : `${(u * 100).toFixed(1)}%`);
const perHour = (value: number) =>
	`$${value.toLocaleString('en-US', { minimumFractionDigits: 4, maximumFractionDigits: 4 })}`;

function breakEvenText(o: OptionResult): string {
	if (o.id === 'on-demand') return 'baseline';
	const hours = o.breakEvenHoursPerMonth === null ? '—' : `${Math.round(o.breakEvenHoursPerMonth)} h`;
	return `${hours} / month (${pct(o.breakEvenUtilisation)})`;
}

const COLUMNS = [
	'Option',
	'Total over the term',
	'Per month',
	'Effective $/instance-hour',
	'Cheaper than On-Demand above',
];

function costTable(comparison: PurchasingComparison): ViewNode {
	return tableView(
		'Cost of each purchasing option',
		COLUMNS,
		comparison.options.map((o) =>
			el(
				'tr',
				{ 'data-option': o.id, 'data-highlight': o.id === comparison.cheapest ? 'true' : undefined },
				el(
					'th',
					{ scope: 'row' },
					o.label,
					o.id === comparison.cheapest && ' (cheapest)',
					el('br'),
					el('small', {}, o.note),
				),
				el('td', {}, formatMoney(o.totalCost)),
				el('td', {}, formatMoney(o.monthlyCost)),
				el('td', {}, o.effectiveHourly === null ? '—' : perHour(o.effectiveHourly)),
				el('td', {}, breakEvenText(o)),
			),
		),
		{ tableClass: 'ec2-calc-table' },
	);
}

function chartSvg(chart: PurchasingChart, id: string): ViewNode {
	const { plot } = chart;
	return el(
		'svg',
		{
			viewBox: `0 0 ${chart.width} ${chart.height}`,
			role: 'img',
			'aria-labelledby': `${id}-chart-title ${id}-chart-desc`,
			width: '100%',
		},
		el('title', { id: `${id}-chart-title` }, 'Monthly cost against hours used per month'),
		el(
			'desc',
			{ id: `${id}-chart-desc` },
			'One line per option. Break-even points, where a commitment becomes cheaper than On-Demand, are marked with circles. The table above gives the same numbers.',
		),
		el(
			'defs',
			{},
			el(
				'clipPath',
				{ id: `${id}-clip` },
				el('rect', { x: plot.left, y: plot.top, width: plot.right - plot.left, height: plot.bottom - plot.top }),
			),
		),
		chart.yTicks.map((t) =>
			el(
				'g',
				{ class: 'ec2-grid' },
				el('line', { x1: plot.left, x2: plot.right, y1: t.position, y2: t.position }),
				el('text', { x: plot.left - 6, y: t.position + 4, 'text-anchor': 'end' }, t.text),
			),
		),
		chart.xTicks.map((t) =>
			el('text', { class: 'ec2-axis', x: t.position, y: plot.bottom + 16, 'text-anchor': 'middle' }, t.text),
		),
		el(
			'text',
			{ class: 'ec2-axis', x: (plot.left + plot.right) / 2, y: chart.height - 6, 'text-anchor': 'middle' },
			'hours used per month',
		),
		el(
			'g',
			{ 'clip-path': `url(#${id}-clip)` },
			chart.lines.map((l, i) =>
				el('line', {
					class: 'ec2-line',
					'data-series': i,
					'data-option': l.id,
					x1: l.x1,
					y1: l.y1,
					x2: l.x2,
					y2: l.y2,
				}),
			),
		),
		el('line', { class: 'ec2-usage', x1: chart.usageX, x2: chart.usageX, y1: plot.top, y2: plot.bottom }),
		chart.breakEvens.map((m) =>
			el(
				'circle',
				{ class: 'ec2-breakeven', cx: m.x, cy: m.y, r: 4 },
				el('title', {}, `${m.label}: break-even at ${Math.round(m.hours)} h/month`),
			),
		),
	);
}

function chartFigure(chart: PurchasingChart, id: string): ViewNode {
	return el(
		'figure',
		{ class: 'ec2-chart', 'data-part': 'chart' },
		chartSvg(chart, id),
		el(
			'figcaption',
			{},
			el(
				'ul',
				{ class: 'ec2-legend' },
				chart.lines.map((l, i) =>
					el('li', {}, el('span', { class: 'ec2-swatch', 'data-series': i, 'aria-hidden': 'true' }), l.label),
				),
				el('li', {}, el('span', { class: 'ec2-swatch ec2-swatch--usage', 'aria-hidden': 'true' }), 'Your usage'),
			),
		),
	);
}

/** What the calculator shows: the cheapest option, the table of every option and the chart. */
export function purchasingView(evaluation: PurchasingEvaluation, id: string): ViewNode {
	if (!evaluation.result)
		return el(
			'p',
			{ class: 'dla-row' },
			badge('warn', 'Fix the highlighted input to compare options', 'verdict'),
			' ',
			el('span', {}, 'No costs are shown until every field is valid.'),
		);
	const { input, comparison, chart } = evaluation.result;
	const cheapest = comparison.options.find((o) => o.id === comparison.cheapest)!;
	return [
		el(
			'p',
			{ 'data-part': 'verdict' },
			el('strong', {}, `Cheapest at ${input.hoursPerMonth} h/month: ${cheapest.label}`),
		),
		costTable(comparison),
		chartFigure(chart, id),
	];
}
