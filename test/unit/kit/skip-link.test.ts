import { describe, expect, test } from 'vitest';
import { firstExampleId } from '../../../src/components/kit/SkipLink';

describe('firstExampleId', () => {
	test('finds the first live example in rendered content', () => {
		const html =
			'<h2 id="x">Intro</h2><section class="other" id="no"></section>' +
			'<section class="dla-example not-content" data-widget="policy-playground" id="permissions-playground" aria-labelledby="t">' +
			'<section class="dla-example" id="second"></section>';
		expect(firstExampleId(html)).toBe('permissions-playground');
	});

	test('reads attributes in any order, with `>` and quotes inside values', () => {
		const html = `<section data-initial="{&quot;a&quot;:&quot;x > y&quot;}" id="late-id" class="not-content dla-example">`;
		expect(firstExampleId(html)).toBe('late-id');
	});

	test('needs the whole class name and an id', () => {
		expect(firstExampleId('<section class="dla-example__title" id="a"></section>')).toBeUndefined();
		expect(firstExampleId('<section class="dla-example"></section>')).toBeUndefined();
		expect(firstExampleId('<div class="dla-example" id="a"></div>')).toBeUndefined();
		expect(firstExampleId('<p>No examples here.</p>')).toBeUndefined();
	});
});
