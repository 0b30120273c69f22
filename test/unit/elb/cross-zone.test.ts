import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	CROSS_ZONE_DEFAULTS,
	CrossZoneError,
	computeTrafficShares,
	formatShare,
	type ZoneTargets,
} from '../../../src/lib/elb/index';
import { crossZoneExample } from '../../../src/examples/load-balancing/basics';

// https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html#cross-zone-load-balancing
describe('cross-zone load balancing', () => {
	test("AWS's example: 2 targets in A, 8 in B → 10 % each on; 25 % / 6.25 % off", () => {
		const on = computeTrafficShares(crossZoneExample, true);
		expect(on.shares.every((share) => share.share === 0.1)).toBe(true);
		const off = computeTrafficShares(crossZoneExample, false);
		expect(off.shares.filter((s) => s.zone === 'us-east-1a').map((s) => s.share)).toEqual([0.25, 0.25]);
		expect(off.shares.filter((s) => s.zone === 'us-east-1b').every((s) => s.share === 0.0625)).toBe(true);
		expect(off.nodeShares).toEqual([
			{ zone: 'us-east-1a', share: 0.5 },
			{ zone: 'us-east-1b', share: 0.5 },
		]);
		expect(formatShare(0.0625)).toBe('6.25 %');
	});
	test('defaults: on for ALB (per target group can turn off), off for NLB and GWLB', () => {
		expect(CROSS_ZONE_DEFAULTS.alb.enabledByDefault).toBe(true);
		expect(CROSS_ZONE_DEFAULTS.alb.control).toMatch(/per target group/);
		expect(CROSS_ZONE_DEFAULTS.nlb.enabledByDefault).toBe(false);
		expect(CROSS_ZONE_DEFAULTS.gwlb.enabledByDefault).toBe(false);
		expect(CROSS_ZONE_DEFAULTS.nlb.interAzCharge).toBe(true);
	});
	test('unhealthy targets get nothing; a zone with none healthy drops out when cross-zone is off', () => {
		const zones: ZoneTargets[] = [
			{ zone: 'a', targets: ['a1'], unhealthy: ['a1'] },
			{ zone: 'b', targets: ['b1', 'b2'] },
		];
		const off = computeTrafficShares(zones, false);
		expect(off.shares.map((s) => s.share)).toEqual([0, 0.5, 0.5]);
		expect(off.failOpen).toBe(false);
	});
	test('all unhealthy → fail open to every target', () => {
		const result = computeTrafficShares([{ zone: 'a', targets: ['x', 'y'], unhealthy: ['x', 'y'] }], true);
		expect(result.failOpen).toBe(true);
		expect(result.shares.map((s) => s.share)).toEqual([0.5, 0.5]);
	});
	test('bad input', () => {
		expect(() => computeTrafficShares([], true)).toThrow(CrossZoneError);
		expect(() => computeTrafficShares([{ zone: 'a', targets: [] }], true)).toThrow(/at least one target/);
		expect(() =>
			computeTrafficShares(
				[
					{ zone: 'a', targets: ['x'] },
					{ zone: 'a', targets: ['y'] },
				],
				true,
			),
		).toThrow(/twice/);
		expect(() => computeTrafficShares([{ zone: 'a', targets: ['x'], unhealthy: ['z'] }], true)).toThrow(
			/not one of its targets/,
		);
	});
	test('property: shares sum to 1 and are equal within a zone', () => {
		const zonesArb = fc
			.array(fc.record({ count: fc.integer({ min: 0, max: 12 }), bad: fc.array(fc.boolean(), { maxLength: 12 }) }), {
				minLength: 1,
				maxLength: 6,
			})
			.filter((zones) => zones.some((zone) => zone.count > 0))
			.map((zones) =>
				zones.map((zone, z): ZoneTargets => {
					const targets = Array.from({ length: zone.count }, (_, i) => `z${z}-t${i}`);
					return { zone: `zone-${z}`, targets, unhealthy: targets.filter((_, i) => zone.bad[i]) };
				}),
			);
		fc.assert(
			fc.property(zonesArb, fc.boolean(), (zones, crossZone) => {
				const result = computeTrafficShares(zones, crossZone);
				const total = result.shares.reduce((sum, s) => sum + s.share, 0);
				expect(total).toBeCloseTo(1, 9);
				for (const share of result.shares) if (!result.failOpen && !share.healthy) expect(share.share).toBe(0);
			}),
			{ numRuns: 400 },
		);
	});
});
