import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	ScalingConfigError,
	loadCurveFromPoints,
	simulateAutoScaling,
	type AutoScalingConfig,
} from '../../../src/lib/scaling/index';
import { scalingConfig, scalingLoad, zoneFailure } from '../../../src/examples/load-balancing/index';
import { asgConfig, asgLoad } from '../../../src/examples/load-balancing/auto-scaling';

const base: AutoScalingConfig = scalingConfig;

describe('Auto Scaling simulation (target tracking on CPU)', () => {
	test('steady load at the target: nothing happens', () => {
		const result = simulateAutoScaling({ ...base, desiredCapacity: 2 }, new Array(30).fill(100));
		expect(result.minutes.every((m) => m.activities.length === 0 && m.cpu === 50)).toBe(true);
	});
	test('scale out needs 3 minutes above target; new capacity = ceil(in service × CPU ÷ target)', () => {
		// 2 instances × 100 req/s; 150 req/s → 75 % → ceil(2 × 75 / 50) = 3.
		const result = simulateAutoScaling(base, new Array(10).fill(150));
		const first = result.minutes.find((m) => m.activities.some((a) => a.kind === 'scale-out'))!;
		expect(first.minute).toBe(2);
		expect(first.desired).toBe(3);
		// The new instance warms up for 3 minutes, then CPU settles at 50 %.
		expect(result.minutes[3]!.warming).toBe(1);
		expect(result.minutes[6]!.inService).toBe(3);
		expect(result.minutes[6]!.cpu).toBe(50);
	});
	test('desired never leaves [min, max]', () => {
		const result = simulateAutoScaling(asgConfig, asgLoad);
		expect(Math.max(...result.minutes.map((m) => m.desired))).toBe(asgConfig.maxSize);
		expect(Math.min(...result.minutes.map((m) => m.desired))).toBe(asgConfig.minSize);
		expect(
			result.minutes.find((m) =>
				m.activities.some((a) => /would need 8 instances, but the maximum is 4/.test(a.description)),
			),
		).toBeDefined();
	});
	test('page example (index): scales 2 → 8 on the ramp and back to 2', () => {
		const result = simulateAutoScaling(scalingConfig, scalingLoad);
		const desired = result.minutes.map((m) => m.desired);
		expect(desired[0]).toBe(2);
		expect(Math.max(...desired)).toBe(8);
		expect(desired[desired.length - 1]).toBe(2);
		expect(result.minutes.filter((m) => m.activities.some((a) => a.kind === 'scale-out')).map((m) => m.minute)).toEqual(
			[13, 16, 19, 22, 25],
		);
	});
	test('page example: fail AZ-a at minute 40 → its instances are lost and replaced in AZ-b', () => {
		const healthy = simulateAutoScaling(scalingConfig, scalingLoad);
		const failed = simulateAutoScaling(scalingConfig, scalingLoad, zoneFailure);
		const at40 = failed.minutes[40]!;
		expect(at40.perZone).toEqual({ 'eu-west-1a': 0, 'eu-west-1b': 8 });
		expect(at40.inService).toBe(4);
		expect(at40.warming).toBe(4);
		expect(at40.failedZones).toEqual(['eu-west-1a']);
		expect(failed.minutes[43]!.inService).toBe(8);
		expect(failed.totalDropped).toBeGreaterThan(healthy.totalDropped);
	});
	test('scale in waits 15 minutes below target and never goes under min', () => {
		const result = simulateAutoScaling({ ...base, desiredCapacity: 6 }, new Array(30).fill(10));
		const scaleIn = result.minutes.find((m) => m.activities.some((a) => a.kind === 'scale-in'))!;
		expect(scaleIn.minute).toBe(14);
		expect(scaleIn.desired).toBe(2);
	});
	test('bad configuration', () => {
		expect(() => simulateAutoScaling({ ...base, minSize: 5, maxSize: 3 }, [1])).toThrow(/cannot be greater/);
		expect(() => simulateAutoScaling({ ...base, desiredCapacity: 9 }, [1])).toThrow(/between minimum/);
		expect(() => simulateAutoScaling({ ...base, zones: [] }, [1])).toThrow(ScalingConfigError);
		expect(() => simulateAutoScaling(base, [])).toThrow(/1 to 1440/);
		expect(() => simulateAutoScaling(base, [-1])).toThrow(/≥ 0/);
		expect(() => simulateAutoScaling(base, [1], [{ minute: 0, kind: 'fail-zone', zone: 'mars-1a' }])).toThrow(
			/unknown zone/,
		);
	});
	test('loadCurveFromPoints interpolates', () => {
		expect(
			loadCurveFromPoints(
				[
					[0, 0],
					[4, 100],
				],
				6,
			),
		).toEqual([0, 25, 50, 75, 100, 100]);
	});
	test('property: min ≤ desired ≤ max and instances never exceed max', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 5 }),
				fc.integer({ min: 0, max: 10 }),
				fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 60 }),
				fc.integer({ min: 10, max: 90 }),
				(min, extra, load, targetCpu) => {
					const config = { ...base, minSize: min, maxSize: min + extra, desiredCapacity: min, targetCpu };
					for (const m of simulateAutoScaling(config, load).minutes) {
						expect(m.desired).toBeGreaterThanOrEqual(config.minSize);
						expect(m.desired).toBeLessThanOrEqual(config.maxSize);
						expect(m.inService + m.warming).toBeLessThanOrEqual(config.maxSize);
					}
				},
			),
			{ numRuns: 200 },
		);
	});
});

describe('what the pages show', () => {
	test('index page summary (morning peak, no failure)', () => {
		const result = simulateAutoScaling(scalingConfig, scalingLoad);
		expect([result.peakInstances, result.totalDropped, result.minutes.at(-1)!.desired]).toEqual([8, 360, 2]);
	});
	test('auto-scaling page summary (spike capped by maximum 4)', () => {
		const result = simulateAutoScaling(asgConfig, asgLoad);
		expect(result.peakInstances).toBe(4);
		expect(result.minutes.at(-1)!.desired).toBe(1);
		expect(result.totalDropped).toBeGreaterThan(0);
	});
});
