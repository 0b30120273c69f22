// @ts-check
/**
 * Offline reading: after the build, writes dist/sw.js (a service worker that precaches every page, asset,
 * the search index and the engine chunks) and dist/manifest.webmanifest (so the site installs), and
 * injects src/scripts/sw-register.ts into every page.
 *
 * The worker's cache is named after a hash of every file it precaches, so any change to the build makes
 * a byte-different sw.js: the browser installs it beside the running one, and the page offers a reload.
 * Until the reader accepts, every page comes from the old cache — never a mix of old and new pages.
 * Runs last among the integrations, after the HTML post-processors have written their final bytes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files a reader never requests from a page: host configuration and the worker itself. */
const NOT_PRECACHED = /^(_headers|sw\.js|sitemap[^/]*\.xml|robots\.txt)$/;

/**
 * Every file under dir, as paths relative to it with `/` separators.
 * @param {string} dir
 * @returns {string[]}
 */
function listFiles(dir) {
	/** @type {string[]} */
	const out = [];
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
	}
	return out.sort();
}

/**
 * The URL a file is requested at: `iam/roles/index.html` → `<base>iam/roles/`.
 * @param {string} base e.g. `/` or `/repo/`
 * @param {string} file
 */
export function precacheUrl(base, file) {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	if (file === 'index.html') return prefix;
	return prefix + (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);
}

/**
 * The worker's source: the template with its version, base and precache list filled in.
 * @param {string} template
 * @param {{ version: string, base: string, urls: string[] }} values
 */
export function workerSource(template, { version, base, urls }) {
	return template
		.replace('__VERSION__', version)
		.replace('__BASE__', base)
		.replace('[/* __PRECACHE__ */]', JSON.stringify(urls));
}

/**
 * @param {string} base
 */
function manifest(base) {
	return {
		name: 'DevOps Learning: AWS',
		short_name: 'Learn AWS',
		description:
			'Learn AWS IAM, EC2, security groups, storage and load balancing — with examples that run in the page.',
		start_url: base,
		scope: base,
		display: 'standalone',
		background_color: '#17181c',
		theme_color: '#17181c',
		icons: [{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' }],
	};
}

/** @returns {import('astro').AstroIntegration} */
export function serviceWorker() {
	let base = '/';
	return {
		name: 'dla-service-worker',
		hooks: {
			'astro:config:setup': ({ config, injectScript }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				injectScript(
					'page',
					`import ${JSON.stringify(fileURLToPath(new URL('../src/scripts/sw-register.ts', import.meta.url)))};`,
				);
			},
			'astro:build:done': ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				writeFileSync(join(distDir, 'manifest.webmanifest'), `${JSON.stringify(manifest(base), null, 2)}\n`);
				const files = listFiles(distDir).filter((file) => !NOT_PRECACHED.test(file));
				const hash = createHash('sha256');
				for (const file of files) hash.update(file).update(readFileSync(join(distDir, file)));
				const version = hash.digest('hex').slice(0, 16);
				const template = readFileSync(fileURLToPath(new URL('./sw-template.js', import.meta.url)), 'utf8');
				const urls = files.map((file) => precacheUrl(base, file));
				writeFileSync(join(distDir, 'sw.js'), workerSource(template, { version, base, urls }));
				logger.info(`sw.js: ${urls.length} files precached, version ${version}`);
			},
		},
	};
}
