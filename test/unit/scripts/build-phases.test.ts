/**
 * scripts/build-phases.mjs reads where an `astro build` spent its time from the build's own log, for
 * `npm run bench:build`. The fixture is a real log of this site (page lines trimmed), colours included.
 */
import { describe, expect, test } from 'vitest';
import { buildPhases } from '../../../scripts/build-phases.mjs';

const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;
const LOG = [
	`${dim('13:13:54')} \u001b[34m[content]\u001b[39m Syncing content`,
	`${dim('13:13:54')} \u001b[34m[types]\u001b[39m Generated ${dim('1.57s')}`,
	`${dim('13:13:54')} \u001b[34m[build]\u001b[39m Collecting build info...`,
	`${dim('13:13:54')} \u001b[34m[build]\u001b[39m \u001b[32m✓ Completed in 1.80s.\u001b[39m`,
	`${dim('13:13:54')} \u001b[34m[build]\u001b[39m Building static entrypoints...`,
	`${dim('13:13:55')} \u001b[34m[vite]\u001b[39m \u001b[32m✓ built in 1.59s\u001b[39m`,
	`${dim('13:13:56')} \u001b[34m[vite]\u001b[39m \u001b[32m✓ built in 426ms\u001b[39m`,
	'',
	'\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m',
	`${dim('13:13:56')}   ├─ /404.html (+26ms)`,
	`${dim('13:13:57')} \u001b[32m✓ Completed in 1.03s.`,
	'\u001b[39m',
	`${dim('13:13:57')} \u001b[34m[build]\u001b[39m \u001b[32m✓ Completed in 3.11s.\u001b[39m`,
	`${dim('13:13:57')} \u001b[34m[starlight:pagefind]\u001b[39m Finished building search index in 174ms.`,
	`${dim('13:13:57')} \u001b[34m[build]\u001b[39m 45 page(s) built in \u001b[1m5.52s\u001b[22m`,
	`${dim('13:13:57')} \u001b[34m[build]\u001b[39m \u001b[1mComplete!\u001b[22m`,
].join('\n');

describe('buildPhases', () => {
	test('reads each phase Astro and Vite report, and the rest by difference', () => {
		const phases = buildPhases(LOG, 6.85);
		expect(phases.start).toBeCloseTo(6.85 - 5.52);
		expect(phases.setup).toBeCloseTo(1.8);
		expect(phases.server).toBeCloseTo(1.59);
		expect(phases.client).toBeCloseTo(0.426);
		expect(phases.pages).toBeCloseTo(1.03);
		// 5.52 − 1.80 − 1.59 − 0.426 − 1.03: the build-done hooks and Astro's rearranging of files.
		expect(phases.after).toBeCloseTo(0.674);
	});

	test('the static build’s total ("[build] ✓ Completed in 3.11s") is not taken for the pages', () => {
		const withoutPages = LOG.replace(/\u001b\[32m✓ Completed in 1\.03s\./, '');
		expect(buildPhases(withoutPages, 6.85).pages).toBeNaN();
	});

	test('a log without Astro’s lines gives NaN, not a made-up figure', () => {
		const phases = buildPhases('something else entirely', 3);
		expect(Object.values(phases).every(Number.isNaN)).toBe(true);
	});
});
