// @ts-check
/**
 * What the build's HTML post-processing steps share (scripts/html-postprocess.mjs runs them): a parse of
 * a page with source offsets, edits made at those offsets, and the list of pages in dist/. Each step
 * reads the one parsed tree and returns edits, so a page is parsed once however many steps there are.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { scanPage } from './html-scan.mjs';

/** @typedef {import('parse5').DefaultTreeAdapterTypes.Node} HtmlNode A node of the tree parse5 builds. */
/** @typedef {import('parse5').DefaultTreeAdapterTypes.Document} HtmlDocument A parsed page. */
/** @typedef {{ start: number, end: number, text: string }} Edit Replace html[start, end) by text (start = end: insert). */

/**
 * Parses a whole page, with each element's source offsets (`sourceCodeLocation`): the fast scan of
 * scripts/html-scan.mjs when it is sure of the tree, else parse5. The steps read both the same way.
 * @param {string} html
 * @returns {HtmlDocument}
 */
export function parsePage(html) {
	return /** @type {HtmlDocument | undefined} */ (scanPage(html)) ?? parseWithParse5(html);
}

/**
 * A full HTML parse (parse5) with source offsets: what `parsePage()` falls back to.
 * @param {string} html
 * @returns {HtmlDocument}
 */
export function parseWithParse5(html) {
	return parse(html, { sourceCodeLocationInfo: true });
}

/**
 * The children of a node; a <template>'s children live in its `content` fragment, not in `childNodes`.
 * @param {HtmlNode} node
 * @returns {HtmlNode[]}
 */
export function childrenOf(node) {
	return 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
}

/**
 * Applies edits made against the same text; they must not overlap. Insertions at one offset keep their order.
 * @param {string} html
 * @param {Edit[]} edits
 * @returns {string}
 */
export function applyEdits(html, edits) {
	const sorted = edits
		.map((edit, index) => ({ edit, index }))
		.sort((a, b) => a.edit.start - b.edit.start || a.index - b.index);
	let out = '';
	let at = 0;
	for (const { edit } of sorted) {
		if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
		out += html.slice(at, edit.start) + edit.text;
		at = edit.end;
	}
	return out + html.slice(at);
}

/**
 * Paths of every .html file under `dir`, recursively.
 * @param {string} dir
 * @returns {Generator<string, void, undefined>}
 */
export function* htmlFiles(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}
