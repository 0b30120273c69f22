/**
 * Every built page (dist/**.html) in Chromium, at 360 px wide, in light and in dark mode: no console
 * error, no uncaught exception, no failed request, no request to another host, no horizontal scroll,
 * and no serious or critical axe-core violation (all rules in light mode; colour contrast in dark mode,
 * the only rule the theme changes). One browser, a few pages in parallel.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../site/dist';
import { browserAvailable, closeBrowser, openPage, startSite, type Site } from './harness';

const WIDTH = 360;
const PARALLEL = 3;
const schemes = ['light', 'dark'] as const;

interface PageReport {
	path: string;
	scheme: (typeof schemes)[number];
	consoleErrors: string[];
	pageErrors: string[];
	failedRequests: string[];
	foreignRequests: string[];
	horizontalScroll: string[];
	axe: string[];
}

async function checkPage(site: Site, path: string, scheme: PageReport['scheme']): Promise<PageReport> {
	const { page, problems, close } = await openPage(site, path, { colorScheme: scheme, width: WIDTH, height: 800 });
	try {
		const { scrollWidth, theme } = await page.evaluate(() => ({
			scrollWidth: document.documentElement.scrollWidth,
			theme: document.documentElement.dataset['theme'],
		}));
		if (theme !== scheme) throw new Error(`${path}: expected the ${scheme} theme, page has ${theme}`);
		const horizontalScroll = scrollWidth > WIDTH ? [`scrollWidth ${scrollWidth} > ${WIDTH}: ${await widestElements(page)}`] : [];
		// Structure is the same in both themes; only colours differ. Light runs every axe rule, dark only
		// the colour-contrast rule, which halves the suite's time.
		const axe = new AxeBuilder({ page });
		if (scheme === 'dark') axe.withRules(['color-contrast']);
		const { violations } = await axe.analyze();
		const serious = violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
		return { path, scheme, ...problems, horizontalScroll, axe: serious };
	} finally {
		await close();
	}
}

/** The elements that stick out past the viewport, to make a horizontal-scroll failure actionable. */
function widestElements(page: import('playwright-core').Page): Promise<string> {
	return page.evaluate((width) => {
		const out: string[] = [];
		for (const el of document.querySelectorAll('body *')) {
			const rect = el.getBoundingClientRect();
			if (rect.right > width + 1 && out.length < 5) out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} (right ${Math.round(rect.right)})`);
		}
		return out.join(', ');
	}, WIDTH);
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	await Promise.all(Array.from({ length: limit }, async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await work(items[index]!);
		}
	}));
	return results;
}

describe.skipIf(!browserAvailable)('every built page in Chromium (360 px, light and dark)', () => {
	let site: Site;
	let reports: PageReport[] = [];
	const pages = builtPages().map((page) => page.path);

	beforeAll(async () => {
		site = await startSite();
		const jobs = pages.flatMap((path) => schemes.map((scheme) => ({ path, scheme })));
		const started = Date.now();
		reports = await pool(jobs, PARALLEL, ({ path, scheme }) => checkPage(site, path, scheme));
		const axeCount = reports.reduce((n, r) => n + r.axe.length, 0);
		const foreign = reports.reduce((n, r) => n + r.foreignRequests.length, 0);
		console.log(`site-pages: ${pages.length} pages × ${schemes.length} schemes = ${reports.length} page loads in ${((Date.now() - started) / 1000).toFixed(1)} s; serious/critical axe violations: ${axeCount}; foreign requests: ${foreign}`);
	}, 170_000);
	afterAll(async () => { await site?.close(); await closeBrowser(); });

	test('checks at least the home page, the 404 page and one chapter page', () => {
		expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/iam/']));
	});

	for (const scheme of schemes) {
		test.each(pages)(`%s (${scheme}): no errors, foreign requests, horizontal scroll or serious axe violations`, (path) => {
			const report = reports.find((r) => r.path === path && r.scheme === scheme);
			expect(report).toBeDefined();
			const { path: _path, scheme: _scheme, ...problems } = report!;
			expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [], horizontalScroll: [], axe: [] });
		});
	}
});
