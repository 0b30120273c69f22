/**
 * "Did you mean" for IAM service prefixes and action names: how near counts as a likely typo, which
 * candidate wins a tie, and that a swapped pair of letters is one typo (optimal string alignment).
 */
import { describe, expect, test } from 'vitest';
import { closest } from '../../../src/lib/iam/validate/suggest';

describe('closest', () => {
	test('the nearest candidate wins, wherever it is in the list', () => {
		expect(closest('getobjects', ['getobjectacl', 'getobject', 'getobjecttagging'])).toBe('getobject');
		expect(closest('getobjet', ['putobject', 'getobject'])).toBe('getobject');
	});

	test('a swapped pair of letters is one typo, so the swap beats a two-letter change', () => {
		// Levenshtein counts each swap as 2 and would suggest the first candidate, the opposite action.
		expect(closest('uptitem', ['getitem', 'putitem'])).toBe('putitem');
		expect(closest('dteachvolume', ['attachvolume', 'detachvolume'])).toBe('detachvolume');
		expect(closest('nutagresource', ['tagresource', 'untagresource'])).toBe('untagresource');
	});

	test('between equally near candidates, one the word is the start of wins (typing not finished)', () => {
		// ec → ce is a swap and ec → ec2 an added letter: one edit each.
		expect(closest('ec', ['ce', 'ec2'])).toBe('ec2');
		expect(closest('ec', ['ec2', 'ce'])).toBe('ec2');
		expect(closest('getobjec', ['putobject', 'getobject'])).toBe('getobject');
	});

	test('a nearer candidate still beats one that completes the word', () => {
		expect(closest('ec2x', ['ec2xyz', 'fc2x'])).toBe('fc2x');
	});

	test('other ties go to the earliest candidate', () => {
		expect(closest('s4', ['s3', 's5'])).toBe('s3');
		expect(closest('s4', ['s5', 's3'])).toBe('s5');
		expect(closest('edcrypt', ['decrypt', 'encrypt'])).toBe('decrypt');
		expect(closest('s3x', ['s3xyz', 's3xy'])).toBe('s3xy');
	});

	test('an exact match is its own suggestion', () => {
		expect(closest('s3', ['s3', 's4', 'sts'])).toBe('s3');
	});

	test('at most 2 edits, or a third of the word for words of 9 letters and more', () => {
		expect(closest('xyz', ['x'])).toBe('x');
		expect(closest('xyz', [''])).toBeUndefined();
		expect(closest('abcdefgh', ['xyzdefgh'])).toBeUndefined(); // 8 letters: 2 edits
		expect(closest('abcdefgh', ['xyzdefgh', 'xbcdefgh'])).toBe('xbcdefgh');
		expect(closest('abcdefghi', ['xyzdefghi'])).toBe('xyzdefghi'); // 9 letters: 3 edits
		expect(closest('abcdefghijkl', ['wxyzefghijkl'])).toBe('wxyzefghijkl'); // 12 letters: 4 edits
		expect(closest('abcdefghijkl', ['vwxyzfghijkl'])).toBeUndefined();
		expect(closest('abcdefghijkl', ['abcdefgh'])).toBe('abcdefgh'); // 4 letters fewer
		expect(closest('abcdefghijkl', ['abcdefg'])).toBeUndefined();
	});

	test('nothing near, or nothing to choose from: no suggestion', () => {
		expect(closest('completelywrong', ['getobject', 'putobject'])).toBeUndefined();
		expect(closest('getobject', [])).toBeUndefined();
	});
});
