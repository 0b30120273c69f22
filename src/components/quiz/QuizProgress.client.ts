/** Browser side of QuizProgress.astro: the chapter's answered/correct counts and its questions due for review. */
import type { ChapterId } from '../../lib/quiz';
import { cardId, reviewCounts } from '../../lib/review';
import { readCards, readChapterAnswers } from '../../scripts/progress-store';
import { mountWidget } from '../../scripts/widget';

export interface QuizProgressInitial {
	chapter: ChapterId;
	questionIds: string[];
}

mountWidget<QuizProgressInitial>('quiz-progress', (ctx) => {
	const { chapter, questionIds } = ctx.initial;
	const answers = readChapterAnswers(chapter, questionIds);
	const ids = questionIds.map((id) => cardId(chapter, id));
	const { due, fresh } = reviewCounts(ids, readCards(chapter), Date.now());
	if (answers.answered > 0)
		ctx.part('status').textContent =
			`${answers.answered} of ${questionIds.length} answered, ${answers.correct} correct.`;
	if (fresh < ids.length) ctx.part('due').textContent = `${due} due now, ${fresh} not yet seen.`;
});
