/**
 * A small YAML writer for CloudFormation templates: block mappings and sequences, scalars and the short
 * form of one intrinsic function (`!Ref`). Only what the "Try it in your account" templates need, so the
 * browser carries no YAML library.
 *
 * Strings are written plain only when no YAML parser could read them as anything else: CloudFormation
 * reads templates as YAML 1.1 ("Template formats", CloudFormation User Guide), where `yes`, `on`, `off`,
 * `y` and `n` are booleans and `12:30` or `2010-09-09` are not strings — so every string that starts
 * with a digit, or is one of those words, is quoted. https://yaml.org/type/bool.html
 */
export class YamlWriteError extends Error {
	override name = 'YamlWriteError';
}

/** `!Ref Name`: the value of a template parameter or the ID of another resource in the template. */
export class CfnRef {
	constructor(readonly name: string) {
		if (!LOGICAL_ID.test(name)) throw new YamlWriteError(`"${name}" is not a logical ID (letters and digits only).`);
	}
}
export const ref = (name: string) => new CfnRef(name);

export type YamlValue = string | number | boolean | null | CfnRef | readonly YamlValue[] | YamlMapping;
export interface YamlMapping {
	readonly [key: string]: YamlValue;
}

// CloudFormation logical IDs are alphanumeric (A-Za-z0-9), "Resources", CloudFormation User Guide.
const LOGICAL_ID = /^[A-Za-z0-9]+$/;
// A plain key or string: starts with a letter, / or _, then nothing a parser treats specially
// (no ": " or " #", no leading indicator, no trailing space).
const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./@+=,*():-]*(?: [A-Za-z0-9_./@+=,*():-]+)*$/;
const MAPPING_INDICATOR = /:(?: |$)/;
// YAML 1.1 booleans and nulls (https://yaml.org/type/bool.html, https://yaml.org/type/null.html).
const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null)$/i;
// Printable text without line breaks: safe inside single quotes.
const SINGLE_LINE = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]*$/;

/** One scalar string as YAML: plain when unambiguous, else single-quoted, else double-quoted (escapes). */
export function yamlString(text: string): string {
	if (PLAIN.test(text) && !MAPPING_INDICATOR.test(text) && !RESERVED.test(text)) return text;
	if (SINGLE_LINE.test(text)) return `'${text.replaceAll("'", "''")}'`;
	// JSON's escapes (\n, \", \\, \uXXXX) are a subset of YAML's double-quoted ones. JSON.stringify leaves
	// U+0085, U+2028 and U+2029 raw, but YAML 1.1 reads them as line breaks (and C1 controls and a BOM are
	// not printable), so those are escaped too.
	return JSON.stringify(text).replace(
		/[\u007f-\u009f\u2028\u2029\ufeff]/g,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

function scalar(value: string | number | boolean | null | CfnRef): string {
	if (value === null) return 'null';
	if (value instanceof CfnRef) return `!Ref ${value.name}`;
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new YamlWriteError(`${value} is not a number a template can hold.`);
		return String(value);
	}
	if (typeof value === 'boolean') return String(value);
	return yamlString(value);
}

const isMapping = (value: YamlValue): value is YamlMapping =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof CfnRef);

function key(name: string): string {
	if (!PLAIN.test(name) || name.includes(':') || RESERVED.test(name))
		throw new YamlWriteError(`"${name}" is not a key this writer puts in a template.`);
	return name;
}

/** Lines of a mapping or sequence at `indent` spaces; the caller places the first line. */
function block(value: YamlMapping | readonly YamlValue[], indent: number): string[] {
	const pad = ' '.repeat(indent);
	const lines: string[] = [];
	if (Array.isArray(value)) {
		for (const item of value as readonly YamlValue[]) {
			const nested = nestedLines(item, indent + 2);
			if (nested === null) lines.push(`${pad}- ${inline(item)}`);
			else if (isMapping(item)) {
				// "- Key: value" with the mapping's other keys under the first one.
				const [first = '', ...rest] = nested;
				lines.push(`${pad}- ${first.trimStart()}`, ...rest);
			} else lines.push(`${pad}-`, ...nested);
		}
		return lines;
	}
	for (const [name, item] of Object.entries(value)) {
		const nested = nestedLines(item, indent + 2);
		if (nested === null) lines.push(`${pad}${key(name)}: ${inline(item)}`);
		else lines.push(`${pad}${key(name)}:`, ...nested);
	}
	return lines;
}

/** A non-empty mapping or sequence as indented lines; null for anything written on the key's line. */
function nestedLines(value: YamlValue, indent: number): string[] | null {
	if (Array.isArray(value)) return value.length === 0 ? null : block(value, indent);
	if (isMapping(value)) return Object.keys(value).length === 0 ? null : block(value, indent);
	return null;
}

function inline(value: YamlValue): string {
	if (Array.isArray(value)) return '[]';
	if (isMapping(value)) return '{}';
	return scalar(value as string);
}

/** A document whose root is a mapping, one key per line, two spaces per level, ending in a newline. */
export function toYaml(document: YamlMapping): string {
	if (Object.keys(document).length === 0) return '{}\n';
	const lines = Object.entries(document).flatMap(([name, value]) => {
		const nested = nestedLines(value, 2);
		return nested === null ? [`${key(name)}: ${inline(value)}`] : [`${key(name)}:`, ...nested];
	});
	return `${lines.join('\n')}\n`;
}
