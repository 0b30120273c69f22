/**
 * Every built page as a reader on a phone sees it (Chromium, 360 px wide), plus layout stability:
 *
 * - fits: nothing sticks out of a widget (wide tables scroll inside their .dla-table-wrap) or the page;
 * - whole words: no word of 3–24 letters or digits inside a widget is split across lines. Each word's
 *   Range is measured (`getClientRects()`); a word whose boxes sit on two lines is broken. Only a long
 *   code-like token (over 24 characters without a space, e.g. an ARN or a line of JSON) inside code or
 *   an editor may break;
 * - code in a monospace font: every textarea, code-like input (`spellcheck="false"`), `.dla-mono`,
 *   `code`, `pre`, `kbd` and `samp` in <main> has a computed font whose "iiii" and "MMMM" are equally
 *   wide (a canvas measures the font Chromium actually uses, not just the name in the stack);
 * - diagrams: every label of every drawing renders at 11 px or more (the drawing keeps a minimum scale
 *   and its figure scrolls sideways, as a focusable, named region);
 * - the "Skip to the first example" link leads to the page's first example (and by keyboard: Tab, Tab,
 *   Enter, Tab reaches its first control);
 * - loading a page does not rewrite its URL (state is written only after the reader changes something);
 * - no layout shift (CLS 0, a `layout-shift` PerformanceObserver) in LOADS fresh loads of every page at
 *   1280 px (where the table of contents sits in its own column) and the load at 360 px.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages } from '../site/dist';
import { browserAvailable, closeBrowser, openPage, startSite, type Site } from './harness';

const WIDTH = 360;
const PARALLEL = 3;
/** Fresh loads (each in a new browser context, so nothing is cached) per page at 1280 px for CLS. */
const LOADS = Number(process.env['PHONE_CLS_LOADS'] ?? 1);
/** The smallest size a diagram label may render at on a phone (src/styles/diagrams.css). */
const MIN_LABEL_PX = 11;

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

/** PHONE_PAGES=/iam/roles/,/storage/ checks only those pages (while fixing them); unset, every page. */
const only = process.env['PHONE_PAGES']?.split(',');
const pages = builtPages()
	.map((page) => page.path)
	.filter((path) => only === undefined || only.includes(path));
const expected = (list: Set<string>) => [...list].filter((path) => pages.includes(path));

interface PhoneReport {
	brokenWords: string[];
	proportionalCode: string[];
	smallDiagramText: string[];
	overflowing: string[];
	skipLink: { firstExample: string | null; href: string | null };
	urlAfterLoad: string;
	urlLoaded: string;
	shifts: LayoutShift[];
}

/** Waits two animation frames: widgets render on mount, some after one frame. */
const settle = (page: Page) =>
	page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Words of 3–24 letters or digits inside widgets whose boxes lie on more than one line. */
function brokenWords(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const CODE = 'code, pre, kbd, samp, textarea, .dla-mono';
		const out: string[] = [];
		for (const root of document.querySelectorAll<HTMLElement>('[data-widget]')) {
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				const parent = node.parentElement;
				if (!parent || parent.closest('script, style, template, textarea')) continue;
				const code = parent.closest(CODE);
				for (const match of node.data.matchAll(/[\p{L}\p{N}]+/gu)) {
					const word = match[0];
					if (word.length < 3 || word.length > 24) continue;
					if (code !== null) {
						// The token around the word up to whitespace, across the code element's child elements
						// (e.g. highlighted bytes): a long ARN, hex digest or JSON line may wrap inside code.
						const start = document.createRange();
						start.setStart(code, 0);
						start.setEnd(node, match.index);
						const text = code.textContent ?? '';
						const offset = start.toString().length;
						const before = text.slice(0, offset).split(/\s/).pop() ?? '';
						const after = text.slice(offset + word.length).split(/\s/)[0] ?? '';
						if (before.length + word.length + after.length > 24) continue;
					}
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + word.length);
					const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
					if (rects.length < 2) continue;
					const tops = rects.map((r) => r.top);
					const height = Math.min(...rects.map((r) => r.height));
					if (Math.max(...tops) - Math.min(...tops) > height / 2) {
						const where = `${parent.tagName.toLowerCase()}${parent.className ? `.${String(parent.className).trim().split(/\s+/).join('.')}` : ''}`;
						out.push(`"${word}" in #${root.id} ${where} (${rects.length} lines)`);
					}
				}
			}
		}
		return out;
	});
}

/**
 * Elements that stick out past their widget's right edge without a scroll container between them and
 * the widget (which a reader would see cut off, or as sideways scroll of the whole page).
 */
function overflowingWidgets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
			out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px`);
		for (const root of document.querySelectorAll<HTMLElement>('[data-widget]')) {
			const right = root.getBoundingClientRect().right;
			for (const el of root.querySelectorAll<HTMLElement>('*')) {
				const rect = el.getBoundingClientRect();
				if (rect.width === 0 || rect.right <= right + 1) continue;
				let clipped = false;
				for (let up = el.parentElement; up && up !== root; up = up.parentElement)
					if (getComputedStyle(up).overflowX !== 'visible') clipped = true;
				if (clipped) continue;
				const cls =
					typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
				out.push(
					`#${root.id} ${el.tagName.toLowerCase()}${cls} ends at ${Math.round(rect.right)} > ${Math.round(right)}`,
				);
				if (out.length > 5) return out;
			}
		}
		return out;
	});
}

