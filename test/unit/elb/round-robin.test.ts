import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { RoundRobinError, routeRoundRobin } from '../../../src/lib/elb/index';
import {
	roundRobinRequests,
	roundRobinTargets,
	roundRobinWithUnhealthy,
} from '../../../src/examples/load-balancing/basics';

describe('round robin', () => {
	test('page example: 9 requests over 3 healthy targets → 3 each, in turn', () => {
		const result = routeRoundRobin(roundRobinTargets, roundRobinRequests);
		expect(result.assignments.slice(0, 4)).toEqual(['web-1', 'web-2', 'web-3', 'web-1']);
		expect(result.counts).toEqual({ 'web-1': 3, 'web-2': 3, 'web-3': 3 });
	});
	test('page example: web-2 unhealthy → its share moves to web-1 and web-3', () => {
		const result = routeRoundRobin(roundRobinWithUnhealthy, roundRobinRequests);
		expect(result.counts).toEqual({ 'web-1': 5, 'web-2': 0, 'web-3': 4 });
	});
	test('the cursor continues the rotation between batches', () => {
		const first = routeRoundRobin(roundRobinTargets, 2);
		expect(routeRoundRobin(roundRobinTargets, 1, first.nextCursor).assignments).toEqual(['web-3']);
	});
	test('no healthy target → fail open', () => {
		const result = routeRoundRobin(
			roundRobinTargets.map((t) => ({ ...t, healthy: false })),
			3,
		);
		expect(result.failOpen).toBe(true);
		expect(result.counts).toEqual({ 'web-1': 1, 'web-2': 1, 'web-3': 1 });
	});
	test('bad input', () => {
		expect(() => routeRoundRobin([], 1)).toThrow(RoundRobinError);
		expect(() => routeRoundRobin(roundRobinTargets, -1)).toThrow(/whole number/);
		expect(() => routeRoundRobin(roundRobinTargets, 1.5)).toThrow(/whole number/);
		expect(() =>
			routeRoundRobin(
				[
					{ name: 'a', healthy: true },
					{ name: 'a', healthy: true },
				],
				1,
			),
		).toThrow(/twice/);
	});
	test('property: only healthy targets serve, and they differ by at most one request', () => {
		fc.assert(
			fc.property(
				fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
				fc.integer({ min: 0, max: 200 }),
				(health, count) => {
					const targets = health.map((healthy, i) => ({ name: `t${i}`, healthy }));
					const result = routeRoundRobin(targets, count);
					const serving = result.failOpen ? targets : targets.filter((t) => t.healthy);
					const counts = serving.map((t) => result.counts[t.name]!);
					expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
					expect(counts.reduce((a, b) => a + b, 0)).toBe(count);
				},
			),
		);
	});
});
