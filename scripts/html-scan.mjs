// @ts-check
/**
 * A fast parse of a built page for the post-processing steps (issue 19: build time). parse5 tokenizes
 * every character of a page (text, SVG paths, widget JSON) and builds a node for each; the steps only
 * read elements, their attributes with source offsets, and the text of <script>s. This scanner builds
 * exactly that, in parse5's shape (`tagName`, `attrs`, `childNodes`, `sourceCodeLocation.startTag` and
 * `.attrs`, a script's text as a child with a `value`), so every step reads either tree the same way.
 *
 * It only accepts a page whose tree it can build with certainty: end tags that close exactly the open
 * element (no implied end tags, no misnested or stray end tags), no block start tag inside an open
 * <p> (which HTML would close), no `&` or duplicate in an attribute the steps read, no CR or NUL in a
 * script (which the browser normalises before hashing), no <script>/<style> inside <svg>/<math>.
 * Anything else returns `undefined`, and html-edits.mjs parses that page with parse5 instead:
 * slower, never different. Astro's and Starlight's output takes the fast path.
 */

/** @typedef {{ name: string, value: string }} Attr */
/** @typedef {{ startOffset: number, endOffset: number }} Span */
/**
 * @typedef {{ nodeName: string, tagName: string, attrs: Attr[], childNodes: any[], parentNode: any,
 *   sourceCodeLocation: { startTag: Span, attrs: Record<string, Span> } }} ScanElement
 */

