/**
 * Policy variables: `${aws:username}`, `${aws:PrincipalTag/team}`, a default `${aws:username, 'guest'}`,
 * and the escapes `${*}`, `${?}`, `${$}` for a literal `*`, `?`, `$`.
 * Only substituted when the policy's Version is 2012-10-17; under 2008-10-17 (or no Version) the text
 * is taken literally. A variable whose key is missing (or multivalued) and has no default cannot be
 * resolved: the Resource entry or condition value that holds it matches nothing.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
import type { PatternPart } from './wildcard';

/** The request context after normalising: lower-cased key → its values (`multi` for an array). */
export interface ContextEntry {
	name: string;
	values: string[];
	multi: boolean;
}
export type RequestContext = Map<string, ContextEntry>;

export interface VariableUse {
	key: string;
	resolved: boolean;
	value?: string;
	usedDefault?: boolean;
}

const VARIABLE_BODY = /^\s*([^\s,'}]+)\s*(?:,\s*'((?:[^']|'')*)'\s*)?$/;

export function hasVariables(text: string): boolean {
	return text.includes('${');
}

/**
 * Splits `text` into wildcard-active parts and literal parts (substituted values, escapes).
 * Returns `undefined` when a variable cannot be resolved. `uses` collects what was substituted, for the trace.
 */
export function resolveVariables(
	text: string,
	context: RequestContext,
	enabled: boolean,
	uses?: VariableUse[],
): PatternPart[] | undefined {
	if (!enabled || !text.includes('${')) return [{ text, literal: false }];
	const parts: PatternPart[] = [];
	let index = 0;
	while (index < text.length) {
		const open = text.indexOf('${', index);
		if (open === -1) break;
		const close = text.indexOf('}', open + 2);
		if (close === -1) break; // an unterminated "${" is plain text
		if (open > index) parts.push({ text: text.slice(index, open), literal: false });
		const body = text.slice(open + 2, close);
		index = close + 1;
		if (body === '*' || body === '?' || body === '$') {
			parts.push({ text: body, literal: true });
			continue;
		}
		const match = VARIABLE_BODY.exec(body);
		if (!match) {
			parts.push({ text: text.slice(open, close + 1), literal: false });
			continue;
		}
		const key = match[1] ?? '';
		const fallback = match[2] === undefined ? undefined : match[2].replaceAll("''", "'");
		const entry = context.get(key.toLowerCase());
		// Multivalued keys cannot be used as variables.
		if (entry && !entry.multi && entry.values.length === 1) {
			const value = entry.values[0] ?? '';
			uses?.push({ key, resolved: true, value });
			parts.push({ text: value, literal: true });
		} else if (fallback !== undefined) {
			uses?.push({ key, resolved: true, value: fallback, usedDefault: true });
			parts.push({ text: fallback, literal: true });
		} else {
			uses?.push({ key, resolved: false });
			return undefined;
		}
	}
	if (index < text.length) parts.push({ text: text.slice(index), literal: false });
	return parts;
}

/** Joins resolved parts to plain text (for operators that compare whole values). */
export function partsToText(parts: readonly PatternPart[]): string {
	let out = '';
	for (const part of parts) out += part.text;
	return out;
}
