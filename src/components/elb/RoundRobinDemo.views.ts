/**
 * Views for RoundRobinDemo: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { el, tableView, type ViewNode } from '../kit/view';
import { routeRoundRobin, type RoundRobinTarget } from '../../lib/elb/index';

/** Requests dealt so far: a running tally the reader adds to with the send buttons. */
export interface RoundRobinTally {
	counts: Record<string, number>;
	/** The last assignments, oldest first (at most RECENT_SHOWN). */
	recent: string[];
	cursor: number;
	failOpen: boolean;
}
const RECENT_SHOWN = 12;

export function dealRequests(
	targets: readonly RoundRobinTarget[],
	n: number,
	tally?: RoundRobinTally,
): RoundRobinTally {
	const result = routeRoundRobin(targets, n, tally?.cursor ?? 0);
	const counts = { ...(tally?.counts ?? {}) };
	for (const [name, value] of Object.entries(result.counts)) counts[name] = (counts[name] ?? 0) + value;
	return {
		counts,
		recent: [...(tally?.recent ?? []), ...result.assignments].slice(-RECENT_SHOWN),
		cursor: result.nextCursor,
		failOpen: result.failOpen,
	};
}

export function roundRobinView(targets: readonly RoundRobinTarget[], tally: RoundRobinTally): ViewNode {
	const sent = Object.values(tally.counts).reduce((a, b) => a + b, 0);
	const failOpen = targets.every((t) => !t.healthy);
	return [
		el(
			'p',
			{ 'data-part': 'summary' },
			`${sent} requests sent${failOpen ? ' (fail open: no healthy target, so every target is used)' : ''}.`,
		),
		tableView(
			'Requests in order',
			['Target', 'Health', 'Requests'],
			targets.map((t) =>
				el(
					'tr',
					{},
					el('td', {}, t.name),
					el('td', {}, t.healthy ? 'healthy' : 'unhealthy'),
					el('td', {}, tally.counts[t.name] ?? 0),
				),
			),
			{ bodyAttrs: { 'data-part': 'rows' } },
		),
		el('p', { class: 'dla-mono', 'data-part': 'recent' }, `Last requests: ${tally.recent.join(' → ') || '—'}`),
	];
}
