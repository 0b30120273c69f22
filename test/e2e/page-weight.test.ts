/**
 * What each page costs before the reader does anything, measured in Chromium: one load per page of
 * dist/ (1280×900, light), then wait until the network has been quiet for a while and the browser idle,
 * without scrolling, typing or clicking. From that one load:
 *
 * - **JavaScript budget.** Every script the page fetched — `<script src>`, `<link rel=modulepreload>`,
 *   their static imports and any dynamic `import()` that ran at load or idle (the Resource Timing list,
 *   so whatever Chromium really requested) — plus its inline scripts. Bytes are the gzip size (zlib
 *   level 9) of each fetched file as dist/ holds it, i.e. what a host that gzips (GitHub Pages,
 *   Netlify, CloudFront) transfers, without headers. The test server sends files uncompressed, so the
 *   size is computed here rather than read from the response.
 * - **Largest Contentful Paint and Cumulative Layout Shift**, from PerformanceObserver (buffered):
 *   printed per page and per page type; every page must not shift (CLS 0).
 *
 * Budgets live in test/e2e/js-budget.json: `prose` for any page not listed (a page without widgets
 * costs what a bare Starlight page costs, plus 5 %) and `pages` for pages that need more. After a
 * deliberate change, re-record (measured × 1.1) and commit the JSON with the reason in the message:
 *
 *     SKIP_BUILD=1 UPDATE_BUDGETS=1 npx vitest run --project e2e test/e2e/page-weight.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../site/dist';
import {
	browserAvailable,
	closeBrowser,
	distDir,
	distHeaders,
	openPage,
	type Site,
	startSite,
	useSite,
} from './harness';
import { fetchedScripts, paintMetrics, settle, type PaintMetrics } from './load-metrics';

interface Budget {
	prose: number;
	pages: Record<string, number>;
}

const budgetFile = fileURLToPath(new URL('./js-budget.json', import.meta.url));
const HEADROOM = 1.1;
/** Tolerance over the lightest bare doc page for the prose budget. */
const PROSE_TOLERANCE = 1.05;
/** Pages whose lower widgets are scrolled to, one by one, in the lazy-load check. */
const SCROLLED_PAGES = ['/iam/permissions/', '/storage/ebs/'];
/** Pages measured at once, each in its own browser context. */
const PARALLEL = 4;

type PageType = 'home' | 'prose' | 'widget' | 'policy' | 'review' | 'not found';

interface PageLoad extends PaintMetrics {
	path: string;
	type: PageType;
	/** gzip bytes of every script fetched plus inline scripts. */
	jsBytes: number;
	/** Same-origin script files fetched (URL paths). */
	scripts: string[];
	inline: number;
}

const pages = builtPages();

function pageType(path: string, html: string): PageType {
	if (path === '/') return 'home';
	if (path === '/404.html') return 'not found';
	if (path === '/review/') return 'review';
	if (/data-widget="policy-(playground|lint)"/.test(html)) return 'policy';
	return html.includes('data-widget=') ? 'widget' : 'prose';
}

const gzipCache = new Map<string, number>();
const gzipSize = (bytes: string | Buffer) => gzipSync(bytes, { level: 9 }).length;
function fileGzipSize(urlPath: string): number {
	let size = gzipCache.get(urlPath);
	if (size === undefined) {
		size = gzipSize(readFileSync(join(distDir, decodeURIComponent(urlPath))));
		gzipCache.set(urlPath, size);
	}
	return size;
}

/** The page's inline scripts (not JSON data blocks), whose bytes come with the HTML. */
function inlineScripts(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')]
			.filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
			.map((script) => script.textContent ?? '')
			.filter((code) => code.trim() !== ''),
	);
}

async function measurePage(site: Site, path: string, html: string): Promise<PageLoad> {
	const { page, close } = await openPage(site, path, { lazyWidgets: true });
	try {
		await settle(page);
		const [fetched, inline, paint] = await Promise.all([fetchedScripts(page), inlineScripts(page), paintMetrics(page)]);
		const scripts = [...new Set(fetched)].sort();
		const jsBytes =
			scripts.reduce((sum, file) => sum + fileGzipSize(file), 0) +
			inline.reduce((sum, code) => sum + gzipSize(code), 0);
		return {
			path,
			type: pageType(path, html),
			jsBytes,
			scripts,
			inline: inline.length,
			...paint,
		};
	} finally {
		await close();
	}
}

function table(rows: PageLoad[], budget: Budget): string {
	const width = Math.max(...rows.map((r) => r.path.length), 4);
	const head = `${'page'.padEnd(width)}  ${'type'.padEnd(9)}  ${'gzip B'.padStart(7)}  ${'budget'.padStart(7)}  ${'files'.padStart(5)}  ${'LCP ms'.padStart(6)}  ${'CLS'.padStart(6)}`;
	const lines = rows.map((r) => {
		const limit = budget.pages[r.path] ?? budget.prose;
		return `${r.path.padEnd(width)}  ${r.type.padEnd(9)}  ${String(r.jsBytes).padStart(7)}  ${String(limit).padStart(7)}  ${String(r.scripts.length).padStart(5)}  ${String(Math.round(r.lcp)).padStart(6)}  ${r.cls.toFixed(3).padStart(6)}${r.jsBytes > limit ? '  OVER' : ''}`;
	});
	return [head, ...lines].join('\n');
}

