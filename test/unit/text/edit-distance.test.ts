/**
 * The one edit distance (optimal string alignment): pinned to the textbook table by fast-check, with
 * the properties OSA has (identity, symmetry, bounds) and the one it lacks (the triangle inequality).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { editDistance } from '../../../src/lib/text';

/** The textbook optimal-string-alignment distance, a fresh table per call: what editDistance must equal. */
function referenceDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
		}
	return d[a.length]![b.length]!;
}

// A small alphabet makes matches, repeats and swappable pairs common; lengths vary so the reused rows
// grow and are reused with leftovers of a longer word. Code units 0 and 1 catch a "no
// character" sentinel that is a real character.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', '\u0000', '\u0001'), maxLength: 40 });

describe('editDistance', () => {
	test.each([
		['', '', 0],
		['', 'abc', 3],
		['abc', '', 3],
		['GetObject', 'GetObject', 0],
		['GetObject', 'GetObjects', 1],
		['GetObject', 'GetObjet', 1],
		['GetObject', 'GetObjekt', 1],
		['GetObejct', 'GetObject', 1], // a swapped pair is one edit (Levenshtein says 2)
		['ab', 'ba', 1],
		['t3.micro', 't3.mciro', 1],
		['kitten', 'sitting', 3],
		['ca', 'abc', 3], // OSA never edits a swapped pair again (Damerau–Levenshtein says 2)
		['getobject', 'GetObject', 2], // case counts: callers lower-case both sides first
	])('%j → %j is %i', (a, b, expected) => {
		expect(editDistance(a, b)).toBe(expected);
	});

	test('with a limit: exact up to the limit, limit + 1 beyond it', () => {
		expect(editDistance('GetObejct', 'GetObject', 1)).toBe(1);
		expect(editDistance('kitten', 'sitting', 3)).toBe(3);
		expect(editDistance('kitten', 'sitting', 2)).toBe(3);
		expect(editDistance('kitten', 'sitting', 0)).toBe(1);
		expect(editDistance('abc', 'abc', 0)).toBe(0);
		expect(editDistance('abcdef', 'ab', 3)).toBe(4); // length difference alone
		expect(editDistance('abcdef', 'ab', 4)).toBe(4);
	});

	test('a limit below 0 (or not a number) is a mistake, not "everything is too far"', () => {
		expect(() => editDistance('a', 'b', -1)).toThrow(RangeError);
		expect(() => editDistance('a', 'b', Number.NaN)).toThrow('limit must be 0 or more, not NaN');
	});

	test('OSA is not a metric: the triangle inequality can fail, so callers must not rely on it', () => {
		expect(editDistance('ca', 'ac')).toBe(1);
		expect(editDistance('ac', 'abc')).toBe(1);
		expect(editDistance('ca', 'abc')).toBe(3);
	});
});

describe('properties (fast-check)', () => {
	test('equals the textbook distance, and says "more than limit" exactly when it is', () => {
		fc.assert(
			fc.property(word, word, fc.nat(5), (a, b, limit) => {
				const exact = referenceDistance(a, b);
				expect(editDistance(a, b)).toBe(exact);
				const bounded = editDistance(a, b, limit);
				if (exact <= limit) expect(bounded).toBe(exact);
				else expect(bounded).toBe(limit + 1);
			}),
			{ numRuns: 2000 },
		);
	});

	test('identity and symmetry: 0 exactly for equal strings, the same both ways', () => {
		fc.assert(
			fc.property(word, word, (a, b) => {
				expect(editDistance(a, a)).toBe(0);
				expect(editDistance(a, b) === 0).toBe(a === b);
				expect(editDistance(a, b)).toBe(editDistance(b, a));
			}),
			{ numRuns: 1000 },
		);
	});

	test('bounds: at least the length difference, at most the longer length', () => {
		fc.assert(
			fc.property(word, word, (a, b) => {
				const d = editDistance(a, b);
				expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
				expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
			}),
			{ numRuns: 1000 },
		);
	});

	test('one typo is one edit: a swap of two different neighbours, a deletion, an insertion, a replacement', () => {
		const typo = fc
			.tuple(
				fc.string({ minLength: 2, maxLength: 30 }),
				fc.nat(),
				fc.constantFrom('swap', 'delete', 'insert', 'replace'),
			)
			.map(([w, at, kind]) => {
				const i = at % (w.length - 1);
				if (kind === 'swap') return [w, w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)] as const;
				if (kind === 'delete') return [w, w.slice(0, i) + w.slice(i + 1)] as const;
				if (kind === 'insert') return [w, `${w.slice(0, i)}\u0000${w.slice(i)}`] as const;
				return [w, `${w.slice(0, i)}${w[i] === 'x' ? 'y' : 'x'}${w.slice(i + 1)}`] as const;
			});
		fc.assert(
			fc.property(typo, ([original, mistyped]) => {
				expect(editDistance(original, mistyped)).toBe(original === mistyped ? 0 : 1);
			}),
			{ numRuns: 1000 },
		);
	});
});
