import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, closeBrowser, openPage, startSite, type Site } from './harness';

describe.skipIf(!browserAvailable)('home page in Chromium', () => {
	let site: Site;
	beforeAll(async () => {
		site = await startSite();
	});
	afterAll(async () => {
		await site?.close();
		await closeBrowser();
	});

	test('loads with no errors and no third-party requests', async () => {
		const { page, problems, close } = await openPage(site, '/');
		await expect(page.title()).resolves.toContain('DevOps Learning: AWS');
		expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] });
		await close();
	});
});
