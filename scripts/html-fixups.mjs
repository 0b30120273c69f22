// @ts-check
/**
 * Accessibility fix-ups applied to the built HTML (scripts/html-postprocess.mjs), for markup that
 * Starlight, Expressive Code and Markdown tables produce and pages cannot annotate themselves:
 *
 * - Scrollable regions must be reachable by keyboard (WCAG 2.1.1; axe `scrollable-region-focusable`).
 *   Code blocks (`<pre>`), Markdown tables (Starlight styles them `overflow: auto`) and the kit's
 *   `.dla-table-wrap` scroll sideways on a phone, so each gets `tabindex="0"` unless it has one.
 *   A table directly inside a `.dla-table-wrap` is left alone: its wrapper is the scroller (custom.css
 *   stops such a table scrolling itself). Nothing inside `aria-hidden="true"` is made focusable.
 *
 * Widgets that build a `.dla-table-wrap` in the browser must set `tabindex: '0'` themselves.
 */
import { applyEdits, childrenOf, parsePage } from './html-edits.mjs';

/** @typedef {import('./html-edits.mjs').HtmlNode} HtmlNode */
/** @typedef {import('./html-edits.mjs').Edit} Edit */
/** @typedef {import('parse5').DefaultTreeAdapterTypes.Element} HtmlElement An element node (attributes, tag name). */

/**
 * @param {HtmlElement} node
 * @returns {string[]} the element's class names
 */
const classes = (node) => (node.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/);

/**
 * Edits that add tabindex="0" to the start tags of scrollable containers that have no tabindex. Parsed
 * (with source offsets), not regexed: attribute values such as a widget's data-initial JSON may contain "<pre".
 * @param {HtmlNode} document the page parsed by `parsePage()`
 * @returns {Edit[]}
 */
export function scrollerEdits(document) {
	/** @type {Edit[]} */
	const edits = [];
	/**
	 * @param {HtmlNode} node
	 * @param {HtmlNode | undefined} parent
	 * @param {boolean} hidden whether an ancestor has aria-hidden="true"
	 */
	const walk = (node, parent, hidden) => {
		// Nothing inside aria-hidden may be focusable (axe `aria-hidden-focus`), e.g. a line-number gutter.
		const isHidden =
			hidden || ('attrs' in node && node.attrs.some((a) => a.name === 'aria-hidden' && a.value === 'true'));
		if ('tagName' in node && !isHidden && !node.attrs.some((a) => a.name === 'tabindex')) {
			const scroller =
				node.tagName === 'pre' ||
				(node.tagName === 'div' && classes(node).includes('dla-table-wrap')) ||
				(node.tagName === 'table' &&
					!(
						parent !== undefined &&
						'tagName' in parent &&
						parent.tagName === 'div' &&
						classes(parent).includes('dla-table-wrap')
					));
			if (scroller && node.sourceCodeLocation?.startTag) {
				const at = node.sourceCodeLocation.startTag.startOffset + 1 + node.tagName.length;
				edits.push({ start: at, end: at, text: ' tabindex="0"' });
			}
		}
		for (const child of childrenOf(node)) walk(child, node, isHidden);
	};
	walk(document, undefined, false);
	return edits;
}

/**
 * `scrollerEdits()` applied to one whole page.
 * @param {string} html a whole HTML document
 * @returns {string}
 */
export function focusableScrollers(html) {
	return applyEdits(html, scrollerEdits(parsePage(html)));
}
