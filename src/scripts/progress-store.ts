/**
 * The reader's progress in this browser: one localStorage entry per chapter (`dla-quiz:<chapter>`,
 * the key chapter quizzes have always used), holding the quiz answers and the review schedule of that
 * chapter's questions. A page touches only the chapters it shows, so it never needs the other
 * chapters' questions to save its own. Nothing leaves the device.
 */
import { progressStorageKey, type ChapterId, type QuizProgress } from '../lib/quiz';
import { toCardState, type CardState } from '../lib/review';

export interface ChapterRecord {
	answers: QuizProgress['answers'];
	cards: Record<string, CardState>;
}

function storage(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		return null; // Storage disabled: everything still works, it just forgets.
	}
}

/** The chapter's stored entry as parsed JSON, unchecked (null when absent or unreadable). */
export function readRaw(chapter: ChapterId): unknown {
	try {
		const raw = storage()?.getItem(progressStorageKey(chapter));
		return raw ? JSON.parse(raw) : null;
	} catch {
		return null;
	}
}

/** Cards of one chapter; entries that are not schedules this site wrote are skipped. */
export function readCards(chapter: ChapterId): Record<string, CardState> {
	const saved = readRaw(chapter) as { cards?: unknown } | null;
	const cards: Record<string, CardState> = {};
	if (!saved?.cards || typeof saved.cards !== 'object') return cards;
	for (const [id, value] of Object.entries(saved.cards)) {
		const card = toCardState(value);
		if (card && id.startsWith(`${chapter}/`)) cards[id] = card;
	}
	return cards;
}

export function writeChapter(chapter: ChapterId, record: ChapterRecord): void {
	try {
		storage()?.setItem(progressStorageKey(chapter), JSON.stringify(record));
	} catch {
		// Quota exceeded or storage disabled: keep working without saving.
	}
}

export function clearChapter(chapter: ChapterId): void {
	try {
		storage()?.removeItem(progressStorageKey(chapter));
	} catch {
		// Nothing to clear.
	}
}

/**
 * Answered/correct counts for a chapter line where the quiz itself is not on the page: counts only the
 * chapter's current questions, and trusts the stored verdict (the quiz page re-grades when it loads).
 */
export function readChapterAnswers(
	chapter: ChapterId,
	questionIds: readonly string[],
): { answered: number; correct: number } {
	const saved = readRaw(chapter) as { answers?: Record<string, { correct?: unknown }> } | null;
	let answered = 0;
	let correct = 0;
	for (const id of questionIds) {
		const answer = saved?.answers?.[id];
		if (!answer || typeof answer !== 'object') continue;
		answered += 1;
		if (answer.correct === true) correct += 1;
	}
	return { answered, correct };
}

/** Saves one question's review schedule, keeping the chapter's quiz answers as they are. */
export function writeCard(chapter: ChapterId, id: string, card: CardState): void {
	const saved = readRaw(chapter) as { answers?: ChapterRecord['answers'] } | null;
	// The answers are kept as stored: the quiz page re-grades them when it reads them.
	const answers = saved?.answers && typeof saved.answers === 'object' ? saved.answers : {};
	writeChapter(chapter, { answers, cards: { ...readCards(chapter), [id]: card } });
}

/** Every chapter's raw answers and cards, for export. */
export function readAllProgress(chapters: readonly ChapterId[]): {
	quizzes: Partial<Record<ChapterId, QuizProgress>>;
	cards: Record<string, CardState>;
} {
	const quizzes: Partial<Record<ChapterId, QuizProgress>> = {};
	let cards: Record<string, CardState> = {};
	for (const chapter of chapters) {
		const saved = readRaw(chapter) as { answers?: QuizProgress['answers'] } | null;
		if (saved?.answers && typeof saved.answers === 'object') quizzes[chapter] = { answers: saved.answers };
		cards = { ...cards, ...readCards(chapter) };
	}
	return { quizzes, cards };
}
