/** Starlight's search dialog in Chromium: typing a query shows the page that answers it. */
import { describe, expect, test } from 'vitest';
import { browserAvailable, distHeaders, openPage, openSearch, useSite } from './harness';

describe.skipIf(!browserAvailable)('site search dialog', () => {
	const site = useSite(distHeaders());

	test('typing "sticky" lists the sticky sessions page, and the result opens it', { timeout: 150_000 }, async () => {
		const { page, problems, close } = await openPage(site, '/', { width: 1280 });
		await (await openSearch(page)).pressSequentially('sticky', { delay: 20 });
		const dialog = page.locator('dialog[open]');
		const first = dialog.locator('.pagefind-ui__result-link').first();
		await first.waitFor({ timeout: 20_000 });
		expect(await first.getAttribute('href')).toMatch(/^\/load-balancing\/sticky-sessions\/(#.*)?$/);
		await first.click();
		await page.waitForURL(/\/load-balancing\/sticky-sessions\//);
		expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] });
		await close();
	});

	test('keyboard: Ctrl+K opens the dialog and Escape closes it', async () => {
		const { page, close } = await openPage(site, '/iam/', { width: 1280 });
		await page.keyboard.press('Control+k');
		await expect(page.locator('dialog[open]').count()).resolves.toBe(1);
		await page.keyboard.press('Escape');
		await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
		await close();
	});
});
