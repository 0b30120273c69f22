/** The view kit's pure helpers: text, ARNs in running text, tables. */
import { describe, expect, test } from 'vitest';
import { codeTokens, el, tableView, viewText } from '../../../src/components/kit/view';

describe('codeTokens', () => {
	test('puts each ARN in <code> and keeps the words around it, punctuation outside', () => {
		const nodes = codeTokens(
			'Role arn:aws:iam::111122223333:role/AppServerRole. Sessions: arn:aws:sts::111122223333:assumed-role/App/i-0abc, then done',
		);
		expect(nodes).toEqual([
			'Role ',
			el('code', {}, 'arn:aws:iam::111122223333:role/AppServerRole'),
			'. Sessions: ',
			el('code', {}, 'arn:aws:sts::111122223333:assumed-role/App/i-0abc'),
			', then done',
		]);
		expect(viewText(nodes)).toBe(
			'Role arn:aws:iam::111122223333:role/AppServerRole. Sessions: arn:aws:sts::111122223333:assumed-role/App/i-0abc, then done',
		);
	});

	test('text without an ARN is left as it is; other partitions count', () => {
		expect(codeTokens('no arn here: arnold')).toEqual(['no arn here: arnold']);
		expect(codeTokens('“arn:aws-cn:s3:::bucket/*”')).toEqual(['“', el('code', {}, 'arn:aws-cn:s3:::bucket/*'), '”']);
	});
});

test('tableView: a labelled, focusable scroll region around the table', () => {
	const table = tableView('Parts', ['A', 'B'], [el('tr', {}, el('td', {}, '1'), el('td', {}, '2'))]);
	expect(table.attrs).toEqual({ class: 'dla-table-wrap', role: 'region', 'aria-label': 'Parts', tabindex: 0 });
	expect(viewText(table)).toBe('AB12');
});
