/**
 * Checks a stored or imported review card: every field a finite number in the range this site writes.
 * Its own module so pages that only count what is due do not ship the import/export code.
 */
import { SCHEDULER, type CardState } from './scheduler';

export class ProgressFileError extends Error {
	override name = 'ProgressFileError';
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** A stored card checked the same way as an imported one; null when it is not one this site wrote. */
export function toCardState(value: unknown): CardState | null {
	try {
		return readCard('card', value);
	} catch (error) {
		if (error instanceof ProgressFileError) return null;
		throw error;
	}
}

const YEAR_MS = 365 * 86_400_000;
// Dates between 2020 and 2200: anything else is not a schedule this site wrote.
const EARLIEST = Date.UTC(2020, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/** A card from a file or storage, checked field by field; throws ProgressFileError naming the question. */
export function readCard(id: string, value: unknown): CardState {
	const fail = (what: string): never => {
		throw new ProgressFileError(`This progress file is damaged: the review schedule of "${id}" has ${what}.`);
	};
	if (!isObject(value)) return fail('no data');
	const number = (key: keyof CardState, min: number, max: number) => {
		const n = value[key];
		if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) return fail(`an impossible "${key}"`);
		return n;
	};
	return {
		reps: number('reps', 0, 10_000),
		lapses: number('lapses', 0, 10_000),
		ease: number('ease', SCHEDULER.minEase, SCHEDULER.maxEase),
		intervalDays: number('intervalDays', 0, 100 * 365),
		dueAt: number('dueAt', EARLIEST, LATEST + 100 * YEAR_MS),
		lastAt: number('lastAt', EARLIEST, LATEST),
	};
}
