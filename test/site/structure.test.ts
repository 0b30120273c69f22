/**
 * The site's shape: all its content pages are built, the sidebar lists them in reading order (see
 * ./page-tree.ts), and the last page of each chapter ends with a "Key points" summary.
 */
import { describe, expect, test } from 'vitest';
import { attr, builtPages, byTag, findAll, hasClass, isChapterPage, parseHtml, textOf } from './dist';
import { chapterPaths, expectedPaths, pageTree } from './page-tree';

const pages = builtPages().map((page) => ({ ...page, document: parseHtml(page.html) }));
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('site structure', () => {
	test('at least 40 content pages are built', () => {
		expect(pages.filter((page) => isChapterPage(page.path)).length).toBeGreaterThanOrEqual(40);
	});

	test('every page of the page tree is built, and no chapter page outside it', () => {
		const built = pages
			.map((page) => page.path)
			.filter(isChapterPage)
			.sort();
		expect(built).toEqual([...expectedPaths].sort());
	});

	test('the sidebar lists the chapters and their pages in reading order', () => {
		const page = pages.find((p) => p.path === '/iam/');
		expect(page, '/iam/ is built').toBeDefined();
		const [topLevel] = findAll(page!.document, (el) => el.tagName === 'ul' && hasClass(el, 'top-level'));
		expect(topLevel, 'sidebar list').toBeDefined();
		const groups = topLevel!.childNodes
			.filter((node) => node.nodeName === 'li')
			.map((li) => {
				const [summary] = findAll(li, byTag('summary'));
				return {
					label: normalise(textOf(summary!)),
					pages: findAll(li, byTag('a')).map((a) => attr(a, 'href')),
				};
			});
		expect(groups).toEqual(pageTree.map((chapter) => ({ label: chapter.label, pages: chapterPaths(chapter) })));
	});

	test.each(pageTree.map((chapter) => [chapter.label, chapterPaths(chapter).at(-1)!] as const))(
		'the last page of %s (%s) has a "Key points" heading',
		(_, path) => {
			const page = pages.find((p) => p.path === path);
			expect(page, `${path} is built`).toBeDefined();
			const headings = findAll(page!.document, (el) => /^h[2-3]$/.test(el.tagName)).map((h) => normalise(textOf(h)));
			expect(headings).toContain('Key points');
		},
	);
});
