/**
 * The phone checks that need their own page: the keyboard path to the first example, the site title's
 * ellipsis and the ALB editor's width at 1280 px. The checks that read every page at 360 px (whole
 * words, monospace code, diagram labels, skip link, URL unchanged, layout shift) are in
 * site-pages.test.ts, which visits each page once for all of its checks.
 */
import { describe, expect, test } from 'vitest';
import { browserAvailable, openPage, useSite } from './harness';

const WIDTH = 360;

describe.skipIf(!browserAvailable)(`every page on a ${WIDTH} px phone`, () => {
	const site = useSite();

	test('by keyboard: Tab, Tab, Enter, Tab reaches the first example from the top of the page', async () => {
		const { page, close } = await openPage(site, '/iam/permissions/', { width: 1280 });
		try {
			const focused = () =>
				page.evaluate(() => ({
					text: document.activeElement?.textContent?.trim() ?? '',
					inExample: document.activeElement?.closest('#permissions-playground') !== null,
				}));
			await page.keyboard.press('Tab');
			expect((await focused()).text).toBe('Skip to content');
			await page.keyboard.press('Tab');
			expect((await focused()).text).toBe('Skip to the first example');
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			expect(await focused()).toMatchObject({ inExample: true });
		} finally {
			await close();
		}
	});

	test('the site title ends in an ellipsis when the header is too narrow', async () => {
		// A chapter page: its header also holds the menu button, so the title does not fit at 360 px.
		const { page, close } = await openPage(site, '/iam/permissions/', { width: WIDTH });
		try {
			const title = await page.evaluate(() => {
				const span = document.querySelector<HTMLElement>('.site-title span')!;
				const style = getComputedStyle(span);
				return {
					cut: span.scrollWidth > span.clientWidth,
					textOverflow: style.textOverflow,
					overflow: style.overflowX,
				};
			});
			expect(title).toEqual({ cut: true, textOverflow: 'ellipsis', overflow: 'hidden' });
		} finally {
			await close();
		}
	});

	test('at 1280 px a code editor that does not wrap (ALB listener rules) gets the full width', async () => {
		const { page, close } = await openPage(site, '/load-balancing/alb/', { width: 1280 });
		try {
			const widths = await page.evaluate(() => {
				const editor = document.querySelector<HTMLElement>('[data-widget="alb-router"] textarea[wrap="off"]')!;
				const widget = editor.closest<HTMLElement>('[data-widget]')!;
				return { editor: editor.getBoundingClientRect().width, widget: widget.clientWidth };
			});
			expect(widths.editor).toBeGreaterThan(widths.widget * 0.85);
		} finally {
			await close();
		}
	});
});
