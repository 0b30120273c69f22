/** The On-Demand billing widget's evaluation and view, rendered at build time and in the browser. */
import {
	BillingInputError,
	billOnDemandUsage,
	parseDurations,
	type BillingPlatform,
	type OnDemandBill,
} from '../../lib/ec2';
import { badge, el, tableView, type ViewNode } from '../kit/view';

/** Dollars with thousands separators and 4 decimals: per-second bills are fractions of a cent. */
export const money4 = (value: number) =>
	`$${value.toLocaleString('en-US', { minimumFractionDigits: 4, maximumFractionDigits: 4 })}`;
const seconds = (s: number) => `${s.toLocaleString('en-US')} s`;

/** The running-times field's limit: 100 runs (the engine's cap) of up to ~20 characters each. */
export const RUNS_MAX_LENGTH = 2000;

export interface BillEvaluation {
	bill: OnDemandBill | null;
	runsError: string | null;
	priceError: string | null;
}

/** Bills the typed running times at the typed price; each field's problem is reported beside it. */
export function evaluateBill(runsText: string, priceText: string, platform: BillingPlatform): BillEvaluation {
	const problem = (read: () => void): string | null => {
		try {
			read();
			return null;
		} catch (error) {
			if (error instanceof BillingInputError) return error.message;
			throw error;
		}
	};
	let runSeconds: number[] = [];
	const runsError = problem(() => (runSeconds = parseDurations(runsText)));
	const hourlyPrice = priceText.trim() === '' ? Number.NaN : Number(priceText);
	// The engine owns the price bounds: billing no runs checks only the price.
	const priceError = problem(() => billOnDemandUsage({ runSeconds: [], hourlyPrice, platform }));
	const bill = runsError || priceError ? null : billOnDemandUsage({ runSeconds, hourlyPrice, platform });
	return { bill, runsError, priceError };
}

/** The bill for a list of runs: the total, then one row per run with the reason it was billed so. */
export function billingView(bill: OnDemandBill | null): ViewNode {
	if (!bill)
		return el(
			'p',
			{ 'data-part': 'summary', class: 'dla-row' },
			badge('warn', 'Fix the highlighted input', 'decision'),
			' ',
			el('span', {}, 'No bill is shown until every field is valid.'),
		);
	return [
		el(
			'p',
			{ 'data-part': 'summary' },
			el(
				'strong',
				{},
				`Billed ${seconds(bill.totalBilledSeconds)} for ${seconds(bill.totalRanSeconds)} of running: ${money4(bill.totalCost)}`,
			),
			` (${bill.granularity === 'per-second' ? 'per second, 60-second minimum' : 'per started hour'})`,
		),
		tableView(
			'Bill per run',
			['Run', 'Ran', 'Billed', 'Cost', 'Why'],
			[
				bill.runs.map((r, i) =>
					el(
						'tr',
						{},
						el('th', { scope: 'row' }, String(i + 1)),
						el('td', {}, seconds(r.ranSeconds)),
						el('td', {}, seconds(r.billedSeconds)),
						el('td', {}, money4(r.cost)),
						el('td', {}, r.reason ?? 'Billed as run.'),
					),
				),
			],
		),
	];
}
