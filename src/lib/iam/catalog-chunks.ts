/**
 * The one place that names the per-service chunk files. The bundler turns this template import into a
 * table of all 456 chunk URLs (≈9 kB gzipped); keeping it in its own module, itself imported on demand
 * by catalog.ts, means a page pays for that table only when it first looks a service up.
 */
export function importServiceChunk(prefix: string): Promise<{ default: unknown }> {
	return import(`./data/services/${prefix}.json`);
}
