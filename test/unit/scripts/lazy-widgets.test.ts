/** scripts/lazy-widgets.mjs: which component scripts become "load when near the viewport". */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { lazyWidgetScript } from '../../../scripts/lazy-widgets.mjs';

const client = (source: string) => (specifier: string) => (specifier === './Gp3.client' ? source : undefined);
const MOUNTS_GP3 = "mountWidget<Gp3Initial>('gp3-calculator', (ctx) => {});";

describe('lazyWidgetScript', () => {
	test('turns the one-line import into a load-when-near call with the names the client mounts', () => {
		const out = lazyWidgetScript('import "./Gp3.client";', client(MOUNTS_GP3));
		expect(out).toMatch(/^import \{ loadWhenNear \} from ".*src\/scripts\/widget-loader\.ts";$/m);
		expect(out).toContain('loadWhenNear(["gp3-calculator"], () => import("./Gp3.client"));');
	});

	test('lists every widget a client mounts, once', () => {
		const source = `${MOUNTS_GP3}\nmountWidget('gp3-compare', setup);\nmountWidget("gp3-calculator", other);`;
		expect(lazyWidgetScript("import './Gp3.client'", client(source))).toContain('["gp3-calculator","gp3-compare"]');
	});

	test('leaves anything else as it is (loaded with the page)', () => {
		expect(lazyWidgetScript('import "./Gp3.client";\nconsole.log(1);', client(MOUNTS_GP3))).toBeNull();
		expect(lazyWidgetScript('import "./gp3-helpers";', client(MOUNTS_GP3))).toBeNull();
		expect(lazyWidgetScript('import "./Other.client";', client(MOUNTS_GP3))).toBeNull();
		// A name that is not a literal cannot be found in the markup: stay eager.
		expect(lazyWidgetScript('import "./Gp3.client";', client('mountWidget(NAME, setup);'))).toBeNull();
	});
});

describe('the real components', () => {
	const components = fileURLToPath(new URL('../../../src/components/', import.meta.url));
	const astroFiles = (readdirSync(components, { recursive: true }) as string[])
		.filter((file) => file.endsWith('.astro'))
		.map((file) => join(components, file));
	const scripts = astroFiles.flatMap((file) =>
		[...readFileSync(file, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => ({ file, code: m[1]! })),
	);

	test('every widget script loads when its widget comes near, none stays eager by accident', () => {
		expect(scripts.length).toBeGreaterThan(30);
		const eager = scripts
			.filter(({ file, code }) => {
				const read = (specifier: string) => {
					const path = resolve(dirname(file), `${specifier}.ts`);
					return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
				};
				return lazyWidgetScript(code.trim(), read) === null;
			})
			.map(({ file }) => file.slice(components.length));
		expect(eager).toEqual([]);
	});
});
