/**
 * The inheritance matrix's view (src/components/iam/inheritance.ts): a row per user, a button per action
 * with the engine's decision, exactly the selected cell pressed and highlighted, and no decision at all
 * while a group policy is broken.
 */
import { describe, expect, test } from 'vitest';
import {
	initialFields,
	matrixModel,
	matrixRowsView,
	matrixTableView,
	type InheritanceExample,
} from '../../../src/components/iam/inheritance';
import { viewText, type ViewElement } from '../../../src/components/kit/view';
import { expectedMatrix, inheritanceExample } from '../../../src/examples/iam/policy-inheritance';

const example: InheritanceExample = inheritanceExample;
const fields = initialFields(example);
const buttons = (rows: ViewElement[]) =>
	rows.flatMap((row) => (row.children[1] as ViewElement[]).map((td) => td.children[0] as ViewElement));
const LABEL = { Allow: 'Allow', ImplicitDeny: 'Implicit deny', ExplicitDeny: 'Explicit deny' } as const;

describe('matrixRowsView', () => {
	test("each user's row names them and shows the page's decisions, labelled for screen readers", () => {
		const rows = matrixRowsView(example, matrixModel(example, fields), fields.selected);
		expect(rows.map((row) => viewText(row.children[0]))).toEqual([...example.users]);
		const cells = buttons(rows);
		expect(cells.map((b) => b.attrs['data-cell'])).toEqual(
			example.users.flatMap((u) => example.actions.map((_, i) => `${u}|${i}`)),
		);
		for (const [u, user] of example.users.entries())
			for (const [i, action] of example.actions.entries()) {
				const decision = expectedMatrix[user]![i] as keyof typeof LABEL;
				const button = cells[u * example.actions.length + i]!;
				expect(viewText(button)).toBe(LABEL[decision]);
				expect(button.attrs['aria-label']).toBe(`${user}, ${action.action}: ${LABEL[decision]}`);
			}
	});

	test('exactly the selected cell is pressed, and its cell highlighted', () => {
		for (const selected of ['Charles|2', 'Fred|5', 'Alice|0']) {
			const rows = matrixRowsView(example, matrixModel(example, { ...fields, selected }), selected);
			const pressed = buttons(rows).filter((b) => b.attrs['aria-pressed'] === 'true');
			expect(pressed.map((b) => b.attrs['data-cell'])).toEqual([selected]);
			const highlighted = rows.flatMap((row) =>
				(row.children[1] as ViewElement[]).filter((td) => td.attrs['data-highlight'] === 'true'),
			);
			expect(highlighted.map((td) => (td.children[0] as ViewElement).attrs['data-cell'])).toEqual([selected]);
		}
	});

	test('while a group policy is broken, every cell says there is no decision', () => {
		const broken = { ...fields, texts: { ...fields.texts, Operations: '{ "Statement": [ }' } };
		const cells = buttons(matrixRowsView(example, matrixModel(example, broken), broken.selected));
		expect(cells.every((b) => viewText(b) === '—' && String(b.attrs['aria-label']).endsWith(': no decision'))).toBe(
			true,
		);
	});
});

test('matrixTableView: the captioned region, the action headers, the rows in the tbody the script redraws', () => {
	const model = matrixModel(example, fields);
	const region = matrixTableView(example, model, fields.selected);
	expect(region.attrs['aria-label']).toBe('Who can do what');
	const table = region.children[0] as ViewElement;
	expect(table.attrs['class']).toBe('dla-table matrix');
	const [caption, head, body] = table.children as ViewElement[];
	expect(viewText(caption)).toBe('Decision for each user and action. Select a cell to see why.');
	expect(viewText(head)).toBe(`User${example.actions.map((a) => `${a.label}${a.action}`).join('')}`);
	expect(body!.attrs).toEqual({ 'data-part': 'matrix' });
	expect(body!.children).toEqual([matrixRowsView(example, model, fields.selected)]);
});
