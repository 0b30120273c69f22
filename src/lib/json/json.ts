/**
 * A small JSON parser that remembers where every key and value starts, so policy errors can point at
 * a line and column. JSON.parse cannot: its messages differ between engines and carry only an offset.
 * Recursive descent with a depth limit, so hostile input cannot blow the stack.
 */

/** JSON that cannot be read; `line` and `column` are 1-based and already in the message. */
export class JsonSyntaxError extends Error {
	override readonly name = 'JsonSyntaxError';
	constructor(
		message: string,
		readonly line: number,
		readonly column: number,
	) {
		super(message);
	}
}

export type JsonNode =
	| { kind: 'object'; offset: number; entries: JsonEntry[] }
	| { kind: 'array'; offset: number; items: JsonNode[] }
	| { kind: 'string'; offset: number; value: string }
	| { kind: 'number'; offset: number; value: number; raw: string }
	| { kind: 'boolean'; offset: number; value: boolean }
	| { kind: 'null'; offset: number };

export interface JsonEntry {
	key: string;
	keyOffset: number;
	value: JsonNode;
}

const MAX_DEPTH = 64;

/** Maps offsets to 1-based line/column. */
export class SourceMap {
	private readonly lineStarts: number[] = [0];
	constructor(text: string) {
		for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
	}
	position(offset: number): { line: number; column: number } {
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
	}
}

export function describeJsonType(node: JsonNode): string {
	switch (node.kind) {
		case 'object':
			return 'an object';
		case 'array':
			return 'a list';
		case 'string':
			return 'text';
		case 'number':
			return 'a number';
		case 'boolean':
			return 'true/false';
		default:
			return 'null';
	}
}

