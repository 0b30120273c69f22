/**
 * A strict reader for the YAML subset src/lib/cloudformation writes (block mappings and sequences,
 * plain / single- / double-quoted scalars, `!Ref`), for tests only: templates are read back and compared
 * with the data they came from. It refuses what a YAML 1.1 parser (CloudFormation's) could read as
 * something other than a string — a plain `yes`, `on`, `2010-09-09` — so a writer that leaves such a
 * string unquoted fails the round trip instead of passing it.
 */
export type ReadValue = string | number | boolean | null | { Ref: string } | ReadValue[] | { [key: string]: ReadValue };

export class YamlReadError extends Error {}

const YAML11_WORDS = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;

export function readScalar(text: string): ReadValue {
	if (text === '{}') return {};
	if (text === '[]') return [];
	if (text === 'null') return null;
	if (text === 'true' || text === 'false') return text === 'true';
	if (NUMBER.test(text)) return Number(text);
	if (text.startsWith("'")) {
		if (!/^'(?:[^']|'')*'$/.test(text)) throw new YamlReadError(`broken single-quoted scalar: ${text}`);
		return text.slice(1, -1).replaceAll("''", "'");
	}
	if (text.startsWith('"')) return JSON.parse(text) as string;
	const ref = /^!Ref ([A-Za-z0-9]+)$/.exec(text);
	if (ref) return { Ref: ref[1]! };
	if (YAML11_WORDS.test(text)) throw new YamlReadError(`ambiguous plain scalar (a YAML 1.1 boolean or null): ${text}`);
	if (/^[\d.+-]/.test(text)) throw new YamlReadError(`ambiguous plain scalar (number, date or time?): ${text}`);
	if (/^[!&*?|>%@`{}[\],#'"]/.test(text) || /: |\s#|\s$|^\s/.test(text) || text.endsWith(':'))
		throw new YamlReadError(`not a plain scalar: ${text}`);
	return text;
}

interface Line {
	indent: number;
	text: string;
}

const KEY = /^([^'"\s-][^:]*?|-[^\s:][^:]*?):(?: (.*))?$/;

export function readYaml(yaml: string): { [key: string]: ReadValue } {
	if (!yaml.endsWith('\n')) throw new YamlReadError('a document ends with a newline');
	if (yaml === '{}\n') return {};
	const lines: Line[] = yaml
		.slice(0, -1)
		.split('\n')
		.map((raw) => {
			if (raw.trim() === '' || raw.includes('\t')) throw new YamlReadError(`blank line or tab: ${JSON.stringify(raw)}`);
			const indent = raw.length - raw.trimStart().length;
			return { indent, text: raw.slice(indent) };
		});
	let at = 0;

	function block(indent: number): ReadValue {
		const first = lines[at];
		if (!first || first.indent !== indent) throw new YamlReadError(`expected a block at indent ${indent}`);
		return first.text === '-' || first.text.startsWith('- ') ? sequence(indent) : mapping(indent);
	}

	function value(rest: string | undefined, indent: number): ReadValue {
		if (rest !== undefined) return readScalar(rest);
		const next = lines[at];
		if (!next || next.indent <= indent) throw new YamlReadError('a key without a value');
		return block(next.indent);
	}

	function mapping(indent: number): { [key: string]: ReadValue } {
		const out: { [key: string]: ReadValue } = {};
		while (at < lines.length && lines[at]!.indent === indent) {
			const line = lines[at]!;
			const match = KEY.exec(line.text);
			if (!match) throw new YamlReadError(`not a "key: value" line: ${line.text}`);
			const name = match[1]!;
			if (name in out) throw new YamlReadError(`duplicate key ${name}`);
			at += 1;
			out[name] = value(match[2], indent);
		}
		if (at < lines.length && lines[at]!.indent > indent) throw new YamlReadError(`bad indent: ${lines[at]!.text}`);
		return out;
	}

	function sequence(indent: number): ReadValue[] {
		const out: ReadValue[] = [];
		while (at < lines.length && lines[at]!.indent === indent && /^-(?: |$)/.test(lines[at]!.text)) {
			const line = lines[at]!;
			const rest = line.text === '-' ? undefined : line.text.slice(2);
			if (rest !== undefined && KEY.test(rest) && !/^['"!]/.test(rest)) {
				// "- Key: value": a mapping whose keys sit two columns in.
				lines[at] = { indent: indent + 2, text: rest };
				out.push(mapping(indent + 2));
			} else {
				at += 1;
				out.push(value(rest, indent));
			}
		}
		return out;
	}

	const document = mapping(0);
	if (at !== lines.length) throw new YamlReadError(`unread line: ${lines[at]!.text}`);
	return document;
}
