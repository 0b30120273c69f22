/**
 * The fast parse of built pages (scripts/html-scan.mjs): where it is sure of the tree, the
 * post-processing steps read the same from it as from parse5; where HTML would rebuild the tree
 * (implied end tags, foster parenting, entities in read attributes…), it declines and parse5 runs.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { basePathEdits } from '../../../scripts/base-path.mjs';
import { inlineScriptsOf, metaPolicyEdit, scriptHash } from '../../../scripts/csp.mjs';
import { parsePage, parseWithParse5 } from '../../../scripts/html-edits.mjs';
import { scrollerEdits } from '../../../scripts/html-fixups.mjs';
import { scanPage } from '../../../scripts/html-scan.mjs';

type Tree = NonNullable<ReturnType<typeof parseWithParse5>>;

/** Everything the steps take from a parsed page. */
function stepsRead(document: Tree, html: string) {
	const scripts = inlineScriptsOf(document);
	let meta: unknown;
	try {
		meta = metaPolicyEdit(document, html, scripts.map(scriptHash));
	} catch (error) {
		meta = String(error);
	}
	return { scripts, scrollers: scrollerEdits(document), base: basePathEdits('/repo/', document, html), meta };
}

const page = (body: string, head = '<title>t</title>') =>
	`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

function expectSameAsParse5(html: string) {
	const fast = scanPage(html);
	expect(fast, 'takes the fast path').toBeDefined();
	expect(stepsRead(fast as Tree, html)).toEqual(stepsRead(parseWithParse5(html), html));
}

describe('scanPage', () => {
	test('a page as Astro writes it: scripts, scrollers, aria-hidden, SVG, templates, URL attributes', () => {
		expectSameAsParse5(
			page(
				[
					'<a href="/iam/">IAM</a><img src="/d.svg" srcset="/a.png 1x, /b.png 2x" alt="">',
					'<pre data-language="sh"><code>&lt;pre&gt; a < b</code></pre>',
					'<div class="dla-table-wrap" data-initial="{&quot;x&quot;:&quot;<pre>&quot;}"><table><tbody><tr><td>1</td></tr></tbody></table></div>',
					'<table><tr><th>h</th></tr></table><div aria-hidden="true"><pre>gutter</pre></div><pre tabindex="-1">x</pre>',
					'<svg viewBox="0 0 1 1"><title id="t">A diagram &amp; its title</title><linearGradient id="g"/><path d="M0 0"/></svg>',
					'<template><pre>in a template</pre><script>inTemplate()</script></template>',
					'<!-- a comment with <pre> and --> <textarea><pre></textarea><style>p > a {}</style>',
					"<script type=\"module\">const s = '</scrip' + 't>'; if (a < b) go();</script>",
					'<script type="application/json">{"a":"<b>"}</script><script src="/x.js"></script>',
				].join(''),
				'<meta charset="utf-8"><title>t</title><script>theme()</script><link rel="stylesheet" href="/_astro/a.css">',
			),
		);
	});

	test.each([
		['a block start tag inside an open <p>', page('<p>text<div><pre>x</pre></div></p>')],
		['an implied end tag', page('<ul><li>a<li>b</ul>')],
		['a stray end tag', page('<div></span></div>')],
		['nested links', page('<a href="/a/">a<a href="/b/">b</a></a>')],
		['foster-parented content in a table', page('<table><pre>x</pre></table>')],
		['an entity in an attribute the steps read', page('<div class="dla-table&#45;wrap"><table></table></div>')],
		['a CR in a script (normalised before hashing)', page('<script>a()\r\nb()</script>')],
		['a <script> inside SVG', page('<svg><script>x()</script></svg>')],
		['an HTML element breaking out of SVG', page('<svg><div>x</div></svg>')],
		['a duplicate attribute', page('<pre class="a" class="b">x</pre>')],
		['an abrupt comment', page('<!--><pre>x</pre>')],
		['an unclosed element', page('<div><pre>x</pre>')],
		['script data escapes', page('<script><!-- <script> </script> --></script>')],
	])('declines %s, and parsePage() falls back to parse5', (_, html) => {
		expect(scanPage(html)).toBeUndefined();
		expect(stepsRead(parsePage(html), html)).toEqual(stepsRead(parseWithParse5(html), html));
	});

	test('property: on any page built from these pieces, it either declines or reads what parse5 reads', () => {
		const piece = fc.constantFrom(
			'<p>',
			'</p>',
			'<div>',
			'<div class="dla-table-wrap">',
			'<div aria-hidden="true">',
			'<div class="x" aria-hidden="false">',
			'</div>',
			'<table>',
			'<tr><td>',
			'</td></tr>',
			'</table>',
			'<pre>',
			'<pre tabindex="0">',
			'</pre>',
			'<span>',
			'</span>',
			'<a href="/x/">',
			'</a>',
			'<li>',
			'</li>',
			'<h2>',
			'</h2>',
			'<br>',
			'<img src="/i.png" alt="">',
			'text a < b & c',
			'<!-- <pre> -->',
			'<script>s()</script>',
			'<script type="module">m("</p>")</script>',
			'<script type="application/json">{}</script>',
			'<svg><title>t</title><path d="M0"/></svg>',
			'<template><pre>t</pre></template>',
			'<textarea><pre></textarea>',
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
				const html = page(pieces.join(''));
				const fast = scanPage(html);
				if (fast) expect(stepsRead(fast as Tree, html)).toEqual(stepsRead(parseWithParse5(html), html));
			}),
			{ numRuns: 400 },
		);
	});

	test('property: well-nested pages (as Astro writes them) mostly take the fast path, and read what parse5 reads', () => {
		const leaf = fc.constantFrom(
			'text a < b & c',
			'<br>',
			'<img src="/i.png" alt="">',
			'<!-- <pre> -->',
			'<script>s()</script>',
			'<script type="application/json">{"a":"</p>"}</script>',
			'<svg viewBox="0 0 2 2"><title>t</title><path d="M0"/></svg>',
			'<textarea><pre></textarea>',
		);
		const open = fc.constantFrom(
			['<div>', '</div>'],
			['<div class="dla-table-wrap">', '</div>'],
			['<div aria-hidden="true">', '</div>'],
			['<section data-x="<pre>">', '</section>'],
			['<pre>', '</pre>'],
			['<pre tabindex="-1">', '</pre>'],
			['<span>', '</span>'],
			['<p>', '</p>'],
			['<a href="/x/">', '</a>'],
			['<template>', '</template>'],
			['<table><tbody><tr><td>', '</td></tr></tbody></table>'],
			['<table class="x"><tr><th>', '</th></tr></table>'],
		);
		const { node } = fc.letrec<{ node: string }>((tie) => ({
			node: fc.oneof(
				{ depthSize: 'small', withCrossShrink: true },
				leaf,
				fc
					.tuple(open, fc.array(tie('node'), { maxLength: 4 }))
					.map(([[start, end], children]) => start + children.join('') + end),
			),
		}));
		let fast = 0;
		let runs = 0;
		fc.assert(
			fc.property(fc.array(node, { maxLength: 5 }), (nodes) => {
				const html = page(nodes.join(''));
				const tree = scanPage(html);
				runs++;
				if (!tree) return;
				fast++;
				expect(stepsRead(tree as Tree, html)).toEqual(stepsRead(parseWithParse5(html), html));
			}),
			{ numRuns: 400 },
		);
		expect(fast / runs).toBeGreaterThan(0.5);
	});
});
