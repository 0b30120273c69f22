/** The fuzz harness itself: it must catch each kind of broken parser, or it proves nothing. */
import { describe, expect, test } from 'vitest';
import { fuzzParser } from './fuzz';

class NumberError extends Error {
	override name = 'NumberError';
}

/** A small, correct parser: a decimal integer 0–999. */
function parseSmallNumber(text: string): number {
	if (!/^\d{1,3}$/.test(text)) throw new NumberError(`"${text.slice(0, 20)}" is not a number from 0 to 999.`);
	return Number(text);
}

const quiet = { numRuns: 50 };

describe('fuzzParser', () => {
	test('passes a parser that keeps the contract', () => {
		expect(
			fuzzParser({
				name: 'ok',
				parse: parseSmallNumber,
				errorClass: NumberError,
				seeds: ['42'],
				invariant: (n) => {
					expect(n).toBeLessThan(1000);
				},
				...quiet,
			}),
		).toBeGreaterThan(100);
	});

	test('fails a parser that throws an untyped error', () => {
		const parse = (text: string) => {
			if (text.includes('\0')) throw new TypeError('cannot read properties of undefined');
			return parseSmallNumber(text);
		};
		expect(() => fuzzParser({ name: 'untyped', parse, errorClass: NumberError, ...quiet })).toThrow(/threw TypeError/);
	});

	test('fails a parser that overflows the stack on deep nesting', () => {
		const depth = (text: string, i = 0): number => (text[i] === '[' ? 1 + depth(text, i + 1) : 0);
		const parse = (text: string) => {
			depth(text);
			return parseSmallNumber(text);
		};
		expect(() => fuzzParser({ name: 'recursive', parse, errorClass: NumberError, ...quiet })).toThrow(/RangeError/);
	});

	test('fails a parser that is too slow', () => {
		const parse = (text: string) => {
			const end = performance.now() + (text.length > 40_000 ? 30 : 0);
			while (performance.now() < end);
			return parseSmallNumber(text);
		};
		expect(() => fuzzParser({ name: 'slow', parse, errorClass: NumberError, hugeTimeBoundMs: 10, ...quiet })).toThrow(
			/took \d+ ms/,
		);
	});

	test('fails a parser whose output breaks the invariant', () => {
		const parse = (text: string) => (text === '' ? -1 : parseSmallNumber(text));
		expect(() =>
			fuzzParser({
				name: 'nonsense',
				parse,
				errorClass: NumberError,
				invariant: (n) => (n < 0 ? `negative ${n}` : undefined),
				...quiet,
			}),
		).toThrow(/returned nonsense: negative -1/);
	});

	test('fails a parser that pollutes Object.prototype', () => {
		const parse = (text: string) => {
			if (text.includes('__proto__')) Object.assign(Object.prototype, { polluted: true });
			return parseSmallNumber(text);
		};
		expect(() => fuzzParser({ name: 'polluting', parse, errorClass: NumberError, ...quiet })).toThrow(
			/polluted Object.prototype/,
		);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});
});
