import { describe, expect, test } from 'vitest';
import { relativeSize, sizeFactor, describeInstanceType, offeredInstanceTypes } from '../../../src/lib/ec2';
import { decoderExample } from '../../../src/examples/ec2/instance-type-decoder';
import { closestOfferedNames, isOfferedInstanceType, parseInstanceType } from '../../../src/lib/ec2';

// Normalization factors: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/apply_ri.html
describe('relative size (RI normalization factor)', () => {
	test.each([
		['nano', 0.25],
		['micro', 0.5],
		['small', 1],
		['medium', 2],
		['large', 4],
		['xlarge', 8],
		['2xlarge', 16],
		['3xlarge', 24],
		['9xlarge', 72],
		['18xlarge', 144],
		['56xlarge', 448],
		['112xlarge', 896],
	])('%s → %s (AWS table)', (size, factor) => {
		expect(sizeFactor(size)).toBe(factor);
	});

	test('the notes’ example: m5.2xlarge = 2 × m5.xlarge', () => {
		expect(relativeSize('m5.2xlarge')).toMatchObject({
			factor: 16,
			xlargeMultiple: 2,
			basis: 'size',
			explanation: 'm5.2xlarge = 2 × m5.xlarge (normalization factor 16).',
		});
	});
	test('AWS example: a t2.medium (2) covers two t2.small (1 each)', () => {
		expect(relativeSize('t2.medium').factor).toBe(2 * relativeSize('t2.small').factor!);
	});
	test('AWS example: i3.metal has the factor of i3.16xlarge (128)', () => {
		expect(relativeSize('i3.metal')).toMatchObject({ factor: 128, basis: 'metal-documented' });
		expect(relativeSize('i3.16xlarge').factor).toBe(128);
	});
	test.each([
		['a1.metal', 32],
		['z1d.metal', 96],
		['c5n.metal', 144],
		['m5.metal', 192],
		['u-6tb1.metal', 896],
	])('documented metal %s = %s', (name, factor) => {
		expect(relativeSize(name).factor).toBe(factor);
	});
	test('undocumented metal is unknown, not guessed', () => {
		expect(relativeSize('m7g.metal')).toMatchObject({ factor: null, xlargeMultiple: null, basis: 'unknown' });
		expect(relativeSize('mac2-m2pro.metal').factor).toBeNull();
	});
	test('metal-24xl is sized like 24xlarge', () => {
		expect(relativeSize('m7i.metal-24xl')).toMatchObject({ factor: 192, basis: 'metal-named-size' });
	});
	test('families without an xlarge compare with the xlarge size in general', () => {
		expect(relativeSize('p6-b200.48xlarge').explanation).toBe(
			'p6-b200.48xlarge = 48 × xlarge (normalization factor 384).',
		);
	});
	test('every offered name has a relative size or an explicit unknown', () => {
		for (const name of offeredInstanceTypes()) {
			const size = relativeSize(name);
			if (size.factor === null) expect(parseInstanceType(name).size).toBe('metal');
			else expect(size.factor).toBeGreaterThan(0);
		}
	});
});

describe('describeInstanceType: labelled parts, in name order', () => {
	test('m5.2xlarge', () => {
		const d = describeInstanceType('m5.2xlarge');
		expect(d.parts.map((p) => [p.kind, p.text])).toEqual([
			['series', 'm'],
			['generation', '5'],
			['size', '2xlarge'],
		]);
		expect(d.categoryLabel).toBe('General purpose');
		expect(d.offered).toBe(true);
	});
	test('c7gn.16xlarge: processor then capability', () => {
		expect(describeInstanceType('c7gn.16xlarge').parts.map((p) => p.text)).toEqual(['c', '7', 'g', 'n', '16xlarge']);
	});
	test('u-12tb1.112xlarge: memory before generation, as written', () => {
		const d = describeInstanceType('u-12tb1.112xlarge');
		expect(d.parts.map((p) => [p.kind, p.text])).toEqual([
			['series', 'u'],
			['suffix', '12tb'],
			['generation', '1'],
			['size', '112xlarge'],
		]);
		expect(d.parts[1]!.meaning).toBe('12 TiB of memory.');
	});
	test('mac2-m2pro.metal names the chip', () => {
		expect(describeInstanceType('mac2-m2pro.metal').parts.find((p) => p.kind === 'suffix')!.meaning).toBe(
			'Apple M2 Pro chip.',
		);
	});
	test('every part of every offered name is text found in the name, in order', () => {
		for (const name of offeredInstanceTypes()) {
			let at = 0;
			for (const part of describeInstanceType(name).parts) {
				const found = name.indexOf(part.text, at);
				expect(found, `${name}: ${part.text}`).toBeGreaterThanOrEqual(at);
				at = found + part.text.length;
			}
		}
	});
	test('not-offered names are flagged, with the family’s real sizes', () => {
		const d = describeInstanceType('m5.nano');
		expect(d.offered).toBe(false);
		expect(d.familySizes).toContain('large');
		// Suggest the same family's nearest real size, not another family's nano.
		expect(d.nearestOffered).toBe('m5.large');
		expect(describeInstanceType('m5.3xlarge').nearestOffered).toBe('m5.4xlarge'); // 24 is nearer 32 than 16 on a doubling scale
		expect(describeInstanceType('m5.6xlarge').nearestOffered).toBe('m5.8xlarge');
		expect(describeInstanceType('t3.metal').nearestOffered).toBe('t3.2xlarge');
		expect(describeInstanceType('m9.large').nearestOffered).toBeNull();
		expect(describeInstanceType('m5.large').nearestOffered).toBeNull();
	});
});

describe('the decoder example on /ec2/instance-types/', () => {
	test('starts on the notes’ example and every preset is an offered name', () => {
		expect(decoderExample.initial).toBe('m5.2xlarge');
		for (const name of decoderExample.presets) expect(isOfferedInstanceType(name), name).toBe(true);
	});
	test('the typos shown on the page get the suggestion the page promises', () => {
		for (const { input, suggestion } of decoderExample.typos) {
			expect(() => parseInstanceType(input)).toThrow();
			expect(closestOfferedNames(input)[0]).toBe(suggestion);
		}
	});
	test('the not-offered names parse but are not offered', () => {
		for (const name of decoderExample.notOffered) {
			expect(parseInstanceType(name).name).toBe(name);
			expect(isOfferedInstanceType(name)).toBe(false);
		}
	});
});
