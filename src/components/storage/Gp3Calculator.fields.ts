/** The gp3 calculator's text fields, as data: Gp3Calculator.astro loops over them. */
import type { Gp3TextInput } from '../../lib/storage';

// The three text fields, in the form's order. `part` is the data-part the client script reads, the suffix
// of the element id and, with `-error`, its error's part; `field` is the input (and error) key it edits.
export interface Gp3TextField {
	part: string;
	field: keyof Gp3TextInput;
	label: string;
	hint: string;
}
export const GP3_TEXT_FIELDS: readonly Gp3TextField[] = [
	{ part: 'size', field: 'sizeGiB', label: 'Size (GiB)', hint: '1 to 65,536 GiB (64 TiB).' },
	{ part: 'iops', field: 'iops', label: 'IOPS', hint: 'Empty = the 3,000 baseline.' },
	{
		part: 'throughput',
		field: 'throughputMiBps',
		label: 'Throughput (MiB/s)',
		hint: 'Empty = the 125 MiB/s baseline.',
	},
];
