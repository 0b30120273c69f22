/** URL state: shapes check what a link carries, the size cap holds on read and write. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { boolean, list, number, oneOf, record, ShapeError, text } from '../../../src/scripts/state-shape';
import { decodeUrlState, encodeUrlState, URL_STATE_MAX_LENGTH } from '../../../src/scripts/url-state';

const GROUPS = record({
	groups: list(record({ name: text(128), members: list(text(64), 50) }), 20),
	mode: oneOf('a', 'b'),
	on: boolean,
	count: number({ min: 1, max: 10, integer: true }),
});
const q = (value: unknown) =>
	`?groups=${encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`;
const good = { groups: [{ name: 'Developers', members: ['Alice'] }], mode: 'a', on: true, count: 3 };

describe('decodeUrlState', () => {
	test('absent parameter', () => {
		expect(decodeUrlState('?other=1', 'groups', GROUPS)).toEqual({ status: 'absent' });
	});

	test('a valid state comes back typed and equal', () => {
		expect(decodeUrlState(q(good), 'groups', GROUPS)).toEqual({ status: 'ok', value: good });
	});

	test('unknown keys are dropped', () => {
		expect(decodeUrlState(q({ ...good, extra: 1 }), 'groups', GROUPS)).toEqual({ status: 'ok', value: good });
	});

	test.each([
		[
			'an object where a name goes (crafted toString)',
			{ ...good, groups: [{ name: { toString: 1 }, members: [] }] },
			/groups\[0\]\.name: expected text/,
		],
		['a number out of range', { ...good, count: 1e308 }, /count: expected 1 to 10/],
		['a fraction', { ...good, count: 2.5 }, /count: expected a whole number/],
		['a value not in the set', { ...good, mode: 'c' }, /mode: not one of a, b/],
		['a missing field', { groups: [], mode: 'a', on: true }, /count: missing/],
		['an array at the top', [1, 2], /expected an object/],
		['a string for a boolean', { ...good, on: 'true' }, /on: expected true or false/],
		[
			'too many items',
			{ ...good, groups: Array.from({ length: 21 }, () => ({ name: 'x', members: [] })) },
			/more than 20 items/,
		],
		[
			'an over-long string',
			{ ...good, groups: [{ name: 'x'.repeat(129), members: [] }] },
			/longer than 128 characters/,
		],
	])('%s is refused with a reason', (_, value, reason) => {
		const decoded = decodeUrlState(q(value), 'groups', GROUPS);
		expect(decoded.status).toBe('invalid');
		expect(decoded.status === 'invalid' && decoded.reason).toMatch(reason);
	});

	test('cut-off JSON and bad percent-encoding are refused', () => {
		expect(decodeUrlState('?groups=%7B%22gro', 'groups', GROUPS)).toMatchObject({ status: 'invalid' });
		expect(decodeUrlState('?groups=%E0%A4%A', 'groups', GROUPS)).toMatchObject({ status: 'invalid' });
	});

	test('a parameter longer than the cap is refused before parsing', () => {
		const long = { ...good, groups: [{ name: 'x'.repeat(URL_STATE_MAX_LENGTH), members: [] }] };
		expect(decodeUrlState(q(long), 'groups', record({}))).toMatchObject({
			status: 'invalid',
			reason: expect.stringMatching(/longer than this site writes/),
		});
	});

	test('never throws on any query string', () => {
		fc.assert(
			fc.property(fc.string(), fc.jsonValue(), (raw, json) => {
				for (const search of [`?groups=${raw}`, q(json), q(raw)]) {
					const decoded = decodeUrlState(search, 'groups', GROUPS);
					expect(['absent', 'ok', 'invalid']).toContain(decoded.status);
				}
			}),
		);
	});
});

describe('encodeUrlState', () => {
	test('round-trips through decode and keeps other parameters', () => {
		const search = encodeUrlState('?keep=1', 'groups', good);
		expect(search).toMatch(/^\?keep=1&groups=/);
		expect(decodeUrlState(search!, 'groups', GROUPS)).toEqual({ status: 'ok', value: good });
	});

	test('null removes the parameter', () => {
		expect(encodeUrlState('?keep=1&groups=%7B%7D', 'groups', null)).toBe('?keep=1');
		expect(encodeUrlState('?groups=1', 'groups', null)).toBe('');
	});

	test('a state over the cap is not written: a 20 KB policy gives null', () => {
		const policy = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'x'.repeat(20_000) }] });
		expect(encodeUrlState('', 'policy', { policy })).toBeNull();
	});

	test('every written parameter is within the cap', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 6000 }), (value) => {
				const search = encodeUrlState('', 'k', { value });
				if (search !== null)
					expect(new URLSearchParams(search).get('k')!.length).toBeLessThanOrEqual(URL_STATE_MAX_LENGTH);
			}),
		);
	});
});

test('ShapeError names the field path', () => {
	expect(() => GROUPS({ ...good, groups: [{ name: 'a', members: [5] }] }, '')).toThrow(
		new ShapeError('groups[0].members[0]: expected text'),
	);
});
