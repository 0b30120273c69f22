import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	GP3_LIMITS,
	StorageInputError,
	calculateGp3,
	checkGp3Volume,
	evaluateGp3Text,
	maxIopsForSize,
	maxThroughputForIops,
	minIopsForThroughput,
	minSizeForIops,
} from '../../../src/lib/storage';
import { gp3Examples, gp3Start } from '../../../src/examples/storage/gp3';

// Limits as documented on 2026-11-27: https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html and
// CreateVolume (EC2 API Reference). If AWS raises them again, update gp3-limits.ts AND the EBS page text.
describe('gp3 limits data', () => {
	test('pins the documented values', () => {
		expect(GP3_LIMITS).toMatchObject({
			minSizeGiB: 1,
			maxSizeGiB: 65_536,
			baselineIops: 3_000,
			maxIops: 80_000,
			maxIopsPerGiB: 500,
			baselineThroughputMiBps: 125,
			maxThroughputMiBps: 2_000,
			maxThroughputPerIops: 0.25,
		});
		expect(GP3_LIMITS.sources.every((s) => s.url.startsWith('https://docs.aws.amazon.com/'))).toBe(true);
	});
});

describe('gp3 ratios', () => {
	test('baseline is allowed at every size, even 1 GiB', () => {
		expect(maxIopsForSize(1)).toBe(3000);
		expect(calculateGp3({ sizeGiB: 1 })).toMatchObject({
			iops: 3000,
			throughputMiBps: 125,
			extraIops: 0,
			extraThroughputMiBps: 0,
		});
	});
	test('500 IOPS per GiB above the baseline', () => {
		expect(maxIopsForSize(10)).toBe(5000);
		expect(maxIopsForSize(32)).toBe(16_000);
		expect(maxIopsForSize(160)).toBe(80_000);
		expect(maxIopsForSize(10_000)).toBe(80_000);
		expect(minSizeForIops(80_000)).toBe(160);
		expect(minSizeForIops(3000)).toBe(1);
		expect(minSizeForIops(3001)).toBe(7);
	});
	test('0.25 MiB/s per IOPS (AWS example: 3,000 IOPS → 750 MiB/s)', () => {
		expect(maxThroughputForIops(3000)).toBe(750);
		expect(maxThroughputForIops(8000)).toBe(2000);
		expect(maxThroughputForIops(80_000)).toBe(2000);
		expect(minIopsForThroughput(2000)).toBe(8000);
		expect(minIopsForThroughput(125)).toBe(3000);
	});
});