/** Code-like elements in <main> whose rendered font is proportional. */
function proportionalCode(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const canvas = document.createElement('canvas').getContext('2d')!;
		const out: string[] = [];
		const fields = document.querySelectorAll<HTMLElement>(
			'main :is(textarea, input[spellcheck="false"], .dla-mono, code, pre, kbd, samp)',
		);
		for (const field of fields) {
			const style = getComputedStyle(field);
			canvas.font = `${style.fontSize} ${style.fontFamily}`;
			const narrow = canvas.measureText('iiiiiiiiii').width;
			const wide = canvas.measureText('MMMMMMMMMM').width;
			if (Math.abs(narrow - wide) > 0.5) {
				const id = field.id ? `#${field.id}` : '';
				const cls =
					typeof field.className === 'string' && field.className
						? `.${field.className.trim().split(/\s+/).join('.')}`
						: '';
				out.push(`${field.tagName.toLowerCase()}${id}${cls}: ${style.fontFamily}`);
			}
		}
		return out;
	});
}

/**
 * Diagram labels (SVG <text> in a drawing with role="img") that render below MIN_LABEL_PX, and drawings
 * wider than the column whose figure is not a focusable, named scroll region.
 */
function smallDiagramText(page: Page): Promise<string[]> {
	return page.evaluate((minPx) => {
		const out: string[] = [];
		// Drawings, not a widget's own charts or QR codes (those scale with their widget).
		for (const svg of document.querySelectorAll<SVGSVGElement>('main svg[role="img"]:not([data-widget] svg)')) {
			const name = svg.querySelector('title')?.textContent ?? svg.id;
			for (const text of svg.querySelectorAll('text')) {
				const scale = text.getScreenCTM()?.a ?? 1;
				const size = parseFloat(getComputedStyle(text).fontSize) * scale;
				if (size < minPx - 0.05) out.push(`"${text.textContent?.trim()}" in "${name}": ${size.toFixed(1)} px`);
			}
			const scroller = svg.closest<HTMLElement>('.dla-diagram-scroller');
			if (scroller === null || scroller.tabIndex !== 0 || !scroller.getAttribute('aria-labelledby'))
				out.push(`"${name}" is not in a focusable, named .dla-diagram-scroller`);
		}
		return out;
	}, MIN_LABEL_PX);
}

/** The page's first example and where the "Skip to the first example" link points. */
function skipLink(page: Page): Promise<PhoneReport['skipLink']> {
	return page.evaluate(() => ({
		firstExample: document.querySelector('main .dla-example[id]')?.id ?? null,
		href: document.querySelector('a.dla-skip-link')?.getAttribute('href') ?? null,
	}));
}

async function checkPhone(site: Site, path: string): Promise<PhoneReport> {
	const { page, close } = await openPage(site, path, { width: WIDTH, height: 800 });
	try {
		await settle(page);
		// layoutShifts() waits 700 ms: a widget writing its state in a timer after mount is caught too.
		const shifts = await layoutShifts(page);
		return {
			brokenWords: await brokenWords(page),
			proportionalCode: await proportionalCode(page),
			smallDiagramText: await smallDiagramText(page),
			overflowing: await overflowingWidgets(page),
			skipLink: await skipLink(page),
			urlLoaded: site.origin + path,
			urlAfterLoad: page.url(),
			shifts,
		};
	} finally {
		await close();
	}
}

export interface LayoutShift {
	value: number;
	sources: string[];
}

/** Layout shifts of a fresh load of `path` at `width` (see layoutShifts). */
async function loadShifts(site: Site, path: string, width: number): Promise<LayoutShift[]> {
	const { page, close } = await openPage(site, path, { width, height: 900 });
	try {
		await settle(page);
		return await layoutShifts(page);
	} finally {
		await close();
	}
}

/**
 * The layout shifts a page has recorded since it started loading (not caused by input), from a buffered
 * PerformanceObserver read after the load event and a pause in which late work (fonts, idle callbacks,
 * timers) lands.
 */
