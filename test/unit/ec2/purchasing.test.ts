import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	comparePurchasingOptions,
	PurchasingInputError,
	purchasingChart,
	HOURS_PER_YEAR,
	type PurchasingInput,
} from '../../../src/lib/ec2';
import { purchasingExample, samplePrices, samplePricesMeta } from '../../../src/examples/ec2/purchasing-sample';

const byId = (input: PurchasingInput) =>
	Object.fromEntries(comparePurchasingOptions(input).options.map((o) => [o.id, o]));

describe('hand-computed: the page’s default (m5.large sample, 220 h/month, 1 instance, 1 year)', () => {
	const o = byId(purchasingExample);
	test('On-Demand: 0.096 × 220 h × 12 months = $253.44', () => {
		expect(o['on-demand']!.totalCost).toBeCloseTo(253.44, 6);
		expect(o['on-demand']!.monthlyCost).toBeCloseTo(21.12, 6);
		expect(o['on-demand']!.effectiveHourly).toBeCloseTo(0.096, 9);
		expect(o['on-demand']!.breakEvenUtilisation).toBeNull();
	});
	test('RI 1 yr No Upfront: billed all 8,760 h: 0.06 × 8760 = $525.60, break-even 62.5% (456.25 h/month)', () => {
		const ri = o['reserved-1y-no-upfront']!;
		expect(ri.totalCost).toBeCloseTo(525.6, 6);
		expect(ri.effectiveHourly).toBeCloseTo(525.6 / 2640, 9);
		expect(ri.breakEvenUtilisation).toBeCloseTo(0.625, 9);
		expect(ri.breakEvenHoursPerMonth).toBeCloseTo(456.25, 6);
	});
	test('RI 1 yr Partial Upfront: 257 + 0.029 × 8760 = $511.04', () => {
		expect(o['reserved-1y-partial-upfront']!.totalCost).toBeCloseTo(511.04, 6);
		expect(o['reserved-1y-partial-upfront']!.breakEvenUtilisation).toBeCloseTo(511.04 / 840.96, 9);
	});
	test('RI 1 yr All Upfront: $503, break-even 503 / 840.96 = 59.8%', () => {
		expect(o['reserved-1y-all-upfront']!.totalCost).toBe(503);
		expect(o['reserved-1y-all-upfront']!.breakEvenUtilisation).toBeCloseTo(0.598126, 5);
	});
	test('Compute Savings Plan 1 yr: 0.068 × 8760 = $595.68, break-even 70.8%', () => {
		expect(o['savings-plan-compute-1y']!.totalCost).toBeCloseTo(595.68, 6);
		expect(o['savings-plan-compute-1y']!.breakEvenUtilisation).toBeCloseTo(595.68 / 840.96, 9);
	});
	test('Spot with 10% redone work: 0.035 × 1.1 × 2640 = $101.64, cheaper at any usage', () => {
		expect(o['spot']!.totalCost).toBeCloseTo(101.64, 6);
		expect(o['spot']!.breakEvenUtilisation).toBe(0);
	});
	test('Dedicated Host for one instance: a whole host, 5.069 × 2640 = $13,382.16, never cheaper', () => {
		expect(o['dedicated-host']!.totalCost).toBeCloseTo(13382.16, 6);
		expect(o['dedicated-host']!.breakEvenUtilisation).toBeNull();
	});
	test('only the 1-year commitments are listed for a 1-year comparison', () => {
		expect(Object.keys(o)).toEqual([
			'on-demand',
			'savings-plan-compute-1y',
			'savings-plan-ec2-instance-1y',
			'reserved-1y-no-upfront',
			'reserved-1y-partial-upfront',
			'reserved-1y-all-upfront',
			'spot',
			'dedicated-host',
		]);
		expect(comparePurchasingOptions(purchasingExample).cheapest).toBe('spot');
	});
});

describe('hand-computed: other usages', () => {
	test('running 24/7 for 3 years, no Spot: RI 3 yr All Upfront ($1,060) beats On-Demand ($2,522.88)', () => {
		const input: PurchasingInput = {
			...purchasingExample,
			hoursPerMonth: 730,
			termYears: 3,
			spotInterruptionOverheadPercent: 300,
		};
		const o = byId(input);
		expect(o['on-demand']!.totalCost).toBeCloseTo(0.096 * 3 * HOURS_PER_YEAR, 6);
		expect(o['reserved-3y-all-upfront']!.totalCost).toBe(1060);
		expect(comparePurchasingOptions(input).cheapest).toBe('reserved-3y-all-upfront');
	});
	test('a full Dedicated Host (48 × m5.large) costs 5.069 vs 48 × 0.096 = 4.608 per hour on shared tenancy', () => {
		const o = byId({ ...purchasingExample, instances: 48 });
		expect(o['dedicated-host']!.effectiveHourly).toBeCloseTo(5.069 / 48, 9);
		expect(o['on-demand']!.effectiveHourly).toBeCloseTo(0.096, 9);
		const o49 = byId({ ...purchasingExample, instances: 49 });
		expect(o49['dedicated-host']!.note).toMatch(/^2 hosts for 49 instances/);
	});
	test('zero usage: commitments still cost money, effective hourly is undefined', () => {
		const o = byId({ ...purchasingExample, hoursPerMonth: 0 });
		expect(o['on-demand']!.totalCost).toBe(0);
		expect(o['on-demand']!.effectiveHourly).toBeNull();
		expect(o['reserved-1y-all-upfront']!.totalCost).toBe(503);
	});
	test('a commitment dearer than On-Demand run 24/7 never breaks even', () => {
		const o = byId({
			...purchasingExample,
			prices: { ...samplePrices, reserved: [{ termYears: 1, payment: 'all-upfront', upfront: 900, hourly: 0 }] },
		});
		expect(o['reserved-1y-all-upfront']!.breakEvenUtilisation).toBeNull();
	});
});

