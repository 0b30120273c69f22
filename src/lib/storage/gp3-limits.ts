/**
 * gp3 volume limits as one object for the gp3 engine. The figures live in the facts registry
 * (src/lib/facts/registry.ts, with source and date checked): AWS has raised them over time (16 TiB /
 * 16,000 IOPS / 1,000 MiB/s until September 2025), so when AWS changes them again only the registry
 * changes — and the unit tests that pin today's numbers fail loudly so the page text gets reviewed too.
 */
import { facts } from '../facts';

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
	minSizeGiB: facts.gp3MinSizeGiB.value,
	maxSizeGiB: facts.gp3MaxSizeGiB.value,
	baselineIops: facts.gp3BaselineIops.value,
	maxIops: facts.gp3MaxIops.value,
	maxIopsPerGiB: facts.gp3MaxIopsPerGiB.value,
	baselineThroughputMiBps: facts.gp3BaselineThroughputMiBps.value,
	maxThroughputMiBps: facts.gp3MaxThroughputMiBps.value,
	maxThroughputPerIops: facts.gp3MaxThroughputPerIops.value,
	sources: [facts.gp3MaxIops.source, facts.gp3MaxThroughputMiBps.source],
	// The oldest check among the figures used.
	checked: [
		facts.gp3MinSizeGiB,
		facts.gp3MaxSizeGiB,
		facts.gp3BaselineIops,
		facts.gp3MaxIops,
		facts.gp3MaxIopsPerGiB,
		facts.gp3BaselineThroughputMiBps,
		facts.gp3MaxThroughputMiBps,
		facts.gp3MaxThroughputPerIops,
	]
		.map((fact) => fact.checked)
		.sort()[0]!,
};
