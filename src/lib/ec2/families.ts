/**
 * One row per offered instance family (the part before the dot), for the family explorer. Built from
 * the generated catalogue by parsing each family's first size, so it can never disagree with the parser.
 */
import { offeredFamilies } from './catalog';
import { parseInstanceType } from './instance-type';
import type { InstanceCategory, Processor } from './glossary';

export interface FamilyRow {
	family: string;
	series: string;
	category: InstanceCategory;
	generation: number | null;
	processor: Processor | null;
	capabilities: string[];
	suffix: string | null;
	sizes: readonly string[];
}

export function familyRows(): FamilyRow[] {
	return [...offeredFamilies()].map(([family, sizes]) => {
		const parsed = parseInstanceType(`${family}.${sizes[0]}`);
		return {
			family,
			series: parsed.series,
			category: parsed.category,
			generation: parsed.generation,
			processor: parsed.processor,
			capabilities: parsed.capabilities,
			suffix: parsed.suffix,
			sizes,
		};
	});
}
