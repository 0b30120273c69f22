/**
 * The IAM action catalogue (per-service JSON files, the index and the module that fetches them) is fetched only once the
 * reader edits a policy: not at load, not when the browser is idle, not when the editor scrolls into
 * view. The build already rendered the example checked against the catalogue (widget-parity checks the
 * words are the same with and without JavaScript), so reading costs none of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages } from '../site/dist';
import { browserAvailable, closeBrowser, distDir, openPage, startSite, type Site } from './harness';
import { settle } from './load-metrics';

const EDITORS = ['policy-playground', 'policy-lint'];
const policyPages = builtPages()
	.filter((page) => EDITORS.some((name) => page.html.includes(`data-widget="${name}"`)))
	.map((page) => page.path);

/**
 * URL paths of the catalogue's files: the module that fetches the service chunks, every chunk in the
 * folder it names (`iam-catalog.<hash>/<prefix>.json`, written by scripts/iam-catalog-build.mjs), and the index.
 */
function catalogueFiles(): Set<string> {
	const assets = readdirSync(join(distDir, '_astro')).filter((file) => file.endsWith('.js'));
	const read = (file: string) => readFileSync(join(distDir, '_astro', file), 'utf8');
	const loader = assets.filter((file) => file.startsWith('catalog-chunks.'));
	const folders = loader.flatMap((file) =>
		[...read(file).matchAll(/\.\/(iam-catalog\.[0-9a-f]+)\//g)].map((m) => m[1]!),
	);
	const chunks = folders.flatMap((folder) =>
		readdirSync(join(distDir, '_astro', folder)).map((file) => `${folder}/${file}`),
	);
	const index = assets.filter((file) => read(file).includes('globalKeys:'));
	return new Set([...loader, ...chunks, ...index].map((file) => `/_astro/${file}`));
}

/** Same-origin URL paths the page has fetched (scripts, fetch() calls, anything in Resource Timing). */
function fetchedFiles(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => new URL(entry.name))
			.filter((url) => url.origin === location.origin)
			.map((url) => url.pathname),
	);
}

describe.skipIf(!browserAvailable)('the IAM catalogue loads on the first edit, not before', () => {
	let site: Site;
	let catalogue: Set<string>;
	beforeAll(async () => {
		site = await startSite();
		catalogue = catalogueFiles();
	});
	afterAll(async () => {
		await site?.close();
		await closeBrowser();
	});

	test('the catalogue files are found in the build (the check can fail)', () => {
		expect(policyPages.length).toBeGreaterThanOrEqual(2);
		// index + loader + one JSON chunk per service (400+)
		expect(catalogue.size).toBeGreaterThan(400);
		expect([...catalogue].some((file) => file.includes('/catalog-chunks.'))).toBe(true);
		expect([...catalogue].some((file) => /\/iam-catalog\.[0-9a-f]+\/s3\.json$/.test(file))).toBe(true);
	});

	test.each(policyPages)('%s fetches the catalogue only after the reader edits the policy', async (path) => {
		const { page, problems, close } = await openPage(site, path, { lazyWidgets: true });
		try {
			const catalogueFetched = async () => (await fetchedFiles(page)).filter((file) => catalogue.has(file));
			await settle(page);
			expect(await catalogueFetched(), 'after load and idle').toEqual([]);

			const editor = page.locator(EDITORS.map((name) => `[data-widget="${name}"] [data-part="policy"]`).join(', '));
			await editor.first().evaluate((element) => element.scrollIntoView({ block: 'center' }));
			await settle(page);
			expect(await catalogueFetched(), 'after the editor scrolled into view').toEqual([]);

			await editor.first().press('End');
			await editor.first().pressSequentially(' ');
			await expect.poll(catalogueFetched, { message: 'after the first edit', timeout: 15_000 }).toEqual(
				expect.arrayContaining([
					expect.stringMatching(/\/catalog-chunks\./),
					// the per-service split: the chunk of a service the example policy names
					expect.stringMatching(/\/iam-catalog\.[0-9a-f]+\/[a-z0-9-]+\.json$/),
				]),
			);
			expect(problems.consoleErrors.concat(problems.pageErrors, problems.failedRequests)).toEqual([]);
		} finally {
			await close();
		}
	});
});
