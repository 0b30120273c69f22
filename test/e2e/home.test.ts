import { describe, expect, test } from 'vitest';
import { browserAvailable, openPage, useSite } from './harness';

describe.skipIf(!browserAvailable)('home page in Chromium', () => {
	const site = useSite();

	test('loads with no errors and no third-party requests', async () => {
		const { page, problems, close } = await openPage(site, '/');
		await expect(page.title()).resolves.toContain('DevOps Learning: AWS');
		expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] });
		await close();
	});
});
