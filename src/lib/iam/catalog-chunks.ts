/**
 * The one place that names the per-service chunk files. `astro build` replaces this import
 * (scripts/iam-catalog-build.mjs): the browser fetches `<prefix>.json` as a plain same-origin file and
 * the prerender reads it from disk, so the 456 chunks never go through the bundler; `astro dev` and the
 * tests import the JSON as written. Kept in its own module, itself imported on demand by catalog.ts.
 */
export function importServiceChunk(prefix: string): Promise<{ default: unknown }> {
	return import(`./data/services/${prefix}.json`);
}
