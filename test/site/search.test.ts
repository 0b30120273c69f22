/**
 * Site search: queries the built Pagefind index the way the browser does, by loading
 * dist/pagefind/pagefind.js (Pagefind's Node package can build an index but not query one). Pagefind
 * fetches its WASM and index chunks; `fetch` is wrapped so file: URLs are read from dist/.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, distDir } from './dist';

interface PagefindResult {
	data(): Promise<{ url: string; meta: { title?: string } }>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: PagefindResult[] }>;
	destroy?(): Promise<void>;
}

/** Query → the page that must be the FIRST result. */
export const expectedFirstResult: [query: string, path: string][] = [
	['sticky', '/load-balancing/sticky-sessions/'],
	['password policy', '/iam/password-policy/'],
	['instance types', '/ec2/instance-types/'],
	['SNI', '/load-balancing/sni/'],
];

const realFetch = globalThis.fetch;
let pagefind: Pagefind;

async function search(query: string, limit = 5): Promise<string[]> {
	const { results } = await pagefind.search(query);
	return Promise.all(results.slice(0, limit).map(async (result) => (await result.data()).url));
}

describe('Pagefind search index', () => {
	beforeAll(async () => {
		globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
			const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
			if (!url.startsWith('file:')) return realFetch(input, init);
			return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
		};
		pagefind = (await import(/* @vite-ignore */ pathToFileURL(join(distDir, 'pagefind/pagefind.js')).href)) as Pagefind;
		await pagefind.options({ basePath: pathToFileURL(join(distDir, 'pagefind/')).href, baseUrl: '/' });
		await pagefind.init();
	});
	afterAll(async () => {
		await pagefind?.destroy?.();
		globalThis.fetch = realFetch;
	});

	test('indexes every page except the 404 page', () => {
		const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
		expect(indexed).toBe(builtPages().filter((page) => page.path !== '/404.html').length);
	});

	test.each(expectedFirstResult)('"%s" finds %s first', async (query, path) => {
		const urls = await search(query);
		expect(urls[0], `top results: ${urls.join(', ')}`).toBe(path);
	});

	// KNOWN GAP: Pagefind ranks /load-balancing/load-balancer-security-groups/ first and the chapter
	// overview fourth or fifth, under every ranking setting tried (pageLength, termFrequency,
	// termSaturation, metaWeights.title), because the overview mentions "security group" less often than
	// the pages after it. Fixing it is a content change on /security-groups/ (e.g. its title). When this
	// starts passing, `test.fails` fails: then make it a plain test.
	test.fails('"security group" finds /security-groups/ first', async () => {
		const urls = await search('security group');
		expect(urls[0], `top results: ${urls.join(', ')}`).toBe('/security-groups/');
	});

	test('"security group" finds the chapter overview among the first five results', async () => {
		await expect(search('security group')).resolves.toContain('/security-groups/');
	});

	test('a word that is on no page finds nothing', async () => {
		await expect(search('xyzzyplugh')).resolves.toEqual([]);
	});
});
