/**
 * Finds where JSON text first goes wrong, as line and column, for learner-facing errors. Needed because
 * V8's JSON.parse messages don't always carry a position ("Unexpected token ',', … is not valid JSON").
 * Only called after JSON.parse has failed, so it needs to locate the error, not build values.
 */
export interface JsonErrorLocation {
	line: number;
	column: number;
	message: string;
}

export function locateJsonError(text: string): JsonErrorLocation | null {
	let i = 0;
	const fail = (message: string): never => {
		throw Object.assign(new Error(message), { offset: i });
	};
	const ws = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
	};
	const expect = (word: string) => {
		if (text.startsWith(word, i)) i += word.length;
		else fail(`expected a value`);
	};
	const string = () => {
		i++;
		while (i < text.length && text[i] !== '"') {
			const c = text.charCodeAt(i);
			if (c < 0x20) fail('unescaped control character (a line break?) inside a string');
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape');
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail('bad escape in a string');
			}
			i++;
		}
		if (i >= text.length) fail('a string is never closed with "');
		i++;
	};
	const value = (): void => {
		ws();
		const c = text[i];
		if (c === '{') {
			i++;
			ws();
			if (text[i] === '}') {
				i++;
				return;
			}
			for (;;) {
				ws();
				if (text[i] !== '"') fail('expected a property name in double quotes');
				string();
				ws();
				if (text[i] !== ':') fail('expected ":" after the property name');
				i++;
				value();
				ws();
				if (text[i] === ',') {
					i++;
					continue;
				}
				if (text[i] === '}') {
					i++;
					return;
				}
				fail('expected "," or "}"');
			}
		} else if (c === '[') {
			i++;
			ws();
			if (text[i] === ']') {
				i++;
				return;
			}
			for (;;) {
				value();
				ws();
				if (text[i] === ',') {
					i++;
					continue;
				}
				if (text[i] === ']') {
					i++;
					return;
				}
				fail('expected "," or "]"');
			}
		} else if (c === '"') string();
		else if (c === 't') expect('true');
		else if (c === 'f') expect('false');
		else if (c === 'n') expect('null');
		else if (c !== undefined && /[-0-9]/.test(c)) {
			const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
			if (!m) fail('bad number');
			i += (m as RegExpExecArray)[0].length;
		} else fail(c === undefined ? 'the text ends too early' : `unexpected "${c}"`);
	};
	try {
		value();
		ws();
		if (i < text.length) fail('unexpected text after the end of the JSON');
		return null;
	} catch (error) {
		const offset = (error as { offset: number }).offset;
		const before = text.slice(0, offset);
		return {
			line: before.split('\n').length,
			column: offset - before.lastIndexOf('\n'),
			message: (error as Error).message,
		};
	}
}
