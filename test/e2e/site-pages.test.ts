/**
 * Every built page (dist/**.html) in Chromium, served with the production headers of dist/_headers
 * (so under the site's Content-Security-Policy as a real response header), at 360 px wide, in light
 * and in dark mode: no console error, no uncaught exception, no failed request, no request to another
 * host, no CSP violation — also while every widget's controls are edited and clicked (light mode) —
 * no horizontal scroll, and no serious or critical axe-core violation (all rules in light mode; colour contrast in dark mode,
 * the only rule the theme changes). One browser, a few pages in parallel.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../site/dist';
import { browserAvailable, closeBrowser, cspViolations, distHeaders, openPage, startSite, type Site } from './harness';

const WIDTH = 360;
const PARALLEL = 3;
/** Pages on which axe checks the whole document (header, sidebar, search, footer), not just <main>. */
const WHOLE_PAGE_AXE = new Set(['/', '/404.html', '/iam/', '/load-balancing/sni/']);
/** What the site colours itself, checked for contrast in dark mode on every page. */
const DARK_CONTRAST_TARGETS = [
	'main .dla-example',
	'main .expressive-code',
	'main table',
	'main .starlight-aside',
	'main figure',
	'main svg[role="img"]',
	'main .dla-diagram',
];
const schemes = ['light', 'dark'] as const;

interface PageReport {
	path: string;
	widgets: number;
	scheme: (typeof schemes)[number];
	consoleErrors: string[];
	pageErrors: string[];
	failedRequests: string[];
	foreignRequests: string[];
	cspViolations: string[];
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
		const widgets = scheme === 'light' ? await exerciseWidgets(page) : 0;
		const horizontalScroll =
			scrollWidth > WIDTH ? [`scrollWidth ${scrollWidth} > ${WIDTH}: ${await widestElements(page)}`] : [];
		// Structure is the same in both themes; only colours differ. Light runs every axe rule on <main>
		// (the header and sidebar are the same on every page: checked whole on a few pages). Dark runs
		// only colour contrast, on what this site colours itself — widgets, code, tables, asides, figures
		// — since Starlight's own dark prose styles are the same on every page (checked whole on a few).
		// axe's time grows with the DOM, and contrast is its costliest rule.
		const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
		let violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'] = [];
		if (scheme === 'dark') axe.withRules(['color-contrast']);
		if (WHOLE_PAGE_AXE.has(path)) violations = (await axe.analyze()).violations;
		else if (scheme === 'light') violations = (await axe.include('main').analyze()).violations;
		else if (await page.locator(DARK_CONTRAST_TARGETS.join(', ')).count()) {
			for (const target of DARK_CONTRAST_TARGETS) axe.include(target);
			violations = (await axe.analyze()).violations;
		}
		const serious = violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map(
				(v) =>
					`${v.impact} ${v.id}: ${v.help} — ${v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' '))
						.join(' | ')}`,
			);
		return {
			path,
			scheme,
			widgets,
			...problems,
			cspViolations: await cspViolations(page),
			horizontalScroll,
			axe: serious,
		};
	} finally {
		await close();
	}
}

/**
 * Edits and clicks every control of every widget, in the page (one round trip, so the whole site takes
 * seconds), so each widget's input handlers run under the CSP. Returns the number of widgets.
 */
function exerciseWidgets(page: import('playwright-core').Page): Promise<number> {
	return page.evaluate(async () => {
		const roots = [...document.querySelectorAll<HTMLElement>('[data-widget]')];
		const fire = (el: Element, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));
		for (const root of roots) {
			for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
				'textarea, input:not([type=checkbox]):not([type=radio]):not([type=range]):not([type=hidden]):not([type=file])',
			)) {
				if (field.disabled || field.readOnly) continue;
				const original = field.value;
				field.value = `${original}x`;
				fire(field, 'input');
				field.value = original;
				fire(field, 'input');
				fire(field, 'change');
			}
			for (const select of root.querySelectorAll('select')) fire(select, 'change');
			for (const box of root.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]')) {
				box.click();
				if (box.type === 'checkbox') box.click();
			}
			for (const button of [...root.querySelectorAll<HTMLButtonElement>('button[type=button]')].slice(0, 6))
				if (!button.disabled) button.click();
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
		return roots.length;
	});
}

/** The elements that stick out past the viewport, to make a horizontal-scroll failure actionable. */
function widestElements(page: import('playwright-core').Page): Promise<string> {
	return page.evaluate((width) => {
		const out: string[] = [];
		for (const el of document.querySelectorAll('body *')) {
			const rect = el.getBoundingClientRect();
			if (rect.right > width + 1 && out.length < 5)
				out.push(
					`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} (right ${Math.round(rect.right)})`,
				);
		}
		return out.join(', ');
	}, WIDTH);
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: limit }, async () => {
			while (next < items.length) {
				const index = next++;
				results[index] = await work(items[index]!);
			}
		}),
	);
	return results;
}

describe.skipIf(!browserAvailable)('every built page in Chromium (360 px, light and dark)', () => {
	let site: Site;
	let reports: PageReport[] = [];
	const pages = builtPages().map((page) => page.path);

	beforeAll(async () => {
		site = await startSite(distHeaders());
		expect(distHeaders()['Content-Security-Policy'], 'dist/_headers has the CSP').toMatch(/script-src 'self'/);
		const jobs = pages.flatMap((path) => schemes.map((scheme) => ({ path, scheme })));
		const started = Date.now();
		reports = await pool(jobs, PARALLEL, ({ path, scheme }) => checkPage(site, path, scheme));
		const axeCount = reports.reduce((n, r) => n + r.axe.length, 0);
		const foreign = reports.reduce((n, r) => n + r.foreignRequests.length, 0);
		const widgets = reports.reduce((n, r) => n + r.widgets, 0);
		const violations = reports.reduce((n, r) => n + r.cspViolations.length, 0);
		const lines = reports.flatMap(({ path, scheme, widgets: _widgets, ...problems }) =>
			Object.entries(problems).flatMap(([kind, list]) =>
				list.map((item) => `  ${path} (${scheme}) ${kind}: ${item.slice(0, 300)}`),
			),
		);
		if (lines.length) console.log(`site-pages problems:\n${lines.join('\n')}`);
		console.log(
			`site-pages: ${pages.length} pages × ${schemes.length} schemes = ${reports.length} page loads in ${((Date.now() - started) / 1000).toFixed(1)} s; serious/critical axe violations: ${axeCount}; foreign requests: ${foreign}; widgets exercised under the CSP header: ${widgets}; CSP violations: ${violations}`,
		);
	}, 300_000); // 84 page loads with axe: ~125 s on 2 idle cores; room for a slower CI machine.
	afterAll(async () => {
		await site?.close();
		await closeBrowser();
	});

	test('checks at least the home page, the 404 page and one chapter page', () => {
		expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/iam/']));
	});

	for (const scheme of schemes) {
		test.each(pages)(
			`%s (${scheme}): no errors, foreign requests, CSP violations, horizontal scroll or serious axe violations`,
			(path) => {
				const report = reports.find((r) => r.path === path && r.scheme === scheme);
				expect(report).toBeDefined();
				const { path: _path, scheme: _scheme, widgets: _widgets, ...problems } = report!;
				expect(problems).toEqual({
					consoleErrors: [],
					pageErrors: [],
					failedRequests: [],
					foreignRequests: [],
					cspViolations: [],
					horizontalScroll: [],
					axe: [],
				});
			},
		);
	}
});
