/**
 * The `*` / `?` wildcard matching that ALB listener-rule conditions use (host-header, path-pattern,
 * http-header, query-string): `*` matches 0 or more characters, `?` exactly one.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html
 *
 * Implemented as the classic linear greedy-with-backtrack-point glob match instead of a RegExp, so a
 * pattern typed by a reader can never be slow (no catastrophic backtracking) or be read as regex syntax.
 */

/** One token of a compiled pattern: a literal character, `*` or `?`. */
type Token = { kind: 'char'; char: string } | { kind: 'star' } | { kind: 'one' };

export interface WildcardOptions {
	caseInsensitive: boolean;
	/** query-string values may escape a literal `*`, `?` or `\` with a backslash (AWS documents this). */
	allowEscapes?: boolean;
}

function tokenize(pattern: string, allowEscapes: boolean): Token[] {
	const tokens: Token[] = [];
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i] as string;
		if (allowEscapes && c === '\\' && i + 1 < pattern.length) {
			tokens.push({ kind: 'char', char: pattern[++i] as string });
		} else if (c === '*') {
			// Consecutive stars are equivalent to one.
			if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
		} else if (c === '?') {
			tokens.push({ kind: 'one' });
		} else {
			tokens.push({ kind: 'char', char: c });
		}
	}
	return tokens;
}

/** Counts the unescaped wildcard characters in a pattern (AWS limits them to five per rule). */
export function countWildcards(pattern: string, allowEscapes = false): number {
	let count = 0;
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i];
		if (allowEscapes && c === '\\') i++;
		else if (c === '*' || c === '?') count++;
	}
	return count;
}

export function wildcardMatch(pattern: string, text: string, options: WildcardOptions): boolean {
	const fold = (s: string) => (options.caseInsensitive ? s.toLowerCase() : s);
	const tokens = tokenize(fold(pattern), options.allowEscapes ?? false);
	// Compare per UTF-16 code unit; inputs here are ASCII-only by AWS's character rules.
	const subject = fold(text);
	let t = 0;
	let s = 0;
	let starToken = -1;
	let starSubject = 0;
	while (s < subject.length) {
		const token = tokens[t];
		if (token && (token.kind === 'one' || (token.kind === 'char' && token.char === subject[s]))) {
			t++;
			s++;
		} else if (token && token.kind === 'star') {
			starToken = t++;
			starSubject = s;
		} else if (starToken >= 0) {
			t = starToken + 1;
			s = ++starSubject;
		} else {
			return false;
		}
	}
	while (tokens[t]?.kind === 'star') t++;
	return t === tokens.length;
}
