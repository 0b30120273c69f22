/**
 * Offline reading (the service worker of scripts/service-worker.mjs), the update prompt after a new
 * deploy, and printing a chapter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	browserAvailable,
	closeBrowser,
	distDir,
	openPage,
	openSearch,
	type Site,
	startSite,
	useSite,
} from './harness';

/** Waits until the service worker controls the page (first visit: after it precached the site). */
async function controlled(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 45_000 });
}

describe.skipIf(!browserAvailable)('offline reading and updates', () => {
	let site: Site;
	/** What the server answers for /sw.js: dist's, or a "new deploy" of it. */
	let workerOverride: string | undefined;
	beforeAll(async () => {
		site = await startSite({}, (pathname) => (pathname === '/sw.js' ? workerOverride : undefined));
	});
	afterAll(async () => {
		await site?.close();
		await closeBrowser();
	});

	test('after one visit, pages, search and the policy playground work offline', { timeout: 150_000 }, async () => {
		workerOverride = undefined;
		const { page, context, problems, close } = await openPage(site, '/', { serviceWorkers: 'allow' });
		await controlled(page);
		await context.setOffline(true);
		for (const path of ['/', '/iam/roles/', '/ec2/instance-types/', '/storage/ebs/', '/security-groups/rules/?x=1']) {
			const response = await page.goto(site.origin + path);
			expect(response?.status(), path).toBe(200);
			await expect(page.locator('h1').count(), path).resolves.toBe(1);
		}

		const input = await openSearch(page);
		await input.fill('sticky');
		await expect(
			page.locator('dialog[open] a[href*="/load-balancing/sticky-sessions/"]').first().waitFor({ timeout: 20_000 }),
		).resolves.toBeUndefined();

		await page.goto(`${site.origin}/iam/policy-structure/`);
		const root = '#structure-playground';
		await page.fill(`${root} [data-part="action"]`, 's3:DeleteObject');
		await expect.poll(() => page.textContent(`${root} [data-part="decision"]`), { timeout: 5_000 }).toMatch(/deny/i);
		// The findings and the explanation follow a policy edit offline too: the validator, the summary and
		// the catalogue chunks are precached.
		const policy = await page.inputValue(`${root} [data-part="policy"]`);
		await page.fill(`${root} [data-part="policy"]`, policy.replace('"s3:GetObject"', '"s3:GetObjects"'));
		await expect
			.poll(() => page.locator(`${root} [data-part="finding-list"] > li`).first().getAttribute('data-code'), {
				timeout: 10_000,
			})
			.toBe('INVALID_ACTION');
		await expect
			.poll(() => page.textContent(`${root} [data-part="explanation"]`))
			.toContain('s3:GetObjects (grants nothing)');
		// Offline, nothing failed except what the browser itself could not reach (no request left the machine).
		expect(problems.foreignRequests).toEqual([]);
		expect(problems.pageErrors).toEqual([]);
		await close();
	});

	test('a new deploy offers a reload, and the page uses the new version only after the reader accepts', async () => {
		workerOverride = undefined;
		const { page, problems, close } = await openPage(site, '/iam/', { serviceWorkers: 'allow' });
		await controlled(page);
		const firstScript = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
		const original = readFileSync(join(distDir, 'sw.js'), 'utf8');
		workerOverride = original.replace(/const VERSION = '[^']+'/, "const VERSION = 'a-new-deploy'");
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
		const prompt = page.locator('.dla-update');
		await prompt.waitFor({ timeout: 45_000 });
		await expect(prompt.textContent()).resolves.toContain('A new version of this site is ready.');
		// Until the reader accepts, the old worker still serves the page.
		await expect(page.evaluate(() => caches.keys())).resolves.toContain(
			`dla-${/const VERSION = '([^']+)'/.exec(original)![1]}`,
		);
		await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
		await controlled(page);
		await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['dla-a-new-deploy']);
		expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(firstScript);
		await expect(page.locator('.dla-update').count()).resolves.toBe(0);
		expect(problems.pageErrors).toEqual([]);
		workerOverride = undefined;
		await close();
	});
});

describe.skipIf(!browserAvailable)('printing a chapter', () => {
	const site = useSite();

	// A4 at 96 dpi is 794 CSS px wide, about 720 px inside the default margins; 480 px (A5 or a phone's
	// "print to PDF") is the harder case, so a wide table or code block shows up here first.
	const PRINT_WIDTH = 480;
	const chapter = ['/storage/', '/storage/ebs/', '/storage/ami/', '/storage/efs/', '/iam/permissions/'];

	test.each(chapter)(
		'%s prints without navigation, nothing wider than the page, every example visible',
		async (path) => {
			const { page, close } = await openPage(site, path, { width: PRINT_WIDTH });
			await page.emulateMedia({ media: 'print' });
			const report = await page.evaluate(() => {
				const visible = (e: Element) => {
					const box = e.getBoundingClientRect();
					return getComputedStyle(e).display !== 'none' && box.width > 0 && box.height > 0;
				};
				const width = document.documentElement.clientWidth;
				const tooWide = [...document.querySelectorAll('main *')]
					.filter((e) => visible(e) && e.getBoundingClientRect().right > width + 1)
					.map(
						(e) =>
							`${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`,
					);
				// Paper cannot scroll: a code block or table wider than its scroll box would be cut.
				const clipped = [...document.querySelectorAll('main pre, main table, main .dla-table-wrap, main textarea')]
					.filter((e) => visible(e) && e.scrollWidth > e.clientWidth + 1)
					.map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${e.scrollWidth}>${e.clientWidth}`);
				const chrome = ['header.header', 'nav.sidebar', '.right-sidebar-container', '.pagination-links']
					.flatMap((s) => [...document.querySelectorAll(s)])
					.filter(visible).length;
				const widgets = [...document.querySelectorAll<HTMLElement>('[data-widget]')];
				const hiddenResults = widgets
					.flatMap((w) =>
						[...w.querySelectorAll('[data-part="output"], [aria-live]')].filter(
							(o) => !o.closest('[data-client-only]'),
						),
					)
					.filter((o) => o.textContent!.trim() !== '' && !visible(o))
					.map((o) => o.closest<HTMLElement>('[data-widget]')!.id);
				return {
					tooWide,
					clipped,
					chrome,
					widgets: widgets.filter(visible).length,
					all: widgets.length,
					hiddenResults,
				};
			});
			expect(report.tooWide, path).toEqual([]);
			expect(report.clipped, path).toEqual([]);
			expect(report.chrome, path).toBe(0);
			expect(report.widgets, path).toBe(report.all);
			expect(report.hiddenResults, path).toEqual([]);
			await close();
		},
	);
});
