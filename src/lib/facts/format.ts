import { facts, type FactId } from './registry';
import { FactError, type Fact } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(date: string): { year: number; month: number; day: number } {
	const match = ISO_DATE.exec(date);
	const [year, month, day] = (match?.slice(1) ?? []).map(Number);
	if (!match || !year || !month || !day || month > 12 || day > 31) {
		throw new FactError(`"${date}" is not a date written as YYYY-MM-DD.`);
	}
	return { year, month, day };
}

/** The fact registered under `id`; throws FactError for an unknown id (e.g. from MDX, which tsc doesn't check). */
export function getFact(id: string): Fact {
	if (!Object.hasOwn(facts, id))
		throw new FactError(`No fact is registered as "${id}" (see src/lib/facts/registry.ts).`);
	return facts[id as FactId];
}

/** "2026-12-01" → "Dec 2026", the date a page shows beside a figure. */
export function checkedLabel(date: string): string {
	const { year, month } = parseIsoDate(date);
	return `${MONTHS[month - 1]} ${year}`;
}

/** Whole days from `checked` to `today` (both YYYY-MM-DD). `today` is passed in, so the result is deterministic. */
export function ageInDays(checked: string, today: string): number {
	const toUtc = (d: string) => {
		const { year, month, day } = parseIsoDate(d);
		return Date.UTC(year, month - 1, day);
	};
	return Math.round((toUtc(today) - toUtc(checked)) / 86_400_000);
}

export interface FactAge {
	id: FactId;
	fact: Fact;
	ageDays: number;
}

/** Every fact with its age on `today`, oldest check first (ties by id), for the yearly review. */
export function factsByAge(today: string): FactAge[] {
	return (Object.keys(facts) as FactId[])
		.map((id) => ({ id, fact: facts[id] as Fact, ageDays: ageInDays(facts[id].checked, today) }))
		.sort((a, b) => b.ageDays - a.ageDays || a.id.localeCompare(b.id));
}
