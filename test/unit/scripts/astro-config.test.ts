/**
 * Node imports astro.config.mjs itself. When it cannot (say a dependency the config imports ships
 * TypeScript, which Node will not strip under node_modules), Astro silently falls back to starting a
 * Vite server only to load the config: about half a second more on every build (issue 19).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test('plain Node imports astro.config.mjs without Vite', () => {
	const url = pathToFileURL(`${root}astro.config.mjs`).href;
	const result = spawnSync(
		process.execPath,
		['--input-type=module', '-e', `await import(${JSON.stringify(url)}); console.log('imported');`],
		{ cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
	);
	expect(result.stderr).toBe('');
	expect(result.stdout.trim()).toBe('imported');
}, 30_000);
