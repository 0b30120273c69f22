/**
 * The `*` / `?` wildcards in ALB listener-rule condition values (host-header, path-pattern,
 * http-header, query-string): `*` matches 0 or more characters, `?` exactly one.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html
 *
 * Matching is the site's one wildcard matcher (src/lib/wildcard, a linear-time NFA: a reader's pattern can
 * never be slow or be read as regex syntax). What is ALB's own is written here: query-string values may
 * escape a literal `*`, `?` or `\` with a backslash, and AWS counts wildcards towards a per-rule limit.
 */
import { compilePattern, matchPattern, type PatternPart } from '../wildcard';

export interface ConditionValueOptions {
	caseInsensitive: boolean;
	/** query-string values may escape a literal `*`, `?` or `\` with a backslash (AWS documents this). */
	allowEscapes?: boolean;
}

/** Splits a value into wildcard-active text and literal (escaped) characters. */
function patternParts(pattern: string, allowEscapes: boolean): PatternPart[] {
	if (!allowEscapes) return [{ text: pattern, literal: false }];
	const parts: PatternPart[] = [];
	let active = '';
	for (let i = 0; i < pattern.length; i++) {
		if (pattern[i] === '\\' && i + 1 < pattern.length) {
			parts.push({ text: active, literal: false }, { text: pattern[++i] as string, literal: true });
			active = '';
		} else active += pattern[i];
	}
	parts.push({ text: active, literal: false });
	return parts;
}

/** Does `text` match the condition value `pattern`? */
export function conditionValueMatches(pattern: string, text: string, options: ConditionValueOptions): boolean {
	const compiled = compilePattern(patternParts(pattern, options.allowEscapes ?? false), {
		caseInsensitive: options.caseInsensitive,
	});
	return matchPattern(compiled, text);
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
