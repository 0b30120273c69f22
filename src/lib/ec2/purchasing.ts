/**
 * Compares EC2 purchasing options for one workload: N identical instances running H hours a month.
 * Every price is an input (prices change and differ per Region/OS); the site ships a dated sample.
 *
 * Cost model per option, over the option's own term (1 or 3 years; On-Demand/Spot/Dedicated Host use
 * the comparison term the reader picks):
 *   total = fixed + variable × used hours
 * - On-Demand: variable = On-Demand rate. https://aws.amazon.com/ec2/pricing/on-demand/
 * - Reserved Instances: billed for EVERY hour of the term whether used or not (No/Partial Upfront),
 *   or paid in full upfront (All Upfront) — so all of it is fixed.
 *   https://docs.aws.amazon.com/whitepapers/latest/cost-optimization-reservation-models/reserved-instances-payment-options.html
 * - Savings Plans: a commitment in $/hour for every hour of the term; modelled as committing exactly the
 *   plan rate of these instances (fully fixed). https://docs.aws.amazon.com/savingsplans/latest/userguide/what-is-savings-plans.html
 * - Spot: the Spot price per used hour, plus the work redone after interruptions (an assumption the
 *   reader sets, as a percentage of extra hours). https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-spot-instances.html
 * - Dedicated Host: billed per host-hour while allocated (assumed: only while the workload runs);
 *   hosts needed = ceil(instances / instances per host). https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-hosts-overview.html
 */
import { PRICE_LIMITS } from './price-limits';

export class PurchasingInputError extends Error {
	override name = 'PurchasingInputError';
	/** Which input was wrong, e.g. "hoursPerMonth", so a widget can show the message beside it. */
	readonly field: string;
	constructor(field: string, message: string) {
		super(message);
		this.field = field;
	}
}

/** AWS prices a month as 730 hours (8,760 hours a year / 12). */
export const HOURS_PER_MONTH = 730;
export const HOURS_PER_YEAR = 8760;

export type TermYears = 1 | 3;
export type UpfrontOption = 'no-upfront' | 'partial-upfront' | 'all-upfront';

export interface ReservedPrice {
	termYears: TermYears;
	payment: UpfrontOption;
	/** One-time payment per instance (0 for No Upfront). */
	upfront: number;
	/** Recurring charge per instance per hour of the term (0 for All Upfront). */
	hourly: number;
}

export interface SavingsPlanPrice {
	type: 'compute' | 'ec2-instance';
	termYears: TermYears;
	/** Savings Plan rate for this instance type, per hour (No Upfront). */
	hourly: number;
}

export interface PurchasingPrices {
	/** On-Demand price per instance-hour. */
	onDemandHourly: number;
	reserved: ReservedPrice[];
	savingsPlans: SavingsPlanPrice[];
	/** Spot price per instance-hour (it moves; use a recent average). */
	spotHourly: number;
	/** On-Demand Dedicated Host price per host-hour, and how many of these instances fit on one host. */
	dedicatedHostHourly: number;
	instancesPerHost: number;
}

export interface PurchasingInput {
	prices: PurchasingPrices;
	/** Hours each instance runs per month, 0–730. */
	hoursPerMonth: number;
	/** Number of identical instances. */
	instances: number;
	/** Extra hours Spot needs to redo interrupted work, in percent of the used hours (e.g. 10). */
	spotInterruptionOverheadPercent: number;
	/** Term used for options without one (On-Demand, Spot, Dedicated Host) — and which commitments to show. */
	termYears: TermYears;
}

export type OptionId =
	| 'on-demand'
	| 'spot'
	| 'dedicated-host'
	| `savings-plan-${'compute' | 'ec2-instance'}-${TermYears}y`
	| `reserved-${TermYears}y-${UpfrontOption}`;

export interface OptionResult {
	id: OptionId;
	label: string;
	termYears: TermYears;
	/** Paid whatever you use, over the term. */
	fixedCost: number;
	/** Paid per instance-hour actually used. */
	variableHourly: number;
	/** Total over the term for this usage. */
	totalCost: number;
	/** Total / used instance-hours; null when nothing is used. */
	effectiveHourly: number | null;
	/** Cost per month, averaged over the term. */
	monthlyCost: number;
	/**
	 * Utilisation (0–1 of the hours in the term) above which this option is cheaper than On-Demand;
	 * 0 = always cheaper, null = never cheaper (or it is On-Demand itself).
	 */
	breakEvenUtilisation: number | null;
	/** Same, as hours per month per instance. */
	breakEvenHoursPerMonth: number | null;
	/** Short caveat shown with the result (interruptions, host packing). */
	note: string;
}

export interface PurchasingComparison {
	options: OptionResult[];
	/** Cheapest option for this usage (ties: the first, in the order listed). */
	cheapest: OptionId;
	usedHoursPerInstance: number;
}

const PAYMENT_LABEL: Record<UpfrontOption, string> = {
	'no-upfront': 'No Upfront',
	'partial-upfront': 'Partial Upfront',
	'all-upfront': 'All Upfront',
};

function requireNumber(field: string, value: unknown, min: number, max = Infinity): number {
	if (typeof value !== 'number' || !Number.isFinite(value))
		throw new PurchasingInputError(field, `${field} must be a number.`);
	if (value < min || value > max)
		throw new PurchasingInputError(
			field,
			max === Infinity ? `${field} must be at least ${min}.` : `${field} must be between ${min} and ${max}.`,
		);
	return value;
}

