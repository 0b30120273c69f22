/**
 * gp3 performance calculator: given a size, provisioned IOPS and provisioned throughput, say whether
 * AWS would accept the volume, and what the size allows.
 *
 * The two ratios chain: IOPS are capped by size (500 IOPS per GiB) and throughput by IOPS
 * (0.25 MiB/s per IOPS), so the top throughput needs enough IOPS, which need enough GiB.
 * The baseline (3,000 IOPS, 125 MiB/s) is always allowed, even on a 1 GiB volume.
 * https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html
 */
import { StorageInputError, parseWholeNumber } from './errors';
import { GP3_LIMITS, type Gp3Limits } from './gp3-limits';

export interface Gp3Input {
	sizeGiB: number;
	/** Provisioned IOPS; the baseline when omitted. */
	iops?: number | undefined;
	/** Provisioned throughput in MiB/s; the baseline when omitted. */
	throughputMiBps?: number | undefined;
}

export interface Gp3FieldError {
	field: 'sizeGiB' | 'iops' | 'throughputMiBps';
	message: string;
}

export interface Gp3Result {
	sizeGiB: number;
	iops: number;
	throughputMiBps: number;
	/** Highest IOPS this size allows. */
	maxIopsForSize: number;
	/** Highest throughput these IOPS allow. */
	maxThroughputForIops: number;
	/** IOPS above the included baseline (billed separately). */
	extraIops: number;
	/** Throughput above the included baseline (billed separately). */
	extraThroughputMiBps: number;
	/** Smallest size that allows the IOPS asked for. */
	minSizeForIops: number;
	/** Smallest IOPS that allow the throughput asked for. */
	minIopsForThroughput: number;
	/** Plain-language notes on what limited what. */
	notes: string[];
}

const fmt = (n: number): string => n.toLocaleString('en-US');

export function maxIopsForSize(sizeGiB: number, limits: Gp3Limits = GP3_LIMITS): number {
	return Math.min(limits.maxIops, Math.max(limits.baselineIops, sizeGiB * limits.maxIopsPerGiB));
}

export function maxThroughputForIops(iops: number, limits: Gp3Limits = GP3_LIMITS): number {
	return Math.min(
		limits.maxThroughputMiBps,
		Math.max(limits.baselineThroughputMiBps, Math.floor(iops * limits.maxThroughputPerIops)),
	);
}

export function minSizeForIops(iops: number, limits: Gp3Limits = GP3_LIMITS): number {
	if (iops <= limits.baselineIops) return limits.minSizeGiB;
	return Math.max(limits.minSizeGiB, Math.ceil(iops / limits.maxIopsPerGiB));
}

export function minIopsForThroughput(throughputMiBps: number, limits: Gp3Limits = GP3_LIMITS): number {
	return Math.max(limits.baselineIops, Math.ceil(throughputMiBps / limits.maxThroughputPerIops));
}

/** Every problem with the input, one per field at most, in field order. Empty when AWS would accept it. */
export function checkGp3Volume(input: Gp3Input, limits: Gp3Limits = GP3_LIMITS): Gp3FieldError[] {
	const errors: Gp3FieldError[] = [];
	const { sizeGiB } = input;
	const iops = input.iops ?? limits.baselineIops;
	const throughput = input.throughputMiBps ?? limits.baselineThroughputMiBps;
	// Whether the size can judge the IOPS. No upper bound needed: above the largest size the per-GiB
	// ratio allows more than the per-volume maximum, which the IOPS are checked against first.
	const sizeOk = Number.isInteger(sizeGiB) && sizeGiB >= limits.minSizeGiB;
	if (!Number.isInteger(sizeGiB)) errors.push({ field: 'sizeGiB', message: 'Size must be a whole number of GiB.' });
	else if (sizeGiB < limits.minSizeGiB || sizeGiB > limits.maxSizeGiB) {
		errors.push({
			field: 'sizeGiB',
			message: `Size must be from ${fmt(limits.minSizeGiB)} to ${fmt(limits.maxSizeGiB)} GiB (64 TiB); ${fmt(sizeGiB)} GiB is out of range.`,
		});
	}
	let iopsOk = false;
	if (!Number.isInteger(iops)) errors.push({ field: 'iops', message: 'IOPS must be a whole number.' });
	else if (iops < limits.baselineIops)
		errors.push({
			field: 'iops',
			message: `gp3 always has at least ${fmt(limits.baselineIops)} IOPS (the included baseline); ${fmt(iops)} is too low.`,
		});
	else if (iops > limits.maxIops)
		errors.push({
			field: 'iops',
			message: `gp3 allows at most ${fmt(limits.maxIops)} IOPS per volume; ${fmt(iops)} is too high.`,
		});
	else if (sizeOk && iops > maxIopsForSize(sizeGiB, limits)) {
		errors.push({
			field: 'iops',
			message: `A ${fmt(sizeGiB)} GiB volume allows at most ${fmt(maxIopsForSize(sizeGiB, limits))} IOPS (${limits.maxIopsPerGiB} IOPS per GiB). Make it at least ${fmt(minSizeForIops(iops, limits))} GiB or lower the IOPS.`,
		});
	} else iopsOk = true;
	if (!Number.isInteger(throughput))
		errors.push({ field: 'throughputMiBps', message: 'Throughput must be a whole number of MiB/s.' });
	else if (throughput < limits.baselineThroughputMiBps)
		errors.push({
			field: 'throughputMiBps',
			message: `gp3 always has at least ${fmt(limits.baselineThroughputMiBps)} MiB/s (the included baseline); ${fmt(throughput)} is too low.`,
		});
	else if (throughput > limits.maxThroughputMiBps)
		errors.push({
			field: 'throughputMiBps',
			message: `gp3 allows at most ${fmt(limits.maxThroughputMiBps)} MiB/s per volume; ${fmt(throughput)} is too high.`,
		});
	else if (iopsOk && throughput > maxThroughputForIops(iops, limits)) {
		errors.push({
			field: 'throughputMiBps',
			message: `${fmt(iops)} IOPS allow at most ${fmt(maxThroughputForIops(iops, limits))} MiB/s (${limits.maxThroughputPerIops} MiB/s per IOPS). Provision at least ${fmt(minIopsForThroughput(throughput, limits))} IOPS or lower the throughput.`,
		});
	}
	return errors;
}

