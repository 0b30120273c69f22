/**
 * One visit per page and viewport for all the every-page checks of test/e2e/site-pages.test.ts (CSP,
 * axe, errors, phone layout, layout shift, widget parity), instead of one visit per check file:
 *
 * - `narrow(path, 'light' | 'dark')`: one load at 320 px — the phone checks on the page as loaded (layout
 *   shift while it settles, whole words, monospace code, diagram labels, skip link, URL unchanged, the
 *   widgets' text with JavaScript on), the page switched to dark for the dark checks (theme, sideways
 *   scroll, axe's colour contrast), then back to light for the light ones (every widget's controls
 *   edited and clicked under the CSP, axe);
 * - `noScript(path)`: 320 px, JavaScript off — the widgets' text as Astro rendered it.
 *
 * Layout shift at 1280 px is page-weight.test.ts's: it loads every page there as a reader does (widget
 * scripts as they come near the viewport) and expects CLS 0. A second 1280 px load here, with every
 * widget mounted at once, repeated that check for a sixth of this file's time.
 *
 * Each visit runs once, when a test first asks for it (so `-t '/iam/roles/'` loads only that page), and
 * at most PAGES_AT_ONCE run at a time, each in its own context. The site is served with the production
 * headers of dist/_headers, CSP included.
 */
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './axe';
import { cspViolations, NO_PROBLEMS, openPage, PAGES_AT_ONCE, type PageProblems, type Site } from './harness';
import {
	brokenWords,
	exerciseWidgets,
	layoutShifts,
	overflowingWidgets,
	proportionalCode,
	settle,
	skipLink,
	smallDiagramText,
	unnamedTableScrollers,
	widestElements,
	widgetTexts,
	type LayoutShift,
} from './page-checks';

export const NARROW = 320;
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

export type Scheme = 'light' | 'dark';

/** What site-pages asserts is empty for a page in one scheme. */
export interface PageReport extends PageProblems {
	cspViolations: string[];
	horizontalScroll: string[];
	axe: string[];
}

/** What the phone checks read from the 320 px light load, before anything is clicked. */
export interface PhoneReport {
	brokenWords: string[];
	proportionalCode: string[];
	smallDiagramText: string[];
	overflowing: string[];
	skipLink: { firstExample: string | null; href: string | null };
	urlAfterLoad: string;
	urlLoaded: string;
	shifts: LayoutShift[];
	/** How many <h1> the page has (one: Starlight's title). */
	headings: number;
	unnamedTableScrollers: string[];
	/** Every widget's text once its script has rendered, by id (widgetTexts). */
	texts: Record<string, string>;
}

export interface NarrowVisit {
	page: PageReport;
	/** Only from the light visit. */
	phone: PhoneReport | undefined;
	widgets: number;
}

/** A counting semaphore: at most `limit` page visits at once. */
function limiter(limit: number) {
	let running = 0;
	const waiting: (() => void)[] = [];
	return async <T>(work: () => Promise<T>): Promise<T> => {
		if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
		running++;
		try {
			return await work();
		} finally {
			running--;
			waiting.shift()?.();
		}
	};
}

export class EveryPage {
	private readonly visits = new Map<string, Promise<unknown>>();
	private readonly slot = limiter(PAGES_AT_ONCE);
	/** Page loads so far, by kind, for the summary lines. */
	readonly loads = { narrow: 0, noScript: 0 };

	constructor(private readonly site: () => Site) {}

	private once<T>(key: string, visit: () => Promise<T>): Promise<T> {
		let pending = this.visits.get(key) as Promise<T> | undefined;
		if (!pending) {
			pending = this.slot(visit);
			this.visits.set(key, pending);
		}
		return pending;
	}

	/** The 320 px visit in `scheme` (both schemes come from one load, see narrowVisit). */
	async narrow(path: string, scheme: Scheme): Promise<NarrowVisit> {
		return (await this.once(`narrow ${path}`, () => this.narrowVisit(path)))[scheme];
	}

