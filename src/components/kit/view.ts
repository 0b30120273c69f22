/**
 * A view is a small, serialisable description of markup: what a widget shows, produced once by a pure
 * function from an engine result. `View.astro` renders it at build time and `renderView()` in
 * src/scripts/dom.ts renders it in the browser, so a page says the same words with and without
 * JavaScript. Text is always text: there is no way to put raw HTML in a view.
 */
export type AttrValue = string | number | boolean | null | undefined;
export type ViewAttrs = Readonly<Record<string, AttrValue>>;

export interface ViewElement {
	readonly tag: string;
	readonly attrs: ViewAttrs;
	readonly children: readonly ViewNode[];
}

/** `null`, `undefined` and `false` render nothing; an array is a fragment. */
export type ViewNode = ViewElement | string | number | null | undefined | false | readonly ViewNode[];

/** Builds a view element: `el('p', { class: 'dla-row' }, 'text', el('code', {}, 'x'))`. */
export function el(tag: string, attrs: ViewAttrs = {}, ...children: ViewNode[]): ViewElement {
	if (!/^[a-z][a-z0-9-]*$/i.test(tag)) throw new Error(`el(): invalid tag name ${JSON.stringify(tag)}`);
	return { tag, attrs, children };
}

/** Both renderers read attributes through this, so they agree: absent for null/undefined/false, '' for true. */
export function viewAttributes(attrs: ViewAttrs): [string, string][] {
	const out: [string, string][] = [];
	for (const [name, value] of Object.entries(attrs)) {
		if (value === null || value === undefined || value === false) continue;
		// Event handlers are wired with addEventListener; an `on*` attribute would be script in markup.
		if (/^on/i.test(name)) throw new Error(`view attribute ${name} is not allowed; use addEventListener`);
		out.push([name, value === true ? '' : String(value)]);
	}
	return out;
}

export function isViewElement(node: ViewNode): node is ViewElement {
	return typeof node === 'object' && node !== null && !Array.isArray(node);
}

/** The text a view shows, as `textContent` would read it; the parity test compares this. */
export function viewText(node: ViewNode): string {
	if (node === null || node === undefined || node === false) return '';
	if (typeof node === 'string' || typeof node === 'number') return String(node);
	if (Array.isArray(node)) return (node as readonly ViewNode[]).map(viewText).join('');
	return (node as ViewElement).children.map(viewText).join('');
}

export type BadgeTone = 'allow' | 'deny' | 'warn' | 'neutral';

/** The tone badge every widget uses (`.dla-badge[data-tone]`). */
export function badge(tone: BadgeTone, text: ViewNode, part?: string): ViewElement {
	return el('span', { class: 'dla-badge', 'data-tone': tone, 'data-part': part }, text);
}

export interface TableOptions {
	/** The table's caption: screen readers name the table by it when they list a page's tables. */
	readonly caption?: ViewNode;
	/** Keep the caption for screen readers only (`dla-visually-hidden`), where the page's prose already says it. */
	readonly captionHidden?: boolean;
	/** Classes added to the table's own `dla-table`, for a widget's styles. */
	readonly tableClass?: string;
	/** Attributes of the `<tbody>`, e.g. the `data-part` a script or test finds the rows by. */
	readonly bodyAttrs?: ViewAttrs;
	/** The table stands in a page's prose, not in a widget: `not-content` keeps Starlight's Markdown table styles off it. */
	readonly inProse?: boolean;
}

/**
 * A table inside a labelled, focusable scroll region (`.dla-table-wrap`): on a phone a wide table scrolls
 * sideways instead of breaking words, and keyboard and screen-reader users can reach and name it.
 * `columns` are the header cells (null for a table whose rows carry their own `th`): each is put in a
 * `th scope="col"`, except one that is already a `th` (e.g. with the id a cell's aria-labelledby names),
 * which is used as it is. `rows` are `tr`s, whose row headers are `el('th', { scope: 'row' }, …)`.
 */
export function tableView(
	label: string,
	columns: readonly ViewNode[] | null,
	rows: readonly ViewNode[],
	options: TableOptions = {},
): ViewElement {
	const { caption, captionHidden, tableClass, bodyAttrs = {}, inProse } = options;
	return el(
		'div',
		{
			class: inProse ? 'dla-table-wrap not-content' : 'dla-table-wrap',
			role: 'region',
			'aria-label': label,
			tabindex: 0,
		},
		el(
			'table',
			{ class: tableClass ? `dla-table ${tableClass}` : 'dla-table' },
			caption !== undefined &&
				caption !== null &&
				el('caption', { class: captionHidden ? 'dla-visually-hidden' : undefined }, caption),
			columns &&
				el(
					'thead',
					{},
					el(
						'tr',
						{},
						columns.map((column) =>
							isViewElement(column) && column.tag === 'th' ? column : el('th', { scope: 'col' }, column),
						),
					),
				),
			el('tbody', bodyAttrs, rows),
		),
	);
}

