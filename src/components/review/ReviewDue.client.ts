/** Browser side of ReviewDue.astro: questions due for review across every chapter. */
import type { ChapterId } from '../../lib/quiz';
import { cardId, reviewCounts } from '../../lib/review';
import { readCards } from '../../scripts/progress-store';
import { mountWidget } from '../../scripts/widget';

export interface ReviewDueInitial {
	chapters: { chapter: ChapterId; questionIds: string[] }[];
}

mountWidget<ReviewDueInitial>('review-due', (ctx) => {
	const ids = ctx.initial.chapters.flatMap(({ chapter, questionIds }) => questionIds.map((id) => cardId(chapter, id)));
	const cards = Object.assign({}, ...ctx.initial.chapters.map(({ chapter }) => readCards(chapter)));
	const { due, fresh, total } = reviewCounts(ids, cards, Date.now());
	if (fresh < total) ctx.part('due').textContent = `${due} due now, ${fresh} of ${total} not yet seen.`;
});
