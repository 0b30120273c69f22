/**
 * gp3 volume limits as one object for the gp3 engine. The figures live in the facts registry
 * (src/lib/facts/registry.ts, with source and date checked): AWS has raised them over time (16 TiB /
 * 16,000 IOPS / 1,000 MiB/s until September 2025), so when AWS changes them again only the registry
 * changes — and the unit tests that pin today's numbers fail loudly so the page text gets reviewed too.
 */
import {
	gp3MinSizeGiB,
	gp3MaxSizeGiB,
	gp3BaselineIops,
	gp3MaxIops,
	gp3MaxIopsPerGiB,
	gp3BaselineThroughputMiBps,
	gp3MaxThroughputMiBps,
	gp3MaxThroughputPerIops,
} from '../facts';

export interface Gp3Limits {
	minSizeGiB: number;
	maxSizeGiB: number;
	/** Included in the storage price, whatever the size. */
	baselineIops: number;
	maxIops: number;
	/** Provisioned IOPS may not exceed this many per GiB of volume size (above the baseline). */
	maxIopsPerGiB: number;
	baselineThroughputMiBps: number;
	maxThroughputMiBps: number;
	/** Provisioned throughput may not exceed this many MiB/s per provisioned IOPS. */
	maxThroughputPerIops: number;
	/** Where the numbers come from and when they were last checked. */
	sources: readonly { title: string; url: string }[];
	checked: string;
}

/** Read from the facts registry (src/lib/facts), the one home of figures AWS changes. */
export const GP3_LIMITS: Gp3Limits = {
	minSizeGiB: gp3MinSizeGiB.value,
	maxSizeGiB: gp3MaxSizeGiB.value,
	baselineIops: gp3BaselineIops.value,
	maxIops: gp3MaxIops.value,
	maxIopsPerGiB: gp3MaxIopsPerGiB.value,
	baselineThroughputMiBps: gp3BaselineThroughputMiBps.value,
	maxThroughputMiBps: gp3MaxThroughputMiBps.value,
	maxThroughputPerIops: gp3MaxThroughputPerIops.value,
	sources: [gp3MaxIops.source, gp3MaxThroughputMiBps.source],
	// The gp3 figures are checked together (test/unit/facts/format.test.ts). A plain property read, not a
	// call: a top-level call would keep this module in every storage widget's bundle.
	checked: gp3MaxIops.checked,
};