function validate(input: PurchasingInput): void {
	requireNumber('hoursPerMonth', input.hoursPerMonth, 0, HOURS_PER_MONTH);
	const instances = requireNumber('instances', input.instances, 1, 100_000);
	if (!Number.isInteger(instances)) throw new PurchasingInputError('instances', 'instances must be a whole number.');
	requireNumber('spotInterruptionOverheadPercent', input.spotInterruptionOverheadPercent, 0, 1000);
	if (input.termYears !== 1 && input.termYears !== 3)
		throw new PurchasingInputError('termYears', 'termYears must be 1 or 3.');
	const p = input.prices;
	const { maxHourlyUsd, maxUpfrontUsd, maxInstancesPerHost } = PRICE_LIMITS;
	requireNumber('onDemandHourly', p.onDemandHourly, 0, maxHourlyUsd);
	requireNumber('spotHourly', p.spotHourly, 0, maxHourlyUsd);
	requireNumber('dedicatedHostHourly', p.dedicatedHostHourly, 0, maxHourlyUsd);
	const perHost = requireNumber('instancesPerHost', p.instancesPerHost, 1, maxInstancesPerHost);
	if (!Number.isInteger(perHost))
		throw new PurchasingInputError('instancesPerHost', 'instancesPerHost must be a whole number.');
	for (const r of p.reserved) {
		requireNumber('reserved.upfront', r.upfront, 0, maxUpfrontUsd);
		requireNumber('reserved.hourly', r.hourly, 0, maxHourlyUsd);
	}
	for (const s of p.savingsPlans) requireNumber('savingsPlans.hourly', s.hourly, 0, maxHourlyUsd);
}

/**
 * The utilisation u (fraction of term hours) where fixed + variable·u·H = onDemand·u·H.
 * 0 if the option has no fixed cost and a lower rate; null if it is never cheaper.
 */
function breakEven(fixed: number, variablePerHour: number, onDemandPerHour: number, termHours: number): number | null {
	if (variablePerHour >= onDemandPerHour) return null;
	const u = fixed / ((onDemandPerHour - variablePerHour) * termHours);
	return u > 1 ? null : u;
}

export function comparePurchasingOptions(input: PurchasingInput): PurchasingComparison {
	validate(input);
	const { prices, hoursPerMonth, instances, termYears } = input;
	const build = (
		id: OptionId,
		label: string,
		term: TermYears,
		fixed: number,
		variableHourly: number,
		note: string,
		perInstanceVariable = variableHourly / instances,
	): OptionResult => {
		const termHours = term * HOURS_PER_YEAR;
		const months = term * 12;
		const used = hoursPerMonth * months * instances;
		const total = fixed + variableHourly * hoursPerMonth * months;
		const isOnDemand = id === 'on-demand';
		const u = isOnDemand ? null : breakEven(fixed / instances, perInstanceVariable, prices.onDemandHourly, termHours);
		return {
			id,
			label,
			termYears: term,
			fixedCost: fixed,
			variableHourly: perInstanceVariable,
			totalCost: total,
			effectiveHourly: used === 0 ? null : total / used,
			monthlyCost: total / months,
			breakEvenUtilisation: u,
			breakEvenHoursPerMonth: u === null ? null : u * HOURS_PER_MONTH,
			note,
		};
	};

	const options: OptionResult[] = [];
	options.push(
		build(
			'on-demand',
			'On-Demand',
			termYears,
			0,
			prices.onDemandHourly * instances,
			'No commitment; billed only while running.',
		),
	);
	for (const plan of prices.savingsPlans.filter((s) => s.termYears === termYears)) {
		const label = `${plan.type === 'compute' ? 'Compute' : 'EC2 Instance'} Savings Plan, ${plan.termYears} yr`;
		const fixed = plan.hourly * plan.termYears * HOURS_PER_YEAR * instances;
		options.push(
			build(
				`savings-plan-${plan.type}-${plan.termYears}y`,
				label,
				plan.termYears,
				fixed,
				0,
				'Commitment in $/hour for every hour of the term.',
			),
		);
	}
	for (const ri of prices.reserved.filter((r) => r.termYears === termYears)) {
		const fixed = (ri.upfront + ri.hourly * ri.termYears * HOURS_PER_YEAR) * instances;
		options.push(
			build(
				`reserved-${ri.termYears}y-${ri.payment}`,
				`Reserved Instance, ${ri.termYears} yr, ${PAYMENT_LABEL[ri.payment]}`,
				ri.termYears,
				fixed,
				0,
				'Billed for every hour of the term, used or not.',
			),
		);
	}
	const spotRate = prices.spotHourly * (1 + input.spotInterruptionOverheadPercent / 100);
	options.push(
		build(
			'spot',
			'Spot',
			termYears,
			0,
			spotRate * instances,
			`Includes ${input.spotInterruptionOverheadPercent}% extra hours to redo interrupted work; can be interrupted with a two-minute notice.`,
		),
	);
	const hosts = Math.ceil(instances / prices.instancesPerHost);
	options.push(
		build(
			'dedicated-host',
			'Dedicated Host (On-Demand)',
			termYears,
			0,
			prices.dedicatedHostHourly * hosts,
			`${hosts} host${hosts === 1 ? '' : 's'} for ${instances} instance${instances === 1 ? '' : 's'} (${prices.instancesPerHost} fit on one host); billed per host-hour.`,
		),
	);

	let cheapest = options[0]!;
	for (const option of options) if (option.monthlyCost < cheapest.monthlyCost - 1e-9) cheapest = option;
	return { options, cheapest: cheapest.id, usedHoursPerInstance: hoursPerMonth * termYears * 12 };
}
