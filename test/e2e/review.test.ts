/** The review page in Chromium: a sitting, "N due" on the home page, export / import / reset of progress. */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chapterQuizzes } from '../../src/examples/quiz';
import { everyWidgetMounted } from './every-widget';
import { browserAvailable, NO_PROBLEMS, openPage, useSite } from './harness';

const questions = chapterQuizzes.flatMap(({ quiz }) => quiz.questions);
const choose = async (page: import('playwright-core').Page, ids: string[]) => {
	for (const id of ids) await page.locator(`[data-part="choice"][value="${id}"]`).check();
	await page.getByRole('button', { name: 'Check', exact: true }).click();
};
const rightIds = (i: number) => questions[i]!.options.filter((o) => o.correct).map((o) => o.id);
const wrongIds = (i: number) => [questions[i]!.options.find((o) => !o.correct)!.id];

describe.skipIf(!browserAvailable)('review page in Chromium', () => {
	const site = useSite();

	test('a missed question comes back in the same sitting; the home page then shows what is due', async () => {
		const { page, problems, close } = await openPage(site, '/review/');
		const legend = page.locator('#review-session legend');
		await expect(legend.textContent()).resolves.toContain(questions[0]!.prompt);
		await choose(page, wrongIds(0));
		await expect(page.locator('[data-part="verdict"]').textContent()).resolves.toMatch(/Not quite/);
		await page.getByRole('button', { name: 'Next question' }).click();
		for (let i = 1; i < 10; i++) {
			await expect(legend.textContent()).resolves.toContain(questions[i]!.prompt);
			await choose(page, rightIds(i));
			await page.getByRole('button', { name: 'Next — I knew it' }).click();
		}
		// The sitting's ten new questions are done; the missed one is back.
		await expect(legend.textContent()).resolves.toContain(questions[0]!.prompt);
		await expect(page.locator('[data-part="status"]').textContent()).resolves.toMatch(/^1 to go in this sitting/);

		await page.goto(`${site.origin}/`);
		await everyWidgetMounted(page);
		await expect(page.locator('#review-due [data-part="due"]').textContent()).resolves.toBe(
			`0 due now, ${questions.length - 10} of ${questions.length} not yet seen.`,
		);
		await page.goto(`${site.origin}/iam/`);
		await everyWidgetMounted(page);
		await expect(page.locator('#quiz-progress-iam [data-part="due"]').textContent()).resolves.toMatch(/0 due now/);
		expect(problems).toEqual(NO_PROBLEMS);
		await close();
	});

	test('export, reset and import give back the same progress; a foreign file changes nothing', async () => {
		const { page, problems, close } = await openPage(site, '/review/');
		await choose(page, rightIds(0));
		await page.getByRole('button', { name: 'Next — I guessed' }).click();
		const stored = () => page.evaluate(() => localStorage.getItem('dla-quiz:iam'));
		const before = await stored();
		expect(before).toContain('"cards"');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export progress' }).click(),
		]);
		// saveAs, not path(): the shared browser is reached over a connection, where path() is not available.
		const saved = join(tmpdir(), `dla-progress-${process.pid}.json`);
		await download.saveAs(saved);
		const file = readFileSync(saved, 'utf8');
		expect(JSON.parse(file)).toMatchObject({ format: 'devops-learning-aws/progress', version: 1 });

		const reset = page.getByRole('button', { name: 'Reset IAM progress' });
		await reset.click();
		await page.getByRole('button', { name: /Click again to erase/ }).click();
		await expect(stored()).resolves.toBeNull();

		const input = page.locator('[data-part="import"]');
		await input.setInputFiles({
			name: 'other.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"cards":{}}'),
		});
		// Reading the chosen file is asynchronous: wait for the message rather than read it at once.
		await expect
			.poll(() => page.locator('[data-part="import-error"]').textContent())
			.toMatch(/not exported by DevOps Learning: AWS.*Nothing was changed/);
		await expect(stored()).resolves.toBeNull();

		await input.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
		await expect
			.poll(() => page.locator('[data-part="progress-message"]').textContent())
			.toMatch(/Imported 1 scheduled/);
		await expect(page.locator('[data-part="import-error"]').isHidden()).resolves.toBe(true);
		expect(JSON.parse((await stored())!)).toEqual(JSON.parse(before!));
		expect(problems).toEqual(NO_PROBLEMS);
		await close();
	});

	test('keyboard only: choose, check and go on', async () => {
		const { page, close } = await openPage(site, '/review/', { width: 320 });
		await page.locator('[data-part="choice"]').first().focus();
		await page.keyboard.press('Space');
		await page.getByRole('button', { name: 'Check', exact: true }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-part="verdict"]').isVisible()).resolves.toBe(true);
		// Focus moved to the visible "next" button: Enter goes on.
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-part="verdict"]').count()).resolves.toBe(0);
		await close();
	});
});
