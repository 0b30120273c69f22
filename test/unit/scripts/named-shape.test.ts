/** named(): a link's shape error names the field by its label, not by its key in the link. */
import { describe, expect, test } from 'vitest';
import { named } from '../../../src/scripts/named-shape';
import { list, record, ShapeError, text } from '../../../src/scripts/state-shape';

const shape = named(record({ p: text(10), groups: list(record({ name: text(5) }), 3) }, ['p', 'groups']), {
	p: 'Policy (JSON)',
	groups: 'Groups',
});

describe('named', () => {
	test('keeps a valid value', () => {
		expect(shape({ p: 'ok', groups: [{ name: 'Dev' }] }, '')).toEqual({ p: 'ok', groups: [{ name: 'Dev' }] });
	});
	test.each([
		[{ p: 'x'.repeat(11) }, 'Policy (JSON): longer than 10 characters'],
		[{ groups: [{ name: { toString: 1 } }] }, 'Groups: expected text'],
		[{ groups: 'nope' }, 'Groups: expected a list'],
	])('%j → %s', (value, message) => {
		expect(() => shape(value, '')).toThrow(new ShapeError(message));
	});
	test('an error with no field (the whole value is wrong) is left as it is', () => {
		expect(() => shape([], '')).toThrow('expected an object');
	});
});
