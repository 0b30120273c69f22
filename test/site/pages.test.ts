/**
 * Page-level checks on the built site: every page is titled, has its own description and one <h1>.
 */
import { describe, expect, test } from 'vitest';
import { attr, builtPages, byTag, findAll, isChapterPage, parseHtml, textOf } from './dist';

const pages = builtPages().map((page) => ({ ...page, document: parseHtml(page.html) }));
const siteDescription =
	'Learn AWS IAM, EC2, security groups, storage and load balancing — with examples that run in the page.';
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('every built page', () => {
	test('the build has a home page and a 404 page', () => {
		expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(['/', '/404.html']));
	});

	test.each(pages.map((page) => [page.path, page] as const))(
		'%s has a <title> and its own meta description',
		(_, page) => {
			// The document's <title> in <head>; inline SVG diagrams have <title>s of their own.
			const [head] = findAll(page.document, byTag('head'));
			const titles = findAll(head!, byTag('title'));
			expect(titles).toHaveLength(1);
			expect(normalise(textOf(titles[0]!))).not.toBe('');
			const descriptions = findAll(head!, (el) => el.tagName === 'meta' && attr(el, 'name') === 'description');
			expect(descriptions).toHaveLength(1);
			const description = normalise(attr(descriptions[0]!, 'content') ?? '');
			expect(description.length, 'meta description is empty').toBeGreaterThan(20);
			// Starlight falls back to the site's description when a page has none: each page needs its own.
			if (isChapterPage(page.path)) expect(description, 'page has no description of its own').not.toBe(siteDescription);
		},
	);

	test.each(pages.map((page) => [page.path, page] as const))('%s has exactly one <h1>', (_, page) => {
		expect(findAll(page.document, byTag('h1')).map((h1) => normalise(textOf(h1)))).toHaveLength(1);
	});
});
