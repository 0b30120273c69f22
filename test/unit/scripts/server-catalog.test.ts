/** The server build reads the IAM catalogue's chunks from disk (scripts/server-catalog.mjs). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { serverChunksModule } from '../../../scripts/server-catalog.mjs';

const chunksModule = fileURLToPath(new URL('../../../src/lib/iam/catalog-chunks.ts', import.meta.url));
const servicesDir = fileURLToPath(new URL('../../../src/lib/iam/data/services/', import.meta.url));

describe('serverChunksModule', () => {
	test('the rewritten importServiceChunk resolves to the same data as the JSON import', async () => {
		const code = serverChunksModule(
			'export function importServiceChunk(prefix) {\n\treturn import(`./data/services/${prefix}.json`);\n}\n',
			servicesDir,
		);
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
