/**
 * Every built page (dist/**.html) in Chromium, served with the production headers of dist/_headers (so
 * under the site's Content-Security-Policy as a real response header). Each page is visited once per
 * viewport and all of these checks read that visit (test/e2e/every-page.ts):
 *
 * - at 320 px wide, in light and in dark mode: no console error, no uncaught exception, no failed
 *   request, no request to another host, no CSP violation — also while every widget's controls are
 *   edited and clicked (light mode) — no horizontal scroll, and no serious or critical axe-core
 *   violation (all rules in light mode; colour contrast in dark mode, the only rule the theme changes);
 * - as a reader on a phone sees it (320 px, before anything is clicked):
 *   - fits: nothing sticks out of a widget (wide tables scroll inside their .dla-table-wrap) or the page;
 *   - whole words: no word of 3–24 letters or digits inside a widget is split across lines. Each word's
 *     Range is measured (`getClientRects()`); a word whose boxes sit on two lines is broken. Only a long
 *     code-like token (over 24 characters without a space, e.g. an ARN or a line of JSON) inside code or
 *     an editor may break;
 *   - code in a monospace font: every textarea, code-like input (`spellcheck="false"`), `.dla-mono`,
 *     `code`, `pre`, `kbd` and `samp` in <main> has a computed font whose "iiii" and "MMMM" are equally
 *     wide (a canvas measures the font Chromium actually uses, not just the name in the stack);
 *   - diagrams: every label of every drawing renders at 11 px or more (the drawing keeps a minimum scale
 *     and its figure scrolls sideways, as a focusable, named region);
 *   - the "Skip to the first example" link leads to the page's first example (the keyboard path is in
 *     phone.test.ts);
 *   - loading a page does not rewrite its URL (state is written only after the reader changes something);
 *   - one <h1>, and every table scroller a focusable, named region (names unique within a widget);
 * - no layout shift (CLS 0, a `layout-shift` PerformanceObserver) in the load at 320 px; at 1280 px
 *   (where the table of contents sits in its own column) page-weight.test.ts expects CLS 0 on every page;
 * - one view per output: every widget's text with JavaScript off (Astro rendered the view at build
 *   time) equals its text after the browser module mounted and rendered the same view (320 px). Hidden
 *   elements, scripts and parts marked `data-client-only` (controls that only work with JavaScript,
 *   time-based values) are left out on both sides.
 *
 * The tests run concurrently and each waits for the visit it reads, so `-t '<page path>'` loads only
 * that page. PHONE_PAGES=/iam/roles/,/storage/ checks only those pages (while fixing them).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../site/dist';
import { browserAvailable, closeBrowser, distHeaders, startSite, type Site } from './harness';
import { EveryPage, NARROW, type Scheme } from './every-page';
import { MIN_LABEL_PX } from './page-checks';

/**
 * Pages whose widgets still render twice (once in .astro markup, once in an inline script) and drift.
 * Each is expected to fail; moving a widget to one view makes its page pass, and Vitest then reports
 * the stale entry here, which must be deleted. The list only shrinks.
 */
const KNOWN_DRIFT = new Set<string>([]);

/**
 * Pages whose widgets still write their URL state on load. Each is expected to fail until its widgets
 * read state through `ctx.urlState()` (which writes only after a change); Vitest then reports the stale
 * entry, which must be deleted. The list only shrinks.
 */
const KNOWN_URL_DRIFT = new Set<string>([]);

/**
 * Pages whose widgets print long code-like tokens (ARNs) in prose, where a line can only break them
 * mid-word. Each is expected to fail until its view puts the token in <code> (which may break anywhere);
 * Vitest then reports the stale entry, which must be deleted. The list only shrinks.
 */
const KNOWN_BROKEN_WORDS = new Set<string>([]);

/**
 * Pages with a layout shift that a page's own script causes. Each is expected to fail until fixed; the
 * list only shrinks.
 */
const KNOWN_LAYOUT_SHIFT = new Set<string>([]);

const schemes = ['light', 'dark'] as const;
/** Tests wait for their visit, behind at most a few others: room for a busy 2-core machine. */
const VISIT_TIMEOUT = 180_000;

const only = process.env['PHONE_PAGES']?.split(',');
const built = builtPages().filter((page) => only === undefined || only.includes(page.path));
const pages = built.map((page) => page.path);
const widgetPages = built.filter((page) => page.html.includes('data-widget=')).map((page) => page.path);
const expected = (list: Set<string>) => [...list].filter((path) => pages.includes(path));

let site: Site;
const visits = new EveryPage(() => site);
const started = Date.now();
beforeAll(async () => {
	site = await startSite(distHeaders());
});
afterAll(async () => {
	await site?.close();
	await closeBrowser();
	const { narrow, noScript } = visits.loads;
	console.log(
		`site-pages: ${narrow} loads at ${NARROW} px (light and dark), ${noScript} without JavaScript, ${((Date.now() - started) / 1000).toFixed(0)} s`,
	);
});

