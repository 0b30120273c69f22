/**
 * Shapes check data that comes from outside the page's own code — a shared link's query parameter —
 * before a widget uses it. A shape returns the value typed, or throws ShapeError naming the field, so a
 * crafted link (`{"name":{"toString":1}}`, a 100 KB string, 1e308) can never reach an engine or the DOM
 * as something it was not meant to be. Pure: no DOM, unit-tested in test/unit/scripts/.
 */
export class ShapeError extends Error {
	override name = 'ShapeError';
}

export type Shape<T> = (value: unknown, path: string) => T;
export type ShapeType<S> = S extends Shape<infer T> ? T : never;

const where = (path: string) => (path ? `${path}: ` : '');

/** A string of at most `maxLength` characters (AWS's own limit where it has one). */
export function text(maxLength: number): Shape<string> {
	return (value, path) => {
		if (typeof value !== 'string') throw new ShapeError(`${where(path)}expected text`);
		if (value.length > maxLength) throw new ShapeError(`${where(path)}longer than ${maxLength} characters`);
		return value;
	};
}

/** A finite number within [min, max]; `integer` refuses fractions. */
export function number(options: { min: number; max: number; integer?: boolean }): Shape<number> {
	return (value, path) => {
		if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(`${where(path)}expected a number`);
		if (options.integer && !Number.isInteger(value)) throw new ShapeError(`${where(path)}expected a whole number`);
		if (value < options.min || value > options.max)
			throw new ShapeError(`${where(path)}expected ${options.min} to ${options.max}`);
		return value;
	};
}

export const boolean: Shape<boolean> = (value, path) => {
	if (typeof value !== 'boolean') throw new ShapeError(`${where(path)}expected true or false`);
	return value;
};

/** One of a fixed set of strings or numbers. */
export function oneOf<const T extends readonly (string | number)[]>(...choices: T): Shape<T[number]> {
	return (value, path) => {
		if (!choices.includes(value as T[number])) throw new ShapeError(`${where(path)}not one of ${choices.join(', ')}`);
		return value as T[number];
	};
}

/** An array of at most `maxItems` items, each checked by `item`. */
export function list<T>(item: Shape<T>, maxItems: number): Shape<T[]> {
	return (value, path) => {
		if (!Array.isArray(value)) throw new ShapeError(`${where(path)}expected a list`);
		if (value.length > maxItems) throw new ShapeError(`${where(path)}more than ${maxItems} items`);
		return value.map((entry, index) => item(entry, `${path}[${index}]`));
	};
}

type Fields = Record<string, Shape<unknown>>;
type Optional<S extends Fields, K extends readonly (keyof S)[]> = {
	[P in keyof S as P extends K[number] ? never : P]: ShapeType<S[P]>;
} & { [P in keyof S as P extends K[number] ? P : never]?: ShapeType<S[P]> };

/**
 * A plain object with exactly these fields (unknown keys are dropped). Keys named in `optional` may be
 * absent; all others are required.
 */
export function record<S extends Fields, const K extends readonly (keyof S & string)[] = []>(
	fields: S,
	optional?: K,
): Shape<Optional<S, K>> {
	return (value, path) => {
		if (value === null || typeof value !== 'object' || Array.isArray(value))
			throw new ShapeError(`${where(path)}expected an object`);
		const out: Record<string, unknown> = {};
		for (const [key, shape] of Object.entries(fields)) {
			const present = Object.prototype.hasOwnProperty.call(value, key);
			if (!present) {
				if (optional?.includes(key)) continue;
				throw new ShapeError(`${where(path ? `${path}.${key}` : key)}missing`);
			}
			out[key] = shape((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
		}
		return out as Optional<S, K>;
	};
}