/** Per page type: pages, median and largest JS bytes, largest LCP and CLS. */
function typeSummary(rows: PageLoad[]): string {
	const types = [...new Set(rows.map((r) => r.type))].sort();
	return types
		.map((type) => {
			const of = rows.filter((r) => r.type === type);
			const bytes = of.map((r) => r.jsBytes).sort((a, b) => a - b);
			const median = bytes[Math.floor((bytes.length - 1) / 2)]!;
			const lcp = Math.max(...of.map((r) => r.lcp));
			const cls = Math.max(...of.map((r) => r.cls));
			return `${type.padEnd(9)}  pages ${String(of.length).padStart(2)}  JS median ${String(median).padStart(6)} B, max ${String(bytes.at(-1)).padStart(6)} B  LCP max ${String(Math.round(lcp)).padStart(5)} ms  CLS max ${cls.toFixed(3)}`;
		})
		.join('\n');
}

/**
 * prose = a bare Starlight doc page — the lightest page with a sidebar and no widgets (home and 404 are
 * splash pages and load less) — × 1.05; every page above that gets its own entry × 1.10.
 */
function generateBudget(rows: PageLoad[]): Budget {
	const round = (n: number) => Math.ceil(n / 100) * 100;
	const bare = Math.min(...rows.filter((r) => r.type === 'prose').map((r) => r.jsBytes));
	const prose = round(bare * PROSE_TOLERANCE);
	const out: Record<string, number> = {};
	for (const r of [...rows].sort((a, b) => a.path.localeCompare(b.path)))
		if (r.jsBytes > prose) out[r.path] = round(r.jsBytes * HEADROOM);
	return { prose, pages: out };
}

describe.skipIf(!browserAvailable)('page weight, LCP and CLS before any interaction', () => {
	let site: Site;
	const loads = new Map<string, PageLoad>();
	let budget: Budget;

	beforeAll(async () => {
		site = await startSite(distHeaders());
		const queue = [...pages];
		await Promise.all(
			Array.from({ length: PARALLEL }, async () => {
				for (let next = queue.shift(); next; next = queue.shift())
					loads.set(next.path, await measurePage(site, next.path, next.html));
			}),
		);
		const rows = pages.map((p) => loads.get(p.path)!);
		if (process.env.UPDATE_BUDGETS === '1') {
			writeFileSync(budgetFile, `${JSON.stringify(generateBudget(rows), null, '\t')}\n`);
			console.log(`wrote ${budgetFile}`);
		}
		budget = JSON.parse(readFileSync(budgetFile, 'utf8')) as Budget;
		console.log(
			`Before any interaction (JS = gzip bytes of scripts fetched + inline):\n${table(rows, budget)}\n\nPer page type:\n${typeSummary(rows)}`,
		);
	}, 300_000);
	afterAll(async () => {
		await site?.close();
		await closeBrowser();
	});

	test.each(pages.map((p) => p.path))('%s is within its JS budget', (path) => {
		const load = loads.get(path)!;
		const limit = budget.pages[path] ?? budget.prose;
		expect(
			load.jsBytes,
			`${path} fetches ${load.jsBytes} B of gzipped JS before any interaction; budget ${limit} B (${budget.pages[path] ? 'its own entry' : 'prose'}):\n${load.scripts.join('\n')}`,
		).toBeLessThanOrEqual(limit);
	});

	test.each(pages.map((p) => p.path))('%s does not shift while it loads (CLS 0)', (path) => {
		const load = loads.get(path)!;
		expect(load.cls, `${path} shifted:\n${load.shifts.join('\n')}`).toBe(0);
	});

	test('every page listed in the budget file exists, and prose pages stay near a bare Starlight page', () => {
		const paths = new Set(pages.map((p) => p.path));
		expect(Object.keys(budget.pages).filter((path) => !paths.has(path))).toEqual([]);
		expect(budget.prose).toBeGreaterThan(0);
		expect(budget.prose).toBeLessThan(60_000);
	});
});

describe.skipIf(!browserAvailable)('widgets below the fold load as the reader scrolls to them', () => {
	const site = useSite(distHeaders());

	test.each(SCROLLED_PAGES)('%s: a lower widget mounts when scrolled near, and nothing shifts', async (path) => {
		const { page, problems, close } = await openPage(site, path, { lazyWidgets: true });
		try {
			await settle(page);
			const waiting = page.locator('[data-widget]:not([data-mounted])');
			const below = await waiting.count();
			expect(below, `${path}: a widget below the fold that has not loaded`).toBeGreaterThan(0);
			const before = await fetchedScripts(page);
			for (let left = below; left > 0; left--) {
				await waiting.first().evaluate((root) => root.scrollIntoView({ block: 'center' }));
				await expect.poll(() => waiting.count(), { message: `${path}: mounted after scrolling` }).toBeLessThan(left);
			}
			expect((await fetchedScripts(page)).length, "scrolling fetched the widgets' scripts").toBeGreaterThan(
				before.length,
			);
			const { cls, shifts } = await paintMetrics(page);
			expect(cls, `${path} shifted:\n${shifts.join('\n')}`).toBe(0);
			expect(problems.consoleErrors.concat(problems.pageErrors, problems.failedRequests)).toEqual([]);
		} finally {
			await close();
		}
	});
});
