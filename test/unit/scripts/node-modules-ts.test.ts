/**
 * Node loads astro.config.mjs itself (scripts/node-modules-ts.mjs lets it import
 * starlight-links-validator's TypeScript): otherwise Astro silently falls back to starting a Vite
 * server to load the config, on every build.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compiledSource } from '../../../scripts/node-modules-ts.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const importInNode = (specifier: string) =>
	spawnSync(
		process.execPath,
		['--input-type=module', '-e', `await import(${JSON.stringify(specifier)}); console.log('imported');`],
		{ cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
	);

describe('TypeScript in node_modules', () => {
	test('plain Node cannot import starlight-links-validator (why the hooks exist; the check can fail)', () => {
		const result = importInNode('starlight-links-validator');
		expect(result.status).not.toBe(0);
		expect(result.stderr).toMatch(/ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING|Unknown file extension/);
	});

	test('with the hooks, Node imports astro.config.mjs itself, links validator included', () => {
		const result = importInNode(pathToFileURL(`${root}astro.config.mjs`).href);
		expect(result.stderr).toBe('');
		expect(result.stdout.trim()).toBe('imported');
	}, 30_000);

	test('the package’s .ts compiles to JavaScript without type syntax', () => {
		const url = pathToFileURL(`${root}node_modules/starlight-links-validator/index.ts`).href;
		const code = compiledSource(url);
		expect(code).toContain('export default function starlightLinksValidatorPlugin');
		expect(code).not.toMatch(/\buserOptions\?:|:\s*StarlightPlugin\b|import type/);
	});
});
