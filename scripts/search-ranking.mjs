// @ts-check
/**
 * Pagefind ranking for site search, shared by astro.config.mjs (Starlight passes it to the search UI)
 * and test/site/search-relevance.test.ts (which queries the built index with the same options).
 * Tuned against the relevance set in that test; see https://pagefind.app/docs/ranking/.
 * @type {{ pageLength: number; termFrequency: number; termSaturation: number; termSimilarity: number; metaWeights: Record<string, number> }}
 */
export const searchRanking = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 1.2,
	termSimilarity: 9,
	// The title and the one-sentence description name a page's subject (src/route-data.ts indexes it).
	metaWeights: { title: 10, description: 5 },
};
