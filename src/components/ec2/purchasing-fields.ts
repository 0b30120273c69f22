/**
 * The calculator's editable price fields: a flat list of (key, label, value, kind) over the nested
 * PurchasingPrices, so the form and the URL state can address each price by a short key, and each field
 * is checked on its own against the engine's bounds (PRICE_LIMITS) with its own label in the message.
 */
import { PRICE_LIMITS, type PurchasingPrices } from '../../lib/ec2';
import { number, type Shape } from '../../scripts/state-shape';

/** hourly and upfront are dollars; count is a whole number of instances. */
export type PriceKind = 'hourly' | 'upfront' | 'count';

export interface PriceField {
	key: string;
	label: string;
	value: number;
	kind: PriceKind;
}

const PAYMENT: Record<string, string> = {
	'no-upfront': 'No Upfront',
	'partial-upfront': 'Partial Upfront',
	'all-upfront': 'All Upfront',
};

export function priceFields(prices: PurchasingPrices): PriceField[] {
	const fields: PriceField[] = [
		{ key: 'od', label: 'On-Demand, per hour', value: prices.onDemandHourly, kind: 'hourly' },
		{ key: 'spot', label: 'Spot, per hour', value: prices.spotHourly, kind: 'hourly' },
		{ key: 'dh', label: 'Dedicated Host, per host-hour', value: prices.dedicatedHostHourly, kind: 'hourly' },
		{ key: 'perhost', label: 'Instances per Dedicated Host', value: prices.instancesPerHost, kind: 'count' },
	];
	prices.savingsPlans.forEach((plan, i) =>
		fields.push({
			key: `sp${i}`,
			label: `${plan.type === 'compute' ? 'Compute' : 'EC2 Instance'} Savings Plan ${plan.termYears} yr, per hour`,
			value: plan.hourly,
			kind: 'hourly',
		}),
	);
	prices.reserved.forEach((ri, i) => {
		if (ri.payment !== 'no-upfront')
			fields.push({
				key: `ri${i}u`,
				label: `RI ${ri.termYears} yr ${PAYMENT[ri.payment]}: upfront`,
				value: ri.upfront,
				kind: 'upfront',
			});
		if (ri.payment !== 'all-upfront')
			fields.push({
				key: `ri${i}h`,
				label: `RI ${ri.termYears} yr ${PAYMENT[ri.payment]}: per hour`,
				value: ri.hourly,
				kind: 'hourly',
			});
	});
	return fields;
}

const BOUNDS: Record<PriceKind, { min: number; max: number; integer?: boolean }> = {
	hourly: { min: 0, max: PRICE_LIMITS.maxHourlyUsd },
	upfront: { min: 0, max: PRICE_LIMITS.maxUpfrontUsd },
	count: { min: 1, max: PRICE_LIMITS.maxInstancesPerHost, integer: true },
};

/** The URL shape of one field's value: the same bounds as the field itself. */
export const priceShape = (kind: PriceKind): Shape<number> => number(BOUNDS[kind]);

/** A typed value read as a number: NaN when empty. */
export const readNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The problem with one typed price, naming the field as the reader sees it; null when it is fine. */
export function priceFieldError(field: PriceField, value: number): string | null {
	const { min, max, integer } = BOUNDS[field.kind];
	const ok = Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
	if (ok) return null;
	const range =
		field.kind === 'count'
			? `a whole number from ${min} to ${max.toLocaleString('en-US')}`
			: `from $${min} to $${max.toLocaleString('en-US')}`;
	return `“${field.label}” must be ${range}.`;
}

/** Writes one field's value back into a (copied) price object. */
export function applyPriceField(prices: PurchasingPrices, key: string, value: number): void {
	if (key === 'od') prices.onDemandHourly = value;
	else if (key === 'spot') prices.spotHourly = value;
	else if (key === 'dh') prices.dedicatedHostHourly = value;
	else if (key === 'perhost') prices.instancesPerHost = value;
	else if (/^sp\d+$/.test(key)) prices.savingsPlans[Number(key.slice(2))]!.hourly = value;
	else if (/^ri\d+[uh]$/.test(key)) {
		const ri = prices.reserved[Number(key.slice(2, -1))]!;
		if (key.endsWith('u')) ri.upfront = value;
		else ri.hourly = value;
	}
}
