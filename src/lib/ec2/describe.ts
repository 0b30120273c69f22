/**
 * Turns a parsed instance type into labelled, explained parts — what the decoder widget shows.
 * Pure data, so the page (build time) and the widget (browser) render the same thing.
 */
import { CAPABILITIES, CATEGORY_DOC_URLS, CATEGORY_LABELS, PROCESSOR_LABELS, SERIES } from './glossary';
import { parseInstanceType, type ParsedInstanceType } from './instance-type';
import { isOfferedInstanceType, offeredSizesOf } from './catalog';
import { relativeSize, sizeFactor, type RelativeSize } from './size';

export type PartKind = 'series' | 'generation' | 'processor' | 'capability' | 'suffix' | 'size';

export interface NamePart {
	kind: PartKind;
	/** The characters of the name this part covers. */
	text: string;
	/** Short label, e.g. "Series", "Generation", "Capability". */
	label: string;
	/** What it means, in a sentence. */
	meaning: string;
}

export interface InstanceTypeDescription {
	parsed: ParsedInstanceType;
	parts: NamePart[];
	categoryLabel: string;
	categoryUrl: string;
	offered: boolean;
	/** Offered sizes of the same family (for "not offered" hints); empty if the family is not offered. */
	familySizes: readonly string[];
	/** For a name EC2 does not offer: the offered size of the same family closest in size, else null. */
	nearestOffered: string | null;
	relative: RelativeSize;
}

function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function sizeMeaning(size: string): string {
	if (size === 'metal') return 'Bare metal: your software runs directly on the physical server, with no hypervisor.';
	if (size.startsWith('metal-'))
		return `Bare metal, sized like a ${size.slice('metal-'.length).replace('xl', 'xlarge')} (a metal size smaller than the whole server).`;
	return 'How big the instance is: more vCPUs, memory and network with each step up; the price grows with it.';
}

function suffixMeaning(parsed: ParsedInstanceType): string {
	const suffix = parsed.suffix!;
	if (parsed.series === 'u') return `${suffix.replace('tb', ' TiB')} of memory.`;
	if (parsed.series === 'mac')
		return `Apple ${suffix.toUpperCase().replace(/(PRO|MAX|ULTRA)$/, (word) => ` ${word[0]}${word.slice(1).toLowerCase()}`)} chip.`;
	return `The accelerator: NVIDIA ${suffix.toUpperCase()} GPUs.`;
}

/** The family's offered size nearest to `size` by normalization factor (ties go to the smaller size). */
function nearestOfferedSize(family: string, size: string): string | null {
	const sizes = offeredSizesOf(family);
	if (sizes.length === 0) return null;
	const target = sizeFactor(size);
	if (target === null) return sizes.includes('metal') ? `${family}.metal` : `${family}.${sizes[sizes.length - 1]}`;
	let best: string | null = null;
	let bestGap = Infinity;
	for (const candidate of sizes) {
		const factor = sizeFactor(candidate);
		if (factor === null) continue;
		const gap = Math.abs(Math.log2(factor) - Math.log2(target));
		if (gap < bestGap - 1e-9) {
			best = candidate;
			bestGap = gap;
		}
	}
	return best === null ? null : `${family}.${best}`;
}

export function describeInstanceType(type: string | ParsedInstanceType): InstanceTypeDescription {
	const parsed = typeof type === 'string' ? parseInstanceType(type) : type;
	const parts: NamePart[] = [];
	const seriesInfo = SERIES[parsed.series]!;
	const categoryLabel = CATEGORY_LABELS[parsed.category];
	// "General purpose — general purpose." says nothing; name the category only when it adds something.
	const seriesMeaning = seriesInfo.meaning.toLowerCase().startsWith(categoryLabel.toLowerCase())
		? `${seriesInfo.meaning}.`
		: `${seriesInfo.meaning} — ${categoryLabel.toLowerCase()}.`;
	parts.push({ kind: 'series', text: parsed.series, label: 'Series (family letters)', meaning: seriesMeaning });
	if (parsed.series === 'u' && parsed.family.startsWith('u-')) {
		parts.push({ kind: 'suffix', text: parsed.suffix!, label: 'Memory', meaning: suffixMeaning(parsed) });
	}
	if (parsed.series === 'mac' && parsed.generation === null) {
		parts.push({
			kind: 'suffix',
			text: parsed.suffix!,
			label: 'Chip',
			meaning: `${suffixMeaning(parsed)} Named after the chip, so there is no generation number.`,
		});
	}
	if (parsed.generation !== null) {
		parts.push({
			kind: 'generation',
			text: String(parsed.generation),
			label: 'Generation',
			meaning: `${ordinal(parsed.generation)} generation. Higher is newer and usually better value.`,
		});
	}
	if (parsed.processor) {
		parts.push({
			kind: 'processor',
			text: { amd: 'a', graviton: 'g', intel: 'i' }[parsed.processor],
			label: 'Processor',
			meaning: `${PROCESSOR_LABELS[parsed.processor]}.`,
		});
	}
	for (const letter of parsed.capabilities) {
		parts.push({ kind: 'capability', text: letter, label: 'Capability', meaning: `${CAPABILITIES[letter]!.meaning}.` });
	}
	if (parsed.suffix !== null && !parsed.family.startsWith('u-') && parsed.generation !== null) {
		parts.push({
			kind: 'suffix',
			text: parsed.suffix,
			label: parsed.series === 'u' ? 'Memory' : parsed.series === 'mac' ? 'Chip' : 'Accelerator',
			meaning: suffixMeaning(parsed),
		});
	}
	parts.push({ kind: 'size', text: parsed.size, label: 'Size', meaning: sizeMeaning(parsed.size) });
	const offered = isOfferedInstanceType(parsed.name);
	return {
		parsed,
		parts,
		categoryLabel: CATEGORY_LABELS[parsed.category],
		categoryUrl: CATEGORY_DOC_URLS[parsed.category],
		offered,
		familySizes: offeredSizesOf(parsed.family),
		nearestOffered: offered ? null : nearestOfferedSize(parsed.family, parsed.size),
		relative: relativeSize(parsed),
	};
}
