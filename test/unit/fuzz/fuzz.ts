/**
 * A shared fuzz harness for the engine's text parsers: every widget passes what a reader types or
 * pastes straight to one of them, on every keystroke. For random strings (fast-check), mutations of
 * valid inputs, and a fixed list of adversarial inputs (huge, deeply nested, unicode edge cases, HTML
 * and script injection, NUL, lone surrogates, prototype-pollution keys) it asserts that the parser
 *
 *  1. either returns or throws an instance of its own typed error class (with a non-empty message) —
 *     never a TypeError, RangeError ("Maximum call stack size exceeded"), SyntaxError, …;
 *  2. returns within a time bound per input (so a keystroke never freezes the page);
 *  3. never returns nonsense: the caller's invariant holds for every value it returns;
 *  4. never pollutes Object.prototype.
 *
 * Usage: `fuzzParser({ name, parse, errorClass, invariant, seeds })` inside a test; it returns the
 * number of inputs tried, which the test prints.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

export interface FuzzTarget<T> {
	/** Shown in failures and in the input count, e.g. "iam.parsePolicy". */
	name: string;
	/** The parser under test. */
	parse: (input: string) => T;
	/** The one error class the parser may throw (subclasses allowed). */
	errorClass: abstract new (...args: never[]) => Error;
	/**
	 * Checks a returned value makes sense for its input: throw (e.g. with `expect`) or return a
	 * message if it does not. Example: a parsed CIDR's prefix length is between 0 and 32/128.
	 */
	invariant?: (output: T, input: string) => void | string;
	/** Valid inputs: mutated (characters inserted, deleted, duplicated, truncated) to reach deep paths. */
	seeds?: string[];
	/** Extra domain-shaped generator mixed in with the generic ones. */
	arbitrary?: fc.Arbitrary<string>;
	/** fast-check runs (default 400). */
	numRuns?: number;
	/** Per-input bound for ordinary inputs, ms (default 250: generous, as the suite shares two cores with a browser). */
	timeBoundMs?: number;
	/** Per-input bound for the huge adversarial inputs (≥ 40,000 characters), ms (default 3000). */
	hugeTimeBoundMs?: number;
}

const repeat = (text: string, times: number) => text.repeat(times);

/** Inputs that have broken real parsers. Each is tried alone and appended to every seed. */
export const ADVERSARIAL_INPUTS: readonly string[] = [
	'',
	' ',
	'\t\n\r\n',
	'\0',
	'a\0b',
	'\uD800', // lone high surrogate
	'\uDFFF', // lone low surrogate
	'x\uD83Dy', // broken surrogate pair
	'\uFEFF', // BOM
	'\u200B\u200D\u2060', // zero-width characters
	'\u202E', // right-to-left override
	'İıǅ ß ẞ', // case-mapping oddities (Turkish dotted I, title-case digraph, sharp s)
	'１２３．４５', // full-width digits
	'٣٤٥', // Arabic-Indic digits
	'e\u0301\u0301\u0301', // stacked combining marks
	'🙂👩‍💻🏳️‍🌈',
	'</script><script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'"><svg onload=alert(1)>',
	"'; DROP TABLE users; --",
	'${7*7}{{7*7}}',
	'javascript:alert(1)',
	'__proto__',
	'{"__proto__":{"polluted":true}}',
	'{"constructor":{"prototype":{"polluted":true}}}',
	'toString',
	'NaN',
	'Infinity',
	'-Infinity',
	'-0',
	'1e309',
	'0x1F',
	'0b11',
	'1_000',
	repeat('9', 400),
	'-1',
	'4294967296',
	'18446744073709551616',
	'%00%ff%',
	'\\u0000\\x00',
	'\u0085\u2028\u2029', // NEL, line and paragraph separators
	repeat('a', 100_000),
	repeat('[', 20_000) + repeat(']', 20_000),
	repeat('{"a":', 10_000) + '1' + repeat('}', 10_000),
	repeat('(', 20_000),
	repeat('*', 50_000),
	repeat('/', 50_000),
	repeat('.', 50_000),
	repeat('a,', 50_000),
	repeat('\n', 50_000),
	repeat('0', 100_000),
	repeat('🙂', 30_000),
];

const isHuge = (input: string) => input.length >= 40_000;

/** Generic random strings: ASCII, full unicode (including lone surrogates), and grammar-ish soup. */
function genericArbitrary(): fc.Arbitrary<string> {
	const tokens = fc.constantFrom(
		'{',
		'}',
		'[',
		']',
		'"',
		':',
		',',
		'.',
		'/',
		'*',
		'?',
		'-',
		'=',
		'&',
		'#',
		'\\',
		'\n',
		' ',
		'0',
		'1',
		'9',
		'a',
		'Z',
		'<',
		'>',
		'\0',
		'\uD800',
		'🙂',
	);
	return fc.oneof(
		fc.string({ maxLength: 60 }),
		fc.string({ unit: 'binary', maxLength: 60 }),
		fc.array(tokens, { maxLength: 80 }).map((parts) => parts.join('')),
	);
}

