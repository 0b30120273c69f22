// @ts-check
/**
 * One rule for links under a sub-path deploy (BASE_PATH, e.g. a GitHub Pages project site): used by the
 * build on every page (scripts/base-path.mjs) and by the browser on every view it renders
 * (src/scripts/dom.ts), so a link a widget re-renders points where the built page's link pointed.
 */

/**
 * `/iam/` → `/repo/iam/` for base `/repo/`; leaves `//host`, `#x`, `https:` and already-prefixed URLs alone.
 * @param {string} base the site's base path (Astro `config.base`), e.g. `/` or `/repo/`
 * @param {string} url an attribute value
 * @returns {string}
 */
export function withBase(base, url) {
	if (base === '/' || base === '') return url;
	if (!url.startsWith('/') || url.startsWith('//')) return url;
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	if (url === prefix || url.startsWith(`${prefix}/`)) return url;
	return prefix + url;
}
