// @ts-check
/**
 * Makes root-relative links work when the site is served under a sub-path (BASE_PATH), as on a GitHub
 * Pages project site (https://owner.github.io/repo/). Pages, components and frontmatter write links as
 * `/iam/roles/` (validated at build by starlight-links-validator with base `/`); Starlight prefixes its
 * own navigation with the base but not those, so after the build this rewrites `href`/`src`/`srcset`
 * attributes in every dist/ HTML file. With the default base `/` it does nothing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * Rewrites the URL attributes of one HTML document.
 * @param {string} base the site's base path, e.g. `/repo/`
 * @param {string} html the whole document
 * @returns {string}
 */
export function rewriteHtml(base, html) {
	return html
		.replace(
			/(\s(?:href|src|poster)=)(["'])(\/[^"']*)\2/g,
			(/** @type {string} */ _, /** @type {string} */ attr, /** @type {string} */ quote, /** @type {string} */ url) =>
				`${attr}${quote}${withBase(base, url)}${quote}`,
		)
		.replace(
			/(\ssrcset=)(["'])([^"']*)\2/g,
			(/** @type {string} */ _, /** @type {string} */ attr, /** @type {string} */ quote, /** @type {string} */ list) =>
				`${attr}${quote}${list
					.split(',')
					.map((candidate) =>
						candidate.replace(
							/^(\s*)(\S+)/,
							(/** @type {string} */ __, /** @type {string} */ space, /** @type {string} */ url) =>
								space + withBase(base, url),
						),
					)
					.join(',')}${quote}`,
		);
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
 * Astro integration: after the build, prefixes the base to root-relative links in every page.
 * @returns {import('astro').AstroIntegration}
 */
export function basePathLinks() {
	let base = '/';
	return {
		name: 'dla-base-path-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				if (base === '/' || base === '') return;
				let count = 0;
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const rewritten = rewriteHtml(base, html);
					if (rewritten !== html) {
						writeFileSync(file, rewritten);
						count++;
					}
				}
				logger.info(`prefixed base ${base} to root-relative links in ${count} pages`);
			},
		},
	};
}
