/**
 * "The page has done what it does on its own": no new resource for a while and the main thread idle.
 * Used to measure what a page fetches before the reader does anything (page-weight, catalogue tests).
 */
import type { Page } from 'playwright-core';

/** The network counts as settled after this long without a new resource entry. */
const QUIET_MS = 500;

/** Resolves once no resource entry has appeared for QUIET_MS after an idle callback (at most ~20 rounds). */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(async (quietMs) => {
		const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 }));
		let count = -1;
		for (let round = 0; round < 20; round++) {
			await idle();
			await new Promise((resolve) => setTimeout(resolve, quietMs));
			const now = performance.getEntriesByType('resource').length;
			if (now === count) return;
			count = now;
		}
	}, QUIET_MS);
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
