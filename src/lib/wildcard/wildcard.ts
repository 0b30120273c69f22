/**
 * Wildcard matching for IAM: `*` = any run of characters, `?` = any one character.
 *
 * Implemented as a Thompson NFA walked one input character at a time, so a match costs at most
 * O(input × pattern) with no backtracking — a pattern like `a*a*a*a*b` on a long input cannot blow up
 * the way a naive regex can. Patterns are compiled once and cached.
 *
 * ARN mode follows the Resource element rules: a wildcard stays inside its colon-separated segment,
 * except that a `*` that ends one of the first five segments "can expand to match beyond the colon
 * boundaries"; the sixth part (the resource id) may itself contain colons and is matched as a whole.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */

/** A piece of a pattern: `literal` text (from a policy variable or an escape like `${*}`) never wildcards. */
export interface PatternPart {
	text: string;
	literal: boolean;
}

const ANY_ONE = -1;
const ANY_ONE_IN_SEGMENT = -2;
const STAR = -3;
const STAR_IN_SEGMENT = -4;
const COLON = 58;

export interface CompiledPattern {
	readonly tokens: Int32Array;
	readonly caseInsensitive: boolean;
	/** Set when the pattern has no wildcard: a plain string comparison is enough. */
	readonly exact: string | undefined;
	/** Set when the pattern is literal text followed by one `*`: a prefix test is enough. */
	readonly prefix: string | undefined;
}

export interface GlobOptions {
	caseInsensitive?: boolean;
	/**
	 * `resource`: Resource-element rules (a segment-ending `*` may spill over colons).
	 * `segments`: ArnLike/ArnEquals rules — each of the six parts is matched on its own.
	 */
	arn?: 'resource' | 'segments';
}

export function compilePattern(parts: readonly PatternPart[], options: GlobOptions = {}): CompiledPattern {
	const caseInsensitive = options.caseInsensitive === true;
	const chars: { code: number; wildcard: boolean }[] = [];
	for (const part of parts) {
		const text = caseInsensitive ? part.text.toLowerCase() : part.text;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			chars.push({ code, wildcard: !part.literal && (code === 42 || code === 63) });
		}
	}
	const tokens: number[] = [];
	let segment = 0;
	for (let i = 0; i < chars.length; i++) {
		const { code, wildcard } = chars[i]!;
		if (!wildcard) {
			tokens.push(code);
			if (code === COLON) segment++;
			continue;
		}
		const inIdPart = !options.arn || segment >= 5;
		if (code === 63) {
			tokens.push(inIdPart ? ANY_ONE : ANY_ONE_IN_SEGMENT);
		} else {
			const next = chars[i + 1];
			const endsSegment = next === undefined || next.code === COLON;
			tokens.push(inIdPart || (endsSegment && options.arn === 'resource') ? STAR : STAR_IN_SEGMENT);
		}
	}
	// Stryker disable next-line ConditionalExpression,EqualityOperator: exact and prefix are fast paths: without them the NFA gives the same answer.
	const hasWildcard = tokens.some((t) => t < 0);
	// Stryker disable next-line ConditionalExpression: exact and prefix are fast paths: without them the NFA gives the same answer.
	const exact = hasWildcard ? undefined : String.fromCharCode(...tokens);
	// Stryker disable ConditionalExpression,LogicalOperator,ArithmeticOperator,MethodExpression,ArrowFunction,EqualityOperator: exact and prefix are fast paths: without them the NFA gives the same answer.
	const prefix =
		tokens.at(-1) === STAR && tokens.slice(0, -1).every((t) => t >= 0)
			? String.fromCharCode(...tokens.slice(0, -1))
			: undefined;
	// Stryker restore ConditionalExpression,LogicalOperator,ArithmeticOperator,MethodExpression,ArrowFunction,EqualityOperator
	return { tokens: Int32Array.from(tokens), caseInsensitive, exact, prefix };
}

const cache = new Map<string, CompiledPattern>();

