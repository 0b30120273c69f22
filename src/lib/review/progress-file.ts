/**
 * The reader's progress as a file they own: quiz answers per chapter and the review schedule, exported
 * as JSON and imported back. Import is all-or-nothing: a malformed or foreign file is refused with a
 * message and changes nothing.
 */
import { gradeAnswer, type ChapterId, type ChapterQuiz, type QuizProgress } from '../quiz';
import { isObject, ProgressFileError, readCard } from './card';
import type { CardState } from './scheduler';

export const PROGRESS_FORMAT = 'devops-learning-aws/progress';
export const PROGRESS_VERSION = 1;
/** Far more than every answer and card of the course; a bigger file is not one of ours. */
export const PROGRESS_MAX_BYTES = 1_000_000;

export { ProgressFileError };

export interface Progress {
	quizzes: Partial<Record<ChapterId, QuizProgress>>;
	cards: Record<string, CardState>;
}

export interface ProgressFile extends Progress {
	format: typeof PROGRESS_FORMAT;
	version: typeof PROGRESS_VERSION;
	exportedAt: string;
}

/** A card's id: the chapter and the question, e.g. `iam/mfa-factors`. */
export const cardId = (chapter: ChapterId, questionId: string) => `${chapter}/${questionId}`;

export function exportProgress(progress: Progress, now: number): string {
	const file: ProgressFile = {
		format: PROGRESS_FORMAT,
		version: PROGRESS_VERSION,
		exportedAt: new Date(now).toISOString(),
		quizzes: progress.quizzes,
		cards: progress.cards,
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}

export interface ImportResult {
	progress: Progress;
	/** Answers or cards for questions this site no longer has: dropped, and said so. */
	dropped: number;
}

/** Checks a progress file against the current quizzes; throws ProgressFileError with a reader-facing message. */
export function importProgress(text: string, quizzes: readonly ChapterQuiz[]): ImportResult {
	if (text.length > PROGRESS_MAX_BYTES)
		throw new ProgressFileError('This file is too large to be a progress file from this site.');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new ProgressFileError('This file is not a progress file from this site: it is not JSON.');
	}
	if (!isObject(data) || data['format'] !== PROGRESS_FORMAT)
		throw new ProgressFileError(
			'This file was not exported by DevOps Learning: AWS (its "format" is missing or different).',
		);
	if (data['version'] !== PROGRESS_VERSION)
		throw new ProgressFileError(
			`This progress file has version ${JSON.stringify(data['version'])}; this site reads version ${PROGRESS_VERSION}.`,
		);
	if (!isObject(data['quizzes']) || !isObject(data['cards']))
		throw new ProgressFileError('This progress file is damaged: "quizzes" and "cards" must both be objects.');
	let dropped = 0;
	const progress: Progress = { quizzes: {}, cards: {} };
	const known = new Set<string>();
	for (const quiz of quizzes) {
		for (const question of quiz.questions) known.add(cardId(quiz.chapter, question.id));
		const saved = data['quizzes'][quiz.chapter];
		if (saved === undefined) continue;
		const { progress: answers, dropped: lost } = readAnswers(quiz, saved);
		progress.quizzes[quiz.chapter] = answers;
		dropped += lost;
	}
	for (const [id, value] of Object.entries(data['cards'])) {
		if (!known.has(id)) {
			dropped += 1;
			continue;
		}
		progress.cards[id] = readCard(id, value);
	}
	return { progress, dropped };
}

function readAnswers(quiz: ChapterQuiz, saved: unknown): { progress: QuizProgress; dropped: number } {
	if (!isObject(saved) || !isObject(saved['answers']))
		throw new ProgressFileError(`This progress file is damaged: the ${quiz.title} answers are not readable.`);
	const progress: QuizProgress = { answers: {} };
	let dropped = 0;
	for (const [questionId, answer] of Object.entries(saved['answers'])) {
		const question = quiz.questions.find((q) => q.id === questionId);
		const selected = isObject(answer) ? answer['selected'] : undefined;
		if (!Array.isArray(selected) || !selected.every((id): id is string => typeof id === 'string'))
			throw new ProgressFileError(`This progress file is damaged: answer "${questionId}" has no list of choices.`);
		const options = new Set(question?.options.map((option) => option.id));
		if (!question || !selected.every((id) => options.has(id))) {
			dropped += 1;
			continue;
		}
		// Grade again rather than trust the file: the quiz's answer key may have been corrected since.
		progress.answers[questionId] = { selected, correct: gradeAnswer(question, selected) };
	}
	return { progress, dropped };
}
