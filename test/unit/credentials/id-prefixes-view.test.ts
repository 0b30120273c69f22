/** The access key inspector's prefix table (idPrefixesTableView): every documented prefix, in code, with what it identifies. */
import { expect, test } from 'vitest';
import { ID_PREFIXES } from '../../../src/lib/credentials/index';
import { idPrefixesTableView } from '../../../src/components/credentials/views';
import { viewText, type ViewElement } from '../../../src/components/kit/view';

test('a row per unique-ID prefix, in order: the prefix as code, then the entity', () => {
	const region = idPrefixesTableView(ID_PREFIXES);
	expect(region.attrs['aria-label']).toBe('IAM unique-ID prefixes');
	const [, head, body] = (region.children[0] as ViewElement).children as ViewElement[];
	expect(viewText(head)).toBe('PrefixWhat it identifies');
	const rows = body!.children[0] as ViewElement[];
	expect(rows.map((row) => (row.children as ViewElement[]).map(viewText))).toEqual(
		ID_PREFIXES.map((entry) => [entry.prefix, entry.entity]),
	);
	expect(rows.every((row) => ((row.children[0] as ViewElement).children[0] as ViewElement).tag === 'code')).toBe(true);
});