describe.skipIf(!browserAvailable)(
	`every built page in Chromium (${NARROW} px, light and dark)`,
	{ concurrent: true, timeout: VISIT_TIMEOUT },
	() => {
		test('checks at least the home page, the 404 page and one chapter page', () => {
			expect(distHeaders()['Content-Security-Policy'], 'dist/_headers has the CSP').toMatch(/script-src 'self'/);
			if (only !== undefined) return;
			expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/iam/']));
		});

		for (const scheme of schemes) {
			test.each(pages)(
				`%s (${scheme}): no errors, foreign requests, CSP violations, horizontal scroll or serious axe violations`,
				async (path) => {
					const { page } = await visits.narrow(path, scheme);
					if (Object.values(page).some((list) => list.length > 0))
						console.log(`site-pages problems on ${path} (${scheme}):\n${JSON.stringify(page, null, 1)}`);
					expect(page).toEqual({
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
	},
);

describe.skipIf(!browserAvailable)(
	`every page on a ${NARROW} px phone`,
	{ concurrent: true, timeout: VISIT_TIMEOUT },
	() => {
		const phone = async (path: string) => (await visits.narrow(path, 'light' as Scheme)).phone!;

		test('checks the home page, the 404 page and the chapter pages', () => {
			if (only !== undefined) return;
			expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/iam/', '/load-balancing/sni/']));
			expect(pages.length).toBeGreaterThan(40);
		});

		const wholeWords = async (path: string) => expect((await phone(path)).brokenWords).toEqual([]);
		test.each(pages.filter((path) => !KNOWN_BROKEN_WORDS.has(path)))('%s: whole words inside widgets', wholeWords);
		test.fails.each(expected(KNOWN_BROKEN_WORDS))(
			'%s: whole words inside widgets (known: an ARN in prose, expected to fail until it is in <code>)',
			wholeWords,
		);

		test.each(pages)('%s: one <h1>, and table scrollers are focusable, named regions', async (path) => {
			const { headings, unnamedTableScrollers } = await phone(path);
			expect({ headings, unnamedTableScrollers }).toEqual({ headings: 1, unnamedTableScrollers: [] });
		});

		test.each(pages)('%s: nothing sticks out of a widget or the page', async (path) => {
			expect((await phone(path)).overflowing).toEqual([]);
		});

		test.each(pages)('%s: textareas and code fields in a monospace font', async (path) => {
			expect((await phone(path)).proportionalCode).toEqual([]);
		});

		test.each(pages)(`%s: diagram labels render at ${MIN_LABEL_PX} px or more`, async (path) => {
			expect((await phone(path)).smallDiagramText).toEqual([]);
		});

		test.each(pages)('%s: "Skip to the first example" leads to the first example', async (path) => {
			const { firstExample, href } = (await phone(path)).skipLink;
			expect(href).toBe(firstExample === null ? null : `#${firstExample}`);
		});

		const urlUnchanged = async (path: string) => {
			const report = await phone(path);
			expect(report.urlAfterLoad, `${path}: the URL after load`).toBe(report.urlLoaded);
		};
		test.each(pages.filter((path) => !KNOWN_URL_DRIFT.has(path)))('%s: loading leaves the URL unchanged', urlUnchanged);
		test.fails.each(expected(KNOWN_URL_DRIFT))(
			'%s: loading leaves the URL unchanged (known drift, expected to fail until its widgets use ctx.urlState)',
			urlUnchanged,
		);

		const noShift = async (path: string) => {
			expect((await phone(path)).shifts).toEqual([]);
		};
		test.each(pages.filter((path) => !KNOWN_LAYOUT_SHIFT.has(path)))(`%s: no layout shift at ${NARROW} px`, noShift);
		test.fails.each(expected(KNOWN_LAYOUT_SHIFT))('%s: no layout shift (known: a widget shown after mount)', noShift);
	},
);

describe.skipIf(!browserAvailable)(
	'widgets say the same words with and without JavaScript',
	{ concurrent: true, timeout: VISIT_TIMEOUT },
	() => {
		async function compare(path: string): Promise<void> {
			const [withoutJs, { texts: withJs }] = await Promise.all([
				visits.noScript(path),
				visits.narrow(path, 'light').then((visit) => visit.phone!),
			]);
			expect(Object.keys(withJs).sort()).toEqual(Object.keys(withoutJs).sort());
			for (const [id, text] of Object.entries(withoutJs)) expect(withJs[id], `${path} #${id}`).toBe(text);
		}

		test('there are widget pages to compare', () => {
			if (only !== undefined) return;
			expect(widgetPages.length).toBeGreaterThan(20);
		});

		test.each(widgetPages.filter((path) => !KNOWN_DRIFT.has(path)))('%s', (path) => compare(path));

		test.fails.each([...KNOWN_DRIFT])('%s (known drift, expected to fail until its widgets use one view)', (path) =>
			compare(path),
		);
	},
);