// An ARN in running text: `arn:partition:service:…` up to a space or closing punctuation.
const ARN_IN_TEXT = /\barn:aws[a-z-]*:[^\s"“”,;()]+[^\s"“”,;().:]/g;
// A web address in running text, up to a space or closing punctuation.
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"“”,;()]+[^\s"“”,;().:]/g;
/** ARNs and web addresses in running text (a pattern for codeTokens, e.g. quiz prompts that name both). */
export const ARN_OR_URL_IN_TEXT = new RegExp(`${ARN_IN_TEXT.source}|${URL_IN_TEXT.source}`, 'g');

// After a run of separators, before the next part: "arn:aws:iam::111122223333:mfa/demo-user" may wrap
// as "arn:aws:iam::" / "111122223333:mfa/" / "demo-user".
const AFTER_SEPARATORS = /(?<=[:/=,])(?=[^:/=,\s])/;

// Letters and digits joined by hyphens: us-east-1, my-bucket-name, i-0abcd1234example, metal-48xl.
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
/** Longer hyphenated tokens may still break at a hyphen: 24 monospace characters fit a 320 px phone's line. */
const WHOLE_MAX = 24;

/**
 * Code text with each hyphenated token of up to 24 characters in a `<span class="dla-nowrap">`, which
 * keeps it on one line: a browser breaks after any hyphen, so `us-east-1` wrapped as "us-" / "east-1"
 * and read as two values. CSS cannot turn that off; the span does, and adds no character (a copy is
 * the same text). In a table the column widens and the table scrolls sideways instead.
 */
export function keepHyphenatedWhole(text: string): ViewNode[] {
	const parts: ViewNode[] = [];
	let last = 0;
	for (const match of text.matchAll(HYPHENATED)) {
		if (match[0].length > WHOLE_MAX) continue;
		if (match.index > last) parts.push(text.slice(last, match.index));
		parts.push(el('span', { class: 'dla-nowrap' }, match[0]));
		last = match.index + match[0].length;
	}
	if (last < text.length || parts.length === 0) parts.push(text.slice(last));
	return parts;
}

/**
 * A code token with a line-break opportunity (<wbr>) after each run of `:` `/` `=` `,`: a long ARN or
 * `Key=Value` wraps between its parts on a phone instead of mid-word, and never inside a short
 * hyphenated part (keepHyphenatedWhole). The text (and a copy of it) is unchanged: <wbr> adds no
 * character. Lines fill greedily, so this is for tokens that rarely fit a phone's line whole (ARNs,
 * commands), not for short names (AWS_SECRET_ACCESS_KEY would wrap at "AWS_").
 */
export function wrapAtSeparators(token: string): ViewNode[] {
	return token
		.split(AFTER_SEPARATORS)
		.flatMap((part, i) => (i === 0 ? keepHyphenatedWhole(part) : [el('wbr'), ...keepHyphenatedWhole(part)]));
}

export interface CodeTokensOptions {
	/** Let each token wrap after its separators (wrapAtSeparators); off where a table scrolls instead. */
	readonly wrapAtSeparators?: boolean;
	/** What counts as a code token (a global RegExp); ARNs by default. */
	readonly pattern?: RegExp;
}

/**
 * Running text with every ARN put in <code>: an ARN is one long word that a phone-width line can only
 * break mid-token, and code is where the site lets such tokens break (and shows them monospaced) — but
 * never inside a short hyphenated part (keepHyphenatedWhole).
 */
export function codeTokens(text: string, options: CodeTokensOptions = {}): ViewNode[] {
	const parts: ViewNode[] = [];
	let last = 0;
	for (const match of text.matchAll(options.pattern ?? ARN_IN_TEXT)) {
		if (match.index > last) parts.push(text.slice(last, match.index));
		const token = options.wrapAtSeparators ? wrapAtSeparators(match[0]) : keepHyphenatedWhole(match[0]);
		parts.push(el('code', {}, ...token));
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push(text.slice(last));
	return parts;
}
