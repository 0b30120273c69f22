/**
 * What a page does on its own, read from the browser's Performance APIs: wait until it has settled
 * (no new resource for a while, main thread idle), list the scripts it fetched (Resource Timing), and
 * read Largest Contentful Paint and layout shifts (PerformanceObserver, buffered). Used by
 * page-weight.test.ts and iam-catalogue-on-edit.test.ts.
 */
import type { Page, Request } from 'playwright-core';

/** After the network went idle, the page is settled when an idle callback plus this long starts no request. */
const QUIET_MS = 300;
/**
 * How long a page may take to go network-idle. Alone a page takes a second or two; in the full run
 * Chromium shares 2 cores with another e2e file's pages, and Playwright's 30 s default once ran out
 * (page-weight.test.ts in a .ci/run on 2026-12-01, not reproduced in three runs since).
 */
const NETWORK_IDLE_TIMEOUT_MS = 90_000;

/**
 * Resolves once the page has stopped fetching on its own: Playwright's `networkidle` (no request for
 * 500 ms, counting those in flight since the navigation), then rounds of "an idle callback and
 * QUIET_MS" until one starts no request and none is in flight (a requestIdleCallback that imports a
 * module, like Starlight's search UI, counts).
 */
export async function settle(page: Page): Promise<void> {
	const inFlight = new Set<Request>();
	let started = 0;
	const onRequest = (request: Request) => {
		inFlight.add(request);
		started++;
	};
	const onDone = (request: Request) => inFlight.delete(request);
	page.on('request', onRequest);
	page.on('requestfinished', onDone);
	page.on('requestfailed', onDone);
	try {
		await page.waitForLoadState('networkidle', { timeout: NETWORK_IDLE_TIMEOUT_MS }).catch((error: unknown) => {
			// Say which page and which requests kept the network busy, so a failure can be read.
			const pending = [...inFlight].map((request) => request.url()).join(', ') || 'none seen';
			throw new Error(`${page.url()}: no network idle in ${NETWORK_IDLE_TIMEOUT_MS} ms; in flight: ${pending}`, {
				cause: error,
			});
		});
		for (let round = 0; round < 20; round++) {
			const before = started;
			await page.evaluate(
				(quietMs) =>
					new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, quietMs), { timeout: 2_000 })),
				QUIET_MS,
			);
			if (inFlight.size === 0 && started === before) return;
		}
	} finally {
		page.off('request', onRequest);
		page.off('requestfinished', onDone);
		page.off('requestfailed', onDone);
	}
}

/** Same-origin URL paths of every script the page has fetched so far (Resource Timing). */
export function fetchedScripts(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => new URL(entry.name))
			.filter((url) => url.origin === location.origin && /\.m?js$/.test(url.pathname))
			.map((url) => url.pathname),
	);
}

export interface PaintMetrics {
	/** Largest Contentful Paint, ms after navigation start (0: none reported). */
	lcp: number;
	/** Cumulative Layout Shift: the sum of every shift not caused by recent input. */
	cls: number;
	/** Each shift: its score, time and the elements that moved. */
	shifts: string[];
}

/** LCP and layout shifts so far (buffered entries, so the observer may start after the load). */
export function paintMetrics(page: Page): Promise<PaintMetrics> {
	return page.evaluate(async () => {
		type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
		const buffered = async <T extends PerformanceEntry>(type: string): Promise<T[]> => {
			const seen: PerformanceEntry[] = [];
			const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
			observer.observe({ type, buffered: true });
			await new Promise((resolve) => setTimeout(resolve, 50));
			seen.push(...observer.takeRecords());
			observer.disconnect();
			return seen as T[];
		};
		const name = (node: Node | null | undefined) =>
			node instanceof Element
				? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}`
				: (node?.nodeName ?? '?');
		const [lcp, shifts] = await Promise.all([
			buffered('largest-contentful-paint'),
			buffered<Shift>('layout-shift').then((all) => all.filter((shift) => !shift.hadRecentInput)),
		]);
		return {
			lcp: lcp.at(-1)?.startTime ?? 0,
			cls: shifts.reduce((sum, shift) => sum + shift.value, 0),
			shifts: shifts.map(
				(s) =>
					`${s.value.toFixed(4)} at ${Math.round(s.startTime)} ms: ${(s.sources ?? []).map((x) => name(x.node)).join(', ')}`,
			),
		};
	});
}