describe('gp3 bad input → clear errors per field', () => {
	test('size out of range', () => {
		expect(checkGp3Volume({ sizeGiB: 0 })).toEqual([
			{ field: 'sizeGiB', message: expect.stringContaining('from 1 to 65,536 GiB') },
		]);
		expect(checkGp3Volume({ sizeGiB: 65_537 })[0]?.field).toBe('sizeGiB');
		expect(checkGp3Volume({ sizeGiB: 65_536 })).toEqual([]);
	});
	test('IOPS too high for the size names the size needed', () => {
		const [error] = checkGp3Volume({ sizeGiB: 10, iops: 16_000 });
		expect(error).toEqual({
			field: 'iops',
			message:
				'A 10 GiB volume allows at most 5,000 IOPS (500 IOPS per GiB). Make it at least 32 GiB or lower the IOPS.',
		});
	});
	test('IOPS below baseline or above the maximum', () => {
		expect(checkGp3Volume({ sizeGiB: 100, iops: 2999 })[0]?.message).toContain('at least 3,000 IOPS');
		expect(checkGp3Volume({ sizeGiB: 1000, iops: 80_001 })[0]?.message).toContain(
			'gp3 allows at most 80,000 IOPS per volume',
		);
	});
	test('throughput too high for the IOPS names the IOPS needed', () => {
		expect(checkGp3Volume({ sizeGiB: 100, iops: 3000, throughputMiBps: 1000 })).toEqual([
			{
				field: 'throughputMiBps',
				message:
					'3,000 IOPS allow at most 750 MiB/s (0.25 MiB/s per IOPS). Provision at least 4,000 IOPS or lower the throughput.',
			},
		]);
		expect(checkGp3Volume({ sizeGiB: 100, iops: 10_000, throughputMiBps: 2001 })[0]?.message).toContain(
			'gp3 allows at most 2,000 MiB/s per volume',
		);
		expect(checkGp3Volume({ sizeGiB: 100, throughputMiBps: 100 })[0]?.message).toContain('at least 125 MiB/s');
	});
	test('several fields wrong at once are all reported', () => {
		const errors = checkGp3Volume({ sizeGiB: 0, iops: 1, throughputMiBps: 5000 });
		expect(errors.map((e) => e.field)).toEqual(['sizeGiB', 'iops', 'throughputMiBps']);
	});
	test('calculateGp3 throws a typed error with the field', () => {
		expect(() => calculateGp3({ sizeGiB: 1.5 })).toThrow(StorageInputError);
		try {
			calculateGp3({ sizeGiB: 10, iops: 9000 });
			expect.unreachable('should have thrown');
		} catch (error) {
			expect(error).toBeInstanceOf(StorageInputError);
			expect((error as StorageInputError).field).toBe('iops');
			expect((error as StorageInputError).name).toBe('StorageInputError');
		}
	});
	test('text parsing: empty optional fields mean baseline; junk is rejected beside its field', () => {
		expect(evaluateGp3Text({ sizeGiB: '50', iops: '', throughputMiBps: ' ' }).result).toMatchObject({
			iops: 3000,
			throughputMiBps: 125,
		});
		expect(evaluateGp3Text({ sizeGiB: '1,000', iops: '3,000', throughputMiBps: '125' }).result?.sizeGiB).toBe(1000);
		expect(evaluateGp3Text({ sizeGiB: '', iops: '', throughputMiBps: '' }).errors).toEqual([
			{ field: 'sizeGiB', message: 'Size (GiB) is empty: type a whole number.' },
		]);
		expect(
			evaluateGp3Text({ sizeGiB: '<img src=x onerror=alert(1)>', iops: '12.5', throughputMiBps: '' }).errors.map(
				(e) => e.field,
			),
		).toEqual(['sizeGiB', 'iops']);
		expect(evaluateGp3Text({ sizeGiB: '-5', iops: '', throughputMiBps: '' }).errors[0]?.message).toContain(
			'out of range',
		);
	});
});

