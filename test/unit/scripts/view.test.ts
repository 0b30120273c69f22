/** The view kit's pure helpers: text, ARNs in running text, tables. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	ARN_OR_URL_IN_TEXT,
	codeTokens,
	el,
	isViewElement,
	tableView,
	type ViewElement,
	viewText,
	keepHyphenatedWhole,
	wrapAtSeparators,
} from '../../../src/components/kit/view';

const whole = (text: string) => el('span', { class: 'dla-nowrap' }, text);

describe('codeTokens', () => {
	test('puts each ARN in <code> and keeps the words around it, punctuation outside', () => {
		const nodes = codeTokens(
			'Role arn:aws:iam::111122223333:role/AppServerRole. Sessions: arn:aws:sts::111122223333:assumed-role/App/i-0abc, then done',
		);
		expect(nodes).toEqual([
			'Role ',
			el('code', {}, 'arn:aws:iam::111122223333:role/AppServerRole'),
			'. Sessions: ',
			// Short hyphenated parts are kept whole (keepHyphenatedWhole).
			el('code', {}, 'arn:aws:sts::111122223333:', whole('assumed-role'), '/App/', whole('i-0abc')),
			', then done',
		]);
		expect(viewText(nodes)).toBe(
			'Role arn:aws:iam::111122223333:role/AppServerRole. Sessions: arn:aws:sts::111122223333:assumed-role/App/i-0abc, then done',
		);
	});

	test('text without an ARN is left as it is; other partitions count', () => {
		expect(codeTokens('no arn here: arnold')).toEqual(['no arn here: arnold']);
		expect(codeTokens('“arn:aws-cn:s3:::bucket/*”')).toEqual([
			'“',
			el('code', {}, 'arn:', whole('aws-cn'), ':s3:::bucket/*'),
			'”',
		]);
	});

	test('wrapAtSeparators: the ARN in <code> may wrap after its separators, same text', () => {
		const nodes = codeTokens('Grants arn:aws:iam::111122223333:mfa/demo-user.', { wrapAtSeparators: true });
		const wbr = el('wbr');
		expect(nodes).toEqual([
			'Grants ',
			el('code', {}, 'arn:', wbr, 'aws:', wbr, 'iam::', wbr, '111122223333:', wbr, 'mfa/', wbr, whole('demo-user')),
			'.',
		]);
		expect(viewText(nodes)).toBe('Grants arn:aws:iam::111122223333:mfa/demo-user.');
	});

	test('with ARN_OR_URL_IN_TEXT, web addresses are code too; the full stop after one stays prose', () => {
		const wbr = el('wbr');
		expect(
			codeTokens('A request for https://admin.myapp.com/api/users. Or arn:aws:s3:::b', {
				pattern: ARN_OR_URL_IN_TEXT,
				wrapAtSeparators: true,
			}),
		).toEqual([
			'A request for ',
			el('code', {}, 'https://', wbr, 'admin.myapp.com/', wbr, 'api/', wbr, 'users'),
			'. Or ',
			el('code', {}, 'arn:', wbr, 'aws:', wbr, 's3:::', wbr, 'b'),
		]);
		expect(codeTokens('no address: http or https://', { pattern: ARN_OR_URL_IN_TEXT })).toEqual([
			'no address: http or https://',
		]);
	});
});

describe('wrapAtSeparators', () => {
	test('a break opportunity after each run of : / = , and never before a space or at the start', () => {
		const wbr = el('wbr');
		expect(wrapAtSeparators('ec2:DescribeInstances')).toEqual(['ec2:', wbr, 'DescribeInstances']);
		expect(wrapAtSeparators('Name=tag:env,Values=prod')).toEqual([
			'Name=',
			wbr,
			'tag:',
			wbr,
			'env,',
			wbr,
			'Values=',
			wbr,
			'prod',
		]);
		expect(wrapAtSeparators('a, b: c')).toEqual(['a, b: c']);
		expect(wrapAtSeparators(':/x')).toEqual([':/', wbr, 'x']);
		expect(wrapAtSeparators('AKIAIOSFODNN7EXAMPLE')).toEqual(['AKIAIOSFODNN7EXAMPLE']);
		expect(wrapAtSeparators('web_identity_token_file')).toEqual(['web_identity_token_file']);
		expect(wrapAtSeparators('')).toEqual(['']);
	});

	test('keeps the text: only <wbr> elements and whole-token spans are added', () => {
		const token =
			'arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/my-alb/0123456789abcdef/0123456789abcdef';
		expect(viewText(wrapAtSeparators(token))).toBe(token);
		const elements = wrapAtSeparators(token).filter(isViewElement);
		expect(elements.filter((e) => e.tag === 'wbr')).toHaveLength(9);
		expect(elements.filter((e) => e.tag === 'span').map(viewText)).toEqual(['us-east-1', 'my-alb']);
	});

	test('never between the hyphens of a part: "Name=instance-state-name" wraps after "=" only', () => {
		const wbr = el('wbr');
		expect(wrapAtSeparators('Name=instance-state-name,Values=running')).toEqual([
			'Name=',
			wbr,
			whole('instance-state-name'),
			',',
			wbr,
			'Values=',
			wbr,
			'running',
		]);
		expect(wrapAtSeparators('LocationConstraint=eu-west-1')).toEqual(['LocationConstraint=', wbr, whole('eu-west-1')]);
	});
});

describe('keepHyphenatedWhole', () => {
	test('each hyphenated token of up to 24 characters in a span that keeps it on one line', () => {
		expect(keepHyphenatedWhole('us-east-1')).toEqual([whole('us-east-1')]);
		expect(keepHyphenatedWhole('in us-east-1 or eu-west-2.')).toEqual([
			'in ',
			whole('us-east-1'),
			' or ',
			whole('eu-west-2'),
			'.',
		]);
		expect(keepHyphenatedWhole('ami-0abcdef1234567890')).toEqual([whole('ami-0abcdef1234567890')]);
		// 24 characters are kept whole; 25 may break at a hyphen, where a phone's line needs it to.
		expect(keepHyphenatedWhole('abcdefghijk-abcdefghijkl')).toEqual([whole('abcdefghijk-abcdefghijkl')]);
		expect(keepHyphenatedWhole('abcdefghijk-abcdefghijklm')).toEqual(['abcdefghijk-abcdefghijklm']);
	});

	test('text without one is returned as it is; a lone or trailing hyphen is no token', () => {
		expect(keepHyphenatedWhole('DescribeInstances')).toEqual(['DescribeInstances']);
		expect(keepHyphenatedWhole('')).toEqual(['']);
		expect(keepHyphenatedWhole('--region -')).toEqual(['--region -']);
		expect(keepHyphenatedWhole('a - b')).toEqual(['a - b']);
	});

	test('keeps the text, whatever it is', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', '1', '-', ' ', 'é', ':') }), (text) => {
				expect(viewText(keepHyphenatedWhole(text))).toBe(text);
			}),
		);
	});
});

describe('tableView', () => {
	const row = el('tr', {}, el('th', { scope: 'row' }, '1'), el('td', {}, '2'));
	const table = (view: ViewElement) => view.children[0] as ViewElement;
	const part = (view: ViewElement, tag: string) => table(view).children.find((c) => isViewElement(c) && c.tag === tag);

	test('a labelled, focusable scroll region around the table; header cells are column headers', () => {
		const view = tableView('Parts', ['A', 'B'], [row]);
		expect(view.attrs).toEqual({ class: 'dla-table-wrap', role: 'region', 'aria-label': 'Parts', tabindex: 0 });
		expect(table(view).attrs).toEqual({ class: 'dla-table' });
		expect(part(view, 'caption')).toBeUndefined();
		expect(part(view, 'thead')).toEqual(
			el('thead', {}, el('tr', {}, [el('th', { scope: 'col' }, 'A'), el('th', { scope: 'col' }, 'B')])),
		);
		expect(part(view, 'tbody')).toEqual(el('tbody', {}, [row]));
		expect(viewText(view)).toBe('AB12');
	});

	test('a column that is already a th (one with an id, say) is used as it is, not put in another th', () => {
		const labelled = el('th', { scope: 'col', id: 'g-0' }, 'Admins');
		expect(part(tableView('Parts', ['User', labelled, el('span', {}, 'x')], [row]), 'thead')).toEqual(
			el(
				'thead',
				{},
				el('tr', {}, [el('th', { scope: 'col' }, 'User'), labelled, el('th', { scope: 'col' }, el('span', {}, 'x'))]),
			),
		);
	});

	test('without columns there is no thead (the rows carry their own th)', () => {
		expect(part(tableView('Parts', null, [row]), 'thead')).toBeUndefined();
	});

	test('options: a caption before the header, shown or for screen readers only; table class; tbody attributes; prose', () => {
		const view = tableView('Parts', ['A', 'B'], [row], {
			caption: ['Parts of ', el('strong', {}, 'x')],
			tableClass: 'wide',
			bodyAttrs: { 'data-part': 'rows' },
			inProse: true,
		});
		expect(view.attrs['class']).toBe('dla-table-wrap not-content');
		expect(table(view).attrs).toEqual({ class: 'dla-table wide' });
		expect(
			table(view)
				.children.filter(isViewElement)
				.map((c) => c.tag),
		).toEqual(['caption', 'thead', 'tbody']);
		expect(part(view, 'caption')).toEqual(el('caption', { class: undefined }, ['Parts of ', el('strong', {}, 'x')]));
		expect(part(view, 'tbody')).toEqual(el('tbody', { 'data-part': 'rows' }, [row]));
		expect(viewText(view)).toBe('Parts of xAB12');
		const hidden = tableView('Parts', ['A'], [], { caption: 'Parts', captionHidden: true });
		expect(part(hidden, 'caption')).toEqual(el('caption', { class: 'dla-visually-hidden' }, 'Parts'));
	});
});
