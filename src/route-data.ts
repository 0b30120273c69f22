/**
 * Starlight route middleware: makes each page's description searchable. Starlight writes the frontmatter
 * `description` into `<meta name="description">`; marking that tag `data-pagefind-meta` lets Pagefind index
 * it as metadata, weighted by `metaWeights` in astro.config.mjs (scripts/search-ranking.mjs). A
 * description is a one-sentence summary that names the page's subject, so a short query such as
 * "security group" ranks the page ABOUT security groups above pages that merely mention them.
 */
// Starlight declares App.Locals.starlightRoute in dist/global.d.ts, which its package exports do not expose.
/// <reference path="../node_modules/@astrojs/starlight/dist/global.d.ts" />
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
	for (const tag of context.locals.starlightRoute.head) {
		if (tag.tag === 'meta' && tag.attrs?.name === 'description')
			tag.attrs['data-pagefind-meta'] = 'description[content]';
	}
});
