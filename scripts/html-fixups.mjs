// @ts-check
/**
 * Accessibility fix-ups applied to the built HTML, for markup that Starlight, Expressive Code and
 * Markdown tables produce and pages cannot annotate themselves:
 *
 * - Scrollable regions must be reachable by keyboard (WCAG 2.1.1; axe `scrollable-region-focusable`).
 *   Code blocks (`<pre>`), Markdown tables (Starlight styles them `overflow: auto`) and the kit's
 *   `.dla-table-wrap` scroll sideways on a phone, so each gets `tabindex="0"` unless it has one.
 *   A table directly inside a `.dla-table-wrap` is left alone: its wrapper is the scroller (custom.css
 *   stops such a table scrolling itself). Nothing inside `aria-hidden="true"` is made focusable.
 *
 * Widgets that build a `.dla-table-wrap` in the browser must set `tabindex: '0'` themselves.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';

/** @typedef {import('parse5').DefaultTreeAdapterTypes.Node} HtmlNode A node of the tree parse5 builds. */
/** @typedef {import('parse5').DefaultTreeAdapterTypes.Element} HtmlElement An element node (attributes, tag name). */

/**
 * Adds tabindex="0" to the start tags of scrollable containers that have no tabindex. Parsed (with
 * source offsets), not regexed: attribute values such as a widget's data-initial JSON may contain "<pre".
 * @param {string} html a whole HTML document
 * @returns {string}
 */
export function focusableScrollers(html) {
	/** @type {number[]} */
	const insertAt = [];
	/**
	 * @param {HtmlElement} node
	 * @returns {string[]} the element's class names
	 */
	const classes = (node) => (node.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/);
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
			if (scroller && node.sourceCodeLocation?.startTag)
				insertAt.push(node.sourceCodeLocation.startTag.startOffset + 1 + node.tagName.length);
		}
		// A <template>'s children live in its `content` fragment, not in `childNodes`.
		const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
		for (const child of children) walk(child, node, isHidden);
	};
	walk(parse(html, { sourceCodeLocationInfo: true }), undefined, false);
	let out = html;
	for (const offset of insertAt.sort((x, y) => y - x)) out = `${out.slice(0, offset)} tabindex="0"${out.slice(offset)}`;
	return out;
}

/**
 * Paths of every .html file under `dir`, recursively.
 * @param {string} dir
 * @returns {Generator<string, void, undefined>}
 */
function* htmlFiles(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

/**
 * Astro integration: applies the fix-ups to every page after the build.
 * @returns {import('astro').AstroIntegration}
 */
export function htmlFixups() {
	return {
		name: 'dla-html-fixups',
		hooks: {
			'astro:build:done': ({ dir }) => {
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const fixed = focusableScrollers(html);
					if (fixed !== html) writeFileSync(file, fixed);
				}
			},
		},
	};
}
