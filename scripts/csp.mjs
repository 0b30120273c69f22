// @ts-check
/**
 * The site's Content-Security-Policy, in one place, applied after the build by scripts/html-postprocess.mjs:
 *
 * - Every page gets, as the first element of its <head>, a `<meta http-equiv="content-security-policy">`
 *   whose script-src lists the SHA-256 hash of each inline script on that page (Starlight's theme and
 *   sidebar scripts, small bundled widget scripts). No 'unsafe-inline' and no 'unsafe-eval' for scripts.
 *   (Astro's own `security.csp` was tried first: with Starlight it leaves some inline scripts unhashed,
 *   e.g. the theme provider, so pages break; hashing the final HTML cannot miss one.)
 * - `'wasm-unsafe-eval'` lets the browser compile Pagefind's search WebAssembly; it does not allow
 *   eval() or new Function().
 * - style-src needs 'unsafe-inline': Starlight's icons and Expressive Code's highlighted code use
 *   style="" attributes, which no hash can allow (short of 'unsafe-hashes' per attribute value).
 * - dist/_headers (Netlify / Cloudflare Pages format) gets public/_headers (other security headers) plus
 *   one Content-Security-Policy header for every page, whose script-src is the union of every page's
 *   hashes and which adds what a <meta> policy cannot carry (frame-ancestors). Browsers enforce both.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, childrenOf, parsePage } from './html-edits.mjs';

/** script-src sources besides the per-page hashes. */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];
/** style-src sources (see above for 'unsafe-inline'). */
export const styleResources = ["'self'", "'unsafe-inline'"];

/** Directives other than script-src/style-src, for the <meta> policy. */
export const metaDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"frame-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];
/** Directives only a response header can carry. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** @typedef {import('./html-edits.mjs').HtmlNode} HtmlNode */
/** @typedef {import('./html-edits.mjs').Edit} Edit */
/** @typedef {{ forHeader?: boolean }} PolicyOptions Options of `policyFor`. */

/** Script types the browser does not execute, so they need no hash. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

/**
 * Inline scripts (no src) the browser may execute, with their exact source text (parsed, not regexed,
 * so a "<script>" inside an attribute or a code sample cannot be mistaken for one).
 * @param {HtmlNode} document a page parsed by `parsePage()`
 * @returns {string[]} the text of each such script, in document order
 */
export function inlineScriptsOf(document) {
	/** @type {string[]} */
	const out = [];
	/** @param {HtmlNode} node */
	const walk = (node) => {
		if ('tagName' in node && node.tagName === 'script') {
			const attrs = Object.fromEntries(node.attrs.map((a) => [a.name, a.value]));
			const type = attrs.type?.trim().toLowerCase();
			if (attrs.src === undefined && !(type && DATA_SCRIPT_TYPES.has(type))) {
				out.push(node.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
			}
		}
		for (const child of childrenOf(node)) walk(child);
	};
	walk(document);
	return out;
}

/**
 * `inlineScriptsOf()` one whole page.
 * @param {string} html a whole HTML document
 * @returns {string[]}
 */
export function inlineScripts(html) {
	return inlineScriptsOf(parsePage(html));
}

/**
 * CSP source for a script text: 'sha256-<base64>' of its UTF-8 bytes, as the browser computes it.
 * @param {string} text
 * @returns {string}
 */
export function scriptHash(text) {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy of one page: its own inline-script hashes; `forHeader` adds header-only directives.
 * @param {string[]} scriptHashes CSP hash sources such as `'sha256-…'` (duplicates allowed)
 * @param {PolicyOptions} [options]
 * @returns {string}
 */
export function policyFor(scriptHashes, { forHeader = false } = {}) {
	return [
		...metaDirectives,
		`script-src ${[...scriptResources, ...[...new Set(scriptHashes)].sort()].join(' ')}`,
		`style-src ${styleResources.join(' ')}`,
		...(forHeader ? headerOnlyDirectives : []),
	].join('; ');
}

/**
 * The edit that inserts the page's policy (allowing `scriptHashes`) as the first element of <head>, so it
 * governs every script after it.
 * @param {HtmlNode} document a page parsed by `parsePage()`
 * @param {string} html the page's source
 * @param {string[]} scriptHashes the hash sources of the page's inline scripts
 * @returns {Edit}
 */
export function metaPolicyEdit(document, html, scriptHashes) {
	if (/http-equiv=["']content-security-policy/i.test(html)) throw new Error('page already has a CSP <meta>');
	/** @type {(nodes: HtmlNode[], name: string) => HtmlNode | undefined} */
	const element = (nodes, name) => nodes.find((node) => 'tagName' in node && node.tagName === name);
	const root = element(childrenOf(document), 'html');
	const head = root && element(childrenOf(root), 'head');
	// parse5 makes a <head> for a page without one; only a written one has a start tag to insert after.
	const startTag = head && 'tagName' in head ? head.sourceCodeLocation?.startTag : undefined;
	if (!startTag) throw new Error('page has no <head>');
	const policy = policyFor(scriptHashes);
	const meta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('"', '&quot;')}">`;
	return { start: startTag.endOffset, end: startTag.endOffset, text: meta };
}

/**
 * Inserts the page's policy as the first element of <head>.
 * @param {string} html a whole HTML document
 * @returns {string}
 */
export function withMetaPolicy(html) {
	const document = parsePage(html);
	return applyEdits(html, [metaPolicyEdit(document, html, inlineScriptsOf(document).map(scriptHash))]);
}

/**
 * The <meta http-equiv="content-security-policy"> content of an HTML page, or undefined.
 * @param {string} html
 * @returns {string | undefined}
 */
export function metaPolicy(html) {
	const match = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
	// Group 1 is not optional, so it is always a string when the pattern matches.
	return match ? /** @type {string} */ (match[1]).replaceAll('&#39;', "'").replaceAll('&apos;', "'") : undefined;
}

/**
 * The hash sources ('sha256-…') of one directive in a policy.
 * @param {string} policy a serialized policy, directives separated by `;`
 * @param {string} directive e.g. `script-src`
 * @returns {string[]}
 */
export function hashesOf(policy, directive) {
	const found = policy
		.split(';')
		.map((part) => part.trim())
		.find((part) => part.startsWith(`${directive} `));
	return found ? found.split(/\s+/).filter((source) => /^'sha(256|384|512)-/.test(source)) : [];
}

/**
 * Reads the Content-Security-Policy value from a `_headers` file.
 * @param {string} text the file's contents
 * @returns {string}
 */
export function policyFromHeadersFile(text) {
	const match = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(text);
	if (!match) throw new Error('_headers has no Content-Security-Policy line');
	// Group 1 is not optional, so it is always a string when the pattern matches.
	return /** @type {string} */ (match[1]).trim();
}

/**
 * Writes dist/_headers: public/_headers (copied to dist/ by the build) with one Content-Security-Policy
 * line first under its `/*` rule, allowing every page's inline scripts.
 * @param {string} distDir
 * @param {string[]} scriptHashes the hash sources of every page's inline scripts (duplicates allowed)
 */
export function writeHeadersPolicy(distDir, scriptHashes) {
	const target = join(distDir, '_headers');
	const base = existsSync(target) ? readFileSync(target, 'utf8') : '/*\n';
	if (/Content-Security-Policy:/i.test(base))
		throw new Error('public/_headers must not set Content-Security-Policy; the build adds it');
	const policy = policyFor(scriptHashes, { forHeader: true });
	writeFileSync(
		target,
		base.replace(/^\/\*[ \t]*\n/m, (rule) => `${rule}  Content-Security-Policy: ${policy}\n`),
	);
}
