import type { ChapterQuiz, QuizProgress, QuizQuestion } from './types';

export class QuizError extends Error {
	override name = 'QuizError';
}

/** A choice is right only when it selects every correct option and nothing else. */
export function gradeAnswer(question: QuizQuestion, selected: readonly string[]): boolean {
	const known = new Set(question.options.map((option) => option.id));
	for (const id of selected)
		if (!known.has(id)) throw new QuizError(`Question "${question.id}" has no option "${id}".`);
	const chosen = new Set(selected);
	return question.options.every((option) => option.correct === chosen.has(option.id));
}

/**
 * Structural checks the tests run on every quiz: unique ids, a single-choice question has exactly one
 * correct option, a multiple-choice one at least two (otherwise it should be single-choice) and at
 * least one wrong one, and every link is a site path.
 */
export function validateQuiz(quiz: ChapterQuiz): string[] {
	const problems: string[] = [];
	const questionIds = new Set<string>();
	for (const question of quiz.questions) {
		const where = `${quiz.chapter}/${question.id}`;
		if (questionIds.has(question.id)) problems.push(`${where}: duplicate question id`);
		questionIds.add(question.id);
		const optionIds = new Set(question.options.map((option) => option.id));
		if (optionIds.size !== question.options.length) problems.push(`${where}: duplicate option id`);
		if (question.options.length < 2) problems.push(`${where}: needs at least two options`);
		const correct = question.options.filter((option) => option.correct).length;
		if (question.kind === 'single' && correct !== 1)
			problems.push(`${where}: single-choice needs exactly 1 correct option, has ${correct}`);
		if (question.kind === 'multiple' && correct < 2)
			problems.push(`${where}: multiple-choice needs at least 2 correct options, has ${correct}`);
		if (correct === question.options.length) problems.push(`${where}: every option is correct`);
		if (!question.explanation.trim()) problems.push(`${where}: empty explanation`);
		if (!/^\/[a-z0-9-/]*\/(#[a-z0-9-]+)?$/.test(question.learnMore.href))
			problems.push(`${where}: learnMore.href must be a site path like /iam/roles/`);
	}
	return problems;
}

export function scoreProgress(
	quiz: ChapterQuiz,
	progress: QuizProgress,
): { answered: number; correct: number; total: number } {
	let answered = 0;
	let correct = 0;
	for (const question of quiz.questions) {
		const answer = progress.answers[question.id];
		if (!answer) continue;
		answered += 1;
		if (answer.correct) correct += 1;
	}
	return { answered, correct, total: quiz.questions.length };
}

/**
 * Reads saved progress defensively: localStorage is reader-controlled and may hold anything, including
 * answers to questions that have since been removed.
 */
export function parseProgress(quiz: ChapterQuiz, raw: string | null): QuizProgress {
	const progress: QuizProgress = { answers: {} };
	if (!raw) return progress;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return progress;
	}
	const answers = (data as { answers?: unknown } | null)?.answers;
	if (!answers || typeof answers !== 'object') return progress;
	for (const question of quiz.questions) {
		const selected = (answers as Record<string, { selected?: unknown }>)[question.id]?.selected;
		if (!Array.isArray(selected) || !selected.every((id) => typeof id === 'string')) continue;
		try {
			progress.answers[question.id] = { selected, correct: gradeAnswer(question, selected) };
		} catch {
			// An option that no longer exists: forget that answer.
		}
	}
	return progress;
}

export function progressStorageKey(chapter: string): string {
	return `dla-quiz:${chapter}`;
}
