/**
 * Keeps the layering the README describes (rules in test/unit/architecture/layering.ts), in the spirit
 * of Starlight's no-internal-barrel-imports test. The second group plants one violation of each rule
 * in an otherwise clean tree, so this test is known to be able to fail.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findViolations, importSpecifiers, type SourceFile } from './architecture/layering';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|mjs|astro|mdx)$/;

function collect(dir: string): SourceFile[] {
	const files: SourceFile[] = [];
	for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
		const relative = `${dir}/${entry.name}`;
		if (entry.isDirectory()) files.push(...collect(relative));
		else if (SOURCE.test(entry.name))
			files.push({ path: relative, text: readFileSync(path.join(ROOT, relative), 'utf8') });
	}
	return files;
}

/** Each `<script …>…</script>` block of a component, tags included. */
function scriptBlocks(text: string): string[] {
	return [...text.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)].map((match) => match[0]);
}

const tree = [...collect('src'), ...collect('scripts'), ...collect('test')].filter(
	(file) => !file.path.startsWith('test/unit/architecture'),
);

describe('the real tree', () => {
	test('reads a non-trivial number of imports (the scanner works)', () => {
		const imports = tree.flatMap((file) => importSpecifiers(file.text));
		expect(tree.length).toBeGreaterThan(200);
		expect(imports.filter((s) => s.includes('lib/')).length).toBeGreaterThan(100);
	});

	test('keeps every layering rule', () => {
		expect(findViolations(tree)).toEqual([]);
	});
});

describe('widget scripts live in typed modules', () => {
	const astro = tree.filter((file) => file.path.startsWith('src/components/') && file.path.endsWith('.astro'));

	test('no <script> block in a component is longer than 3 lines (the import of its .client.ts)', () => {
		const long = astro.flatMap((file) =>
			scriptBlocks(file.text)
				.filter((block) => block.split('\n').length > 3)
				.map((block) => `${file.path}: ${block.split('\n').length} lines`),
		);
		expect(long).toEqual([]);
	});

	test('the check reads real script blocks (it can fail)', () => {
		expect(scriptBlocks('<p>x</p>\n<script>\n\timport "./A.client";\n</script>')).toHaveLength(1);
		expect(scriptBlocks('<script>\n\tconst a = 1;\n\tconst b = 2;\n</script>')[0]!.split('\n')).toHaveLength(4);
	});

	test('every .client.ts module is inside the type check (tsconfig.typecheck.json includes src/**/*.ts)', () => {
		const config = readFileSync(path.join(ROOT, 'tsconfig.typecheck.json'), 'utf8');
		expect(config).toContain('"src/**/*.ts"');
		const clients = tree.filter((file) => file.path.endsWith('.client.ts'));
		expect(clients.length).toBeGreaterThan(30);
		for (const file of clients) expect(file.path).toMatch(/^src\/.*\.client\.ts$/);
	});
});

describe('planted violations are caught', () => {
	const clean: SourceFile[] = [
		{ path: 'src/lib/ip/index.ts', text: "export { parseIp } from './parse';" },
		{ path: 'src/lib/ip/parse.ts', text: 'export const parseIp = (s: string) => s;' },
		{ path: 'src/lib/iam/index.ts', text: "import { parseIp } from '../ip';\nexport const x = parseIp;" },
		{ path: 'src/components/iam/Foo.client.ts', text: "import { x } from '../../lib/iam';" },
	];

	test('the clean fixture passes', () => {
		expect(findViolations(clean)).toEqual([]);
	});

	test.each([
		['deep-import', { path: 'src/components/iam/Bar.astro', text: "import { parseIp } from '../../lib/ip/parse';" }],
		['deep-import', { path: 'src/content/docs/iam/a.mdx', text: "import { x } from '../../../lib/iam/evaluate';" }],
		['deep-import', { path: 'src/lib/iam/lint.ts', text: "import { parseIp } from '../ip/parse';" }],
		['lib-imports-outside', { path: 'src/lib/iam/view.ts', text: "import { h } from '../../scripts/dom';" }],
		['lib-imports-outside', { path: 'src/lib/iam/data.ts', text: "import data from '../../examples/iam/x';" }],
		['domain-cycle', { path: 'src/lib/ip/extra.ts', text: "import { x } from '../iam';" }],
		['dom-in-lib', { path: 'src/lib/iam/render.ts', text: "export const f = () => document.createElement('p');" }],
		['dom-in-lib', { path: 'src/lib/ip/t.ts', text: 'export type T = HTMLInputElement;' }],
	] as const)('%s: %j', (rule, planted) => {
		const violations = findViolations([...clean, planted]);
		expect(violations.map((v) => v.rule)).toContain(rule);
	});

	test('a DOM word in a comment is not a violation', () => {
		const commented = { path: 'src/lib/iam/a.ts', text: '// unlike document.title, this is pure\nexport {};' };
		expect(findViolations([...clean, commented])).toEqual([]);
	});
});