export function parseJson(text: string, map: SourceMap = new SourceMap(text)): JsonNode {
	let pos = 0;
	const fail = (message: string, at = pos): never => {
		const { line, column } = map.position(Math.min(at, text.length));
		throw new JsonSyntaxError(`Line ${line}, column ${column}: ${message}`, line, column);
	};
	const describeHere = (): string => {
		if (pos >= text.length) return 'the end of the text';
		const ch = text[pos] ?? '';
		return ch === '"' ? 'a quote' : `"${ch}"`;
	};
	const skipWhitespace = (): void => {
		while (pos < text.length) {
			const c = text.charCodeAt(pos);
			if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
			else break;
		}
	};
	const parseString = (): string => {
		const start = pos;
		pos++; // opening quote
		let out = '';
		let chunkStart = pos;
		while (true) {
			if (pos >= text.length) fail('this text has no closing quote (").', start);
			const c = text.charCodeAt(pos);
			if (c === 34) {
				out += text.slice(chunkStart, pos);
				pos++;
				return out;
			}
			if (c < 32)
				fail(
					c === 10
						? 'text in quotes cannot continue onto the next line; close the quote first.'
						: 'a control character is not allowed inside quotes.',
				);
			if (c === 92) {
				out += text.slice(chunkStart, pos);
				const e = text[pos + 1];
				const simple: Record<string, string> = {
					'"': '"',
					'\\': '\\',
					'/': '/',
					b: '\b',
					f: '\f',
					n: '\n',
					r: '\r',
					t: '\t',
				};
				if (e !== undefined && simple[e] !== undefined) {
					out += simple[e];
					pos += 2;
				} else if (e === 'u') {
					const hex = text.slice(pos + 2, pos + 6);
					if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('\\u must be followed by four hexadecimal digits.');
					out += String.fromCharCode(parseInt(hex, 16));
					pos += 6;
				} else {
					fail(`"\\${e ?? ''}" is not a valid escape in JSON text (write \\\\ for a backslash).`);
				}
				chunkStart = pos;
				continue;
			}
			pos++;
		}
	};
	const parseNumber = (): JsonNode => {
		const start = pos;
		const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 400));
		if (!match) return fail(`unexpected ${describeHere()}.`);
		pos += match[0].length;
		return { kind: 'number', offset: start, value: Number(match[0]), raw: match[0] };
	};
	const parseLiteral = (): JsonNode => {
		const start = pos;
		for (const [word, node] of [
			['true', { kind: 'boolean', offset: start, value: true }],
			['false', { kind: 'boolean', offset: start, value: false }],
			['null', { kind: 'null', offset: start }],
		] as const) {
			if (text.startsWith(word, pos)) {
				pos += word.length;
				return node;
			}
		}
		const word = /^[A-Za-z_][\w]*/.exec(text.slice(pos, pos + 40))?.[0];
		if (word) return fail(`"${word}" is not valid JSON here. Text values need double quotes, e.g. "${word}".`);
		if (text[pos] === "'") return fail('JSON text needs double quotes ("), not single quotes.');
		if (text[pos] === '}' || text[pos] === ']')
			return fail(`a value is missing before ${describeHere()} (is there a comma too many?).`);
		return fail(`unexpected ${describeHere()}; a value was expected.`);
	};

	const parseValue = (depth: number): JsonNode => {
		if (depth > MAX_DEPTH) fail(`the JSON is nested more than ${MAX_DEPTH} levels deep.`);
		skipWhitespace();
		if (pos >= text.length) fail('the text ended where a value was expected.');
		const c = text[pos];
		if (c === '{') {
			const node: JsonNode = { kind: 'object', offset: pos, entries: [] };
			pos++;
			skipWhitespace();
			if (text[pos] === '}') {
				pos++;
				return node;
			}
			while (true) {
				skipWhitespace();
				if (text[pos] !== '"') {
					if (text[pos] === '}') fail('a comma too many before "}".');
					fail(`a key in double quotes was expected, found ${describeHere()}.`);
				}
				const keyOffset = pos;
				const key = parseString();
				skipWhitespace();
				if (text[pos] !== ':') fail(`a colon (:) was expected after the key "${key}", found ${describeHere()}.`);
				pos++;
				const value = parseValue(depth + 1);
				node.entries.push({ key, keyOffset, value });
				skipWhitespace();
				if (text[pos] === ',') {
					pos++;
					continue;
				}
				if (text[pos] === '}') {
					pos++;
					return node;
				}
				if (text[pos] === '"') fail('a comma (,) is missing between two entries.');
				fail(`a comma (,) or closing brace (}) was expected, found ${describeHere()}.`);
			}
		}
		if (c === '[') {
			const node: JsonNode = { kind: 'array', offset: pos, items: [] };
			pos++;
			skipWhitespace();
			if (text[pos] === ']') {
				pos++;
				return node;
			}
			while (true) {
				skipWhitespace();
				if (text[pos] === ']') fail('a comma too many before "]".');
				node.items.push(parseValue(depth + 1));
				skipWhitespace();
				if (text[pos] === ',') {
					pos++;
					continue;
				}
				if (text[pos] === ']') {
					pos++;
					return node;
				}
				if (pos < text.length && text[pos] !== '}') fail('a comma (,) is missing between two list items.');
				fail(`a comma (,) or closing bracket (]) was expected, found ${describeHere()}.`);
			}
		}
		if (c === '"') {
			const offset = pos;
			return { kind: 'string', offset, value: parseString() };
		}
		if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
		return parseLiteral();
	};

	const root = parseValue(0);
	skipWhitespace();
	if (pos < text.length) fail(`unexpected ${describeHere()} after the end of the JSON.`);
	return root;
}

/** Converts a node to the plain value JSON.parse would give (last duplicate key wins, like JSON.parse). */
export function toPlain(node: JsonNode): unknown {
	switch (node.kind) {
		case 'object': {
			const out: Record<string, unknown> = {};
			for (const entry of node.entries) out[entry.key] = toPlain(entry.value);
			return out;
		}
		case 'array':
			return node.items.map(toPlain);
		case 'null':
			return null;
		default:
			return node.value;
	}
}
