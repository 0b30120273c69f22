/**
 * Astro's `client:visible`, for our plain-script widgets: a widget's browser module (its
 * `<Widget>.client.ts`, the engine and views it imports) is fetched only when one of its instances
 * comes near the viewport, or when focus moves into one (keyboard, skip link). Until then the reader
 * sees the build-time output, which says the same words (test/e2e/widget-parity.test.ts).
 *
 * Every component's one-line `<script>import './<Widget>.client';</script>` is turned into a call of
 * this function at build time by scripts/lazy-widgets.mjs; components keep the one-line import.
 * This module imports nothing, so it is all a page with widgets loads up front.
 */

/** How far outside the viewport a widget starts loading: about a screen's scroll ahead. */
export const NEAR_VIEWPORT_MARGIN = '600px 0px';

/**
 * Calls `load` once, when the first `[data-widget]` root named in `names` intersects the viewport
 * grown by NEAR_VIEWPORT_MARGIN, or receives focus. Without IntersectionObserver it loads at once.
 */
export function loadWhenNear(names: readonly string[], load: () => Promise<unknown>): void {
	const roots = names.flatMap((name) => [...document.querySelectorAll<HTMLElement>(`[data-widget="${name}"]`)]);
	if (roots.length === 0) return;
	let observer: IntersectionObserver | undefined;
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		observer?.disconnect();
		for (const root of roots) root.removeEventListener('focusin', start);
		load().catch((error: unknown) => console.error(`widget ${names.join(', ')}: could not load its script`, error));
	};
	if (!('IntersectionObserver' in window)) return start();
	observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), {
		rootMargin: NEAR_VIEWPORT_MARGIN,
	});
	for (const root of roots) {
		observer.observe(root);
		root.addEventListener('focusin', start);
	}
}
