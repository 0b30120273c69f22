import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ScalingConfigError, compareScalingApproaches } from '../../../src/lib/scaling/index';
import { verticalHorizontalExample as ex } from '../../../src/examples/load-balancing/index';

describe('vertical vs horizontal', () => {
	test('page example: 180 req/s → one t2.xlarge (stop to resize) or 4 t2.micro over 2 zones', () => {
		const result = compareScalingApproaches(ex.load, ex.perVcpu, ex.current, ex.zones);
		expect(result.vertical.size?.name).toBe('t2.xlarge');
		expect(result.vertical.needsStop).toBe(true);
		expect(result.vertical.capacityAfterZoneLoss).toBe(0);
		expect(result.horizontal.instances).toBe(4);
		expect(result.horizontal.perZone).toEqual([2, 2]);
		expect(result.horizontal.capacityAfterZoneLoss).toBe(100);
	});
	test('beyond the largest size vertical scaling runs out; horizontal keeps going', () => {
		const result = compareScalingApproaches(1000, 50, 't2.micro');
		expect(result.vertical.size).toBeNull();
		expect(result.horizontal.instances).toBe(20);
	});
	test('bad input', () => {
		expect(() => compareScalingApproaches(-1, 50, 't2.micro')).toThrow(ScalingConfigError);
		expect(() => compareScalingApproaches(10, 0, 't2.micro')).toThrow(/above 0/);
		expect(() => compareScalingApproaches(10, 50, 'm5.large')).toThrow(/Unknown instance size/);
	});
	test('property: the horizontal fleet always carries the load and is spread evenly', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 6 }), (load, zones) => {
				const { horizontal } = compareScalingApproaches(load, 50, 't2.micro', zones);
				expect(horizontal.instances * 50).toBeGreaterThanOrEqual(load);
				expect(Math.max(...horizontal.perZone) - Math.min(...horizontal.perZone)).toBeLessThanOrEqual(1);
				expect(horizontal.perZone.reduce((a, b) => a + b, 0)).toBe(horizontal.instances);
			}),
		);
	});
});
