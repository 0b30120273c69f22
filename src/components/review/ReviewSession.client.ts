/**
 * Browser side of ReviewSession.astro: a review sitting over every chapter quiz, scheduled by
 * src/lib/review (SM-2), with export, import and per-chapter reset of the reader's progress.
 */
import type { ChapterId, ChapterQuiz } from '../../lib/quiz';
import {
	answerCurrent,
	cardId,
	exportProgress,
	importProgress,
	ProgressFileError,
	reviewCounts,
	startSession,
	type Cards,
	type Grade,
	type ReviewSession,
} from '../../lib/review';
import { gradeAnswer } from '../../lib/quiz';
import { clearChapter, readAllProgress, readCards, writeCard, writeChapter } from '../../scripts/progress-store';
import { mountWidget, type WidgetContext } from '../../scripts/widget';
import { questionView, statusView, type ReviewQuestion } from './views';

export interface ReviewInitial {
	chapters: { chapter: ChapterId; title: string }[];
	questions: ReviewQuestion[];
}

const idOf = (question: ReviewQuestion) => cardId(question.chapter, question.id);

function allCards(chapters: readonly ChapterId[]): Cards {
	return Object.assign({}, ...chapters.map(readCards)) as Cards;
}

/** The quizzes as importProgress needs them (to re-grade answers), rebuilt from the shipped questions. */
function quizzesOf(initial: ReviewInitial): ChapterQuiz[] {
	return initial.chapters.map(({ chapter, title }) => ({
		chapter,
		title,
		questions: initial.questions.filter((q) => q.chapter === chapter),
	}));
}

mountWidget<ReviewInitial>('review-session', (ctx) => {
	const chapters = ctx.initial.chapters.map((c) => c.chapter);
	const byId = new Map(ctx.initial.questions.map((q) => [idOf(q), q]));
	const ids = [...byId.keys()];
	const app = ctx.part('app');
	const check = ctx.part<HTMLButtonElement>('check');
	const gradeButtons = ctx.parts<HTMLButtonElement>('grade');
	let session: ReviewSession = startSession(ids, allCards(chapters), Date.now());
	let answered: { correct: boolean } | null = null;

	const render = () => {
		const current = session.queue[0] === undefined ? undefined : byId.get(session.queue[0]);
		ctx.show('status', statusView(reviewCounts(ids, session.cards, Date.now()), session.queue.length));
		ctx.show('question', current ? questionView(current, answered) : null);
		check.hidden = !current || answered !== null;
		for (const button of gradeButtons) {
			const grade = button.dataset['grade'] as Grade;
			button.hidden = !current || answered === null || (grade === 'wrong') === answered.correct;
		}
		ctx.part('restart').hidden = current !== undefined;
	};

	check.addEventListener('click', () => {
		const current = byId.get(session.queue[0] ?? '');
		if (!current) return;
		const selected = ctx
			.parts<HTMLInputElement>('choice')
			.filter((input) => input.checked)
			.map((input) => input.value);
		if (selected.length === 0) {
			ctx.part('check-error').hidden = false;
			return;
		}
		ctx.part('check-error').hidden = true;
		answered = { correct: gradeAnswer(current, selected) };
		render();
		for (const input of ctx.parts<HTMLInputElement>('choice')) input.checked = selected.includes(input.value);
		ctx.root.querySelector<HTMLButtonElement>('[data-part="grade"]:not([hidden])')?.focus();
	});

	for (const button of gradeButtons) {
		button.addEventListener('click', () => {
			const current = byId.get(session.queue[0] ?? '');
			if (!current || !answered) return;
			session = answerCurrent(session, button.dataset['grade'] as Grade, Date.now());
			writeCard(current.chapter, idOf(current), session.cards[idOf(current)]!);
			answered = null;
			render();
			(ctx.root.querySelector<HTMLInputElement>('[data-part="choice"]') ?? app).focus();
		});
	}

	ctx.part('restart').addEventListener('click', () => {
		session = startSession(ids, allCards(chapters), Date.now());
		render();
	});

	mountProgressTools(ctx, chapters, quizzesOf(ctx.initial), () => {
		session = startSession(ids, allCards(chapters), Date.now());
		answered = null;
		render();
	});
	app.hidden = false;
	render();
});

function mountProgressTools(
	ctx: WidgetContext<ReviewInitial>,
	chapters: ChapterId[],
	quizzes: ChapterQuiz[],
	changed: () => void,
): void {
	const message = ctx.part('progress-message');
	const say = (text: string) => {
		message.textContent = text;
	};
	ctx.part('export').addEventListener('click', () => {
		const now = Date.now();
		const blob = new Blob([exportProgress(readAllProgress(chapters), now)], { type: 'application/json' });
		const link = document.createElement('a');
		link.href = URL.createObjectURL(blob);
		link.download = `devops-learning-aws-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 0);
		say('Progress exported to a file in your downloads.');
	});

	const file = ctx.part<HTMLInputElement>('import');
	file.addEventListener('change', async () => {
		const chosen = file.files?.[0];
		if (!chosen) return;
		try {
			const { progress, dropped } = importProgress(await chosen.text(), quizzes);
			for (const chapter of chapters) {
				const cards = Object.fromEntries(Object.entries(progress.cards).filter(([id]) => id.startsWith(`${chapter}/`)));
				writeChapter(chapter, { answers: progress.quizzes[chapter]?.answers ?? {}, cards });
			}
			ctx.fieldError(file, 'import-error', null);
			say(
				`Imported ${Object.keys(progress.cards).length} scheduled questions` +
					(dropped > 0 ? ` (${dropped} entries for questions this site no longer has were left out).` : '.'),
			);
			changed();
		} catch (error) {
			if (!(error instanceof ProgressFileError)) throw error;
			ctx.fieldError(file, 'import-error', `${error.message} Nothing was changed.`);
			say('');
		} finally {
			file.value = '';
		}
	});

	for (const button of ctx.parts<HTMLButtonElement>('reset')) {
		const label = button.textContent ?? '';
		button.addEventListener('click', () => {
			// Two clicks: a reset cannot be undone, and a native confirm() would block the page.
			if (button.dataset['armed'] !== 'true') {
				button.dataset['armed'] = 'true';
				button.textContent = `Click again to erase: ${label}`;
				return;
			}
			delete button.dataset['armed'];
			button.textContent = label;
			clearChapter(button.dataset['chapter'] as ChapterId);
			say(`${label}: done.`);
			changed();
		});
		button.addEventListener('blur', () => {
			delete button.dataset['armed'];
			button.textContent = label;
		});
	}
}