/** Computes the volume's performance; throws StorageInputError (with `field`) for the first problem. */
export function calculateGp3(input: Gp3Input, limits: Gp3Limits = GP3_LIMITS): Gp3Result {
	const [first] = checkGp3Volume(input, limits);
	if (first) throw new StorageInputError(first.message, first.field);
	const { sizeGiB } = input;
	const iops = input.iops ?? limits.baselineIops;
	const throughputMiBps = input.throughputMiBps ?? limits.baselineThroughputMiBps;
	const maxIops = maxIopsForSize(sizeGiB, limits);
	const maxThroughput = maxThroughputForIops(iops, limits);
	const notes: string[] = [];
	if (iops === limits.baselineIops && throughputMiBps === limits.baselineThroughputMiBps) {
		notes.push(
			`Baseline only: ${fmt(limits.baselineIops)} IOPS and ${fmt(limits.baselineThroughputMiBps)} MiB/s are included in the storage price at any size.`,
		);
	}
	if (maxIops === limits.maxIops)
		notes.push(
			`At ${fmt(sizeGiB)} GiB the size no longer limits IOPS: you can provision up to the gp3 maximum of ${fmt(limits.maxIops)}.`,
		);
	else
		notes.push(
			`At ${fmt(sizeGiB)} GiB you can provision up to ${fmt(maxIops)} IOPS; the gp3 maximum of ${fmt(limits.maxIops)} needs at least ${fmt(minSizeForIops(limits.maxIops, limits))} GiB.`,
		);
	if (maxThroughput === limits.maxThroughputMiBps)
		notes.push(
			`${fmt(iops)} IOPS are enough for the gp3 maximum throughput of ${fmt(limits.maxThroughputMiBps)} MiB/s.`,
		);
	else
		notes.push(
			`${fmt(iops)} IOPS allow up to ${fmt(maxThroughput)} MiB/s; the maximum of ${fmt(limits.maxThroughputMiBps)} MiB/s needs at least ${fmt(minIopsForThroughput(limits.maxThroughputMiBps, limits))} IOPS.`,
		);
	return {
		sizeGiB,
		iops,
		throughputMiBps,
		maxIopsForSize: maxIops,
		maxThroughputForIops: maxThroughput,
		extraIops: iops - limits.baselineIops,
		extraThroughputMiBps: throughputMiBps - limits.baselineThroughputMiBps,
		minSizeForIops: minSizeForIops(iops, limits),
		minIopsForThroughput: minIopsForThroughput(throughputMiBps, limits),
		notes,
	};
}

/** Text fields as typed by a reader; an empty IOPS or throughput field means "baseline". */
export interface Gp3TextInput {
	sizeGiB: string;
	iops: string;
	throughputMiBps: string;
}

/** Parses the three text fields; returns the numbers or per-field parse errors. */
export function parseGp3Text(text: Gp3TextInput): { input: Gp3Input; errors: Gp3FieldError[] } {
	const errors: Gp3FieldError[] = [];
	const read = (value: string, field: Gp3FieldError['field'], label: string, optional: boolean): number | undefined => {
		if (optional && value.trim() === '') return undefined;
		try {
			return parseWholeNumber(value, field, label);
		} catch (error) {
			// parseWholeNumber throws nothing but StorageInputError.
			errors.push({ field, message: (error as StorageInputError).message });
			return undefined;
		}
	};
	const sizeGiB = read(text.sizeGiB, 'sizeGiB', 'Size (GiB)', false);
	const iops = read(text.iops, 'iops', 'IOPS', true);
	const throughputMiBps = read(text.throughputMiBps, 'throughputMiBps', 'Throughput (MiB/s)', true);
	return { input: { sizeGiB: sizeGiB ?? Number.NaN, iops, throughputMiBps }, errors };
}

/**
 * The whole widget pipeline: parse, then check. Returns the result or every field error.
 */
export function evaluateGp3Text(
	text: Gp3TextInput,
	limits: Gp3Limits = GP3_LIMITS,
): { result: Gp3Result | null; errors: Gp3FieldError[] } {
	const { input, errors } = parseGp3Text(text);
	// A field that doesn't parse makes the cross-field rules meaningless, so report parse errors alone.
	if (errors.length > 0) return { result: null, errors };
	const problems = checkGp3Volume(input, limits);
	if (problems.length > 0) return { result: null, errors: problems };
	return { result: calculateGp3(input, limits), errors: [] };
}
