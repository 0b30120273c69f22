// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { htmlPostProcess } from './scripts/html-postprocess.mjs';
import { lazyWidgets } from './scripts/lazy-widgets.mjs';
import { searchRanking } from './scripts/search-ranking.mjs';
import { browserCatalogAsFiles, serverCatalogFromDisk } from './scripts/iam-catalog-build.mjs';
import { serviceWorker } from './scripts/service-worker.mjs';
import { chapters, description, title } from './scripts/site-identity.mjs';

// The deploy workflow sets these from the repository (GitHub Pages: https://owner.github.io/repo/).
const site = process.env.SITE_URL ?? 'https://devops-learning-aws.example.org';
const base = process.env.BASE_PATH ?? '/';
// Pages write links root-relative without the base; htmlPostProcess() prefixes it on a sub-path deploy.
// Links are checked once, on the built pages (test/site/links.test.ts): every href, src and #fragment,
// including those that components, the sidebar and pagination write, not only the Markdown ones.

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	vite: {
		// The IAM catalogue's 456 chunks are read from disk (server) and fetched as JSON files (browser)
		// instead of being bundled; see scripts/iam-catalog-build.mjs.
		plugins: [serverCatalogFromDisk(), browserCatalogAsFiles()],
		build: {
			rolldownOptions: {
				// Astro's own MDX/content modules start with the marker "use astro:head-inject", which the
				// bundler reports as an unpreservable directive on every page. It is Astro's internal
				// marker (consumed before bundling), so the warning is noise; drop exactly that case.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
	integrations: [
		starlight({
			title,
			description,
			logo: { src: './src/assets/logo.svg', replacesTitle: false },
			favicon: '/favicon.svg',
			head: [
				{ tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
				// Hold the first render until the whole body is parsed (#dla-page-end, last in the body), so
				// Chromium never paints a half-parsed page that then shifts. See kit/SkipLinkPageFrame.astro.
				{ tag: 'link', attrs: { rel: 'expect', href: '#dla-page-end', blocking: 'render' } },
			],
			lastUpdated: false,
			disable404Route: true,
			pagination: true,
			sidebar: chapters.map(({ label, directory }) => ({
				label,
				items: [{ autogenerate: { directory } }],
			})),
			customCss: ['./src/styles/custom.css', './src/styles/diagrams.css', './src/styles/print.css'],
			// Search: descriptions are indexed as metadata (src/route-data.ts) and ranked with the options
			// tuned against test/site/search-relevance.test.ts.
			routeMiddleware: './src/route-data.ts',
			pagefind: { ranking: searchRanking },
			// Adds "Skip to the first example" after Starlight's skip link; see the component.
			components: { PageFrame: './src/components/kit/SkipLinkPageFrame.astro' },
		}),
		// One pass over every built page: base path (sub-path deploys), keyboard access to sideways-scrolling
		// code blocks and tables, and a strict Content-Security-Policy (<meta> with hashes of the page's inline
		// scripts, and dist/_headers). See scripts/html-postprocess.mjs.
		// Widget scripts load when their widget comes near the viewport. See scripts/lazy-widgets.mjs.
		lazyWidgets(),
		htmlPostProcess(),
		// Offline reading and the update prompt; last, so it precaches the final bytes. See scripts/service-worker.mjs.
		serviceWorker(),
	],
});
