/**
 * Every internal URL in the built HTML resolves to a file in dist/ (pages and public/ assets alike),
 * every #fragment to an id on its target page, and nothing the browser loads comes from another host.
 * This is the site's one link check: it reads the output, so it covers the Markdown's links and those
 * that components, the sidebar, pagination and assets write (issue 19 dropped starlight-links-validator,
 * which checked only the Markdown and cleared Astro's content cache on every build to do it).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attr, builtPages, distDir, findAll, isElement, listFiles, parseHtml, type Element } from './dist';

const SITE = new URL(process.env.SITE_URL ?? 'https://devops-learning-aws.example.org');
const pages = builtPages().map((page) => ({ ...page, document: parseHtml(page.html) }));

/** Ids (and legacy `name` anchors) on each page, by page path. */
const idsByPath = new Map(
	pages.map((page) => [
		page.path,
		new Set(
			findAll(
				page.document,
				(el) => attr(el, 'id') !== undefined || (el.tagName === 'a' && attr(el, 'name') !== undefined),
			).map((el) => attr(el, 'id') ?? attr(el, 'name')!),
		),
	]),
);

/** Every URL an element carries, with where it came from (`a[href]`, `img[srcset]`, …). */
function urlsOf(element: Element): { url: string; from: string; loads: boolean }[] {
	const out: { url: string; from: string; loads: boolean }[] = [];
	const add = (name: string, loads: boolean) => {
		const value = attr(element, name);
		if (value !== undefined) out.push({ url: value.trim(), from: `${element.tagName}[${name}]`, loads });
	};
	const addSrcset = (name: string) => {
		for (const candidate of (attr(element, name) ?? '').split(',')) {
			const url = candidate.trim().split(/\s+/)[0];
			if (url) out.push({ url, from: `${element.tagName}[${name}]`, loads: true });
		}
	};
	switch (element.tagName) {
		case 'a':
		case 'area':
			add('href', false);
			break;
		case 'link': {
			const rel = (attr(element, 'rel') ?? '').toLowerCase();
			// canonical/alternate name this page's public address; they are not fetched.
			if (!/\b(canonical|alternate)\b/.test(rel)) add('href', true);
			addSrcset('imagesrcset');
			break;
		}
		case 'img':
		case 'source':
			add('src', true);
			addSrcset('srcset');
			break;
		case 'script':
		case 'iframe':
		case 'embed':
		case 'audio':
		case 'video':
		case 'track':
			add('src', true);
			add('poster', true);
			break;
		case 'object':
			add('data', true);
			break;
		case 'use':
		case 'image':
			add('href', true);
			add('xlink:href', true);
			break;
		case 'form':
			add('action', false);
			break;
	}
	return out;
}

type Resolved = { kind: 'external' } | { kind: 'internal'; path: string; hash: string };

/** Resolves a URL found on `pagePath` against the site. */
function resolve(url: string, pagePath: string): Resolved | { kind: 'other' } {
	if (/^(mailto|tel|data|blob|javascript):/i.test(url)) return { kind: 'other' };
	const absolute = new URL(url, new URL(pagePath, SITE));
	if (absolute.origin !== SITE.origin) return { kind: 'external' };
	return {
		kind: 'internal',
		path: decodeURIComponent(absolute.pathname),
		hash: decodeURIComponent(absolute.hash.slice(1)),
	};
}

/** The dist/ file a path is served from, or undefined. `/iam/` → iam/index.html; `/iam` is NOT accepted. */
function fileFor(path: string): string | undefined {
	const candidate = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
	return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

function pagePathFor(path: string): string {
	return path.endsWith('.html') && !path.endsWith('/index.html') ? path : path.replace(/index\.html$/, '');
}

describe('internal links', () => {
	test.each(pages.map((page) => [page.path, page] as const))('every link and asset on %s resolves', (_, page) => {
		const broken: string[] = [];
		for (const element of findAll(page.document, isElement)) {
			for (const { url, from } of urlsOf(element)) {
				if (url === '' || url === '#') {
					if (from !== 'a[href]' || url === '') broken.push(`${from}="${url}" is empty`);
					continue;
				}
				const resolved = resolve(url, page.path);
				if (resolved.kind !== 'internal') continue;
				if (!fileFor(resolved.path)) {
					broken.push(`${from}="${url}": no file for ${resolved.path}`);
					continue;
				}
				if (resolved.hash) {
					const ids = idsByPath.get(pagePathFor(resolved.path));
					if (ids && !ids.has(resolved.hash))
						broken.push(`${from}="${url}": no element with id "${resolved.hash}" on ${resolved.path}`);
				}
			}
		}
		expect(broken).toEqual([]);
	});
});

describe('no third-party resources', () => {
	const cssUrl = /url\(\s*(['"]?)((?:https?:)?\/\/[^'")\s]+)\1\s*\)|@import\s+(['"])((?:https?:)?\/\/[^'"]+)\3/gi;

	test.each(pages.map((page) => [page.path, page] as const))('%s loads nothing from another host', (_, page) => {
		const foreign: string[] = [];
		for (const element of findAll(page.document, isElement)) {
			for (const { url, from, loads } of urlsOf(element)) {
				if (loads && resolve(url, page.path).kind === 'external') foreign.push(`${from}="${url}"`);
			}
			const style = attr(element, 'style');
			if (style) for (const match of style.matchAll(cssUrl)) foreign.push(`style="${match[0]}"`);
			if (element.tagName === 'style') {
				const css = element.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
				for (const match of css.matchAll(cssUrl)) foreign.push(`<style> ${match[0]}`);
			}
		}
		expect(foreign).toEqual([]);
	});

	test('no stylesheet or SVG in dist/ references another host', () => {
		const foreign: string[] = [];
		for (const file of listFiles().filter((f) => /\.(css|svg)$/.test(f))) {
			const text = readFileSync(join(distDir, file), 'utf8');
			for (const match of text.matchAll(cssUrl)) foreign.push(`${file}: ${match[0]}`);
			// SVG: any href to a host (xmlns declarations are names, not requests).
			if (file.endsWith('.svg'))
				for (const match of text.matchAll(/\s(?:xlink:)?href\s*=\s*["']((?:https?:)?\/\/[^"']+)/gi))
					foreign.push(`${file}: ${match[1]}`);
		}
		expect(foreign).toEqual([]);
	});
});
