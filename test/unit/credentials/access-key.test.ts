import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	AccessKeyIdError,
	accessKeyIdParts,
	ID_PREFIXES,
	looksLikeSecretAccessKey,
	parseAccessKeyId,
} from '../../../src/lib/credentials';
import {
	accessKeyInspectorExamples,
	accessKeyInspectorInitial,
	accessKeyPairExample,
} from '../../../src/examples/iam/access-key-examples';

// Prefixes: "IAM identifiers" → "Understanding unique ID prefixes"
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-prefixes
describe('parseAccessKeyId', () => {
	test('AWS documented long-term key AKIAIOSFODNN7EXAMPLE', () => {
		expect(parseAccessKeyId('AKIAIOSFODNN7EXAMPLE')).toMatchObject({
			prefix: 'AKIA',
			kind: 'long-term',
			wellFormed: true,
			problems: [],
			isDocumentedExample: true,
			looksLikeSecret: false,
		});
	});
	test('temporary STS key ASIA…', () => {
		expect(parseAccessKeyId('ASIAIOSFODNN7EXAMPLE')).toMatchObject({
			kind: 'temporary',
			wellFormed: true,
			isDocumentedExample: false,
		});
	});
	test('unique IDs of users and roles are not access keys', () => {
		const user = parseAccessKeyId('AIDACKCEVSQ6C2EXAMPLE');
		expect(user).toMatchObject({ kind: 'not-an-access-key', wellFormed: false });
		expect(user.problems.join(' ')).toMatch(
			/AIDA is the prefix of a iam user \(unique id\), not of an access key ID.*21 characters/,
		);
		expect(parseAccessKeyId('AROADBQP57FF2AEXAMPLE').entity).toMatch(/Role/);
	});
	test('wrong length, case and characters are each reported', () => {
		expect(parseAccessKeyId('AKIA123').problems).toEqual(['It has 7 characters; IAM access key IDs have 20.']);
		expect(parseAccessKeyId('akiaiosfodnn7example').problems).toEqual([
			'Access key IDs use upper-case letters and digits only.',
		]);
		expect(parseAccessKeyId('AKIA-OSFODNN7EXAMPLE').problems).toEqual([
			'It contains characters other than letters and digits.',
		]);
		expect(parseAccessKeyId('XYZAIOSFODNN7EXAMPLE')).toMatchObject({ kind: 'unknown', wellFormed: false });
	});
	test('warns when a secret access key is pasted instead of an ID', () => {
		const analysis = parseAccessKeyId(accessKeyPairExample.secretAccessKey);
		expect(analysis.looksLikeSecret).toBe(true);
		expect(analysis.problems[0]).toMatch(/Never paste a real secret/);
		expect(looksLikeSecretAccessKey('AKIAIOSFODNN7EXAMPLE')).toBe(false);
	});
	test('HTML is treated as plain text', () => {
		const analysis = parseAccessKeyId('<img src=x onerror=alert(1)>');
		expect(analysis.wellFormed).toBe(false);
		expect(analysis.id).toBe('<img src=x onerror=alert(1)>');
	});
	test('empty input throws a typed error', () => {
		expect(() => parseAccessKeyId('   ')).toThrow(AccessKeyIdError);
	});
	test('every 20-character AKIA/ASIA + [A-Z0-9]{16} is well formed (property)', () => {
		const rest = fc.string({
			unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
			minLength: 16,
			maxLength: 16,
		});
		fc.assert(
			fc.property(fc.constantFrom('AKIA', 'ASIA'), rest, (prefix, tail) => {
				expect(parseAccessKeyId(prefix + tail).wellFormed).toBe(true);
			}),
		);
	});
	test('never throws on arbitrary non-blank text (property)', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''),
				(text) => {
					const analysis = parseAccessKeyId(text);
					expect(analysis.wellFormed).toBe(
						analysis.problems.length === 0 && ['long-term', 'temporary'].includes(analysis.kind),
					);
				},
			),
		);
	});
	test('prefix table has unique 4-letter entries including AKIA and ASIA', () => {
		const prefixes = ID_PREFIXES.map((entry) => entry.prefix);
		expect(new Set(prefixes).size).toBe(prefixes.length);
		expect(prefixes).toEqual(expect.arrayContaining(['AKIA', 'ASIA', 'AIDA', 'AROA', 'AGPA', 'ANPA']));
		expect(accessKeyIdParts('AKIAIOSFODNN7EXAMPLE')).toEqual({ prefix: 'AKIA', rest: 'IOSFODNN7EXAMPLE' });
	});
});

describe('access-methods page examples', () => {
	test('the inspector examples classify as their labels say', () => {
		expect(
			accessKeyInspectorExamples.map(({ id }) => [id, parseAccessKeyId(id).kind, parseAccessKeyId(id).wellFormed]),
		).toEqual([
			['AKIAIOSFODNN7EXAMPLE', 'long-term', true],
			['ASIAIOSFODNN7EXAMPLE', 'temporary', true],
			['AIDACKCEVSQ6C2EXAMPLE', 'not-an-access-key', false],
			['AROADBQP57FF2AEXAMPLE', 'not-an-access-key', false],
		]);
		expect(parseAccessKeyId(accessKeyInspectorInitial).isDocumentedExample).toBe(true);
	});
	test('the key card shows only the documented example pair', () => {
		expect(accessKeyPairExample.accessKeyId).toBe('AKIAIOSFODNN7EXAMPLE');
		expect(accessKeyPairExample.secretAccessKey).toBe('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
		expect(looksLikeSecretAccessKey(accessKeyPairExample.secretAccessKey)).toBe(true);
	});
});
