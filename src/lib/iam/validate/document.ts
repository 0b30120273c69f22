/**
 * A policy as located nodes: every element, value and condition with its span in the text, so each
 * finding can point at exactly the offending characters. Built on the engine's position-keeping JSON
 * parser (../json.ts); unlike checkPolicy it never stops at the first problem.
 */
import type { JsonEntry, JsonNode } from '../json';

/** Offsets into the text: `start` inclusive, `end` exclusive. */
export interface Span {
	start: number;
	end: number;
}

export interface Located<T = string> {
	value: T;
	span: Span;
	/** The JSON node, for type checks. */
	node: JsonNode;
}

export interface ConditionEntry {
	operator: Located;
	key: Located;
	/** The value node as written (a string, number, Boolean or a list of them). */
	valueNode: JsonNode;
	values: Located<string | number | boolean | null>[];
}

export interface StatementModel {
	index: number;
	node: JsonNode;
	span: Span;
	/** Element name → its entry (the first, when a key repeats). */
	entries: Map<string, JsonEntry>;
	sid?: Located | undefined;
	effect?: Located | undefined;
	action?: Located[] | undefined;
	notAction?: Located[] | undefined;
	resource?: Located[] | undefined;
	notResource?: Located[] | undefined;
	principal?: JsonEntry | undefined;
	notPrincipal?: JsonEntry | undefined;
	condition?: JsonEntry | undefined;
	conditions: ConditionEntry[];
}

/** End offset of a node: scans the text (strings may hold escapes, so the value's length is not enough). */
export function nodeEnd(text: string, node: JsonNode): number {
	switch (node.kind) {
		case 'string':
			return stringEnd(text, node.offset);
		case 'number':
			return node.offset + node.raw.length;
		case 'boolean':
			return node.offset + (node.value ? 4 : 5);
		case 'null':
			return node.offset + 4;
		case 'object':
		case 'array': {
			const last = node.kind === 'object' ? node.entries.at(-1)?.value : node.items.at(-1);
			let pos = last ? nodeEnd(text, last) : node.offset + 1;
			const close = node.kind === 'object' ? '}' : ']';
			while (pos < text.length && text[pos] !== close) pos++;
			return Math.min(pos + 1, text.length);
		}
	}
}

/** Offset just past the closing quote of the string starting at `start`. */
export function stringEnd(text: string, start: number): number {
	let pos = start + 1;
	while (pos < text.length) {
		const c = text.charCodeAt(pos);
		if (c === 92) pos += 2;
		else if (c === 34) return pos + 1;
		else pos++;
	}
	return text.length;
}

export function spanOf(text: string, node: JsonNode): Span {
	return { start: node.offset, end: nodeEnd(text, node) };
}

export function keySpan(text: string, entry: JsonEntry): Span {
	return { start: entry.keyOffset, end: stringEnd(text, entry.keyOffset) };
}

/** A string or a list of strings; non-strings are kept (with their node) so checks can report them. */
export function stringList(text: string, node: JsonNode): Located<string>[] {
	const items = node.kind === 'array' ? node.items : [node];
	return items.map((item) => ({
		value: item.kind === 'string' ? item.value : '',
		span: spanOf(text, item),
		node: item,
	}));
}

function scalarValues(text: string, node: JsonNode): Located<string | number | boolean | null>[] {
	const items = node.kind === 'array' ? node.items : [node];
	return items.map((item) => ({
		value: item.kind === 'string' || item.kind === 'number' || item.kind === 'boolean' ? item.value : null,
		span: spanOf(text, item),
		node: item,
	}));
}

export function buildStatement(text: string, node: JsonNode, index: number): StatementModel {
	const entries = new Map<string, JsonEntry>();
	if (node.kind === 'object') for (const e of node.entries) if (!entries.has(e.key)) entries.set(e.key, e);
	const located = (name: string): Located | undefined => {
		const e = entries.get(name);
		if (!e) return undefined;
		return { value: e.value.kind === 'string' ? e.value.value : '', span: spanOf(text, e.value), node: e.value };
	};
	const list = (name: string): Located[] | undefined => {
		const e = entries.get(name);
		return e ? stringList(text, e.value) : undefined;
	};
	const condition = entries.get('Condition');
	const conditions: ConditionEntry[] = [];
	if (condition?.value.kind === 'object') {
		for (const op of condition.value.entries) {
			if (op.value.kind !== 'object') continue;
			for (const k of op.value.entries) {
				conditions.push({
					operator: { value: op.key, span: keySpan(text, op), node: op.value },
					key: { value: k.key, span: keySpan(text, k), node: k.value },
					valueNode: k.value,
					values: scalarValues(text, k.value),
				});
			}
		}
	}
	return {
		index,
		node,
		span: spanOf(text, node),
		entries,
		sid: located('Sid'),
		effect: located('Effect'),
		action: list('Action'),
		notAction: list('NotAction'),
		resource: list('Resource'),
		notResource: list('NotResource'),
		principal: entries.get('Principal'),
		notPrincipal: entries.get('NotPrincipal'),
		condition,
		conditions,
	};
}
