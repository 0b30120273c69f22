// @ts-check
/**
 * Build speed (issue 19): the IAM action catalogue is 456 per-service JSON chunks
 * (src/lib/iam/data/services/, ≈3 MB), imported on demand by src/lib/iam/catalog-chunks.ts with
 * `import(`./data/services/${prefix}.json`)`. The browser needs them as chunks, but the server
 * (prerender) build only runs them while rendering pages, once; bundling, rendering and writing 456
 * server chunks cost about a second of CPU per build. In the server build only, this Vite plugin
 * replaces that one import by a read of the same file from disk, so the pages are computed from the
 * same data and the browser's chunks are untouched.
 *
 * If catalog-chunks.ts no longer holds that import, the build stops with a message rather than
 * silently keeping (or losing) the speed-up: update CHUNK_IMPORT here.
 */
import { fileURLToPath } from 'node:url';

const CHUNKS_MODULE = fileURLToPath(new URL('../src/lib/iam/catalog-chunks.ts', import.meta.url));
const SERVICES_DIR = fileURLToPath(new URL('../src/lib/iam/data/services/', import.meta.url));
/** The template import of one service's chunk; group 1 is the variable holding the prefix. */
const CHUNK_IMPORT = /\bimport\(`\.\/data\/services\/\$\{(\w+)\}\.json`\)/;

/**
 * The chunks module for the server: the same source with the template import replaced by a disk read.
 * @param {string} code catalog-chunks.ts as written
 * @param {string} servicesDir absolute path of the chunks' directory, ending with a separator
 * @returns {string}
 */
export function serverChunksModule(code, servicesDir) {
	const match = CHUNK_IMPORT.exec(code);
	if (!match)
		throw new Error(`scripts/server-catalog.mjs: no import(\`./data/services/\${…}.json\`) in ${CHUNKS_MODULE}`);
	const read = `import(${JSON.stringify('node:fs/promises')}).then(({ readFile }) => readFile(${JSON.stringify(servicesDir)} + ${match[1]} + '.json', 'utf8')).then((text) => ({ default: JSON.parse(text) }))`;
	return code.replace(CHUNK_IMPORT, read);
}

/** @returns {import('vite').Plugin} */
export function serverCatalogFromDisk() {
	return {
		name: 'dla:server-catalog-from-disk',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.config.consumer === 'server',
		transform(code, id) {
			if (id.split('?')[0] !== CHUNKS_MODULE) return null;
			return { code: serverChunksModule(code, SERVICES_DIR), map: null };
		},
	};
}
