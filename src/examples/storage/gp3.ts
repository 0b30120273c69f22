/** The gp3 calculator's starting volume: 100 GiB with 6,000 IOPS and 500 MiB/s. */
import type { Gp3TextInput } from '../../lib/storage';

export const gp3Start: Gp3TextInput = { sizeGiB: '100', iops: '6000', throughputMiBps: '500' };

/** Worked examples printed in the page's table (results asserted by the unit test). */
export const gp3Examples: { label: string; sizeGiB: number; iops?: number; throughputMiBps?: number }[] = [
	{ label: 'Small boot volume, baseline only', sizeGiB: 8 },
	{ label: 'Database volume', sizeGiB: 100, iops: 6000, throughputMiBps: 500 },
	{ label: 'Top IOPS', sizeGiB: 160, iops: 80000, throughputMiBps: 2000 },
	{ label: 'Top throughput with the fewest IOPS', sizeGiB: 16, iops: 8000, throughputMiBps: 2000 },
];
