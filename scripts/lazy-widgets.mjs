// @ts-check
/**
 * Widget scripts load when their widget comes near the viewport (src/scripts/widget-loader.ts), not
 * with the page. A component keeps the one-line script the project guide asks for,
 *
 *     <script>import './Gp3Calculator.client';</script>
 *
 * and this Vite plugin rewrites that script module, at build (and dev) time, into
 *
 *     import { loadWhenNear } from '…/src/scripts/widget-loader.ts';
 *     loadWhenNear(["gp3-calculator"], () => import('./Gp3Calculator.client'));
 *
 * The widget names are the `mountWidget('<name>', …)` calls of the .client.ts module. A script that is
 * anything else, or a client module that mounts no widget by a literal name, is left as it is (loaded
 * with the page), so nothing breaks silently: it only stays eager.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOADER = fileURLToPath(new URL('../src/scripts/widget-loader.ts', import.meta.url));
/** The module Astro makes of a component's `<script>`: `/…/X.astro?astro&type=script&index=0&lang.ts`. */
const COMPONENT_SCRIPT = /\.astro\?astro&type=script&index=\d+&lang\.ts$/;
/** The whole script is one side-effect import of a sibling `.client` module. */
const ONE_CLIENT_IMPORT = /^\s*import\s+(['"])(\.\/[\w.-]+\.client)(?:\.ts)?\1;?\s*$/;
const MOUNTED_NAMES = /\bmountWidget\s*(?:<[^()]*>)?\(\s*(['"])([\w-]+)\1/g;

/**
 * The rewritten script, or null to leave it alone.
 * @param {string} code the script module's source
 * @param {(specifier: string) => string | undefined} readClient the .client.ts source for `./X.client`
 * @returns {string | null}
 */
export function lazyWidgetScript(code, readClient) {
	const match = ONE_CLIENT_IMPORT.exec(code);
	if (!match) return null;
	const specifier = /** @type {string} */ (match[2]);
	const source = readClient(specifier);
	if (source === undefined) return null;
	const names = [...new Set([...source.matchAll(MOUNTED_NAMES)].map((m) => /** @type {string} */ (m[2])))];
	if (names.length === 0) return null;
	return [
		`import { loadWhenNear } from ${JSON.stringify(LOADER)};`,
		`loadWhenNear(${JSON.stringify(names)}, () => import(${JSON.stringify(specifier)}));`,
		'',
	].join('\n');
}

/** @returns {import('vite').Plugin} */
function lazyWidgetsPlugin() {
	return {
		name: 'dla:lazy-widgets',
		enforce: 'pre',
		transform(code, id) {
			if (!COMPONENT_SCRIPT.test(id)) return null;
			const componentDir = dirname(id.slice(0, id.indexOf('?')));
			const rewritten = lazyWidgetScript(code, (specifier) => {
				const file = resolve(componentDir, `${specifier}.ts`);
				return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
			});
			return rewritten === null ? null : { code: rewritten, map: null };
		},
	};
}

/** @returns {import('astro').AstroIntegration} */
export function lazyWidgets() {
	return {
		name: 'dla:lazy-widgets',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [lazyWidgetsPlugin()] } });
			},
		},
	};
}