/** Mutations of a valid seed: the likeliest input of all is a valid value with one typo. */
function mutationArbitrary(seeds: string[]): fc.Arbitrary<string> {
	return fc
		.tuple(
			fc.constantFrom(...seeds),
			fc.nat(),
			fc.nat(),
			fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(...ADVERSARIAL_INPUTS.filter((s) => s.length < 100))),
			fc.nat(3),
		)
		.map(([seed, a, b, insert, kind]) => {
			const i = seed.length === 0 ? 0 : a % (seed.length + 1);
			const j = seed.length === 0 ? 0 : b % (seed.length + 1);
			const [from, to] = i <= j ? [i, j] : [j, i];
			switch (kind) {
				case 0:
					return seed.slice(0, i) + insert + seed.slice(i); // insert
				case 1:
					return seed.slice(0, from) + seed.slice(to); // delete a span
				case 2:
					return seed.slice(0, to) + seed.slice(from, to) + seed.slice(to); // duplicate a span
				default:
					return seed.slice(0, i); // truncate
			}
		});
}

/** Runs the parser once and checks the contract; returns a failure message or undefined. */
function check<T>(target: FuzzTarget<T>, input: string): string | undefined {
	const bound = isHuge(input) ? (target.hugeTimeBoundMs ?? 3000) : (target.timeBoundMs ?? 250);
	// A single timing on a shared 2-core machine can include a GC pause or JIT warm-up; a parser that
	// is really slow on this input is slow again, so only a second over-bound run counts.
	const tooSlow = (elapsed: number): boolean => {
		if (elapsed <= bound) return false;
		const again = performance.now();
		try {
			target.parse(input);
		} catch {
			// Same input, same outcome: only the time matters here.
		}
		return performance.now() - again > bound;
	};
	const started = performance.now();
	let output: T;
	try {
		output = target.parse(input);
	} catch (error) {
		const elapsed = performance.now() - started;
		if (!(error instanceof target.errorClass)) {
			return `threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)} instead of ${target.errorClass.name}`;
		}
		if (error.message.trim() === '') return `threw ${target.errorClass.name} with an empty message`;
		if (tooSlow(elapsed)) return `took ${elapsed.toFixed(0)} ms to reject, twice (bound ${bound} ms)`;
		return undefined;
	} finally {
		if (({} as Record<string, unknown>)['polluted'] !== undefined) {
			delete (Object.prototype as Record<string, unknown>)['polluted'];
			return 'polluted Object.prototype';
		}
	}
	const elapsed = performance.now() - started;
	if (tooSlow(elapsed)) return `took ${elapsed.toFixed(0)} ms, twice (bound ${bound} ms)`;
	try {
		const problem = target.invariant?.(output, input);
		if (typeof problem === 'string') return `returned nonsense: ${problem}`;
	} catch (error) {
		return `returned nonsense: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`;
	}
	return undefined;
}

const show = (input: string) =>
	input.length > 120 ? `${JSON.stringify(input.slice(0, 60))}… (${input.length} chars)` : JSON.stringify(input);

/** Fuzzes one parser; fails the calling test on the first broken contract. Returns how many inputs it ran. */
export function fuzzParser<T>(target: FuzzTarget<T>): number {
	let inputs = 0;
	// 1. Fixed adversarial inputs, alone and appended to/prepended to every seed.
	const fixed = [...ADVERSARIAL_INPUTS];
	for (const seed of target.seeds ?? []) {
		fixed.push(seed);
		for (const bad of ADVERSARIAL_INPUTS) if (bad.length < 1000) fixed.push(seed + bad, bad + seed);
	}
	for (const input of fixed) {
		inputs++;
		const problem = check(target, input);
		if (problem) expect.fail(`${target.name}(${show(input)}) ${problem}`);
	}
	// 2. Random and mutated inputs; fast-check shrinks a failure to a minimal input.
	const arbitraries = [genericArbitrary()];
	if (target.seeds?.length) arbitraries.push(mutationArbitrary(target.seeds));
	if (target.arbitrary) arbitraries.push(target.arbitrary);
	fc.assert(
		fc.property(fc.oneof(...arbitraries), (input) => {
			inputs++;
			const problem = check(target, input);
			if (problem) throw new Error(`${target.name}(${show(input)}) ${problem}`);
		}),
		{ numRuns: target.numRuns ?? 400 },
	);
	console.log(`fuzz ${target.name}: ${inputs} inputs`);
	return inputs;
}
