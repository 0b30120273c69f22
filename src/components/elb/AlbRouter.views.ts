/**
 * Views for AlbRouter: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { capitalize } from './messages';
import { badge, el, type ViewNode } from '../kit/view';
import {
	AlbRuleError,
	describeCondition,
	parseHeaderLines,
	parseListenerJson,
	parseRequestUrl,
	routeRequest,
	type Listener,
	type RoutingResult,
} from '../../lib/elb/index';

export interface AlbForm {
	rules: string;
	url: string;
	method: string;
	headers: string;
	ip: string;
}
export type AlbField = keyof AlbForm;

export interface AlbEvaluation {
	listener: Listener | null;
	result: RoutingResult | null;
	error: { field: AlbField; message: string } | null;
}

const ALB_STATUS_TEXT = {
	selected: 'wins',
	shadowed: 'matches too, but a lower number won first',
	'no-match': 'no match',
} as const;

/** `rules[1].conditions[0].values[2]` as the reader counts: "Rule 2, condition 1, value 3". */
export function describeRulePath(path: string): string {
	const names: Record<string, string> = { rules: 'Rule', conditions: 'condition', values: 'value' };
	const parts = [...path.matchAll(/([a-zA-Z]+)(?:\[(\d+)\])?/g)].map(([, name = '', index]) =>
		index === undefined ? name : `${names[name] ?? name} ${Number(index) + 1}`,
	);
	return parts.join(', ');
}

function albErrorField(path: string): AlbField {
	if (path === 'url' || path === 'headers') return path;
	if (path.startsWith('request.sourceIp')) return 'ip';
	if (path.startsWith('request.method')) return 'method';
	if (path.startsWith('request')) return 'url';
	return 'rules';
}

export function evaluateAlbForm(form: AlbForm): AlbEvaluation {
	try {
		const listener = parseListenerJson(form.rules);
		const url = parseRequestUrl(form.url);
		const result = routeRequest(listener, {
			host: url.host,
			path: url.path,
			method: form.method.trim(),
			headers: parseHeaderLines(form.headers),
			sourceIp: form.ip.trim(),
		});
		return { listener, result, error: null };
	} catch (error) {
		if (!(error instanceof AlbRuleError)) throw error;
		const field = albErrorField(error.path);
		const where = field === 'rules' && error.path ? `${describeRulePath(error.path)}: ` : '';
		return { listener: null, result: null, error: { field, message: where + capitalize(error.reason) } };
	}
}

export function albRoutingView({ listener, result }: AlbEvaluation): ViewNode {
	if (!listener || !result)
		return [
			el(
				'p',
				{ 'data-part': 'verdict' },
				badge('warn', 'Input error'),
				' Fix the field marked above to route the request.',
			),
			el('ol', { class: 'alb-rules', 'data-part': 'rows' }),
		];
	const byPriority = new Map(listener.rules.map((r) => [r.priority, r]));
	return [
		el(
			'p',
			{ 'data-part': 'verdict' },
			badge('allow', result.priority === 'default' ? 'Default rule' : `Rule ${result.priority}`),
			' ',
			result.action,
		),
		el(
			'ol',
			{ class: 'alb-rules', 'data-part': 'rows' },
			result.evaluations.map((e) =>
				el(
					'li',
					{ 'data-highlight': e.status === 'selected' ? 'true' : undefined, 'data-status': e.status },
					el(
						'p',
						{ class: 'alb-rules__head' },
						el('strong', {}, `Priority ${e.priority}`),
						` — ${ALB_STATUS_TEXT[e.status]}`,
					),
					el(
						'ul',
						{ class: 'dla-list' },
						(byPriority.get(e.priority)?.conditions ?? []).map((c) =>
							el('li', { class: 'dla-mono' }, describeCondition(c)),
						),
					),
					el('p', { class: 'alb-rules__action' }, `→ ${e.action}`),
					el(
						'ul',
						{ class: 'dla-list alb-rules__why' },
						e.conditions.map((c) => el('li', {}, `${c.matched ? '✔ ' : '✘ '}${c.reason}`)),
					),
				),
			),
			el(
				'li',
				{ 'data-highlight': result.priority === 'default' ? 'true' : undefined, 'data-status': 'default' },
				el(
					'p',
					{ class: 'alb-rules__head' },
					el('strong', {}, 'Default rule'),
					` — ${result.priority === 'default' ? 'wins: no other rule matched' : 'not reached: a rule above matched first'}`,
				),
				el('p', { class: 'alb-rules__action' }, `→ ${listener.defaultAction}`),
			),
		),
	];
}
