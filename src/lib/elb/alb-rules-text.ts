/**
 * The text a learner types into the ALB router widget — a URL, header lines, listener JSON — read into
 * the engine's types, and listeners written back as JSON and one-line condition summaries. Routing and
 * validation themselves are in alb-rules.ts.
 */
import {
	AlbRuleError,
	isHeaderName,
	parseQueryString,
	validateListener,
	type Condition,
	type Listener,
} from './alb-rules';
import { JsonSyntaxError, parseJson } from '../json';

export interface ParsedUrl {
	protocol: 'http' | 'https';
	host: string;
	port: number;
	/** Path plus query, as a client sends it on the request line. */
	path: string;
	query: Record<string, string>;
}

/**
 * Bounds on a typed request. An ALB itself accepts a request line of up to 16 K
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html); this
 * example reads at most 2,048 characters because every rule's explanation quotes the host or path once.
 * A host name is at most 253 characters (RFC 1035, as DNS and Route 53 spell it).
 */
export const REQUEST_URL_LIMITS = { maxUrlLength: 2048, maxHostLength: 253 } as const;

/** Reads a URL a learner types (scheme optional, http assumed) into the parts a listener sees. */
export function parseRequestUrl(text: string): ParsedUrl {
	const trimmed = text.trim();
	if (trimmed === '') throw new AlbRuleError('type a URL, e.g. https://api.myapp.com/images/cat.png', 'url');
	if (trimmed.length > REQUEST_URL_LIMITS.maxUrlLength)
		throw new AlbRuleError(
			`the URL is ${trimmed.length.toLocaleString('en-US')} characters; this example reads at most ${REQUEST_URL_LIMITS.maxUrlLength.toLocaleString('en-US')}.`,
			'url',
		);
	const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		throw new AlbRuleError(`"${trimmed}" is not a URL; try https://api.myapp.com/path?key=value`, 'url');
	}
	const protocol = url.protocol === 'https:' ? 'https' : url.protocol === 'http:' ? 'http' : null;
	if (!protocol)
		throw new AlbRuleError(`an ALB listener speaks HTTP or HTTPS, not ${url.protocol.replace(':', '')}.`, 'url');
	if (url.hostname === '') throw new AlbRuleError('the URL needs a host name.', 'url');
	if (url.hostname.length > REQUEST_URL_LIMITS.maxHostLength)
		throw new AlbRuleError(
			`the host name is ${url.hostname.length} characters; a host name is at most ${REQUEST_URL_LIMITS.maxHostLength}.`,
			'url',
		);
	const query: Record<string, string> = {};
	for (const [k, v] of parseQueryString(url.search)) query[k] = v;
	return {
		protocol,
		host: url.hostname,
		port: url.port ? Number(url.port) : protocol === 'https' ? 443 : 80,
		path: `${url.pathname}${url.search}`,
		query,
	};
}

/** Parses "Name: value" lines (blank lines ignored) into a header object; errors name the line. */
export function parseHeaderLines(text: string): Record<string, string> {
	const headers: Record<string, string> = {};
	text.split(/\r?\n/).forEach((line, index) => {
		if (line.trim() === '') return;
		const colon = line.indexOf(':');
		const name = colon < 0 ? '' : line.slice(0, colon).trim();
		if (colon < 0 || !isHeaderName(name))
			throw new AlbRuleError(`line ${index + 1}: write a header as "Name: value", e.g. "X-Region: EU".`, 'headers');
		headers[name] = line.slice(colon + 1).trim();
	});
	return headers;
}

/** Parses listener JSON typed by a learner; syntax errors give the line and column. */
export function parseListenerJson(text: string): Listener {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new AlbRuleError(`the rules are not valid JSON. ${jsonErrorPosition(text)}`);
	}
	return validateListener(data);
}

/** "Line 2, column 13: …" from the site's one position-aware JSON reader (src/lib/json). */
function jsonErrorPosition(text: string): string {
	try {
		parseJson(text);
	} catch (error) {
		if (error instanceof JsonSyntaxError) return error.message;
		throw error;
	}
	return '';
}

/** One line describing a condition, for tables: `path-pattern is "/images/*"`, `http-header X-Region is "EU"`. */
export function describeCondition(condition: Condition): string {
	const list = (values: string[]) => values.map((v) => `"${v}"`).join(' or ');
	switch (condition.field) {
		case 'http-header':
			return `http-header ${condition.name} is ${list(condition.values)}`;
		case 'query-string':
			return `query-string has ${condition.values.map((v) => (v.key === undefined ? `any key = "${v.value}"` : `${v.key}=${v.value}`)).join(' or ')}`;
		case 'source-ip':
			return `source-ip in ${condition.values.join(' or ')}`;
		default:
			return `${condition.field} is ${list(condition.values)}`;
	}
}

/** JSON for the rules editor: one rule per line, so a listener reads like the console's rule list. */
export function formatListenerJson(listener: Listener): string {
	// Spaces go between tokens only, never inside strings (a value may itself contain ", " or ": 1").
	const compact = (value: unknown): string => {
		if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
		if (typeof value === 'object' && value !== null)
			return `{ ${Object.entries(value)
				.map(([k, v]) => `${JSON.stringify(k)}: ${compact(v)}`)
				.join(', ')} }`;
		return JSON.stringify(value);
	};
	const rules = listener.rules.map((rule) => `    ${compact(rule)}`).join(',\n');
	return `{\n  "rules": [${rules ? `\n${rules}\n  ` : ''}],\n  "defaultAction": ${JSON.stringify(listener.defaultAction)}\n}`;
}
