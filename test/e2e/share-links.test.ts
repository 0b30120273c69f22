/** Share links stay openable: a 20 KB policy is not written to the address, and the page says why. */
import { describe, expect, test } from 'vitest';
import { URL_STATE_MAX_LENGTH } from '../../src/scripts/url-state';
import { browserAvailable, NO_PROBLEMS, openPage, useSite } from './harness';

describe.skipIf(!browserAvailable)('share links', () => {
	const site = useSite();

	test('a 20 KB policy leaves the URL under the cap and the frame says why; a short edit is shared again', async () => {
		const { page, problems, close } = await openPage(site, '/iam/policy-structure/');
		const root = '#structure-playground';
		await page.locator(`${root}[data-mounted]`).waitFor();
		const statements = Array.from({ length: 160 }, (_, i) => ({
			Sid: `Statement${i}`,
			Effect: 'Allow',
			Action: 's3:GetObject',
			Resource: `arn:aws:s3:::amzn-s3-demo-bucket/folder-${i}/*`,
		}));
		const huge = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
		expect(huge.length).toBeGreaterThan(20_000);
		await page.fill(`${root} [data-part="policy"]`, huge);
		const notice = page.locator(`${root} > [data-part="notice"]`);
		await expect.poll(() => notice.textContent()).toMatch(/too long to keep in the page address/);
		const href = await page.evaluate(() => window.location.href);
		expect(href.length).toBeLessThan(URL_STATE_MAX_LENGTH + 200);
		expect(new URL(href).search).not.toContain('Statement159');

		await page.fill(`${root} [data-part="action"]`, 's3:PutObject');
		await page.fill(`${root} [data-part="policy"]`, '{"Version":"2012-10-17","Statement":[]}');
		await expect.poll(() => notice.isHidden()).toBe(true);
		await expect.poll(() => page.evaluate(() => window.location.search)).toContain('PutObject');
		expect(problems).toEqual(NO_PROBLEMS);
		await close();
	});
});
