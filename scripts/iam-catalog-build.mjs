// @ts-check
/**
 * Build speed (issue 19): the IAM action catalogue is 456 per-service JSON chunks
 * (src/lib/iam/data/services/, ≈4 MB), loaded on demand by src/lib/iam/catalog-chunks.ts with
 * `import(`./data/services/${prefix}.json`)`. Left as it is, the bundler turns every chunk into a
 * module of both builds (transformed, bundled, minified and written twice: over a second of CPU per
 * build). Nothing in them needs a bundler, so in `astro build` these two Vite plugins replace that
 * one import:
 *
 * - server (prerender) build: a read of the same file from disk, so the pages are computed from the
 *   same data (`serverCatalogFromDisk`);
 * - browser build: a same-origin `fetch()` of the file, copied as it is into the output beside the
 *   chunk that fetches it, in a folder named after a hash of every chunk's bytes
 *   (`_astro/iam-catalog.<hash>/<prefix>.json`): `/_astro/*` is served immutable, so changed data
 *   must change the URL (`browserCatalogAsFiles`). The per-service split stays: a policy that names
 *   s3 fetches s3.json only. CSP: `connect-src 'self'` (scripts/csp.mjs) allows the fetch, and the
 *   service worker precaches the files like every other file of dist/.
 *
 * `astro dev` keeps the JSON import (Vite serves each chunk as a module). If catalog-chunks.ts no
 * longer holds that import, the build stops with a message rather than silently keeping (or losing)
 * the speed-up: update CHUNK_IMPORT here.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, link } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHUNKS_MODULE = fileURLToPath(new URL('../src/lib/iam/catalog-chunks.ts', import.meta.url));
const SERVICES_DIR = fileURLToPath(new URL('../src/lib/iam/data/services/', import.meta.url));
/** The template import of one service's chunk; group 1 is the variable holding the prefix. */
const CHUNK_IMPORT = /\bimport\(`\.\/data\/services\/\$\{(\w+)\}\.json`\)/;

/**
 * catalog-chunks.ts with its chunk import replaced by `load(<prefix variable>)`.
 * @param {string} code catalog-chunks.ts as written
 * @param {(prefix: string) => string} load an expression resolving to `{ default: chunk }`, given the prefix variable's name
 * @returns {string}
 */
function replaceChunkImport(code, load) {
	const match = CHUNK_IMPORT.exec(code);
	if (!match)
		throw new Error(`scripts/iam-catalog-build.mjs: no import(\`./data/services/\${…}.json\`) in ${CHUNKS_MODULE}`);
	return code.replace(CHUNK_IMPORT, load(/** @type {string} */ (match[1])));
}

/**
 * The chunks module for the server: the same source with the template import replaced by a disk read.
 * @param {string} code catalog-chunks.ts as written
 * @param {string} servicesDir absolute path of the chunks' directory, ending with a separator
 * @returns {string}
 */
export function serverChunksModule(code, servicesDir) {
	return replaceChunkImport(
		code,
		(prefix) =>
			`import(${JSON.stringify('node:fs/promises')}).then(({ readFile }) => readFile(${JSON.stringify(servicesDir)} + ${prefix} + '.json', 'utf8')).then((text) => ({ default: JSON.parse(text) }))`,
	);
}

/**
 * The chunks module for the browser: the template import replaced by a fetch of `<folder>/<prefix>.json`
 * relative to the module's own URL (the folder sits beside the built chunk). A failed response rejects,
 * as a failed import() did. The URL is built from a variable, not a `new URL('…', import.meta.url)`
 * literal, which Vite would try to resolve as an asset at build time.
 * @param {string} code catalog-chunks.ts as written
 * @param {string} folder the chunks' folder name, e.g. `iam-catalog.0a1b2c3d4e5f`
 * @returns {string}
 */
export function browserChunksModule(code, folder) {
	const here = '__dlaCatalogBase';
	const fetchChunk = (/** @type {string} */ prefix) =>
		`fetch(new URL(${JSON.stringify(`./${folder}/`)} + ${prefix} + '.json', ${here})).then((response) => { if (!response.ok) throw new Error('IAM catalogue chunk ' + ${prefix} + ': HTTP ' + response.status); return response.json(); }).then((chunk) => ({ default: chunk }))`;
	return `const ${here} = import.meta.url;\n${replaceChunkImport(code, fetchChunk)}`;
}

/**
 * The chunk files and the folder name that versions them: `iam-catalog.` + 12 hex digits of a SHA-256
 * over every file's name and bytes.
 * @param {string} servicesDir
 * @returns {{ folder: string, files: string[] }}
 */
export function catalogFolder(servicesDir) {
	const files = readdirSync(servicesDir)
		.filter((file) => file.endsWith('.json'))
		.sort();
	const hash = createHash('sha256');
	for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(servicesDir, file)));
	return { folder: `iam-catalog.${hash.digest('hex').slice(0, 12)}`, files };
}

/**
 * Puts each file of `fromDir` into `toDir` (created if missing) as a hard link, or a copy where a link
 * cannot be made (another file system, a file system without links). Linking 456 files takes ~5 ms
 * where copying their 4 MB took ~170 ms (issue 19). Nothing writes to these files once built (the
 * post-processing reads only HTML); a hand edit of one in dist/ in place would change the source too,
 * and `astro build` unlinks dist/ before it writes, so a rebuild never does.
 * @param {string[]} files names of files in fromDir
 * @param {string} fromDir
 * @param {string} toDir
 * @returns {Promise<void>}
 */
export async function placeFiles(files, fromDir, toDir) {
	mkdirSync(toDir, { recursive: true });
	await Promise.all(
		files.map((file) =>
			link(join(fromDir, file), join(toDir, file)).catch(() => copyFile(join(fromDir, file), join(toDir, file))),
		),
	);
}

/** @param {string} id a Vite module id */
const isChunksModule = (id) => id.split('?')[0] === CHUNKS_MODULE;

/** @returns {import('vite').Plugin} */
export function serverCatalogFromDisk() {
	return {
		name: 'dla:server-catalog-from-disk',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.config.consumer === 'server',
		transform(code, id) {
			if (!isChunksModule(id)) return null;
			return { code: serverChunksModule(code, SERVICES_DIR), map: null };
		},
	};
}

/** @returns {import('vite').Plugin} */
export function browserCatalogAsFiles() {
	/** @type {{ folder: string, files: string[] } | undefined} */
	let catalog;
	return {
		name: 'dla:browser-catalog-as-files',
		apply: 'build',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		transform(code, id) {
			if (!isChunksModule(id)) return null;
			catalog ??= catalogFolder(SERVICES_DIR);
			return { code: browserChunksModule(code, catalog.folder), map: null };
		},
		async writeBundle(options, bundle) {
			if (!catalog) return;
			const chunk = Object.values(bundle).find(
				(output) => output.type === 'chunk' && output.moduleIds.some(isChunksModule),
			);
			if (!chunk || !options.dir) throw new Error('scripts/iam-catalog-build.mjs: the catalogue chunk was not written');
			const target = join(options.dir, dirname(chunk.fileName), catalog.folder);
			await placeFiles(catalog.files, SERVICES_DIR, target);
		},
	};
}