	/**
	 * One load at 320 px in light mode: the phone checks as loaded; then the page switched to dark as the
	 * theme picker does (data-theme, the stored choice, prefers-color-scheme: every theme style of the site
	 * keys off data-theme and no widget script reads the theme) for the dark checks; then back to light,
	 * where every widget is exercised before the light checks. A load per scheme cost a quarter of this
	 * file's page loads and checked nothing the switch does not.
	 */
	private async narrowVisit(path: string): Promise<Record<Scheme, NarrowVisit>> {
		this.loads.narrow++;
		const site = this.site();
		const { page, problems, close } = await openPage(site, path, { colorScheme: 'light', width: NARROW, height: 800 });
		try {
			await settle(page);
			// layoutShifts() waits 700 ms: a widget writing its state in a timer after mount is caught too.
			const shifts = await layoutShifts(page);
			const phone: PhoneReport = {
				brokenWords: await brokenWords(page),
				proportionalCode: await proportionalCode(page),
				smallDiagramText: await smallDiagramText(page),
				overflowing: await overflowingWidgets(page),
				skipLink: await skipLink(page),
				urlLoaded: site.origin + path,
				urlAfterLoad: page.url(),
				shifts,
				headings: await page.locator('h1').count(),
				unnamedTableScrollers: await unnamedTableScrollers(page),
				texts: await widgetTexts(page),
			};
			const lightScroll = await sidewaysScroll(page, path, 'light');

			const before = { ...countsOf(problems), csp: (await cspViolations(page)).length };
			await switchTheme(page, 'dark');
			const darkScroll = await sidewaysScroll(page, path, 'dark');
			const darkAxe = await pageAxeViolations(page, path, 'dark');
			const dark: PageReport = {
				...problemsSince(problems, before),
				cspViolations: (await cspViolations(page)).slice(before.csp),
				horizontalScroll: darkScroll,
				axe: darkAxe,
			};

			await switchTheme(page, 'light');
			const widgets = await exerciseWidgets(page);
			const lightAxe = await pageAxeViolations(page, path, 'light');
			const light: PageReport = {
				...problemsSince(problems, countsOf(NO_PROBLEMS)),
				cspViolations: await cspViolations(page),
				horizontalScroll: lightScroll,
				axe: lightAxe,
			};
			return { light: { phone, widgets, page: light }, dark: { phone: undefined, widgets: 0, page: dark } };
		} finally {
			await close();
		}
	}

	noScript(path: string): Promise<Record<string, string>> {
		return this.once(`noScript ${path}`, async () => {
			this.loads.noScript++;
			const { page, close } = await openPage(this.site(), path, {
				width: NARROW,
				height: 800,
				javaScriptEnabled: false,
			});
			try {
				return await widgetTexts(page);
			} finally {
				await close();
			}
		});
	}
}

/** Switches the page's theme as Starlight's theme picker does, and waits for it to be drawn. */
async function switchTheme(page: Page, scheme: Scheme): Promise<void> {
	await page.emulateMedia({ colorScheme: scheme });
	await page.evaluate((theme) => {
		localStorage.setItem('starlight-theme', theme);
		document.documentElement.dataset['theme'] = theme;
	}, scheme);
	await settle(page);
}

/** The page is in `scheme` and no wider than the phone; the widest elements when it is. */
async function sidewaysScroll(page: Page, path: string, scheme: Scheme): Promise<string[]> {
	const { scrollWidth, theme } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		theme: document.documentElement.dataset['theme'],
	}));
	if (theme !== scheme) throw new Error(`${path}: expected the ${scheme} theme, page has ${theme}`);
	return scrollWidth > NARROW ? [`scrollWidth ${scrollWidth} > ${NARROW}: ${await widestElements(page, NARROW)}`] : [];
}

type ProblemCounts = Record<keyof PageProblems, number>;

function countsOf(problems: PageProblems): ProblemCounts {
	return {
		consoleErrors: problems.consoleErrors.length,
		pageErrors: problems.pageErrors.length,
		failedRequests: problems.failedRequests.length,
		foreignRequests: problems.foreignRequests.length,
	};
}

/** The problems recorded after `from` (a copy: the lists keep growing while the page is open). */
function problemsSince(problems: PageProblems, from: ProblemCounts): PageProblems {
	return {
		consoleErrors: problems.consoleErrors.slice(from.consoleErrors),
		pageErrors: problems.pageErrors.slice(from.pageErrors),
		failedRequests: problems.failedRequests.slice(from.failedRequests),
		foreignRequests: problems.foreignRequests.slice(from.foreignRequests),
	};
}

/**
 * Structure is the same in both themes; only colours differ. Light runs every axe rule on <main>
 * (the header and sidebar are the same on every page: checked whole on a few pages). Dark runs only
 * colour contrast, on what this site colours itself — widgets, code, tables, asides, figures — since
 * Starlight's own dark prose styles are the same on every page (checked whole on a few). axe's time
 * grows with the DOM, and contrast is its costliest rule.
 */
async function pageAxeViolations(page: Page, path: string, scheme: Scheme) {
	const rules = scheme === 'dark' ? { rules: ['color-contrast'] } : {};
	if (WHOLE_PAGE_AXE.has(path)) return seriousAxeViolations(page, rules);
	if (scheme === 'light') return seriousAxeViolations(page, { include: ['main'] });
	const targets = await page.evaluate(
		(selectors) => selectors.filter((selector) => document.querySelector(selector) !== null),
		DARK_CONTRAST_TARGETS,
	);
	return targets.length ? seriousAxeViolations(page, { include: targets, ...rules }) : [];
}
