/**
 * JavaScript budget per page: the gzip size of every script a page loads before the reader does
 * anything — `<script src>`, `<link rel=modulepreload>`, the static imports of those modules
 * (followed recursively) and inline scripts. Dynamic `import()`s (Pagefind when search opens, the IAM
 * action catalogue) load on demand and are not counted.
 *
 * Budgets live in test/site/js-budget.json: `prose` for any page not listed (a page without widgets
 * must cost no more than a bare Starlight page, plus a small tolerance) and `pages` for pages whose
 * widgets need more. After a deliberate change, regenerate with ~10 % headroom:
 *
 *     UPDATE_BUDGETS=1 npx vitest run --project site test/site/js-budget.test.ts
 *
 * and commit the JSON with the reason in the message.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { attr, builtPages, distDir, findAll, parseHtml } from './dist';

interface Budget {
	prose: number;
	pages: Record<string, number>;
}

const budgetFile = fileURLToPath(new URL('./js-budget.json', import.meta.url));
const HEADROOM = 1.1;
/** Tolerance over the heaviest bare page for the prose budget. */
const PROSE_TOLERANCE = 1.05;

const gzipCache = new Map<string, number>();
const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Static imports of a built module: `import{a}from"./x.js"`, `import"./y.js"`, `export*from"./z.js"`. */
export function staticImports(code: string): string[] {
	const out: string[] = [];
	for (const match of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g))
		out.push(match[1]!);
	return out;
}

/** dist/ paths of a module and everything it statically imports. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
	if (seen.has(entry)) return seen;
	seen.add(entry);
	const code = readFileSync(join(distDir, entry), 'utf8');
	for (const specifier of staticImports(code)) {
		if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
		const resolved = specifier.startsWith('/')
			? specifier.slice(1)
			: posix.normalize(posix.join(posix.dirname(entry), specifier));
		if (existsSync(join(distDir, resolved))) moduleGraph(resolved, seen);
	}
	return seen;
}

export interface PageJs {
	path: string;
	bytes: number;
	files: number;
	inline: number;
	widgets: number;
}

function measure(html: string, path: string): PageJs {
	const document = parseHtml(html);
	const entries = new Set<string>();
	let inlineBytes = 0;
	let inline = 0;
	for (const script of findAll(document, (el) => el.tagName === 'script')) {
		const type = attr(script, 'type');
		if (type === 'application/json' || type === 'application/ld+json') continue;
		const src = attr(script, 'src');
		if (src !== undefined) {
			if (src.startsWith('/')) entries.add(src.slice(1));
			continue;
		}
		const code = script.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
		if (code.trim()) {
			inline++;
			inlineBytes += gzipSize(code);
		}
	}
	for (const link of findAll(document, (el) => el.tagName === 'link' && attr(el, 'rel') === 'modulepreload')) {
		const href = attr(link, 'href');
		if (href?.startsWith('/')) entries.add(href.slice(1));
	}
	const files = new Set<string>();
	for (const entry of entries) for (const file of moduleGraph(entry)) files.add(file);
	let fileBytes = 0;
	for (const file of files) {
		if (!gzipCache.has(file)) gzipCache.set(file, gzipSize(readFileSync(join(distDir, file))));
		fileBytes += gzipCache.get(file)!;
	}
	const widgets = findAll(document, (el) => attr(el, 'data-widget') !== undefined).length;
	return { path, bytes: fileBytes + inlineBytes, files: files.size, inline, widgets };
}

const measured = builtPages().map((page) => measure(page.html, page.path));

function table(rows: PageJs[], budget: Budget): string {
	const width = Math.max(...rows.map((r) => r.path.length), 4);
	const lines = rows.map((r) => {
		const limit = budget.pages[r.path] ?? budget.prose;
		return `${r.path.padEnd(width)}  ${String(r.bytes).padStart(7)}  ${String(limit).padStart(7)}  ${String(r.files).padStart(5)}  ${String(r.inline).padStart(6)}  ${String(r.widgets).padStart(7)}${r.bytes > limit ? '  OVER' : ''}`;
	});
	return [
		`${'page'.padEnd(width)}  ${'gzip B'.padStart(7)}  ${'budget'.padStart(7)}  ${'files'.padStart(5)}  ${'inline'.padStart(6)}  ${'widgets'.padStart(7)}`,
		...lines,
	].join('\n');
}

/**
 * Budgets from a build. prose = a bare Starlight doc page — the lightest page that has a sidebar and
 * no widgets (the splash pages, home and 404, load less) — × 1.05; every page above that gets its own
 * entry × 1.10.
 */
function generateBudget(rows: PageJs[]): Budget {
	const round = (n: number) => Math.ceil(n / 100) * 100;
	const bare = Math.min(
		...rows.filter((r) => r.widgets === 0 && r.path !== '/' && r.path !== '/404.html').map((r) => r.bytes),
	);
	const prose = round(bare * PROSE_TOLERANCE);
	const pages: Record<string, number> = {};
	for (const r of [...rows].sort((a, b) => a.path.localeCompare(b.path))) {
		if (r.bytes > prose) pages[r.path] = round(r.bytes * HEADROOM);
	}
	return { prose, pages };
}

describe('JavaScript budget', () => {
	if (process.env.UPDATE_BUDGETS === '1') {
		writeFileSync(budgetFile, `${JSON.stringify(generateBudget(measured), null, '\t')}\n`);
		console.log(`wrote ${budgetFile}`);
	}
	const budget = JSON.parse(readFileSync(budgetFile, 'utf8')) as Budget;
	console.log(`JS per page (gzip bytes, loaded before any interaction):\n${table(measured, budget)}`);

	test('the module-graph reader finds static imports, not dynamic ones', () => {
		expect(
			staticImports('import{a as b}from"./dom.js";import"./side.js";export*from"./re.js";const x=import("./lazy.js")'),
		).toEqual(['./dom.js', './side.js', './re.js']);
	});

	test('a page without widgets loads no more than the prose budget, i.e. a bare Starlight page', () => {
		expect(budget.prose).toBeGreaterThan(0);
		expect(budget.prose).toBeLessThan(60_000);
	});

	test.each(measured.map((r) => [r.path, r] as const))('%s is within its JS budget', (path, r) => {
		const limit = budget.pages[path] ?? budget.prose;
		expect(
			r.bytes,
			`${path} loads ${r.bytes} B of gzipped JS; budget ${limit} B (${budget.pages[path] ? 'its own entry' : 'prose'})`,
		).toBeLessThanOrEqual(limit);
	});

	test('every page listed in the budget file exists', () => {
		const paths = new Set(measured.map((r) => r.path));
		expect(Object.keys(budget.pages).filter((path) => !paths.has(path))).toEqual([]);
	});
});
