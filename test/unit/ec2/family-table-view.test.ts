/**
 * The family explorer's table view (src/components/ec2/family-views.ts): a row per offered family with
 * the data attributes the script filters by, a link to the decoder with the family's first size, and
 * the sizes shortened past three.
 */
import { describe, expect, test } from 'vitest';
import { familyRows, parseInstanceType, type FamilyRow } from '../../../src/lib/ec2/index';
import { familyTableView } from '../../../src/components/ec2/family-views';
import { viewText, type ViewElement } from '../../../src/components/kit/view';

const rows = familyRows();
const decoder = { id: 'decoder-x', stateKey: 'itype-x' };
const bodyRows = (families: readonly FamilyRow[]) => {
	const table = familyTableView(families, decoder).children[0] as ViewElement;
	const body = table.children[2] as ViewElement;
	expect(body.tag).toBe('tbody');
	expect(body.attrs).toEqual({ 'data-part': 'rows' });
	return body.children[0] as ViewElement[];
};
const link = (row: ViewElement) =>
	((row.children[0] as ViewElement).children[0] as ViewElement).attrs['href'] as string;

describe('familyTableView', () => {
	test('a row per family with what the filters match: category, processor (or none), capabilities between spaces', () => {
		const drawn = bodyRows(rows);
		expect(drawn.map((row) => row.attrs['data-family'])).toEqual(rows.map((r) => r.family));
		for (const [i, row] of drawn.entries()) {
			const family = rows[i]!;
			expect(row.attrs['data-category']).toBe(family.category);
			expect(row.attrs['data-processor']).toBe(family.processor ?? 'none');
			expect(row.attrs['data-capabilities']).toBe(` ${family.capabilities.join(' ')} `);
			expect(viewText(row.children[0])).toBe(family.family);
		}
	});

	test("a family's name links to the decoder's state and anchor with its first size, which is a real type", () => {
		for (const [i, row] of bodyRows(rows).entries()) {
			const url = new URL(link(row), 'https://example.test/ec2/');
			expect(url.hash).toBe('#decoder-x');
			const name = (JSON.parse(url.searchParams.get('itype-x')!) as { name: string }).name;
			expect(name).toBe(`${rows[i]!.family}.${rows[i]!.sizes[0]}`);
			expect(parseInstanceType(name).family).toBe(rows[i]!.family);
		}
	});

	test('sizes: up to three listed, more shortened to first … last (count); no processor or capability letter said so', () => {
		const many = rows.find((r) => r.sizes.length > 3)!;
		const few = rows.find((r) => r.sizes.length <= 3)!;
		const [manyRow, fewRow] = bodyRows([many, few]);
		expect(viewText(manyRow!.children[5])).toBe(
			`${many.sizes[0]} … ${many.sizes[many.sizes.length - 1]} (${many.sizes.length} sizes)`,
		);
		expect(viewText(fewRow!.children[5])).toBe(few.sizes.join(', '));
		const plain = rows.find((r) => r.capabilities.length === 0 && r.processor === null)!;
		const [plainRow] = bodyRows([plain]);
		expect(viewText(plainRow!.children[3])).toBe('not in the name');
		expect(viewText(plainRow!.children[4])).toBe('—');
	});
});
