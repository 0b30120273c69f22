/**
 * Views for CrossZoneDemo: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { badge, el, tableView, type ViewNode } from '../kit/view';
import {
	computeTrafficShares,
	CROSS_ZONE_DEFAULTS,
	CrossZoneError,
	formatShare,
	type CrossZoneLoadBalancer,
	type CrossZoneResult,
	type ZoneTargets,
} from '../../lib/elb/index';

export const CROSS_ZONE_NAMES = ['us-east-1a', 'us-east-1b'] as const;
export const MAX_CROSS_ZONE_TARGETS = 50;

export interface CrossZoneForm {
	/** Target counts per zone, as typed. */
	a: string;
	b: string;
	lb: CrossZoneLoadBalancer;
}

export interface CrossZoneEvaluation {
	lb: CrossZoneLoadBalancer;
	errors: { a: string | null; b: string | null };
	zones: ZoneTargets[];
	shares: { on: CrossZoneResult; off: CrossZoneResult } | null;
}

const COUNT_MESSAGE = `Enter a whole number of targets from 0 to ${MAX_CROSS_ZONE_TARGETS}.`;

export function evaluateCrossZone(form: CrossZoneForm): CrossZoneEvaluation {
	const read = (text: string) => {
		const value = Number(text);
		return text.trim() === '' || !Number.isInteger(value) || value < 0 || value > MAX_CROSS_ZONE_TARGETS ? null : value;
	};
	const counts = [read(form.a), read(form.b)];
	const errors = { a: counts[0] === null ? COUNT_MESSAGE : null, b: counts[1] === null ? COUNT_MESSAGE : null };
	const zones: ZoneTargets[] = CROSS_ZONE_NAMES.map((zone, index) => ({
		zone,
		targets: Array.from({ length: counts[index] ?? 0 }, (_, i) => `${zone}-${i + 1}`),
	}));
	if (errors.a || errors.b) return { lb: form.lb, errors, zones, shares: null };
	try {
		return {
			lb: form.lb,
			errors,
			zones,
			shares: { on: computeTrafficShares(zones, true), off: computeTrafficShares(zones, false) },
		};
	} catch (error) {
		if (!(error instanceof CrossZoneError)) throw error;
		return { lb: form.lb, errors: { a: error.message, b: null }, zones, shares: null };
	}
}

export function crossZoneView({ lb, zones, shares }: CrossZoneEvaluation): ViewNode {
	const defaults = CROSS_ZONE_DEFAULTS[lb];
	const perTarget = (result: CrossZoneResult, zone: ZoneTargets) =>
		zone.targets.length ? formatShare(result.shares.find((s) => s.zone === zone.zone)?.share ?? 0) : '—';
	return [
		el(
			'p',
			{ 'data-part': 'default' },
			`Default: ${defaults.control}${defaults.interAzCharge ? ' Inter-AZ data is charged when it is on.' : ''}`,
		),
		shares
			? tableView(
					'Traffic per target',
					['Zone', 'Targets', 'Each target, cross-zone ON', 'Each target, cross-zone OFF'],
					zones.map((zone) =>
						el(
							'tr',
							{},
							el('td', {}, zone.zone),
							el('td', {}, zone.targets.length),
							el('td', {}, perTarget(shares.on, zone)),
							el('td', {}, perTarget(shares.off, zone)),
						),
					),
					{ bodyAttrs: { 'data-part': 'rows' } },
				)
			: el('p', { class: 'dla-row' }, badge('warn', 'Fix the target counts', 'decision'), ' ', 'to see the shares.'),
	];
}
