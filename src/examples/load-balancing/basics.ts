/** Load-balancing-basics page: cross-zone and round-robin examples. */
import type { RoundRobinTarget, ZoneTargets } from '../../lib/elb/index';

/** AWS's own example (How Elastic Load Balancing works): 2 targets in zone A, 8 in zone B. */
export const crossZoneExample: ZoneTargets[] = [
	{ zone: 'us-east-1a', targets: ['a1', 'a2'] },
	{ zone: 'us-east-1b', targets: ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8'] },
];

/** Three web servers; the demo deals 9 requests, then the reader marks one unhealthy. */
export const roundRobinTargets: RoundRobinTarget[] = [
	{ name: 'web-1', healthy: true },
	{ name: 'web-2', healthy: true },
	{ name: 'web-3', healthy: true },
];
export const roundRobinRequests = 9;
/** The same servers with web-2 failing its health checks. */
export const roundRobinWithUnhealthy: RoundRobinTarget[] = roundRobinTargets.map((target) => ({
	...target,
	healthy: target.name !== 'web-2',
}));
