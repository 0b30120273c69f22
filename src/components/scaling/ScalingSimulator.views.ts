/**
 * Views for ScalingSimulator: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { el, tableView, type ViewNode } from '../kit/view';
import {
	ScalingConfigError,
	simulateAutoScaling,
	type AutoScalingConfig,
	type ScalingTimeline,
} from '../../lib/scaling/index';

export const ASG_FIELDS = ['minSize', 'desiredCapacity', 'maxSize', 'targetCpu', 'warmupMinutes'] as const;
export type AsgField = (typeof ASG_FIELDS)[number];

export interface AsgInput {
	config: AutoScalingConfig;
	/** The five settings as typed. */
	values: Record<AsgField, string>;
	load: number[];
	fail: boolean;
	failMinute: number;
}

export interface AsgEvaluation {
	timeline: ScalingTimeline | null;
	/** The setting the engine refused, and why; null when the simulation ran. */
	error: { field: AsgField; message: string } | null;
	maxSize: number;
}

export function evaluateAsg(input: AsgInput): AsgEvaluation {
	const values = Object.fromEntries(
		ASG_FIELDS.map((field) => [field, input.values[field].trim() === '' ? Number.NaN : Number(input.values[field])]),
	);
	const config: AutoScalingConfig = { ...input.config, ...values };
	try {
		const events = input.fail ? [{ minute: input.failMinute, kind: 'fail-zone' as const, zone: config.zones[0]! }] : [];
		return { timeline: simulateAutoScaling(config, input.load, events), error: null, maxSize: config.maxSize };
	} catch (error) {
		if (!(error instanceof ScalingConfigError)) throw error;
		const field = (ASG_FIELDS as readonly string[]).includes(error.field) ? (error.field as AsgField) : 'minSize';
		return { timeline: null, error: { field, message: error.message }, maxSize: config.maxSize };
	}
}

/** Bar heights as one of 21 classes (0–100 % in 5 % steps): no inline styles, so a strict CSP is fine. */
const bucket = (ratio: number) => `asg-h-${Math.round(Math.min(1, Math.max(0, ratio)) * 20)}`;

/** Summary and chart; `peakLoad` is the highest load of every curve, so switching curves keeps the scale. */
export function asgOutputView({ timeline, maxSize }: AsgEvaluation, peakLoad: number, selected = 0): ViewNode {
	if (!timeline) return el('p', { 'data-part': 'summary' }, 'Fix the highlighted setting to run the simulation.');
	const last = timeline.minutes[timeline.minutes.length - 1]!;
	const mark = (i: number) => (i === selected ? 'true' : undefined);
	return [
		el(
			'p',
			{ 'data-part': 'summary' },
			`Peak ${timeline.peakInstances} instances; about ${timeline.totalDropped.toLocaleString('en')} requests could not be served; ends with ${last.desired} desired.`,
		),
		el(
			'div',
			{ class: 'asg-chart', 'aria-hidden': 'true' },
			el('p', { class: 'asg-chart__label' }, 'Load (requests/s)'),
			el(
				'div',
				{ class: 'asg-bars', 'data-part': 'load-bars' },
				timeline.minutes.map((m, i) =>
					el('span', {
						class: `asg-bar asg-bar--load ${bucket(m.load / Math.max(peakLoad, 1))}`,
						'data-selected': mark(i),
					}),
				),
			),
			el('p', { class: 'asg-chart__label' }, 'Instances (solid: in service, pale: warming up)'),
			el(
				'div',
				{ class: 'asg-bars', 'data-part': 'instance-bars' },
				timeline.minutes.map((m, i) =>
					el(
						'span',
						{ class: 'asg-stack', 'data-selected': mark(i) },
						el('span', { class: `asg-bar asg-bar--warm ${bucket(m.warming / Math.max(maxSize, 1))}` }),
						el('span', { class: `asg-bar asg-bar--in ${bucket(m.inService / Math.max(maxSize, 1))}` }),
					),
				),
			),
		),
	];
}

export function asgInspectView({ timeline }: AsgEvaluation, minute: number): ViewNode {
	const m = timeline?.minutes[Math.min(Math.max(0, minute), timeline.minutes.length - 1)];
	if (!m) return null;
	const zones = Object.entries(m.perZone)
		.map(([zone, n]) => `${zone}: ${n}${m.failedZones.includes(zone) ? ' (failed)' : ''}`)
		.join(', ');
	return `Minute ${m.minute}: load ${m.load} req/s, average CPU ${m.cpu} %, desired ${m.desired}, ${m.inService} in service, ${m.warming} warming up (${zones})${m.dropped > 0 ? `, ${m.dropped} req/s not served` : ''}.`;
}

export function asgActivityView({ timeline }: AsgEvaluation): ViewNode {
	if (!timeline) return null;
	return tableView(
		'Scaling activity',
		['Minute', 'Activity'],
		timeline.minutes.flatMap((m) =>
			m.activities.map((a) => el('tr', {}, el('td', {}, m.minute), el('td', {}, a.description))),
		),
		{ caption: 'Scaling activity', captionHidden: true, bodyAttrs: { 'data-part': 'rows' } },
	);
}
