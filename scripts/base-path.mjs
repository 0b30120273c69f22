// @ts-check
/**
 * Makes root-relative links work when the site is served under a sub-path (BASE_PATH), as on a GitHub
 * Pages project site (https://owner.github.io/repo/). Pages, components and frontmatter write links as
 * `/iam/roles/` (checked by test/site/links.test.ts in a build with base `/`); Starlight prefixes its
 * own navigation with the base but not those, so after the build `basePathEdits()` rewrites the
 * `href`/`src`/`poster`/`srcset` attributes of every dist/ page (scripts/html-postprocess.mjs). With the
 * default base `/` it does nothing.
 */
import { withBase } from '../src/scripts/base-path.mjs';
import { childrenOf } from './html-edits.mjs';

/** @typedef {import('./html-edits.mjs').HtmlNode} HtmlNode */
/** @typedef {import('./html-edits.mjs').Edit} Edit */

/** Attributes that hold a URL (or, srcset, a list of them). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'srcset']);

export { withBase };

/**
 * Rewrites the quoted href/src/poster/srcset attributes in a piece of HTML source (a whole start tag or one
 * attribute as written, e.g. `href="/iam/"`).
 * @param {string} base the site's base path, e.g. `/repo/`
 * @param {string} html
 * @returns {string}
 */
export function rewriteHtml(base, html) {
	return html
		.replace(
			/(^|\s)((?:href|src|poster)=)(["'])(\/[^"']*)\3/g,
			(
				_,
				/** @type {string} */ space,
				/** @type {string} */ attr,
				/** @type {string} */ quote,
				/** @type {string} */ url,
			) => `${space}${attr}${quote}${withBase(base, url)}${quote}`,
		)
		.replace(
			/(^|\s)(srcset=)(["'])([^"']*)\3/g,
			(
				_,
				/** @type {string} */ space,
				/** @type {string} */ attr,
				/** @type {string} */ quote,
				/** @type {string} */ list,
			) =>
				`${space}${attr}${quote}${list
					.split(',')
					.map((candidate) =>
						candidate.replace(
							/^(\s*)(\S+)/,
							(/** @type {string} */ __, /** @type {string} */ lead, /** @type {string} */ url) =>
								lead + withBase(base, url),
						),
					)
					.join(',')}${quote}`,
		);
}

/**
 * Edits that prefix the base to every root-relative URL attribute of a parsed page (never text, scripts
 * or other attributes that merely contain `href="/…"`).
 * @param {string} base the site's base path, e.g. `/` or `/repo/`
 * @param {HtmlNode} document the page parsed by `parsePage()`
 * @param {string} html the page's source, which the tree's offsets point into
 * @returns {Edit[]}
 */
export function basePathEdits(base, document, html) {
	/** @type {Edit[]} */
	const edits = [];
	if (base === '/' || base === '') return edits;
	/** @param {HtmlNode} node */
	const walk = (node) => {
		const attrs = 'tagName' in node ? node.sourceCodeLocation?.attrs : undefined;
		for (const [name, { startOffset, endOffset }] of Object.entries(attrs ?? {})) {
			if (!URL_ATTRIBUTES.has(name)) continue;
			const written = html.slice(startOffset, endOffset);
			const rewritten = rewriteHtml(base, written);
			if (rewritten !== written) edits.push({ start: startOffset, end: endOffset, text: rewritten });
		}
		for (const child of childrenOf(node)) walk(child);
	};
	walk(document);
	return edits;
}
