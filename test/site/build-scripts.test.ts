/** The build's post-processing steps (scripts/*.mjs), on small documents. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { rewriteHtml, withBase } from '../../scripts/base-path.mjs';
import { inlineScripts, policyFor, scriptHash, withMetaPolicy } from '../../scripts/csp.mjs';
import { focusableScrollers } from '../../scripts/html-fixups.mjs';

describe('base path (scripts/base-path.mjs)', () => {
	test('prefixes root-relative URLs once, and only those', () => {
		expect(withBase('/repo/', '/iam/roles/')).toBe('/repo/iam/roles/');
		expect(withBase('/repo/', '/repo/iam/')).toBe('/repo/iam/');
		expect(withBase('/repo/', '//cdn.example/x.js')).toBe('//cdn.example/x.js');
		expect(withBase('/repo/', '#key-points')).toBe('#key-points');
		expect(withBase('/repo/', 'https://docs.aws.amazon.com/')).toBe('https://docs.aws.amazon.com/');
		expect(withBase('/', '/iam/')).toBe('/iam/');
	});

	test('rewrites href, src and srcset in HTML', () => {
		expect(rewriteHtml('/r/', '<a href="/iam/">x</a><img src="/d.svg" srcset="/a.png 1x, /b.png 2x">')).toBe(
			'<a href="/r/iam/">x</a><img src="/r/d.svg" srcset="/r/a.png 1x, /r/b.png 2x">',
		);
	});
});

describe('CSP (scripts/csp.mjs)', () => {
	test('hashes exactly the executable inline scripts, as the browser does', () => {
		const html =
			'<html><head><script>a()</script><script src="/x.js"></script><script type="application/json">{"a":1}</script></head><body data-x="<script>no()</script>"><script type="module">b()</script></body></html>';
		expect(inlineScripts(html)).toEqual(['a()', 'b()']);
		expect(scriptHash('a()')).toBe(`'sha256-${createHash('sha256').update('a()').digest('base64')}'`);
	});

	test('puts the page policy first in <head>, without frame-ancestors (ignored in <meta>)', () => {
		const out = withMetaPolicy(
			'<!DOCTYPE html><html><head><title>t</title><script>a()</script></head><body></body></html>',
		);
		expect(out).toMatch(
			/^<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
		);
		expect(out).not.toContain('frame-ancestors');
		expect(policyFor([], { forHeader: true })).toContain("frame-ancestors 'none'");
		expect(policyFor([])).not.toContain("'unsafe-eval'");
	});
});

describe('HTML fix-ups (scripts/html-fixups.mjs)', () => {
	const wrap = (body: string) => `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;

	test('makes sideways scrollers focusable, once', () => {
		expect(focusableScrollers(wrap('<pre data-language="sh">ls</pre><table></table>'))).toBe(
			wrap('<pre tabindex="0" data-language="sh">ls</pre><table tabindex="0"></table>'),
		);
		expect(focusableScrollers(wrap('<pre tabindex="-1">x</pre>'))).toBe(wrap('<pre tabindex="-1">x</pre>'));
	});

	test('a table inside .dla-table-wrap: only the wrapper becomes focusable', () => {
		expect(focusableScrollers(wrap('<div class="dla-table-wrap"><table></table></div>'))).toBe(
			wrap('<div tabindex="0" class="dla-table-wrap"><table></table></div>'),
		);
	});

	test('leaves aria-hidden content and attribute text alone', () => {
		const html = wrap(
			'<pre aria-hidden="true">1</pre><div aria-hidden="true"><table></table></div><p data-x="<pre>">y</p>',
		);
		expect(focusableScrollers(html)).toBe(html);
	});
});
