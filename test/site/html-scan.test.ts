/**
 * The post-processing pass parses built pages with the fast scan (scripts/html-scan.mjs) and falls back
 * to parse5 only where the scan is unsure: on this site's real pages the fast path must be the one
 * taken (else the build is slow again, silently) and must read what parse5 reads.
 */
import { describe, expect, test } from 'vitest';
import { basePathEdits } from '../../scripts/base-path.mjs';
import { inlineScriptsOf, metaPolicyEdit, scriptHash } from '../../scripts/csp.mjs';
import { parseWithParse5 } from '../../scripts/html-edits.mjs';
import { scrollerEdits } from '../../scripts/html-fixups.mjs';
import { scanPage } from '../../scripts/html-scan.mjs';
import { builtPages } from './dist';

type Tree = ReturnType<typeof parseWithParse5>;

/** A built page as the pass saw it: before its CSP <meta> and the scrollers' tabindex were added. */
const asBuilt = (html: string) =>
	html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '').replaceAll(' tabindex="0"', '');

function stepsRead(document: Tree, html: string) {
	const scripts = inlineScriptsOf(document);
	return {
		scripts,
		scrollers: scrollerEdits(document),
		base: basePathEdits('/repo/', document, html),
		meta: metaPolicyEdit(document, html, scripts.map(scriptHash)),
	};
}

describe('the fast scan on every built page', () => {
	const pages = builtPages();

	test.each(pages.map((page) => [page.path, page.html] as const))('%s: fast path, same as parse5', (_, built) => {
		const html = asBuilt(built);
		const fast = scanPage(html);
		expect(fast, 'the scan declined this page: see scripts/html-scan.mjs for what it declines').toBeDefined();
		const read = stepsRead(fast as Tree, html);
		expect(read).toEqual(stepsRead(parseWithParse5(html), html));
		expect(read.scripts.length).toBeGreaterThan(0);
	});

	test('the pages have scrollers to find (the check can fail)', () => {
		const scrollers = pages.flatMap(({ html }) => scrollerEdits(scanPage(asBuilt(html)) as Tree));
		expect(scrollers.length).toBeGreaterThan(pages.length);
	});
});
