// @ts-check
/**
 * Build speed (issue 19): lets Node itself import a dependency that ships TypeScript sources, as
 * starlight-links-validator does (`"exports": { ".": "./index.ts" }`, extensionless relative imports).
 * Node refuses to strip types under node_modules, so Astro's plain `import()` of astro.config.mjs
 * failed and Astro fell back to starting a Vite dev server only to load the config: about half a
 * second of CPU, more of wall time, on every build (the twin's config has no such dependency).
 *
 * `allowTypeScriptPackage(name)` adds Node module hooks (node:module `registerHooks`) scoped to that
 * one package: its extensionless relative imports resolve to `.ts` (or `/index.ts`), and its `.ts`
 * files are compiled by Oxc (`rolldown/utils`, the compiler Vite itself uses for them), with the same
 * TypeScript semantics as Vite's load. Where that is not possible (Node without `registerHooks`, before
 * 22.15; no rolldown), it registers nothing and returns false: Astro's fallback loads the config as before.
 */
import { readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';

/** @type {((filename: string, source: string, options: { lang: 'ts' }) => { code: string, errors: Error[] }) | undefined} */
const transformSync = await import('rolldown/utils').then(
	(utils) => utils.transformSync,
	() => undefined,
);

/** A relative specifier with no file extension, e.g. `./libs/astro`. */
const EXTENSIONLESS = /^\.\.?\/(?:[^/]+\/)*[^/.]+$/;

/**
 * @param {string} url a module URL
 * @param {string} name the package
 */
const inPackage = (url, name) => url.startsWith('file:') && url.includes(`/node_modules/${name}/`);

/**
 * The module source Node runs for one of the package's `.ts` files.
 * @param {string} url
 * @returns {string}
 */
export function compiledSource(url) {
	if (!transformSync) throw new Error('rolldown/utils is not available');
	const filename = fileURLToPath(url);
	const { code, errors } = transformSync(filename, readFileSync(filename, 'utf8'), { lang: 'ts' });
	if (errors.length > 0) throw errors[0];
	return code;
}

/**
 * Registers the hooks for `name`; returns whether they are in place.
 * @param {string} name a package name, e.g. `starlight-links-validator`
 * @returns {boolean}
 */
export function allowTypeScriptPackage(name) {
	if (typeof nodeModule.registerHooks !== 'function' || !transformSync) return false;
	nodeModule.registerHooks({
		resolve(specifier, context, nextResolve) {
			if (context.parentURL && inPackage(context.parentURL, name) && EXTENSIONLESS.test(specifier)) {
				for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
					try {
						return nextResolve(candidate, context);
					} catch {
						// not this one; try the next
					}
				}
			}
			return nextResolve(specifier, context);
		},
		load(url, context, nextLoad) {
			if (!inPackage(url, name) || !url.endsWith('.ts')) return nextLoad(url, context);
			return { format: 'module', source: compiledSource(url), shortCircuit: true };
		},
	});
	return true;
}
