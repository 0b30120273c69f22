/**
 * Spaced repetition for quiz questions: a small SM-2 (Wozniak's SuperMemo 2, the algorithm Anki grew from),
 * with an injected clock. Chosen over FSRS (ts-fsrs) because FSRS earns its accuracy by fitting weights to
 * a reader's long review history, which a ~100-question course never builds; SM-2's fixed rules are
 * explainable in one paragraph, deterministic to test and about 1 KB in the review page's bundle.
 *
 * A wrong answer comes back in the same session (due a minute later, and the session re-queues it); each
 * right answer in a row pushes the next review further out: 1 day, 3 days, then the last interval times
 * the card's ease. "Unsure" (right, but guessed) grows the interval slowly and lowers the ease.
 */
export type Grade = 'wrong' | 'unsure' | 'sure';

export interface CardState {
	/** Right answers in a row since the last wrong one. */
	reps: number;
	/** Wrong answers ever. */
	lapses: number;
	/** Interval multiplier, SM-2's E-factor. */
	ease: number;
	/** Days until the next review (0 after a wrong answer). */
	intervalDays: number;
	/** When the card is due, ms since the epoch. */
	dueAt: number;
	/** When it was last answered, ms since the epoch. */
	lastAt: number;
}

export const DAY_MS = 86_400_000;

export const SCHEDULER = {
	startEase: 2.5,
	minEase: 1.3,
	maxEase: 3.0,
	/** A wrong answer is due again this soon: within the same sitting. */
	relearnDelayMs: 60_000,
	/** Intervals for the first and second right answer in a row, in days. */
	firstIntervalsDays: [1, 3] as const,
	/** "Unsure" grows the interval by this factor instead of the ease. */
	unsureGrowth: 1.2,
} as const;

const clampEase = (ease: number) => Math.min(SCHEDULER.maxEase, Math.max(SCHEDULER.minEase, ease));

/** The card's state after answering it with `grade` at `now` (ms); `previous` undefined = a new card. */
export function scheduleCard(previous: CardState | undefined, grade: Grade, now: number): CardState {
	const card = previous ?? { reps: 0, lapses: 0, ease: SCHEDULER.startEase, intervalDays: 0, dueAt: now, lastAt: now };
	if (grade === 'wrong') {
		return {
			reps: 0,
			lapses: card.lapses + 1,
			ease: clampEase(card.ease - 0.2),
			intervalDays: 0,
			dueAt: now + SCHEDULER.relearnDelayMs,
			lastAt: now,
		};
	}
	const reps = card.reps + 1;
	const ease = clampEase(card.ease + (grade === 'sure' ? 0.1 : -0.15));
	const growth = grade === 'sure' ? ease : SCHEDULER.unsureGrowth;
	const intervalDays =
		reps <= SCHEDULER.firstIntervalsDays.length
			? SCHEDULER.firstIntervalsDays[reps - 1]! * (grade === 'sure' ? 1 : 0.5)
			: Math.max(card.intervalDays + 1, Math.round(card.intervalDays * growth));
	return { reps, lapses: card.lapses, ease, intervalDays, dueAt: now + intervalDays * DAY_MS, lastAt: now };
}

export function isDue(card: CardState | undefined, now: number): boolean {
	return card !== undefined && card.dueAt <= now;
}
