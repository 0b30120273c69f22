/**
 * Text hygiene of the output: the seed notes were mojibake'd (UTF-8 read as Mac Roman and as Latin-1)
 * and linked 24 images on github.com/user-attachments; neither may reach the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, distDir, listFiles } from './dist';

/** Sequences that only appear when UTF-8 was decoded with the wrong charset, plus the replacement character. */
export const MOJIBAKE = ['â€', 'Ã', 'Â ', '‚Ä', '‚Üí', '‚úÖ', 'Ô∏è', 'üî', 'üë', '\uf8ff', '\ufffd'];

describe('text hygiene', () => {
	test.each(builtPages().map((page) => [page.path, page.html] as const))('%s has no mojibake', (_, html) => {
		expect(MOJIBAKE.filter((sequence) => html.includes(sequence)).map((s) => JSON.stringify(s))).toEqual([]);
	});

	test('no file in dist/ mentions github.com/user-attachments', () => {
		const textFiles = listFiles().filter((file) => /\.(html|css|js|mjs|svg|xml|json|txt|md)$/.test(file));
		expect(textFiles.filter((file) => readFileSync(join(distDir, file), 'utf8').includes('user-attachments'))).toEqual(
			[],
		);
	});
});
