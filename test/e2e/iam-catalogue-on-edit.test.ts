/**
 * The IAM action catalogue (per-service chunks, the index and the chunk table) is fetched only once the
 * reader edits a policy: not at load, not when the browser is idle, not when the editor scrolls into
 * view. The build already rendered the example checked against the catalogue (widget-parity checks the
 * words are the same with and without JavaScript), so reading costs none of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../site/dist';
import { browserAvailable, closeBrowser, distDir, openPage, startSite, type Site } from './harness';
import { fetchedScripts, settle } from './load-metrics';

const EDITORS = ['policy-playground', 'policy-lint'];
const policyPages = builtPages()
	.filter((page) => EDITORS.some((name) => page.html.includes(`data-widget="${name}"`)))
	.map((page) => page.path);

/** URL paths of the catalogue's files: the chunk table, every service chunk it names, and the index. */
function catalogueFiles(): Set<string> {
	const assets = readdirSync(join(distDir, '_astro')).filter((file) => file.endsWith('.js'));
	const read = (file: string) => readFileSync(join(distDir, '_astro', file), 'utf8');
	const table = assets.filter((file) => file.startsWith('catalog-chunks.'));
	const chunks = table.flatMap((file) => [...read(file).matchAll(/import\(`\.\/([^`]+\.js)`\)/g)].map((m) => m[1]!));
	const index = assets.filter((file) => read(file).includes('globalKeys:'));
	return new Set([...table, ...chunks, ...index].map((file) => `/_astro/${file}`));
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
		// index + table + one chunk per service (400+)
		expect(catalogue.size).toBeGreaterThan(400);
		expect([...catalogue].some((file) => file.includes('/catalog-chunks.'))).toBe(true);
	});

	test.each(policyPages)('%s fetches the catalogue only after the reader edits the policy', async (path) => {
		const { page, problems, close } = await openPage(site, path, { lazyWidgets: true });
		try {
			const catalogueFetched = async () => (await fetchedScripts(page)).filter((file) => catalogue.has(file));
			await settle(page);
			expect(await catalogueFetched(), 'after load and idle').toEqual([]);

			const editor = page.locator(EDITORS.map((name) => `[data-widget="${name}"] [data-part="policy"]`).join(', '));
			await editor.first().evaluate((element) => element.scrollIntoView({ block: 'center' }));
			await settle(page);
			expect(await catalogueFetched(), 'after the editor scrolled into view').toEqual([]);

			await editor.first().press('End');
			await editor.first().pressSequentially(' ');
			await expect
				.poll(catalogueFetched, { message: 'after the first edit', timeout: 15_000 })
				.toEqual(expect.arrayContaining([expect.stringMatching(/\/catalog-chunks\./)]));
			expect(problems.consoleErrors.concat(problems.pageErrors, problems.failedRequests)).toEqual([]);
		} finally {
			await close();
		}
	});
});
