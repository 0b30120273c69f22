import { describe, expect, test } from 'vitest';
import { purchasingExample } from '../../../src/examples/ec2/purchasing-sample';
import { purchasingUsageControls } from '../../../src/components/ec2/PurchasingCalculator.fields';

describe('purchasingUsageControls', () => {
	const numbers = purchasingUsageControls(purchasingExample).flatMap((c) => (c.kind === 'number' ? [c] : []));

	test('every data-part is distinct', () => {
		expect(new Set(numbers.map((n) => n.part)).size).toBe(numbers.length);
	});

	test('each number shows the example’s value, inside its own range', () => {
		const { hoursPerMonth, instances, spotInterruptionOverheadPercent } = purchasingExample;
		expect(numbers.map((n) => n.value)).toEqual([hoursPerMonth, instances, spotInterruptionOverheadPercent]);
		for (const n of numbers) {
			expect(n.value).toBeGreaterThanOrEqual(Number(n.min));
			expect(n.value).toBeLessThanOrEqual(Number(n.max));
		}
	});
});