export function layoutShifts(page: Page): Promise<LayoutShift[]> {
	return page.evaluate(
		() =>
			new Promise<LayoutShift[]>((resolve) => {
				const shifts: LayoutShift[] = [];
				const describe = (node: Node | null | undefined) => {
					if (!(node instanceof Element)) return node?.nodeName ?? '?';
					return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}`;
				};
				type Shift = PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
				};
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as Shift[]) {
						if (entry.hadRecentInput) continue;
						shifts.push({
							value: entry.value,
							sources: (entry.sources ?? []).map(
								(s) =>
									`${describe(s.node)} ${Math.round(s.previousRect.x)},${Math.round(s.previousRect.y)} ${Math.round(s.previousRect.width)}x${Math.round(s.previousRect.height)} → ${Math.round(s.currentRect.x)},${Math.round(s.currentRect.y)} ${Math.round(s.currentRect.width)}x${Math.round(s.currentRect.height)} @${Math.round(entry.startTime)}ms`,
							),
						});
					}
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(shifts), 700);
			}),
	);
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
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

describe.skipIf(!browserAvailable)(`every page on a ${WIDTH} px phone`, () => {
	let site: Site;
	const reports = new Map<string, PhoneReport>();
	const shifts = new Map<string, LayoutShift[]>();

	beforeAll(async () => {
		site = await startSite();
		const started = Date.now();
		const phone = await pool(pages, PARALLEL, (path) => checkPhone(site, path));
		pages.forEach((path, i) => reports.set(path, phone[i]!));
		const tagged = (width: number, list: LayoutShift[]) =>
			list.map((s) => ({ ...s, sources: s.sources.map((x) => `${width}px ${x}`) }));
		for (const [path, report] of reports) shifts.set(path, tagged(WIDTH, report.shifts));
		const loads = pages.flatMap((path) => Array.from({ length: LOADS }, () => path));
		const measured = await pool(loads, PARALLEL, (path) => loadShifts(site, path, 1280));
		loads.forEach((path, i) => shifts.set(path, [...shifts.get(path)!, ...tagged(1280, measured[i]!)]));
		const broken = [...reports.values()].reduce((n, r) => n + r.brokenWords.length, 0);
		const brokenPages = [...reports.values()].filter((r) => r.brokenWords.length > 0).length;
		const proportional = [...reports.values()].reduce((n, r) => n + r.proportionalCode.length, 0);
		const rewritten = [...reports.values()].filter((r) => r.urlAfterLoad !== r.urlLoaded).length;
		const small = [...reports.values()].reduce((n, r) => n + r.smallDiagramText.length, 0);
		const cls = [...shifts.values()].flat().reduce((sum, s) => sum + s.value, 0);
		const shifted = [...shifts.values()].filter((list) => list.length > 0).length;
		console.log(
			`phone: ${pages.length} pages at ${WIDTH} px: ${broken} broken words on ${brokenPages} pages; ${proportional} code fields in a proportional font; ${rewritten} pages rewrite their URL on load; ${small} diagram labels under ${MIN_LABEL_PX} px. ` +
				`Layout: ${loads.length + pages.length} loads (${LOADS} at 1280 px + 1 at ${WIDTH} px per page): total shift ${cls.toFixed(3)} on ${shifted} pages. ${((Date.now() - started) / 1000).toFixed(0)} s`,
		);
	}, 600_000);
	afterAll(async () => {
		await site?.close();
		await closeBrowser();
	});

	test('checks the home page, the 404 page and the chapter pages', () => {
		if (only !== undefined) return;
		expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/iam/', '/load-balancing/sni/']));
		expect(pages.length).toBeGreaterThan(40);
	});

	const wholeWords = (path: string) => expect(reports.get(path)?.brokenWords).toEqual([]);
	test.each(pages.filter((path) => !KNOWN_BROKEN_WORDS.has(path)))('%s: whole words inside widgets', wholeWords);
	test.fails.each(expected(KNOWN_BROKEN_WORDS))(
		'%s: whole words inside widgets (known: an ARN in prose, expected to fail until it is in <code>)',
		wholeWords,
	);

	test.each(pages)('%s: nothing sticks out of a widget or the page', (path) => {
		expect(reports.get(path)?.overflowing).toEqual([]);
	});

	test.each(pages)('%s: textareas and code fields in a monospace font', (path) => {
		expect(reports.get(path)?.proportionalCode).toEqual([]);
	});

	test.each(pages)(`%s: diagram labels render at ${MIN_LABEL_PX} px or more`, (path) => {
		expect(reports.get(path)?.smallDiagramText).toEqual([]);
	});

	test.each(pages)('%s: "Skip to the first example" leads to the first example', (path) => {
		const { firstExample, href } = reports.get(path)!.skipLink;
		expect(href).toBe(firstExample === null ? null : `#${firstExample}`);
	});

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

	const urlUnchanged = (path: string) => {
		const report = reports.get(path)!;
		expect(report.urlAfterLoad, `${path}: the URL after load`).toBe(report.urlLoaded);
	};
	test.each(pages.filter((path) => !KNOWN_URL_DRIFT.has(path)))('%s: loading leaves the URL unchanged', urlUnchanged);
	test.fails.each(expected(KNOWN_URL_DRIFT))(
		'%s: loading leaves the URL unchanged (known drift, expected to fail until its widgets use ctx.urlState)',
		urlUnchanged,
	);

	const noShift = (path: string) => expect(shifts.get(path)).toEqual([]);
	test.each(pages.filter((path) => !KNOWN_LAYOUT_SHIFT.has(path)))(
		`%s: no layout shift in ${LOADS} loads at 1280 px and one at ${WIDTH} px`,
		noShift,
	);
	test.fails.each(expected(KNOWN_LAYOUT_SHIFT))('%s: no layout shift (known: a widget shown after mount)', noShift);
});