/** Compiles a plain pattern string (all of it wildcard-active), cached. */
export function compileCached(pattern: string, options: GlobOptions = {}): CompiledPattern {
	// Stryker disable next-line StringLiteral: any three distinct spellings keep the keys apart.
	const key = `${options.caseInsensitive ? 'i' : 's'}${options.arn ?? 'plain'}|${pattern}`;
	let compiled = cache.get(key);
	if (!compiled) {
		// Stryker disable next-line EqualityOperator: whether the cap is 5000 or 5001 patterns is arbitrary.
		if (cache.size > 5000) cache.clear();
		compiled = compilePattern([{ text: pattern, literal: false }], options);
		cache.set(key, compiled);
	}
	return compiled;
}

/** Compiles pattern parts, through the cache when they are one wildcard-active text (no policy variable in it). */
export function compileParts(parts: readonly PatternPart[], options: GlobOptions = {}): CompiledPattern {
	const only = parts.length === 1 ? parts[0] : undefined;
	return only && !only.literal ? compileCached(only.text, options) : compilePattern(parts, options);
}

let current = new Uint8Array(64);
let next = new Uint8Array(64);

export function matchPattern(pattern: CompiledPattern, input: string): boolean {
	const subject = pattern.caseInsensitive ? input.toLowerCase() : input;
	// Stryker disable next-line ConditionalExpression: exact and prefix are fast paths: without them the NFA gives the same answer.
	if (pattern.exact !== undefined) return subject === pattern.exact;
	// Stryker disable next-line ConditionalExpression: exact and prefix are fast paths: without them the NFA gives the same answer.
	if (pattern.prefix !== undefined) return subject.startsWith(pattern.prefix);
	const tokens = pattern.tokens;
	const m = tokens.length;
	// Stryker disable next-line ConditionalExpression: fresh buffers on every call change the speed, not the answer.
	if (current.length <= m) {
		current = new Uint8Array(m + 1);
		next = new Uint8Array(m + 1);
	}
	let cur = current;
	let nxt = next;
	cur.fill(0, 0, m + 1);
	cur[0] = 1;
	closeOverStars(tokens, cur, m);
	for (let p = 0; p < subject.length; p++) {
		const c = subject.charCodeAt(p);
		nxt.fill(0, 0, m + 1);
		// Stryker disable next-line BooleanLiteral: `alive` only ends a hopeless match early; it ends false either way.
		let alive = false;
		for (let i = 0; i < m; i++) {
			if (cur[i] === 0) continue;
			const t = tokens[i]!;
			if (t >= 0) {
				if (t === c) {
					nxt[i + 1] = 1;
					alive = true;
				}
			} else if (t === ANY_ONE) {
				nxt[i + 1] = 1;
				alive = true;
			} else if (t === ANY_ONE_IN_SEGMENT) {
				if (c !== COLON) {
					nxt[i + 1] = 1;
					alive = true;
				}
			} else if (t === STAR) {
				nxt[i] = 1;
				alive = true;
			} else if (c !== COLON) {
				nxt[i] = 1;
				alive = true;
			}
		}
		// Stryker disable next-line ConditionalExpression: an early exit; with no live state the match ends false anyway.
		if (!alive) return false;
		closeOverStars(tokens, nxt, m);
		const swap = cur;
		cur = nxt;
		nxt = swap;
	}
	return cur[m] === 1;
}

/** A star may match nothing, so the state after it is reachable for free. */
function closeOverStars(tokens: Int32Array, states: Uint8Array, m: number): void {
	// Stryker disable next-line EqualityOperator: tokens[m] is undefined, so i = m never marks a state.
	for (let i = 0; i < m; i++) {
		if (states[i] === 1 && (tokens[i] === STAR || tokens[i] === STAR_IN_SEGMENT)) states[i + 1] = 1;
	}
}

/** Convenience: does `input` match the wildcard `pattern`? */
export function wildcardMatch(pattern: string, input: string, options: GlobOptions = {}): boolean {
	return matchPattern(compileCached(pattern, options), input);
}
