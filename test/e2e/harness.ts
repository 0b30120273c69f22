/**
 * Drives the built site (dist/) in Debian's Chromium through playwright-core.
 *
 * - `startSite()` serves dist/ on 127.0.0.1 with a static server (no dev server, no network).
 * - `openPage(path)` opens a page in a fresh context and records console errors, uncaught exceptions,
 *   failed requests and every request to a host other than the local server, so tests can assert there
 *   are none; `cspViolations(page)` lists the Content-Security-Policy violations it reported.
 * - Without Chromium (the headless shell, or /usr/bin/chromium) the e2e suite is skipped with a visible message, except in CI
 *   (CI=true), where a missing browser is a failure: `.ci/run` installs it.
 *
 * How an e2e file is written (and why it is fast): `const site = useSite()` (the site started before the
 * file's tests, stopped after them with this file's browser connection), and
 * `const { page, close } = await openPage(site, path)` … `close()` per check. The whole e2e run shares one Chromium (test/e2e/global-setup.ts launches it, `openPage`
 * connects to it), and two files run at a time, so a file must not depend on another's state — every
 * `openPage` is a new context (own storage, cookies, service workers) — and `closeBrowser()` only
 * disconnects this file. A check that every page needs (errors, sideways scroll, axe, one <h1>, …) goes
 * in site-pages.test.ts, which visits each page once for all of them (test/e2e/every-page.ts), rather
 * than in a chapter's file that loads its pages again; a chapter's file checks its widgets' behaviour, and
 * runs axe only on states site-pages does not see (an opened panel, a finding list), with ./axe.ts.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { everyWidgetMounted, reportEveryWidgetVisible } from './every-widget';
import { CHROMIUM_ARGS, CHROMIUM_PATH, browserAvailable } from './harness-config';

export { CHROMIUM_PATH, browserAvailable };
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

if (!browserAvailable) {
	if (process.env.CI === 'true')
		throw new Error(
			`e2e: Chromium not found at ${CHROMIUM_PATH}; CI must install it (apt-get install -y chromium-headless-shell)`,
		);
	console.warn(`\n⚠ e2e tests SKIPPED: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium-headless-shell)\n`);
}

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

export interface Site {
	origin: string;
	close(): Promise<void>;
}

/**
 * The response headers the build wrote for every page (the `/*` rule of dist/_headers, Netlify /
 * Cloudflare Pages format), including the Content-Security-Policy: `startSite(distHeaders())` serves
 * the site as the production host would.
 */
export function distHeaders(): Record<string, string> {
	const file = join(distDir, '_headers');
	const headers: Record<string, string> = {};
	if (!existsSync(file)) return headers;
	let inRule = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (/^\S/.test(line)) inRule = line.trim() === '/*';
		else if (inRule && line.includes(':')) {
			const separator = line.indexOf(':');
			headers[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
		}
	}
	return headers;
}

/**
 * Extra response headers for every page, e.g. a Content-Security-Policy under test. `override` may
 * answer a path with other bytes than dist/ has (a test's "new deploy" of one file).
 */
