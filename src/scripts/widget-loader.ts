/**
 * Astro's `client:visible`, for our plain-script widgets: a widget's browser module (its
 * `<Widget>.client.ts`, the engine and views it imports) is fetched only when one of its instances
 * comes near the viewport, or when focus moves into one (keyboard, skip link), or on a click in one.
 * Until then the reader sees the build-time output, which says the same words
 * (test/e2e/widget-parity.test.ts). A button clicked before the module has run (a slow connection, a
 * quick tap) is marked with CLICKED_BEFORE_MOUNT, and mountWidget() clicks it again once the widget is
 * set up, so the tap is not lost.
 *
 * Every component's one-line `<script>import './<Widget>.client';</script>` is turned into a call of
 * this function at build time by scripts/lazy-widgets.mjs; components keep the one-line import.
 * This module imports nothing, so it is all a page with widgets loads up front.
 */

/** How far outside the viewport a widget starts loading: about a screen's scroll ahead. */
export const NEAR_VIEWPORT_MARGIN = '600px 0px';

/** The attribute on the button last clicked in a widget before its script mounted it. */
export const CLICKED_BEFORE_MOUNT = 'data-clicked-before-mount';

/** Remembers a click on a button of a widget that is not mounted yet (the last one wins). */
function rememberEarlyClick(root: HTMLElement, event: Event): void {
	if (root.dataset['mounted'] !== undefined || !(event.target instanceof Element)) return;
	const button = event.target.closest('button');
	if (!button || !root.contains(button) || button.disabled) return;
	root.querySelector(`[${CLICKED_BEFORE_MOUNT}]`)?.removeAttribute(CLICKED_BEFORE_MOUNT);
	button.setAttribute(CLICKED_BEFORE_MOUNT, '');
}

/**
 * Calls `load` once, when the first `[data-widget]` root named in `names` intersects the viewport
 * grown by NEAR_VIEWPORT_MARGIN, or receives focus or a click. Without IntersectionObserver it loads at once.
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
	// Capture phase: the click is seen even where a child stops it; a mounted widget's handlers take it.
	for (const root of roots)
		root.addEventListener(
			'click',
			(event) => {
				rememberEarlyClick(root, event);
				start();
			},
			{ capture: true },
		);
	if (!('IntersectionObserver' in window)) return start();
	observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), {
		rootMargin: NEAR_VIEWPORT_MARGIN,
	});
	for (const root of roots) {
		observer.observe(root);
		root.addEventListener('focusin', start);
	}
}
