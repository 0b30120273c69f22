import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chapterQuizzes } from '../../../src/examples/quiz';
import { validateQuiz } from '../../../src/lib/quiz';

const docs = new URL('../../../src/content/docs/', import.meta.url);

/** Maps a site path like /iam/roles/ to the MDX (or MD) file that builds it. */
function pageExists(href: string): boolean {
	const path = href.split('#')[0]!.replace(/^\/|\/$/g, '');
	const candidates = path === '' ? ['index'] : [path, `${path}/index`];
	return candidates.some((c) => existsSync(new URL(`${c}.mdx`, docs)) || existsSync(new URL(`${c}.md`, docs)));
}

describe.each(chapterQuizzes)('$quiz.chapter quiz', ({ quiz, page }) => {
	test('has at least 8 questions', () => expect(quiz.questions.length).toBeGreaterThanOrEqual(8));
	test('every question has the right number of correct options, unique ids and a site link', () => {
		expect(validateQuiz(quiz)).toEqual([]);
	});
	test('every explanation link and the quiz page itself exist', () => {
		const missing = [page, ...quiz.questions.map((q) => q.learnMore.href)].filter((href) => !pageExists(href));
		expect(missing).toEqual([]);
	});
});