describe('bad input', () => {
	test.each([
		[{ hoursPerMonth: 731 }, 'hoursPerMonth'],
		[{ hoursPerMonth: -1 }, 'hoursPerMonth'],
		[{ hoursPerMonth: Number.NaN }, 'hoursPerMonth'],
		[{ instances: 0 }, 'instances'],
		[{ instances: 1.5 }, 'instances'],
		[{ termYears: 2 }, 'termYears'],
		[{ spotInterruptionOverheadPercent: -5 }, 'spotInterruptionOverheadPercent'],
		[{ prices: { ...samplePrices, onDemandHourly: -0.1 } }, 'onDemandHourly'],
		[{ prices: { ...samplePrices, instancesPerHost: 0 } }, 'instancesPerHost'],
		// A crafted link's 1e30 would print totals in exponent notation: prices are bounded (PRICE_LIMITS).
		[{ prices: { ...samplePrices, onDemandHourly: 1e30 } }, 'onDemandHourly'],
		[{ prices: { ...samplePrices, dedicatedHostHourly: 10_000.01 } }, 'dedicatedHostHourly'],
		[{ prices: { ...samplePrices, instancesPerHost: 1001 } }, 'instancesPerHost'],
		[{ prices: { ...samplePrices, reserved: [{ ...samplePrices.reserved[1]!, upfront: 1e9 }] } }, 'reserved.upfront'],
	])('%o → error on %s', (patch, field) => {
		expect(() => comparePurchasingOptions({ ...purchasingExample, ...patch } as PurchasingInput)).toThrowError(
			PurchasingInputError,
		);
		try {
			comparePurchasingOptions({ ...purchasingExample, ...patch } as PurchasingInput);
		} catch (e) {
			expect((e as PurchasingInputError).field).toBe(field);
		}
	});
});

describe('properties', () => {
	test('break-even is where the option and On-Demand cost the same', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 730 }), fc.constantFrom<1 | 3>(1, 3), (hours, term) => {
				const comparison = comparePurchasingOptions({ ...purchasingExample, hoursPerMonth: hours, termYears: term });
				for (const o of comparison.options) {
					if (o.breakEvenHoursPerMonth === null || o.breakEvenHoursPerMonth === 0) continue;
					const at = comparePurchasingOptions({
						...purchasingExample,
						hoursPerMonth: o.breakEvenHoursPerMonth,
						termYears: term,
					}).options;
					const od = at.find((x) => x.id === 'on-demand')!.totalCost;
					const self = at.find((x) => x.id === o.id)!.totalCost;
					if (Math.abs(od - self) > 1e-6) return false;
				}
				return true;
			}),
			{ numRuns: 50 },
		);
	});
	test('costs never decrease as usage grows', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 729 }), (hours) => {
				const a = comparePurchasingOptions({ ...purchasingExample, hoursPerMonth: hours }).options;
				const b = comparePurchasingOptions({ ...purchasingExample, hoursPerMonth: hours + 1 }).options;
				return a.every((o, i) => b[i]!.totalCost >= o.totalCost);
			}),
		);
	});
});

describe('chart geometry', () => {
	test('one line per option, break-even markers sit on the On-Demand line', () => {
		const chart = purchasingChart(purchasingExample);
		expect(chart.lines).toHaveLength(8);
		const od = chart.lines.find((l) => l.id === 'on-demand')!;
		for (const marker of chart.breakEvens) {
			const t = (marker.x - od.x1) / (od.x2 - od.x1);
			expect(marker.y).toBeCloseTo(od.y1 + t * (od.y2 - od.y1), 0);
		}
		expect(chart.breakEvens.map((m) => m.id)).toContain('reserved-1y-all-upfront');
		// Spot is cheaper from the first hour and the Dedicated Host never is: neither gets a marker.
		expect(chart.breakEvens.map((m) => m.id)).not.toContain('spot');
		expect(chart.breakEvens.map((m) => m.id)).not.toContain('dedicated-host');
		expect(chart.yTicks[0]!.text).toBe('$0');
	});
	test('the sample says where its prices come from and when', () => {
		expect(samplePricesMeta.region).toMatch(/us-east-1/);
		expect(samplePricesMeta.recorded).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(samplePricesMeta.source).toMatch(/AWS/);
	});
});
