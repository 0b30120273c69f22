/**
 * Cross-zone load balancing: what share of the traffic each target receives, with it on and off.
 *
 * Model (How Elastic Load Balancing works — "Cross-zone load balancing",
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html):
 * clients' traffic is split evenly between the load balancer nodes, one node per enabled Availability Zone.
 * With cross-zone ON each node spreads its share over every healthy target in all enabled zones; with it
 * OFF each node uses only the healthy targets in its own zone. AWS's own example: 2 targets in zone A and 8 in
 * zone B → 10 % each with cross-zone on; 25 % (A) and 6.25 % (B) each with it off.
 *
 * Simplifications, stated: a zone whose targets are all unhealthy gets no traffic (for NLB, AWS removes that
 * node's IP address from DNS); if no target anywhere is healthy the load balancer "fails open" and sends
 * traffic to all targets as if they were healthy (target-group health checks docs).
 */

export type CrossZoneLoadBalancer = 'alb' | 'nlb' | 'gwlb' | 'clb';

export interface CrossZoneDefault {
	/** Cross-zone setting you get if you change nothing. */
	enabledByDefault: boolean;
	/** Where it can be changed, in words. */
	control: string;
	/** Inter-AZ data charge when on. */
	interAzCharge: boolean;
}

/** Verified against the ELB guides (ALB, NLB, GWLB, CLB "cross-zone load balancing" sections). */
export const CROSS_ZONE_DEFAULTS: Record<CrossZoneLoadBalancer, CrossZoneDefault> = {
	alb: {
		enabledByDefault: true,
		control: 'Always on at the load-balancer level; can be turned off per target group.',
		interAzCharge: false,
	},
	nlb: {
		enabledByDefault: false,
		control: 'Off by default; turn it on for the load balancer or per target group.',
		interAzCharge: true,
	},
	gwlb: { enabledByDefault: false, control: 'Off by default; turn it on for the load balancer.', interAzCharge: true },
	clb: {
		enabledByDefault: false,
		control: 'Off by default when created with the API or CLI; the console selects it by default.',
		interAzCharge: false,
	},
};

export class CrossZoneError extends Error {
	override name = 'CrossZoneError';
}

export interface ZoneTargets {
	zone: string;
	/** Target names in this zone. */
	targets: string[];
	/** Names of targets currently unhealthy (must be in `targets`). */
	unhealthy?: string[];
}

export interface TargetShare {
	zone: string;
	target: string;
	healthy: boolean;
	/** Fraction of all traffic, 0–1. */
	share: number;
}

export interface CrossZoneResult {
	crossZone: boolean;
	shares: TargetShare[];
	/** Share of the traffic each zone's load-balancer node receives from clients. */
	nodeShares: { zone: string; share: number }[];
	failOpen: boolean;
}

const MAX_TARGETS_PER_ZONE = 1000;

export function validateZones(zones: readonly ZoneTargets[]): void {
	if (!Array.isArray(zones) || zones.length === 0) throw new CrossZoneError('Add at least one Availability Zone.');
	const zoneNames = new Set<string>();
	const targetNames = new Set<string>();
	for (const zone of zones) {
		if (typeof zone.zone !== 'string' || zone.zone.trim() === '')
			throw new CrossZoneError('Every Availability Zone needs a name.');
		if (zoneNames.has(zone.zone)) throw new CrossZoneError(`Availability Zone "${zone.zone}" is listed twice.`);
		zoneNames.add(zone.zone);
		if (!Array.isArray(zone.targets)) throw new CrossZoneError(`Zone ${zone.zone}: targets must be a list.`);
		if (zone.targets.length > MAX_TARGETS_PER_ZONE)
			throw new CrossZoneError(`Zone ${zone.zone}: at most ${MAX_TARGETS_PER_ZONE} targets in this model.`);
		for (const target of zone.targets) {
			if (targetNames.has(target)) throw new CrossZoneError(`Target "${target}" appears twice.`);
			targetNames.add(target);
		}
		for (const bad of zone.unhealthy ?? []) {
			if (!zone.targets.includes(bad))
				throw new CrossZoneError(`Zone ${zone.zone}: "${bad}" is marked unhealthy but is not one of its targets.`);
		}
	}
	if (targetNames.size === 0) throw new CrossZoneError('Register at least one target.');
}

/** Share of traffic per target. Shares sum to 1 whenever at least one target is registered. */
export function computeTrafficShares(zones: readonly ZoneTargets[], crossZone: boolean): CrossZoneResult {
	validateZones(zones);
	const isHealthy = (zone: ZoneTargets, target: string) => !(zone.unhealthy ?? []).includes(target);
	const anyHealthy = zones.some((zone) => zone.targets.some((target) => isHealthy(zone, target)));
	const failOpen = !anyHealthy;
	// Under fail-open every registered target is treated as routable.
	const routable = (zone: ZoneTargets) => zone.targets.filter((target) => failOpen || isHealthy(zone, target));

	// Which zones receive client traffic: with cross-zone on, any zone's node can reach healthy targets
	// elsewhere; with it off, a node with no routable target in its zone is taken out (zone gets nothing).
	const activeZones = crossZone ? [...zones] : zones.filter((zone) => routable(zone).length > 0);
	const nodeShare = 1 / activeZones.length;
	const allRoutable = zones.flatMap((zone) => routable(zone).map((target) => ({ zone: zone.zone, target })));
	const shares: TargetShare[] = [];
	for (const zone of zones) {
		for (const target of zone.targets) {
			const healthy = isHealthy(zone, target);
			const canRoute = failOpen || healthy;
			let share = 0;
			if (canRoute) share = crossZone ? 1 / allRoutable.length : nodeShare / routable(zone).length;
			shares.push({ zone: zone.zone, target, healthy, share });
		}
	}
	const nodeShares = zones.map((zone) => ({ zone: zone.zone, share: activeZones.includes(zone) ? nodeShare : 0 }));
	return { crossZone, shares, nodeShares, failOpen };
}

/** "10 %" / "6.25 %": a share as a percentage with at most two decimals. */
export function formatShare(share: number): string {
	return `${Number((share * 100).toFixed(2))} %`;
}