describe('gp3 cross-field checks and notes', () => {
	test('a size outside the range does not also judge the IOPS; the smallest size does', () => {
		expect(checkGp3Volume({ sizeGiB: 0, iops: 4000 }).map((e) => e.field)).toEqual(['sizeGiB']);
		expect(checkGp3Volume({ sizeGiB: 2.5, iops: 4000 }).map((e) => e.field)).toEqual(['sizeGiB']);
		expect(checkGp3Volume({ sizeGiB: 1, iops: 3001 })).toEqual([
			{ field: 'iops', message: expect.stringContaining('A 1 GiB volume allows at most 3,000 IOPS') },
		]);
	});
	test('fractions are refused per field, and refused IOPS do not judge the throughput', () => {
		expect(checkGp3Volume({ sizeGiB: 100, iops: 3000.5, throughputMiBps: 125.5 })).toEqual([
			{ field: 'iops', message: 'IOPS must be a whole number.' },
			{ field: 'throughputMiBps', message: 'Throughput must be a whole number of MiB/s.' },
		]);
		expect(checkGp3Volume({ sizeGiB: 100, iops: 2999, throughputMiBps: 1000 }).map((e) => e.field)).toEqual(['iops']);
	});
	test('IOPS the size refuses do not also judge the throughput', () => {
		expect(checkGp3Volume({ sizeGiB: 10, iops: 8000, throughputMiBps: 2000 }).map((e) => e.field)).toEqual(['iops']);
	});
	test('baseline only: the included figures, what the size allows and what the maximum needs', () => {
		expect(calculateGp3({ sizeGiB: 8 }).notes).toEqual([
			'Baseline only: 3,000 IOPS and 125 MiB/s are included in the storage price at any size.',
			'At 8 GiB you can provision up to 4,000 IOPS; the gp3 maximum of 80,000 needs at least 160 GiB.',
			'3,000 IOPS allow up to 750 MiB/s; the maximum of 2,000 MiB/s needs at least 8,000 IOPS.',
		]);
	});
	test('only one baseline figure provisioned is not "baseline only"', () => {
		expect(calculateGp3({ sizeGiB: 100, iops: 3000, throughputMiBps: 200 }).notes[0]).not.toMatch(/^Baseline only/);
		expect(calculateGp3({ sizeGiB: 100, iops: 4000 }).notes[0]).not.toMatch(/^Baseline only/);
	});
	test('at the caps the notes say the size and the IOPS no longer limit', () => {
		expect(calculateGp3({ sizeGiB: 160, iops: 8000, throughputMiBps: 2000 }).notes).toEqual([
			'At 160 GiB the size no longer limits IOPS: you can provision up to the gp3 maximum of 80,000.',
			'8,000 IOPS are enough for the gp3 maximum throughput of 2,000 MiB/s.',
		]);
	});
	test('text errors name their field by its label', () => {
		expect(evaluateGp3Text({ sizeGiB: '10', iops: 'x', throughputMiBps: 'y' }).errors).toEqual([
			{ field: 'iops', message: 'IOPS must be a whole number (digits only), not "x".' },
			{ field: 'throughputMiBps', message: 'Throughput (MiB/s) must be a whole number (digits only), not "y".' },
		]);
	});
});

describe('the page example (src/examples/storage/gp3.ts)', () => {
	test('initial widget state', () => {
		const { result, errors } = evaluateGp3Text(gp3Start);
		expect(errors).toEqual([]);
		expect(result).toMatchObject({
			sizeGiB: 100,
			iops: 6000,
			throughputMiBps: 500,
			maxIopsForSize: 50_000,
			maxThroughputForIops: 1500,
			extraIops: 3000,
			extraThroughputMiBps: 375,
		});
	});
	test('worked examples are all valid and hit the stated limits', () => {
		const results = gp3Examples.map((e) => calculateGp3(e));
		expect(results.map((r) => [r.iops, r.throughputMiBps, r.maxIopsForSize, r.maxThroughputForIops])).toEqual([
			[3000, 125, 4000, 750],
			[6000, 500, 50_000, 1500],
			[80_000, 2000, 80_000, 2000],
			[8000, 2000, 8000, 2000],
		]);
	});
});

describe('gp3 properties', () => {
	const size = fc.integer({ min: 1, max: 65_536 });
	test('any IOPS the size allows, with any throughput those IOPS allow, is accepted', () => {
		fc.assert(
			fc.property(
				size,
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(s, a, b) => {
					const maxIops = maxIopsForSize(s);
					const iops = 3000 + Math.floor(a * (maxIops - 3000));
					const maxT = maxThroughputForIops(iops);
					const throughput = 125 + Math.floor(b * (maxT - 125));
					const result = calculateGp3({ sizeGiB: s, iops, throughputMiBps: throughput });
					return (
						result.iops <= GP3_LIMITS.maxIops &&
						result.throughputMiBps <= GP3_LIMITS.maxThroughputMiBps &&
						result.minSizeForIops <= s
					);
				},
			),
		);
	});
	test('one IOPS over the size limit is always rejected on the iops field', () => {
		fc.assert(
			fc.property(fc.integer({ min: 7, max: 159 }), (s) => {
				const errors = checkGp3Volume({ sizeGiB: s, iops: maxIopsForSize(s) + 1 });
				return errors.length === 1 && errors[0]?.field === 'iops';
			}),
		);
	});
	test('never throws anything but StorageInputError for arbitrary text', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
				const { result, errors } = evaluateGp3Text({ sizeGiB: a, iops: b, throughputMiBps: c });
				return (result === null) !== (errors.length === 0);
			}),
		);
	});
});
