import { describe, expect, test } from 'vitest';
import { chapterQuizzes } from '../../src/examples/quiz';
import { everyWidgetMounted } from './every-widget';
import { browserAvailable, openPage, useSite } from './harness';

const { quiz, page: quizPage } = chapterQuizzes.find(({ quiz }) => quiz.chapter === 'storage')!;

describe.skipIf(!browserAvailable)('chapter quiz in Chromium', () => {
	const site = useSite();

	test('every chapter quiz is on its page with all its questions', async () => {
		for (const { quiz, page: path } of chapterQuizzes) {
			const { page, problems, close } = await openPage(site, path);
			await expect(page.locator(`[data-quiz="${quiz.chapter}"] [data-question]`).count()).resolves.toBe(
				quiz.questions.length,
			);
			expect(problems.pageErrors).toEqual([]);
			await close();
		}
	});

	test('answering with the keyboard grades, explains, remembers and resets', async () => {
		const { page, problems, close } = await openPage(site, quizPage);
		const first = quiz.questions[0]!;
		const right = first.options.find((o) => o.correct)!;
		const wrong = first.options.find((o) => !o.correct)!;
		const item = page.locator(`[data-quiz="storage"] [data-question="${first.id}"]`);

		// Wrong answer first, chosen and checked with the keyboard only.
		await item.locator(`input[value="${wrong.id}"]`).focus();
		await page.keyboard.press('Space');
		await item.locator('[data-part="check"]').focus();
		await page.keyboard.press('Enter');
		await expect(item.locator('[data-part="result"]').textContent()).resolves.toMatch(/Not quite/);
		await expect(item.locator('details').getAttribute('open')).resolves.not.toBeNull();

		await item.locator(`input[value="${right.id}"]`).check();
		await item.locator('[data-part="check"]').click();
		await expect(item.locator('[data-part="result"]').textContent()).resolves.toBe('Correct.');
		await expect(page.locator('[data-quiz="storage"] [data-part="score"]').textContent()).resolves.toBe(
			`Progress: 1 of ${quiz.questions.length} answered, 1 correct.`,
		);

		// Progress survives a reload (localStorage only) and shows on the chapter index.
		await page.reload();
		await everyWidgetMounted(page);
		await expect(item.locator(`input[value="${right.id}"]`).isChecked()).resolves.toBe(true);
		await page.goto(`${site.origin}/storage/`);
		await everyWidgetMounted(page);
		await expect(page.locator('[data-quiz-progress="storage"] [data-part="status"]').textContent()).resolves.toMatch(
			/1 of \d+ answered, 1 correct/,
		);

		await page.goto(site.origin + quizPage);
		await everyWidgetMounted(page);
		await page.locator('[data-quiz="storage"] [data-part="reset"]').click();
		await expect(page.evaluate(() => localStorage.getItem('dla-quiz:storage'))).resolves.toBeNull();
		await expect(item.locator(`input[value="${right.id}"]`).isChecked()).resolves.toBe(false);
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.foreignRequests).toEqual([]);
		await close();
	});

	test('without JavaScript the quiz is a readable list with answers in <details>', async () => {
		const { page, close } = await openPage(site, quizPage, { javaScriptEnabled: false });
		const details = page.locator('[data-quiz="storage"] details');
		await expect(details.count()).resolves.toBe(quiz.questions.length);
		await expect(details.first().textContent()).resolves.toContain(quiz.questions[0]!.explanation);
		await close();
	});
});
