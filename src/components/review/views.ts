/** Views of the review page: the question being reviewed, the verdict, and the sitting's status line. */
import type { ChapterId, QuizQuestion } from '../../lib/quiz';
import type { ReviewCounts } from '../../lib/review';
import { badge, el, type ViewNode } from '../kit/view';

/** One question as the review page ships it (its chapter, so a card id and a storage key can be made). */
export interface ReviewQuestion extends QuizQuestion {
	chapter: ChapterId;
	chapterTitle: string;
}

export function statusView(counts: ReviewCounts, left: number): ViewNode {
	if (left === 0 && counts.due === 0)
		return `Nothing is due now. ${counts.fresh} of ${counts.total} questions not yet seen.`;
	return `${left} to go in this sitting · ${counts.due} due, ${counts.fresh} of ${counts.total} not yet seen.`;
}

/** The question with its choices; `answered` adds the verdict, the explanation and the link. */
export function questionView(question: ReviewQuestion, answered: { correct: boolean } | null): ViewNode {
	const type = question.kind === 'single' ? 'radio' : 'checkbox';
	return el(
		'fieldset',
		{ class: 'dla-review__question' },
		el(
			'legend',
			{},
			el('span', { class: 'dla-review__chapter' }, question.chapterTitle),
			' ',
			question.prompt,
			question.kind === 'multiple' && el('span', { class: 'dla-quiz__hint' }, ' (choose all that apply)'),
		),
		question.snippet && el('pre', { class: 'dla-review__snippet' }, el('code', {}, question.snippet.code)),
		el(
			'ul',
			{ class: 'dla-quiz__options' },
			question.options.map((option) =>
				el(
					'li',
					{},
					el(
						'label',
						{},
						el('input', {
							type,
							name: 'review-choice',
							value: option.id,
							'data-part': 'choice',
							disabled: answered !== null,
						}),
						' ',
						el('span', {}, option.text),
					),
				),
			),
		),
		answered && verdictView(question, answered.correct),
	);
}

function verdictView(question: ReviewQuestion, correct: boolean): ViewNode {
	const right = question.options.filter((option) => option.correct).map((option) => option.text);
	return el(
		'div',
		{ class: 'dla-review__verdict', 'data-part': 'verdict' },
		el(
			'p',
			{ class: 'dla-row' },
			badge(correct ? 'allow' : 'deny', correct ? 'Correct' : 'Not quite'),
			' ',
			correct ? 'When will you see it again? Say how sure you were.' : 'It comes back later in this sitting.',
		),
		el('p', {}, el('strong', {}, 'Answer: '), right.join('; ')),
		el('p', {}, question.explanation),
		el('p', {}, el('a', { href: question.learnMore.href }, `Read: ${question.learnMore.label}`)),
	);
}
