/**
 * A review sitting: the questions due now (oldest first), then up to `newLimit` never-seen ones. A wrong
 * answer goes back to the end of the queue, so it returns before the sitting ends.
 */
import { isDue, scheduleCard, type CardState, type Grade } from './scheduler';

export type Cards = Readonly<Record<string, CardState>>;

export interface ReviewCounts {
	/** Answered before and due now. */
	due: number;
	/** Never answered. */
	fresh: number;
	total: number;
}

export function reviewCounts(ids: readonly string[], cards: Cards, now: number): ReviewCounts {
	let due = 0;
	let fresh = 0;
	for (const id of ids) {
		const card = cards[id];
		if (!card) fresh += 1;
		else if (isDue(card, now)) due += 1;
	}
	return { due, fresh, total: ids.length };
}

export interface ReviewSession {
	readonly queue: readonly string[];
	readonly cards: Cards;
	readonly answered: number;
	readonly wrong: number;
}

export function startSession(ids: readonly string[], cards: Cards, now: number, newLimit = 10): ReviewSession {
	const due = ids.filter((id) => isDue(cards[id], now)).sort((a, b) => cards[a]!.dueAt - cards[b]!.dueAt);
	const fresh = ids.filter((id) => cards[id] === undefined).slice(0, Math.max(0, newLimit));
	return { queue: [...due, ...fresh], cards, answered: 0, wrong: 0 };
}

/** Records the answer to the question at the head of the queue. */
export function answerCurrent(session: ReviewSession, grade: Grade, now: number): ReviewSession {
	const [current, ...rest] = session.queue;
	if (current === undefined) return session;
	const card = scheduleCard(session.cards[current], grade, now);
	return {
		queue: grade === 'wrong' ? [...rest, current] : rest,
		cards: { ...session.cards, [current]: card },
		answered: session.answered + 1,
		wrong: session.wrong + (grade === 'wrong' ? 1 : 0),
	};
}
