/**
 * Browser side of ChapterQuiz.astro: choose, check, see the explanation. Each checked answer is saved
 * with the chapter's progress and schedules the question for review (right → later, wrong → again soon).
 */
import { gradeAnswer, parseProgress, scoreProgress, type ChapterQuiz, type QuizQuestion } from '../../lib/quiz';
import { cardId, scheduleCard } from '../../lib/review';
import { part } from '../../scripts/dom';
import { clearChapter, readCards, readRaw, writeChapter, type ChapterRecord } from '../../scripts/progress-store';
import { mountWidget } from '../../scripts/widget';

/** Rebuilds the quiz's answer key from the rendered markup, so the page ships no quiz data twice. */
function readQuiz(root: HTMLElement): ChapterQuiz {
	const questions: QuizQuestion[] = [...root.querySelectorAll<HTMLElement>('[data-question]')].map((item) => ({
		id: item.dataset['question'] ?? '',
		kind: item.dataset['kind'] === 'multiple' ? 'multiple' : 'single',
		prompt: '',
		explanation: '',
		learnMore: { href: '/', label: '' },
		options: [...item.querySelectorAll<HTMLInputElement>('input')].map((input) => ({
			id: input.value,
			text: '',
			correct: input.dataset['correct'] === 'true',
		})),
	}));
	return { chapter: (root.dataset['quiz'] ?? 'iam') as ChapterQuiz['chapter'], title: '', questions };
}

/** The chapter's answers, re-graded against its quiz (the key may have been corrected since), and its cards. */
function readChapter(quiz: ChapterQuiz): ChapterRecord {
	const raw = readRaw(quiz.chapter);
	return {
		answers: parseProgress(quiz, raw === null ? null : JSON.stringify(raw)).answers,
		cards: readCards(quiz.chapter),
	};
}

function showResult(item: HTMLElement, correct: boolean): void {
	const result = part(item, 'result');
	result.textContent = correct ? 'Correct.' : 'Not quite — see the explanation below.';
	result.dataset['tone'] = correct ? 'allow' : 'deny';
	part<HTMLDetailsElement>(item, 'answer').open = true;
}

function clearResult(item: HTMLElement): void {
	for (const input of item.querySelectorAll('input')) input.checked = false;
	const result = part(item, 'result');
	result.textContent = '';
	delete result.dataset['tone'];
	part<HTMLDetailsElement>(item, 'answer').open = false;
}

function mountQuiz(root: HTMLElement): void {
	const quiz = readQuiz(root);
	let record = readChapter(quiz);
	const score = part(root, 'score');
	const reset = part<HTMLButtonElement>(root, 'reset');

	const showScore = () => {
		const { answered, correct, total } = scoreProgress(quiz, { answers: record.answers });
		score.textContent = answered === 0 ? '' : `Progress: ${answered} of ${total} answered, ${correct} correct.`;
		reset.hidden = answered === 0;
	};

	for (const question of quiz.questions) {
		const item = root.querySelector<HTMLElement>(`[data-question="${CSS.escape(question.id)}"]`);
		if (!item) continue;
		const inputs = [...item.querySelectorAll<HTMLInputElement>('input')];
		const check = part<HTMLButtonElement>(item, 'check');
		check.hidden = false;
		const saved = record.answers[question.id];
		if (saved) {
			for (const input of inputs) input.checked = saved.selected.includes(input.value);
			showResult(item, saved.correct);
		}
		check.addEventListener('click', () => {
			const selected = inputs.filter((input) => input.checked).map((input) => input.value);
			if (selected.length === 0) {
				const result = part(item, 'result');
				result.textContent = 'Choose an answer first.';
				result.dataset['tone'] = 'deny';
				return;
			}
			const correct = gradeAnswer(question, selected);
			const id = cardId(quiz.chapter, question.id);
			record = {
				answers: { ...record.answers, [question.id]: { selected, correct } },
				cards: { ...record.cards, [id]: scheduleCard(record.cards[id], correct ? 'sure' : 'wrong', Date.now()) },
			};
			writeChapter(quiz.chapter, record);
			showResult(item, correct);
			showScore();
		});
	}

	reset.addEventListener('click', () => {
		clearChapter(quiz.chapter);
		record = { answers: {}, cards: {} };
		for (const item of root.querySelectorAll<HTMLElement>('[data-question]')) clearResult(item);
		showScore();
		root.querySelector<HTMLInputElement>('input')?.focus();
	});
	showScore();
}

mountWidget('chapter-quiz', (ctx) => mountQuiz(ctx.root));
