import type { PurchasingInput, PurchasingPrices } from '../../lib/ec2';
import { ec2SampleOnDemandHourly } from '../../lib/facts';

/**
 * Illustrative sample prices (not current) for the purchasing calculator's default view. Prices are inputs: they change and differ
 * by Region, operating system and tenancy — check the AWS pricing pages before deciding anything.
 */
export const samplePricesMeta = {
	instanceType: 'm5.large',
	platform: 'Linux',
	tenancy: 'Shared (Dedicated Host row: m5 host)',
	region: 'US East (N. Virginia), us-east-1',
	recorded: ec2SampleOnDemandHourly.checked,
	source:
		'AWS public price pages: Amazon EC2 On-Demand, Reserved Instances, Savings Plans, Spot and Dedicated Hosts pricing (rounded; Reserved Instance and Savings Plan rates are approximate; Spot is one typical price, it moves)',
} as const;

export const samplePrices: PurchasingPrices = {
	onDemandHourly: ec2SampleOnDemandHourly.value,
	reserved: [
		{ termYears: 1, payment: 'no-upfront', upfront: 0, hourly: 0.06 },
		{ termYears: 1, payment: 'partial-upfront', upfront: 257, hourly: 0.029 },
		{ termYears: 1, payment: 'all-upfront', upfront: 503, hourly: 0 },
		{ termYears: 3, payment: 'no-upfront', upfront: 0, hourly: 0.041 },
		{ termYears: 3, payment: 'partial-upfront', upfront: 564, hourly: 0.021 },
		{ termYears: 3, payment: 'all-upfront', upfront: 1060, hourly: 0 },
	],
	savingsPlans: [
		{ type: 'compute', termYears: 1, hourly: 0.068 },
		{ type: 'ec2-instance', termYears: 1, hourly: 0.06 },
		{ type: 'compute', termYears: 3, hourly: 0.047 },
		{ type: 'ec2-instance', termYears: 3, hourly: 0.041 },
	],
	spotHourly: 0.035,
	dedicatedHostHourly: 5.069,
	instancesPerHost: 48,
};

/** The calculator's starting usage: one instance, running office hours (~10 h × 22 days). */
export const purchasingExample: PurchasingInput = {
	prices: samplePrices,
	hoursPerMonth: 220,
	instances: 1,
	spotInterruptionOverheadPercent: 10,
	termYears: 1,
};
