/**
 * Queries the built Pagefind index the way the browser does, by loading dist/pagefind/pagefind.js
 * (Pagefind's Node package can build an index but not query one). Pagefind fetches its WASM and index
 * chunks; `fetch` is wrapped so file: URLs are read from dist/. Used by search.test.ts and
 * search-relevance.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { searchRanking } from '../../scripts/search-ranking.mjs';
import { distDir } from './dist';

interface PagefindResult {
	data(): Promise<{ url: string; meta: { title?: string } }>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: PagefindResult[] }>;
	destroy?(): Promise<void>;
}

const realFetch = globalThis.fetch;
let pagefind: Pagefind | undefined;

export async function openSearchIndex(): Promise<void> {
	globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		if (!url.startsWith('file:')) return realFetch(input, init);
		return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
	};
	pagefind = (await import(/* @vite-ignore */ pathToFileURL(join(distDir, 'pagefind/pagefind.js')).href)) as Pagefind;
	// The same ranking options Starlight gives the search box (astro.config.mjs).
	await pagefind.options({
		basePath: pathToFileURL(join(distDir, 'pagefind/')).href,
		baseUrl: '/',
		ranking: searchRanking,
	});
	await pagefind.init();
}

export async function closeSearchIndex(): Promise<void> {
	await pagefind?.destroy?.();
	globalThis.fetch = realFetch;
}

/** The URLs of the first `limit` results for `query`, best first. */
export async function search(query: string, limit = 5): Promise<string[]> {
	if (!pagefind) throw new Error('openSearchIndex() first');
	const { results } = await pagefind.search(query);
	return Promise.all(results.slice(0, limit).map(async (result) => (await result.data()).url));
}
