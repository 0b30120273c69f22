/**
 * The calculator's editable price fields: a flat list of (key, label, value) over the nested
 * PurchasingPrices, so the form and the URL state can address each price by a short key.
 */
import type { PurchasingPrices } from '../../lib/ec2';

export interface PriceField {
	key: string;
	label: string;
	value: number;
}

const PAYMENT: Record<string, string> = {
	'no-upfront': 'No Upfront',
	'partial-upfront': 'Partial Upfront',
	'all-upfront': 'All Upfront',
};

export function priceFields(prices: PurchasingPrices): PriceField[] {
	const fields: PriceField[] = [
		{ key: 'od', label: 'On-Demand, per hour', value: prices.onDemandHourly },
		{ key: 'spot', label: 'Spot, per hour', value: prices.spotHourly },
		{ key: 'dh', label: 'Dedicated Host, per host-hour', value: prices.dedicatedHostHourly },
		{ key: 'perhost', label: 'Instances per Dedicated Host', value: prices.instancesPerHost },
	];
	prices.savingsPlans.forEach((plan, i) =>
		fields.push({
			key: `sp${i}`,
			label: `${plan.type === 'compute' ? 'Compute' : 'EC2 Instance'} Savings Plan ${plan.termYears} yr, per hour`,
			value: plan.hourly,
		}),
	);
	prices.reserved.forEach((ri, i) => {
		if (ri.payment !== 'no-upfront')
			fields.push({
				key: `ri${i}u`,
				label: `RI ${ri.termYears} yr ${PAYMENT[ri.payment]}: upfront`,
				value: ri.upfront,
			});
		if (ri.payment !== 'all-upfront')
			fields.push({
				key: `ri${i}h`,
				label: `RI ${ri.termYears} yr ${PAYMENT[ri.payment]}: per hour`,
				value: ri.hourly,
			});
	});
	return fields;
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
