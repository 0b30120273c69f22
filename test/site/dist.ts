/**
 * Reads the built site (dist/) for the `site` checks: lists pages and parses their HTML with parse5,
 * with a few small helpers to find elements and read text. The `e2e` tests use `builtPages()` too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every file under dir (recursive), as paths relative to dir with `/` separators. */
export function listFiles(dir = distDir): string[] {
	const out: string[] = [];
	const walk = (current: string) => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const path = join(current, entry.name);
			if (entry.isDirectory()) walk(path);
			else out.push(relative(dir, path).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort();
}

export interface BuiltPage {
	/** URL path the page is served at: `/`, `/iam/roles/`, `/404.html`. */
	path: string;
	/** File under dist/: `index.html`, `iam/roles/index.html`, `404.html`. */
	file: string;
	html: string;
}

/** Every HTML page in dist/, home first, then in path order. */
export function builtPages(): BuiltPage[] {
	return listFiles()
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({
			file,
			path:
				file === 'index.html'
					? '/'
					: file.endsWith('/index.html')
						? `/${file.slice(0, -'index.html'.length)}`
						: `/${file}`,
			html: readFileSync(join(distDir, file), 'utf8'),
		}));
}

/** Pages that belong to a chapter (`/iam/…`, `/ec2/…`, …): the site's content pages. */
export const isChapterPage = (path: string) => /^\/(iam|ec2|security-groups|storage|load-balancing)\//.test(path);

export const parseHtml = (html: string) => parse(html);

export function isElement(node: Node): node is Element {
	return 'tagName' in node;
}

export function attr(element: Element, name: string): string | undefined {
	return element.attrs.find((a) => a.name === name)?.value;
}

/** All elements under node (document order) that match the predicate. */
export function findAll(node: Node, match: (element: Element) => boolean): Element[] {
	const out: Element[] = [];
	const walk = (current: Node) => {
		if (isElement(current) && match(current)) out.push(current);
		const children =
			'content' in current && current.content
				? current.content.childNodes
				: 'childNodes' in current
					? current.childNodes
					: [];
		for (const child of children) walk(child);
	};
	walk(node);
	return out;
}

export const byTag = (tag: string) => (element: Element) => element.tagName === tag;
export const hasClass = (element: Element, name: string) => (attr(element, 'class') ?? '').split(/\s+/).includes(name);

/** Text of node as a reader sees it (script, style and template contents left out). */
export function textOf(node: Node): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
	if (isElement(node) && ['script', 'style', 'template', 'noscript'].includes(node.tagName)) return '';
	if (!('childNodes' in node)) return '';
	return node.childNodes.map(textOf).join('');
}
