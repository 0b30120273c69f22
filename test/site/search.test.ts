/**
 * Site search: queries the built Pagefind index the way the browser does (see search-index.ts).
 * The learner-phrased relevance set is in search-relevance.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, distDir } from './dist';
import { closeSearchIndex, openSearchIndex, search } from './search-index';

/** Query → the page that must be the FIRST result. */
export const expectedFirstResult: [query: string, path: string][] = [
	['sticky', '/load-balancing/sticky-sessions/'],
	['password policy', '/iam/password-policy/'],
	['instance types', '/ec2/instance-types/'],
	['SNI', '/load-balancing/sni/'],
];

describe('Pagefind search index', () => {
	beforeAll(openSearchIndex);
	afterAll(closeSearchIndex);

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

	// Was a known gap (the load balancer security groups page ranked first). Fixed by the chapter overview's
	// title, its search-weighted definition and indexed descriptions; see search-relevance.test.ts.
	test('"security group" finds /security-groups/ first', async () => {
		const urls = await search('security group');
		expect(urls[0], `top results: ${urls.join(', ')}`).toBe('/security-groups/');
	});

	test('a word that is on no page finds nothing', async () => {
		await expect(search('xyzzyplugh')).resolves.toEqual([]);
	});
});
