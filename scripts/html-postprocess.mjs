// @ts-check
/**
 * Astro integration: the build's one pass over the built pages. Each dist/ HTML file is read, parsed once
 * (with source offsets: scripts/html-scan.mjs, or parse5 where that scan is unsure) and given, in one write:
 *
 * - the base path on its root-relative links when BASE_PATH is not `/` (scripts/base-path.mjs);
 * - tabindex="0" on sideways scrollers (scripts/html-fixups.mjs);
 * - its Content-Security-Policy <meta> with the hashes of its inline scripts (scripts/csp.mjs).
 *
 * Then dist/_headers gets the site-wide policy. Each step returns edits at offsets of the one parse; none
 * changes a script's text, so the hashes taken from the parse are those of the final page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basePathEdits } from './base-path.mjs';
import { inlineScriptsOf, metaPolicyEdit, scriptHash, writeHeadersPolicy } from './csp.mjs';
import { scrollerEdits } from './html-fixups.mjs';
import { applyEdits, htmlFiles, parsePage } from './html-edits.mjs';

/**
 * One page after every step, and the CSP hashes of its inline scripts.
 * @param {string} html a whole built page
 * @param {string} base the site's base path, e.g. `/` or `/repo/`
 * @returns {{ html: string, scriptHashes: string[] }}
 */
export function postProcessPage(html, base) {
	const document = parsePage(html);
	const scriptHashes = inlineScriptsOf(document).map(scriptHash);
	const edits = [
		...basePathEdits(base, document, html),
		...scrollerEdits(document),
		metaPolicyEdit(document, html, scriptHashes),
	];
	return { html: applyEdits(html, edits), scriptHashes };
}

/** @returns {import('astro').AstroIntegration} */
export function htmlPostProcess() {
	let base = '/';
	return {
		name: 'dla-html-postprocess',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				/** @type {string[]} */
				const hashes = [];
				let pages = 0;
				for (const file of htmlFiles(distDir)) {
					const page = postProcessPage(readFileSync(file, 'utf8'), base);
					writeFileSync(file, page.html);
					hashes.push(...page.scriptHashes);
					pages++;
				}
				writeHeadersPolicy(distDir, hashes);
				const prefixed = base === '/' || base === '' ? '' : `, base ${base} prefixed to root-relative links`;
				logger.info(
					`${pages} pages post-processed (CSP <meta>, focusable scrollers${prefixed}); ` +
						`_headers policy allows ${new Set(hashes).size} inline scripts by hash`,
				);
			},
		},
	};
}
