/** The purchasing calculator's usage controls, as data: PurchasingCalculator.astro loops over them. */
import type { PurchasingInput } from '../../lib/ec2';

// The usage controls, in the form's order. `part` is the data-part the client script reads, the suffix of
// the element id and, with `-error`, its error's part; `slider` adds a range input bound to the same value.
export type UsageControl =
	| { kind: 'term' }
	| {
			kind: 'number';
			part: string;
			label: string;
			hint?: string;
			min: string;
			max: string;
			value: number;
			slider?: string;
	  };
/** The usage controls showing `input`'s hours, instance count and Spot overhead. */
export function purchasingUsageControls(input: PurchasingInput): UsageControl[] {
	return [
		{
			kind: 'number',
			part: 'hours',
			label: 'Hours each instance runs per month (0–730)',
			hint: '730 h = running all month. Office hours ≈ 220 h.',
			min: '0',
			max: '730',
			value: input.hoursPerMonth,
			slider: 'Hours per month (slider)',
		},
		{
			kind: 'number',
			part: 'instances',
			label: 'Number of instances',
			min: '1',
			max: '100000',
			value: input.instances,
		},
		{ kind: 'term' },
		{
			kind: 'number',
			part: 'overhead',
			label: 'Spot: extra hours to redo interrupted work (%)',
			hint: 'An assumption: how much work interruptions make you repeat.',
			min: '0',
			max: '1000',
			value: input.spotInterruptionOverheadPercent,
		},
	];
}
