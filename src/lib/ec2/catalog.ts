/**
 * The instance types EC2 actually offers, from the generated data file (the `_InstanceType` enum of
 * @aws-sdk/client-ec2, see scripts/generate-instance-types.ts), and "did you mean" look-ups over them.
 */
import { editDistance } from '../text';
import { PACKED_INSTANCE_TYPES } from './instance-types.data';

export { INSTANCE_TYPES_SOURCE } from './instance-types.data';

let familiesCache: Map<string, readonly string[]> | undefined;
let namesCache: readonly string[] | undefined;
let nameSetCache: ReadonlySet<string> | undefined;

/** Family (the part before the dot) → its offered sizes, small to large. */
export function offeredFamilies(): ReadonlyMap<string, readonly string[]> {
	if (!familiesCache) {
		familiesCache = new Map();
		for (const entry of PACKED_INSTANCE_TYPES.split(';')) {
			const colon = entry.indexOf(':');
			familiesCache.set(entry.slice(0, colon), entry.slice(colon + 1).split(','));
		}
	}
	return familiesCache;
}

/** Every offered instance type name, sorted by family then size. */
export function offeredInstanceTypes(): readonly string[] {
	namesCache ??= [...offeredFamilies()].flatMap(([family, sizes]) => sizes.map((size) => `${family}.${size}`));
	return namesCache;
}

/** True if EC2 offers this exact (canonical) name — `m5.large` yes, `m5.nano` no (well-formed, not offered). */
export function isOfferedInstanceType(name: string): boolean {
	nameSetCache ??= new Set(offeredInstanceTypes());
	return nameSetCache.has(name);
}

/**
 * Offered names closest to `input` (at most 2 edits, 3 for long inputs), best first; ties keep catalogue order.
 * Common slips are normalised first: surrounding space, upper case, a missing dot (`m5large`), `xxlarge`.
 */
export function closestOfferedNames(input: string, limit = 3): string[] {
	const text = input
		.trim()
		.toLowerCase()
		.replace(/\s+/g, '')
		.replace(/x(x+)large/, (_, xs: string) => `${xs.length + 1}xlarge`);
	if (text === '') return [];
	if (isOfferedInstanceType(text)) return [text];
	const maxEdits = text.length >= 12 ? 3 : 2;
	const scored: { name: string; distance: number }[] = [];
	// A forgotten dot is the likeliest slip: `c5nxlarge` means c5n.xlarge, not c5.xlarge (also 1 edit away).
	if (!text.includes('.')) {
		for (let at = 1; at < text.length; at++) {
			const withDot = `${text.slice(0, at)}.${text.slice(at)}`;
			if (isOfferedInstanceType(withDot)) scored.push({ name: withDot, distance: 0.5 });
		}
	}
	for (const name of offeredInstanceTypes()) {
		const distance = editDistance(text, name, maxEdits);
		if (distance <= maxEdits && !scored.some((entry) => entry.name === name)) scored.push({ name, distance });
	}
	return scored
		.sort((a, b) => a.distance - b.distance)
		.slice(0, limit)
		.map((entry) => entry.name);
}

/** Offered sizes of the family of `name` (the part before the dot), or [] if the family is not offered. */
export function offeredSizesOf(family: string): readonly string[] {
	return offeredFamilies().get(family) ?? [];
}
