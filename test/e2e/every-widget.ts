import type { Page } from 'playwright-core';

/**
 * Widget scripts load when their widget comes near the viewport (src/scripts/widget-loader.ts). Most
 * e2e tests drive widgets anywhere on a page straight after it loads, as a reader who had scrolled to
 * each would; `openPage()` runs this init script for them (unless `lazyWidgets: true`): it answers
 * IntersectionObserver for every `[data-widget]` root with "intersecting", at once, so each widget's
 * script loads with the page as before, and then waits until every widget has mounted. Other observed
 * elements get the real observer. The tests of
 * the lazy load itself (page-weight, iam-catalogue-on-edit) open pages with `lazyWidgets: true`.
 */
export function reportEveryWidgetVisible(): void {
	// Plain closures only: Playwright sends this function's source text to the page.
	const Real = window.IntersectionObserver;
	const callbacks = new WeakMap<IntersectionObserver, IntersectionObserverCallback>();
	window.IntersectionObserver = class extends Real {
		constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
			super(callback, options);
			callbacks.set(this, callback);
		}
		override observe(target: Element): void {
			if (!target.matches('[data-widget]')) return super.observe(target);
			const rect = target.getBoundingClientRect();
			const entry = {
				target,
				isIntersecting: true,
				intersectionRatio: 1,
				boundingClientRect: rect,
				intersectionRect: rect,
				rootBounds: null,
				time: performance.now(),
			} as IntersectionObserverEntry;
			queueMicrotask(() => callbacks.get(this)?.([entry], this));
		}
	};
}

/**
 * Waits until every widget on the page has mounted (its script ran `mountWidget`), as `openPage()`
 * did implicitly when widget scripts loaded with the page: a test can click straight away.
 */
export async function everyWidgetMounted(page: Page): Promise<void> {
	const waiting = () => [...document.querySelectorAll('[data-widget]:not([data-mounted])')].map((root) => root.id);
	try {
		await page.waitForFunction(() => document.querySelector('[data-widget]:not([data-mounted])') === null, undefined, {
			timeout: 15_000,
			polling: 50,
		});
	} catch {
		throw new Error(`${page.url()}: widgets that never mounted: ${(await page.evaluate(waiting)).join(', ')}`);
	}
}
