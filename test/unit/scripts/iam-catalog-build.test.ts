/**
 * The IAM catalogue's chunks are read from disk in the server build and fetched as JSON files in the
 * browser, instead of being bundled (scripts/iam-catalog-build.mjs).
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
	browserChunksModule,
	catalogFolder,
	placeFiles,
	serverChunksModule,
} from '../../../scripts/iam-catalog-build.mjs';

const chunksModule = fileURLToPath(new URL('../../../src/lib/iam/catalog-chunks.ts', import.meta.url));
const servicesDir = fileURLToPath(new URL('../../../src/lib/iam/data/services/', import.meta.url));
const CHUNKS_SOURCE =
	'export function importServiceChunk(prefix) {\n\treturn import(`./data/services/${prefix}.json`);\n}\n';

describe('serverChunksModule', () => {
	test('the rewritten importServiceChunk resolves to the same data as the JSON import', async () => {
		const code = serverChunksModule(CHUNKS_SOURCE, servicesDir);
		expect(code).not.toContain('./data/services/');
		const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
		const s3 = await module.importServiceChunk('s3');
		expect(s3.default).toEqual(JSON.parse(readFileSync(`${servicesDir}s3.json`, 'utf8')));
		await expect(module.importServiceChunk('no-such-service')).rejects.toThrow(/ENOENT/);
	});

	test('catalog-chunks.ts still holds the import the plugin replaces; a changed module stops the build', () => {
		expect(() => serverChunksModule(readFileSync(chunksModule, 'utf8'), servicesDir)).not.toThrow();
		expect(() => serverChunksModule('export const x = 1;', servicesDir)).toThrow(/no import/);
	});
});

describe('browserChunksModule', () => {
	afterEach(() => vi.unstubAllGlobals());

	test('fetches <folder>/<prefix>.json beside the module and resolves to the chunk as the import did', async () => {
		const code = browserChunksModule(CHUNKS_SOURCE, 'iam-catalog.0123456789ab');
		expect(code).not.toContain('./data/services/');
		const s3 = JSON.parse(readFileSync(`${servicesDir}s3.json`, 'utf8'));
		const fetch = vi.fn(async (url: URL) =>
			url.pathname.endsWith('/s3.json') ? new Response(JSON.stringify(s3)) : new Response('', { status: 404 }),
		);
		vi.stubGlobal('fetch', fetch);
		// A data: module's import.meta.url is its own data: URL; the folder resolves against a real base below.
		const module = await import(
			`data:text/javascript,${encodeURIComponent(code.replace('import.meta.url', JSON.stringify('https://example.org/_astro/catalog-chunks.abc.js')))}`
		);
		expect((await module.importServiceChunk('s3')).default).toEqual(s3);
		expect(String(fetch.mock.calls[0]?.[0])).toBe('https://example.org/_astro/iam-catalog.0123456789ab/s3.json');
		await expect(module.importServiceChunk('nope')).rejects.toThrow(/nope: HTTP 404/);
	});

	test('the fetch URL is not a `new URL(literal, import.meta.url)` that Vite would resolve as an asset', () => {
		const code = browserChunksModule(readFileSync(chunksModule, 'utf8'), 'iam-catalog.0123456789ab');
		expect(code).not.toMatch(/new URL\([^,]*,\s*import\.meta\.url\)/);
		expect(() => browserChunksModule('export const x = 1;', 'f')).toThrow(/no import/);
	});
});

describe('catalogFolder', () => {
	test('names the folder after every chunk file: another byte anywhere is another folder', () => {
		const dir = mkdtempSync(join(tmpdir(), 'iam-catalog-'));
		writeFileSync(join(dir, 'a.json'), '{"p":"a"}');
		writeFileSync(join(dir, 'b.json'), '{"p":"b"}');
		writeFileSync(join(dir, 'notes.txt'), 'not a chunk');
		const first = catalogFolder(dir);
		expect(first.files).toEqual(['a.json', 'b.json']);
		expect(first.folder).toMatch(/^iam-catalog\.[0-9a-f]{12}$/);
		expect(catalogFolder(dir).folder).toBe(first.folder);
		writeFileSync(join(dir, 'b.json'), '{"p":"B"}');
		expect(catalogFolder(dir).folder).not.toBe(first.folder);
	});

	test('covers all 456 service chunks', () => {
		expect(catalogFolder(servicesDir).files.length).toBeGreaterThan(400);
	});
});

describe('placeFiles', () => {
	test('puts every file into a new folder with the same bytes, as hard links where it can', async () => {
		const from = mkdtempSync(join(tmpdir(), 'dla-place-'));
		writeFileSync(join(from, 'a.json'), '{"a":1}');
		writeFileSync(join(from, 'b.json'), '{"b":2}');
		const to = join(from, 'out', 'iam-catalog.x');
		await placeFiles(['a.json', 'b.json'], from, to);
		expect(readFileSync(join(to, 'a.json'), 'utf8')).toBe('{"a":1}');
		expect(readFileSync(join(to, 'b.json'), 'utf8')).toBe('{"b":2}');
		expect(statSync(join(to, 'a.json')).ino).toBe(statSync(join(from, 'a.json')).ino);
	});

	test('copies where a link cannot be made (here: the target exists), so the bytes are the source’s', async () => {
		const from = mkdtempSync(join(tmpdir(), 'dla-place-'));
		const to = mkdtempSync(join(tmpdir(), 'dla-place-'));
		writeFileSync(join(from, 'a.json'), '{"a":1}');
		writeFileSync(join(to, 'a.json'), 'stale');
		await placeFiles(['a.json'], from, to);
		expect(readFileSync(join(to, 'a.json'), 'utf8')).toBe('{"a":1}');
	});
});
