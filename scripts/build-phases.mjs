// @ts-check
/**
 * Where an `astro build` spent its wall time, read from its own log (scripts/bench-build.mjs prints
 * the medians for the site and its bare twin, issue 19): the durations Astro and Vite report, and the
 * rest by difference. Seconds; a phase the log does not state is NaN.
 *
 * - `start`: process start, config, integrations' setup — wall time before Astro's build timer
 * - `setup`: content sync, type generation, collecting build info ("[build] ✓ Completed in", first)
 * - `server` / `client`: the prerender and browser bundles ("[vite] ✓ built in", in that order)
 * - `pages`: page generation ("generating static routes" … "✓ Completed in")
 * - `after`: the build-done hooks (search index, HTML post-processing, service worker) and the rest
 */
import { stripVTControlCharacters } from 'node:util';

/** @typedef {{ start: number, setup: number, server: number, client: number, pages: number, after: number }} BuildPhases */

/** Durations as Astro and Vite print them: `1.80s`, `426ms`. */
const DURATION = String.raw`([\d.]+)(m?s)`;

/**
 * @param {string} value
 * @param {string} unit
 */
const seconds = (value, unit) => Number(value) / (unit === 'ms' ? 1000 : 1);

/**
 * @param {string} log the build's stdout (colours are ignored)
 * @param {number} wall the process's wall time in seconds
 * @returns {BuildPhases}
 */
export function buildPhases(log, wall) {
	const text = stripVTControlCharacters(log);
	const all = (/** @type {string} */ pattern, from = text) =>
		[...from.matchAll(new RegExp(pattern, 'gm'))].map((m) =>
			seconds(/** @type {string} */ (m[1]), /** @type {string} */ (m[2])),
		);
	const [setup = NaN] = all(String.raw`\[build\] ✓ Completed in ${DURATION}`);
	const [server = NaN, client = NaN] = all(String.raw`\[vite\] ✓ built in ${DURATION}`);
	// The generation's own line has no "[build]" tag: `13:13:57 ✓ Completed in 1.03s.`
	const generating = text.indexOf('generating static routes');
	const [pages = NaN] = generating < 0 ? [] : all(String.raw`^\S* ?✓ Completed in ${DURATION}`, text.slice(generating));
	const [total = NaN] = all(String.raw`page\(s\) built in ${DURATION}`);
	return { start: wall - total, setup, server, client, pages, after: total - setup - server - client - pages };
}