/** Elements that never have an end tag or children. */
const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'param',
	'source',
	'track',
	'wbr',
	'keygen',
	'frame',
	'basefont',
	'bgsound',
]);
/** Elements whose content is text up to their end tag (parse5 with scripting enabled, as the browser). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
/** Start tags that close an open <p> (HTML's "close a p element" rule); then the fast tree could differ. */
const CLOSES_P = new Set(
	(
		'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form ' +
		'h1 h2 h3 h4 h5 h6 header hgroup hr listing main menu nav ol p plaintext pre section summary table ul ' +
		'li dd dt xmp'
	).split(' '),
);
/** HTML start tags that end <svg>/<math> content (HTML's "breakout" list); simpler to fall back. */
const BREAKS_FOREIGN = new Set(
	(
		'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu ' +
		'meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var font'
	).split(' '),
);
/** Start tags HTML ignores or handles specially when one is already open (nested <a>, <form>, headings…). */
const NO_NESTING = new Set(['a', 'nobr', 'button', 'form', 'html', 'head', 'body', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADING = /^h[1-6]$/;
/** Start tags allowed directly in a table section; any other is moved out of the table ("foster parenting"). */
const TABLE_SECTIONS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const IN_TABLE = new Set([
	'caption',
	'colgroup',
	'col',
	'tbody',
	'thead',
	'tfoot',
	'tr',
	'td',
	'th',
	'script',
	'template',
	'style',
]);
/** Attributes a step reads by value: an entity in one would need decoding, so the page falls back. */
const READ_VALUES = new Set(['class', 'aria-hidden', 'type', 'src', 'tabindex', 'href', 'poster', 'srcset']);

/** An attribute: its name, then optionally `= "…"`, `= '…'` or an unquoted value. */
const ATTRIBUTE = /[^\s/>][^\s/>=]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/y;
const TAG_NAME = /[a-zA-Z][^\s/>]*/y;
const SPACE_OR_SLASH = /[\s/]*/y;

/**
 * The page as a parse5-shaped tree of its elements, or undefined when only a full parser can be sure.
 * @param {string} html
 * @returns {{ nodeName: '#document', childNodes: any[] } | undefined}
 */
export function scanPage(html) {
	/** @type {{ nodeName: '#document', childNodes: any[] }} */
	const document = { nodeName: '#document', childNodes: [] };
	/** @type {any[]} the open elements, innermost last; the document at the bottom */
	const open = [document];
	let foreign = 0;
	let openP = 0;
	/** Names of open elements that may not nest (see NO_NESTING), headings as `h`. */
	const openOnce = new Set();
	let at = 0;
	while (true) {
		const lt = html.indexOf('<', at);
		if (lt === -1) break;
		const next = html[lt + 1];
		if (next === '!' || next === '?') {
			// A comment (`<!--…-->`; its odd forms such as `<!-->` or `--!>` fall back), a doctype or `<?…>`.
			const comment = html.startsWith('<!--', lt);
			if (html.startsWith('<![CDATA[', lt)) return undefined;
			const close = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
			if (close === -1) return undefined;
			if (comment && (/^<!---?>/.test(html.slice(lt, lt + 6)) || html.slice(lt, close).includes('--!>')))
				return undefined;
			at = close + (comment ? 3 : 1);
			continue;
		}
		if (next === '/') {
			TAG_NAME.lastIndex = lt + 2;
			const name = TAG_NAME.exec(html)?.[0].toLowerCase();
			const close = html.indexOf('>', lt);
			if (!name || close === -1) return undefined;
			const top = open.at(-1);
			if (open.length === 1 || top.tagName.toLowerCase() !== name) return undefined;
			open.pop();
			if (name === 'svg' || name === 'math') foreign--;
			if (name === 'p') openP--;
			if (!foreign) openOnce.delete(HEADING.test(name) ? 'h' : name);
			at = close + 1;
			continue;
		}
		TAG_NAME.lastIndex = lt + 1;
		const rawName = TAG_NAME.exec(html)?.[0];
		if (!rawName) {
			// A `<` that starts no tag is text.
			at = lt + 1;
			continue;
		}
		const lower = rawName.toLowerCase();
		const tagName = foreign ? rawName : lower;
		const once = HEADING.test(lower) ? 'h' : lower;
		if (foreign) {
			if (BREAKS_FOREIGN.has(lower)) return undefined;
		} else if (
			(openP > 0 && CLOSES_P.has(lower)) ||
			(NO_NESTING.has(lower) && openOnce.has(once)) ||
			lower === 'image' ||
			(TABLE_SECTIONS.has(open.at(-1).tagName) && !IN_TABLE.has(lower))
		)
			return undefined;
		/** @type {Attr[]} */
		const attrs = [];
		/** @type {Record<string, Span>} */
		const attrSpans = {};
		let i = lt + 1 + rawName.length;
		let selfClosing = false;
		while (true) {
			SPACE_OR_SLASH.lastIndex = i;
			const gap = /** @type {RegExpExecArray} */ (SPACE_OR_SLASH.exec(html))[0];
			i += gap.length;
			if (html[i] === '>') {
				selfClosing = gap.endsWith('/');
				i++;
				break;
			}
			ATTRIBUTE.lastIndex = i;
			const attribute = ATTRIBUTE.exec(html)?.[0];
			if (!attribute) return undefined;
			const eq = attribute.indexOf('=');
			const name = (eq === -1 ? attribute : attribute.slice(0, eq)).trimEnd().toLowerCase();
			let value = eq === -1 ? '' : attribute.slice(eq + 1).trimStart();
			if (value[0] === '"' || value[0] === "'") value = value.slice(1, -1);
			if (name in attrSpans || (READ_VALUES.has(name) && value.includes('&'))) return undefined;
			attrs.push({ name, value });
			attrSpans[name] = { startOffset: i, endOffset: i + attribute.length };
			i += attribute.length;
		}
		const parent = open.at(-1);
		/** @type {ScanElement} */
		const element = {
			nodeName: tagName,
			tagName,
			attrs,
			childNodes: [],
			parentNode: parent,
			sourceCodeLocation: { startTag: { startOffset: lt, endOffset: i }, attrs: attrSpans },
		};
		parent.childNodes.push(element);
		at = i;
		if (foreign ? selfClosing : VOID.has(tagName)) continue;
		// In <svg>/<math> a <title> is an ordinary element; a <script> or <style> there is left to parse5.
		if (RAW_TEXT.has(lower) && (!foreign || lower === 'script' || lower === 'style')) {
			if (foreign) return undefined;
			const end = new RegExp(`</${tagName}[\\s/>]`, 'ig');
			end.lastIndex = i;
			const close = end.exec(html);
			if (!close) return undefined;
			const text = html.slice(i, close.index);
			// CR and NUL are rewritten before the browser hashes a script; `<!--` opens script data's escape states.
			if (/[\r\0]/.test(text) || (tagName === 'script' && text.includes('<!--'))) return undefined;
			if (text !== '') element.childNodes.push({ nodeName: '#text', value: text, parentNode: element });
			const gt = html.indexOf('>', close.index);
			if (gt === -1) return undefined;
			at = gt + 1;
			continue;
		}
		if (tagName === 'plaintext') return undefined;
		if (tagName === 'svg' || tagName === 'math') foreign++;
		if (tagName === 'p') openP++;
		if (!foreign && NO_NESTING.has(lower)) openOnce.add(once);
		open.push(element);
	}
	// Every element closed by its own end tag, html/head/body included: the tree is the written one.
	return open.length === 1 ? document : undefined;
}
