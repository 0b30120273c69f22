/**
 * Views for HealthCheckSimulator: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { badge, el, tableView, type ViewNode } from '../kit/view';
import {
	formatProbe,
	HealthCheckConfigError,
	parseProbeSequence,
	ProbeSequenceError,
	simulateHealthChecks,
	type HealthCheckConfig,
	type HealthCheckLoadBalancer,
	type HealthCheckProtocol,
	type HealthCheckTimeline,
	type TargetHealthState,
} from '../../lib/elb/index';

export const HEALTH_NUMBER_FIELDS = [
	'intervalSeconds',
	'timeoutSeconds',
	'healthyThreshold',
	'unhealthyThreshold',
] as const;
export type HealthNumberField = (typeof HEALTH_NUMBER_FIELDS)[number];
/** The fields an error can sit beside (each has an error line `${field}-error`). */
export type HealthErrorField = 'protocol' | 'port' | 'path' | 'matcher' | HealthNumberField | 'probes';

/** The form as typed. */
export interface HealthForm {
	loadBalancer: HealthCheckLoadBalancer;
	protocol: HealthCheckProtocol;
	port: string;
	path: string;
	matcher: string;
	intervalSeconds: string;
	timeoutSeconds: string;
	healthyThreshold: string;
	unhealthyThreshold: string;
	grpc: boolean;
	probes: string;
	start: TargetHealthState;
}

export function healthForm(config: HealthCheckConfig, probes: string, start: TargetHealthState): HealthForm {
	return {
		loadBalancer: config.loadBalancer,
		protocol: config.protocol,
		port: String(config.port),
		path: config.path,
		matcher: config.matcher,
		intervalSeconds: String(config.intervalSeconds),
		timeoutSeconds: String(config.timeoutSeconds),
		healthyThreshold: String(config.healthyThreshold),
		unhealthyThreshold: String(config.unhealthyThreshold),
		grpc: config.grpc === true,
		probes,
		start,
	};
}

export interface HealthEvaluation {
	timeline: HealthCheckTimeline | null;
	/** The settings the timeline ran with; null while a field is invalid. */
	config: HealthCheckConfig | null;
	error: { field: HealthErrorField; message: string } | null;
	start: TargetHealthState;
}

const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function evaluateHealthForm(form: HealthForm): HealthEvaluation {
	const port = form.port.trim();
	const config: HealthCheckConfig = {
		loadBalancer: form.loadBalancer,
		protocol: form.protocol,
		port: port === 'traffic-port' ? 'traffic-port' : toNumber(port),
		path: form.path,
		matcher: form.matcher,
		intervalSeconds: toNumber(form.intervalSeconds),
		timeoutSeconds: toNumber(form.timeoutSeconds),
		healthyThreshold: toNumber(form.healthyThreshold),
		unhealthyThreshold: toNumber(form.unhealthyThreshold),
		...(form.grpc ? { grpc: true } : {}),
	};
	try {
		return {
			timeline: simulateHealthChecks(config, parseProbeSequence(form.probes), form.start),
			config,
			error: null,
			start: form.start,
		};
	} catch (error) {
		if (error instanceof HealthCheckConfigError) {
			const field = error.field === 'loadBalancer' || error.field === 'grpc' ? 'protocol' : error.field;
			return { timeline: null, config: null, error: { field, message: error.message }, start: form.start };
		}
		if (error instanceof ProbeSequenceError)
			return {
				timeline: null,
				config: null,
				error: { field: 'probes', message: error.message },
				start: form.start,
			};
		throw error;
	}
}

const healthTone = (state: TargetHealthState) =>
	state === 'healthy' ? 'allow' : state === 'unhealthy' ? 'deny' : 'neutral';

/** The summary and the first `shown` checks (all of them by default). */
export function healthOutputView({ timeline, start }: HealthEvaluation, shown = Number.POSITIVE_INFINITY): ViewNode {
	if (!timeline) return el('p', { 'data-part': 'summary' }, 'Fix the highlighted setting to run the checks.');
	const count = Math.min(shown, timeline.steps.length);
	const visible = timeline.steps.slice(0, count);
	const last = visible[count - 1];
	const current = last ? last.after : start;
	return [
		el(
			'p',
			{ 'data-part': 'summary' },
			count === 0
				? 'Before the first check the target is '
				: `After ${count} of ${timeline.steps.length} checks the target is `,
			badge(healthTone(current), current),
			last?.changed ? ' — it just changed state.' : '',
		),
		tableView(
			'Health checks, one per row',
			['Check', 'Time', 'Answer', 'Result', 'In a row', 'Target state'],
			visible.map((step, index) =>
				el(
					'tr',
					{
						'data-highlight':
							(index === count - 1 && count < timeline.steps.length) || step.changed ? 'true' : undefined,
					},
					el('td', {}, step.check),
					el('td', {}, `${step.atSeconds} s`),
					el('td', { class: 'dla-mono' }, formatProbe(step.probe)),
					el('td', {}, `${step.passed ? 'pass' : 'fail'} — ${step.why}`),
					el('td', {}, step.passed ? `${step.consecutiveSuccesses} pass` : `${step.consecutiveFailures} fail`),
					el('td', {}, step.changed ? `${step.before} → ${step.after}` : step.after),
				),
			),
			{ bodyAttrs: { 'data-part': 'rows' } },
		),
	];
}