export async function startSite(
	headers: Record<string, string> = {},
	override?: (pathname: string) => Buffer | string | undefined,
): Promise<Site> {
	const server: Server = createServer((req, res) => {
		// Never throw here: an exception would leave the request hanging until the browser times out
		// (e.g. when dist/ is being rebuilt under the test); answer 500 instead.
		try {
			const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			let file = normalize(join(distDir, pathname));
			if (!file.startsWith(distDir)) {
				res.writeHead(403).end();
				return;
			}
			const replaced = override?.(pathname);
			if (replaced !== undefined) {
				res.writeHead(200, { 'content-type': MIME[extname(pathname)] ?? 'application/octet-stream', ...headers });
				res.end(replaced);
				return;
			}
			if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
			if (!existsSync(file)) {
				res
					.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headers })
					.end(readFileSync(join(distDir, '404.html')));
				return;
			}
			const body = readFileSync(file);
			res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', ...headers });
			res.end(body);
		} catch (error) {
			if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
			res.end(`test server: ${String(error)}`);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('no port');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/**
 * The site for the tests of one file (or describe block): started before them and stopped after them,
 * when this file's browser connection is closed too. The returned Site reads the started one, so it can
 * be passed to `openPage` from any test.
 */
export function useSite(...startArgs: Parameters<typeof startSite>): Site {
	let started: Site | undefined;
	beforeAll(async () => {
		started = await startSite(...startArgs);
	});
	afterAll(async () => {
		await started?.close();
		await closeBrowser();
	});
	return {
		get origin() {
			if (!started) throw new Error('useSite(): the site is started in beforeAll, read it inside a test');
			return started.origin;
		},
		close: async () => started?.close(),
	};
}

let browserPromise: Promise<Browser> | undefined;
/**
 * The browser this test file opens its pages in: the run's shared Chromium (started once by
 * test/e2e/global-setup.ts) when there is one, else a Chromium of this file's own.
 */
export function launchBrowser(): Promise<Browser> {
	const shared = sharedEndpoint();
	browserPromise ??= shared
		? chromium.connect(shared)
		: chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
	return browserPromise;
}
/** Closes this file's contexts; the shared Chromium itself stays up for the other files. */
export async function closeBrowser(): Promise<void> {
	if (browserPromise) await (await browserPromise).close();
	browserPromise = undefined;
}
function sharedEndpoint(): string {
	try {
		return inject('chromiumEndpoint') ?? '';
	} catch {
		return ''; // not under Vitest's e2e project (e.g. a script importing the harness)
	}
}

export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
	failedRequests: string[];
	foreignRequests: string[];
}
export interface OpenedPage {
	page: Page;
	context: BrowserContext;
	problems: PageProblems;
	close(): Promise<void>;
}

export interface OpenOptions {
	colorScheme?: 'light' | 'dark';
	width?: number;
	height?: number;
	javaScriptEnabled?: boolean;
	/**
	 * The site registers a service worker that precaches every file; a fresh context per page would
	 * download the whole site each time, so tests block it unless they test offline reading.
	 */
	serviceWorkers?: 'allow' | 'block';
	/**
	 * Widget scripts load as a reader's scrolling brings them near (true), or every one with the page
	 * and openPage() returns once all have mounted (default, see every-widget.ts): most tests drive
	 * widgets anywhere on the page straight away.
	 */
	lazyWidgets?: boolean;
}

/**
 * Opens Starlight's search dialog and returns its query input. Starlight builds the Pagefind UI in a
 * requestIdleCallback after DOMContentLoaded, which a busy machine can delay; wait for it explicitly.
 * Alone it takes ~40 ms (also beside two busy loops); under the full run on a loaded host it once took
 * over 45 s (a .ci/run on 2026-12-01), so the wait is 75 s and the tests that search allow 150 s.
 */
export async function openSearch(page: Page): Promise<import('playwright-core').Locator> {
	await page.locator('#starlight__search input').first().waitFor({ state: 'attached', timeout: 75_000 });
	await page
		.getByRole('button', { name: /search/i })
		.first()
		.click();
	const input = page.locator('dialog[open] input').first();
	await input.waitFor({ state: 'visible', timeout: 10_000 });
	return input;
}

/** The Content-Security-Policy violations the page has reported so far (`securitypolicyviolation` events). */
export function cspViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __dlaCspViolations?: string[] }).__dlaCspViolations ?? []);
}

/** Opens `path` (e.g. `/iam/permissions/?policy=…`) on `site` and records what went wrong. */
export async function openPage(site: Site, path: string, options: OpenOptions = {}): Promise<OpenedPage> {
	const browser = await launchBrowser();
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
		colorScheme: options.colorScheme ?? 'light',
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		serviceWorkers: options.serviceWorkers ?? 'block',
	});
	const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
	const page = await context.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error') problems.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
	page.on('requestfailed', (request) =>
		problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`),
	);
	page.on('response', (response) => {
		if (response.status() >= 400) problems.failedRequests.push(`${response.url()} ${response.status()}`);
	});
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(site.origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
			problems.foreignRequests.push(url);
	});
	// Record Content-Security-Policy violations (Chromium also logs them as console errors); see cspViolations().
	await context.addInitScript(() => {
		const seen: string[] = ((window as unknown as { __dlaCspViolations: string[] }).__dlaCspViolations = []);
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || 'page'}:${event.lineNumber})`,
			);
		});
	});
	if (!options.lazyWidgets) await context.addInitScript(reportEveryWidgetVisible);
	// Starlight reads the theme from localStorage; seed it so dark/light is deterministic.
	if (options.colorScheme)
		await context.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), options.colorScheme);
	await page.goto(site.origin + path, { waitUntil: 'load' });
	if (!options.lazyWidgets && options.javaScriptEnabled !== false) await everyWidgetMounted(page);
	return { page, context, problems, close: () => context.close() };
}

/** What a page with no console errors, uncaught exceptions, failed or foreign requests records. */
export const NO_PROBLEMS: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };

/**
 * How many pages a test opens at once (each in its own context). Page loads wait on the network and
 * timers as much as on the CPU, so a few at a time keep 2 cores busy.
 */
export const PAGES_AT_ONCE = 3;
