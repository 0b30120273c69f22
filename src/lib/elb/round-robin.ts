/**
 * Round robin: the load balancer deals requests to the healthy targets in turn, skipping unhealthy ones.
 * Round robin is the Application Load Balancer's default routing algorithm
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html#modify-routing-algorithm).
 * If no target is healthy the load balancer fails open and uses all of them (target-group health checks docs).
 */

export class RoundRobinError extends Error {
	override name = 'RoundRobinError';
}

export interface RoundRobinTarget {
	name: string;
	healthy: boolean;
}

export interface RoundRobinResult {
	/** Target name for each request, in order. */
	assignments: string[];
	/** Requests per target name (every target listed, 0 if skipped). */
	counts: Record<string, number>;
	/** Where the next batch continues, so a reader can keep sending requests. */
	nextCursor: number;
	failOpen: boolean;
}

export const MAX_REQUESTS_PER_BATCH = 10_000;

export function routeRoundRobin(
	targets: readonly RoundRobinTarget[],
	requestCount: number,
	cursor = 0,
): RoundRobinResult {
	if (!Array.isArray(targets) || targets.length === 0) throw new RoundRobinError('Register at least one target.');
	const names = new Set<string>();
	for (const target of targets) {
		if (typeof target.name !== 'string' || target.name.trim() === '')
			throw new RoundRobinError('Every target needs a name.');
		if (names.has(target.name)) throw new RoundRobinError(`Target "${target.name}" is listed twice.`);
		names.add(target.name);
	}
	if (!Number.isInteger(requestCount) || requestCount < 0 || requestCount > MAX_REQUESTS_PER_BATCH) {
		throw new RoundRobinError(`The number of requests must be a whole number from 0 to ${MAX_REQUESTS_PER_BATCH}.`);
	}
	if (!Number.isInteger(cursor) || cursor < 0) throw new RoundRobinError('The cursor must be a whole number ≥ 0.');
	const failOpen = targets.every((target) => !target.healthy);
	const counts: Record<string, number> = Object.fromEntries(targets.map((target) => [target.name, 0]));
	const assignments: string[] = [];
	let position = cursor % targets.length;
	for (let request = 0; request < requestCount; request += 1) {
		// Walk forward from the cursor to the next routable target; at most one full lap.
		while (!failOpen && !targets[position]!.healthy) position = (position + 1) % targets.length;
		const chosen = targets[position]!.name;
		assignments.push(chosen);
		counts[chosen] = (counts[chosen] ?? 0) + 1;
		position = (position + 1) % targets.length;
	}
	return { assignments, counts, nextCursor: position, failOpen };
}
