/** The build's post-processing steps (scripts/*.mjs) and their one pass, on small documents. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { rewriteHtml, withBase } from '../../scripts/base-path.mjs';
import { inlineScripts, policyFor, scriptHash, withMetaPolicy } from '../../scripts/csp.mjs';
import { applyEdits } from '../../scripts/html-edits.mjs';
import { focusableScrollers } from '../../scripts/html-fixups.mjs';
import { postProcessPage } from '../../scripts/html-postprocess.mjs';

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

describe('one pass (scripts/html-postprocess.mjs)', () => {
	const page = [
		'<!DOCTYPE html><html lang="en"><head><title>t</title><script>theme()</script>',
		'<link rel="stylesheet" href="/_astro/a.css"></head><body>',
		'<a href="/iam/roles/">Roles</a><img src="/d.svg" srcset="/a.png 1x, /b.png 2x" alt="">',
		'<pre data-language="sh"><code>&lt;a href="/iam/"&gt;</code></pre>',
		'<div class="dla-table-wrap" data-initial="{&quot;href&quot;:&quot;/x/&quot;}"><table></table></div>',
		'<template><pre>in a template</pre></template>',
		'<script type="module">const link = \' src="/not-an-attribute"\';</script></body></html>',
	].join('');

	test('base `/`: the same bytes as the three steps run one after another', () => {
		const { html, scriptHashes } = postProcessPage(page, '/');
		expect(html).toBe(withMetaPolicy(focusableScrollers(page)));
		expect(scriptHashes).toEqual(inlineScripts(page).map(scriptHash));
	});

	test('a sub-path base prefixes URL attributes only, never text, scripts or other attributes', () => {
		const { html, scriptHashes } = postProcessPage(page, '/repo/');
		expect(html).toContain('<link rel="stylesheet" href="/repo/_astro/a.css">');
		expect(html).toContain('<a href="/repo/iam/roles/">');
		expect(html).toContain('<img src="/repo/d.svg" srcset="/repo/a.png 1x, /repo/b.png 2x" alt="">');
		expect(html).toContain('<code>&lt;a href="/iam/"&gt;</code>');
		expect(html).toContain('data-initial="{&quot;href&quot;:&quot;/x/&quot;}"');
		expect(html).toContain('\' src="/not-an-attribute"\'');
		// The scripts are unchanged, so their hashes are those of the final page.
		expect(inlineScripts(html).map(scriptHash)).toEqual(scriptHashes);
		expect(html.match(/tabindex="0"/g)).toHaveLength(3);
	});

	test('edits at offsets of one text: applied in order, overlaps refused', () => {
		expect(
			applyEdits('abcdef', [
				{ start: 4, end: 5, text: 'E' },
				{ start: 1, end: 1, text: '+' },
				{ start: 1, end: 1, text: '!' },
			]),
		).toBe('a+!bcdEf');
		expect(() =>
			applyEdits('abcdef', [
				{ start: 1, end: 3, text: '' },
				{ start: 2, end: 2, text: 'x' },
			]),
		).toThrow(/overlapping/);
	});

	test('a page without a written <head> is refused, as is one that already has a policy', () => {
		expect(() => postProcessPage('<p>no head</p>', '/')).toThrow(/no <head>/);
		expect(() =>
			postProcessPage('<html><head><meta http-equiv="content-security-policy" content="x"></head></html>', '/'),
		).toThrow(/already has a CSP/);
	});
});
