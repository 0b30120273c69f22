/** The review scheduler and sittings, with an injected clock. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	answerCurrent,
	DAY_MS,
	isDue,
	reviewCounts,
	scheduleCard,
	SCHEDULER,
	startSession,
	type CardState,
	type Grade,
} from '../../../src/lib/review';

const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);

describe('scheduleCard', () => {
	test('a wrong answer is due again within the same sitting (a minute later)', () => {
		const card = scheduleCard(undefined, 'wrong', T0);
		expect(card).toMatchObject({ reps: 0, lapses: 1, intervalDays: 0, dueAt: T0 + 60_000 });
		expect(isDue(card, T0)).toBe(false);
		expect(isDue(card, T0 + 60_000)).toBe(true);
	});

	test('right answers in a row: 1 day, 3 days, then growing by the ease', () => {
		let card: CardState | undefined;
		const intervals: number[] = [];
		let now = T0;
		for (let i = 0; i < 6; i++) {
			card = scheduleCard(card, 'sure', now);
			intervals.push(card.intervalDays);
			now = card.dueAt;
		}
		expect(intervals.slice(0, 2)).toEqual([1, 3]);
		// The third right answer raises the ease to 2.5 + 3 × 0.1 = 2.8, then multiplies: 3 × 2.8 = 8.4 → 8 days.
		expect(intervals[2]).toBe(8);
		for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
	});

	test('the due date is the interval after the answer', () => {
		const card = scheduleCard(scheduleCard(undefined, 'sure', T0), 'sure', T0 + DAY_MS);
		expect(card.dueAt).toBe(T0 + DAY_MS + 3 * DAY_MS);
	});

	test('unsure grows more slowly than sure and lowers the ease', () => {
		const sure = scheduleCard(scheduleCard(undefined, 'sure', T0), 'sure', T0);
		const unsure = scheduleCard(scheduleCard(undefined, 'unsure', T0), 'unsure', T0);
		expect(unsure.intervalDays).toBeLessThan(sure.intervalDays);
		expect(unsure.ease).toBeLessThan(SCHEDULER.startEase);
		expect(sure.ease).toBeGreaterThan(SCHEDULER.startEase);
	});

	test('a lapse resets the run and lowers the ease, never below the minimum', () => {
		let card = scheduleCard(undefined, 'sure', T0);
		for (let i = 0; i < 20; i++) card = scheduleCard(card, 'wrong', T0 + i);
		expect(card).toMatchObject({ reps: 0, lapses: 20, ease: SCHEDULER.minEase });
		const after = scheduleCard(card, 'sure', T0 + 100);
		expect(after.intervalDays).toBe(1);
	});

	test('property: any history keeps the state in range, and a right answer never shortens the interval', () => {
		const grade = fc.constantFrom<Grade>('wrong', 'unsure', 'sure');
		fc.assert(
			fc.property(fc.array(fc.tuple(grade, fc.integer({ min: 0, max: 30 * DAY_MS })), { maxLength: 40 }), (history) => {
				let card: CardState | undefined;
				let now = T0;
				for (const [g, wait] of history) {
					now += wait;
					const next = scheduleCard(card, g, now);
					expect(next.ease).toBeGreaterThanOrEqual(SCHEDULER.minEase);
					expect(next.ease).toBeLessThanOrEqual(SCHEDULER.maxEase);
					expect(next.dueAt).toBeGreaterThan(now);
					if (g !== 'wrong' && card) expect(next.intervalDays).toBeGreaterThanOrEqual(Math.min(card.intervalDays, 0.5));
					if (g !== 'wrong' && card && card.reps >= 2) expect(next.intervalDays).toBeGreaterThan(card.intervalDays);
					card = next;
				}
			}),
		);
	});
});

describe('sittings', () => {
	const ids = ['iam/a', 'iam/b', 'ec2/c', 'ec2/d'];

	test('counts: new, due and not yet due', () => {
		const cards = { 'iam/a': scheduleCard(undefined, 'sure', T0), 'iam/b': scheduleCard(undefined, 'wrong', T0) };
		expect(reviewCounts(ids, cards, T0)).toEqual({ due: 0, fresh: 2, total: 4 });
		expect(reviewCounts(ids, cards, T0 + 60_000)).toEqual({ due: 1, fresh: 2, total: 4 });
		expect(reviewCounts(ids, cards, T0 + DAY_MS)).toEqual({ due: 2, fresh: 2, total: 4 });
	});

	test('due questions come first, oldest first, then new ones up to the limit', () => {
		const cards = {
			'ec2/c': { ...scheduleCard(undefined, 'sure', T0), dueAt: T0 - 5 },
			'iam/b': { ...scheduleCard(undefined, 'sure', T0), dueAt: T0 - 10 },
		};
		expect(startSession(ids, cards, T0, 1).queue).toEqual(['iam/b', 'ec2/c', 'iam/a']);
	});

	test('a wrong answer comes back before the sitting ends; a right one leaves the queue', () => {
		let session = startSession(ids, {}, T0, 3);
		expect(session.queue).toEqual(['iam/a', 'iam/b', 'ec2/c']);
		session = answerCurrent(session, 'wrong', T0);
		expect(session.queue).toEqual(['iam/b', 'ec2/c', 'iam/a']);
		session = answerCurrent(session, 'sure', T0);
		session = answerCurrent(session, 'sure', T0);
		expect(session.queue).toEqual(['iam/a']);
		session = answerCurrent(session, 'sure', T0 + 1000);
		expect(session).toMatchObject({ queue: [], answered: 4, wrong: 1 });
		expect(session.cards['iam/a']).toMatchObject({ lapses: 1, reps: 1, intervalDays: 1 });
		expect(answerCurrent(session, 'sure', T0)).toBe(session);
	});
});
