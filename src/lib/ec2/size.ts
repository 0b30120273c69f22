/**
 * Relative size of an instance within its family: the normalization factor AWS uses to apply regional
 * Reserved Instances across sizes ("instance size flexibility").
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/apply_ri.html#ri-normalization-factor
 *
 * nano 0.25 · micro 0.5 · small 1 · medium 2 · large 4 · xlarge 8 · Nxlarge 8 × N.
 * `metal` has no single factor: it equals the largest virtualized size of the same family, and AWS
 * documents it per family (table below). `metal-24xl` names its equivalent size (24xlarge) itself.
 */
import { parseInstanceType, type ParsedInstanceType } from './instance-type';
import { offeredSizesOf } from './catalog';

const NAMED_FACTORS: Readonly<Record<string, number>> = {
	nano: 0.25,
	micro: 0.5,
	small: 1,
	medium: 2,
	large: 4,
	xlarge: 8,
};

/** Bare-metal normalization factors AWS documents (apply_ri.html, "Normalization factor for bare metal instances"). */
export const DOCUMENTED_METAL_FACTORS: Readonly<Record<string, number>> = {
	a1: 32,
	m5zn: 96,
	z1d: 96,
	c6g: 128,
	c6gd: 128,
	i3: 128,
	m6g: 128,
	m6gd: 128,
	r6g: 128,
	r6gd: 128,
	x2gd: 128,
	c5n: 144,
	c5: 192,
	c5d: 192,
	i3en: 192,
	m5: 192,
	m5d: 192,
	m5dn: 192,
	m5n: 192,
	r5: 192,
	r5b: 192,
	r5d: 192,
	r5dn: 192,
	r5n: 192,
};

export interface RelativeSize {
	/** Normalization factor, or null when AWS documents none for this metal size. */
	factor: number | null;
	/** How many `xlarge` instances of the same family this equals (factor / 8), or null. */
	xlargeMultiple: number | null;
	/** Where the factor comes from. */
	basis: 'size' | 'metal-documented' | 'metal-named-size' | 'metal-u' | 'unknown';
	/** One sentence for the reader, e.g. "m5.2xlarge = 2 × m5.xlarge (normalization factor 16)". */
	explanation: string;
}

function formatMultiple(multiple: number): string {
	return Number.isInteger(multiple) ? String(multiple) : String(multiple).replace(/^0\./, '0.');
}

/** Normalization factor of a size word alone (no family needed), or null for `metal`. */
export function sizeFactor(size: string): number | null {
	if (NAMED_FACTORS[size] !== undefined) return NAMED_FACTORS[size]!;
	const multiple = /^([1-9]\d*)xlarge$/.exec(size);
	if (multiple) return 8 * Number(multiple[1]);
	const metal = /^metal-([1-9]\d*)xl$/.exec(size);
	if (metal) return 8 * Number(metal[1]);
	return null;
}

export function relativeSize(type: string | ParsedInstanceType): RelativeSize {
	const parsed = typeof type === 'string' ? parseInstanceType(type) : type;
	const { family, size } = parsed;
	// Compare with the family's own xlarge when EC2 offers one; otherwise with the xlarge size in general.
	const xlarge = offeredSizesOf(family).includes('xlarge') ? `${family}.xlarge` : 'xlarge';
	const describe = (factor: number, basis: RelativeSize['basis'], prefix = ''): RelativeSize => {
		const multiple = factor / 8;
		const text =
			multiple === 1 && size === 'xlarge'
				? `${parsed.name} is the reference size (normalization factor 8).`
				: `${prefix}${parsed.name} = ${formatMultiple(multiple)} × ${xlarge} (normalization factor ${factor}).`;
		return { factor, xlargeMultiple: multiple, basis, explanation: text };
	};
	if (size === 'metal') {
		if (DOCUMENTED_METAL_FACTORS[family] !== undefined)
			return describe(DOCUMENTED_METAL_FACTORS[family]!, 'metal-documented', 'Per AWS, ');
		if (parsed.series === 'u' && parsed.suffix !== null && /^u-\d+tb1$/.test(family))
			return describe(896, 'metal-u', 'Per AWS (u-*.metal), ');
		return {
			factor: null,
			xlargeMultiple: null,
			basis: 'unknown',
			explanation: `A metal size has the normalization factor of the family's equivalent largest size; AWS does not list one for ${parsed.name} here, so its relative size is unknown.`,
		};
	}
	const factor = sizeFactor(size)!;
	return describe(
		factor,
		size.startsWith('metal-') ? 'metal-named-size' : 'size',
		size.startsWith('metal-') ? 'Sized like its name says: ' : '',
	);
}
