/**
 * Application Load Balancer listener rules: validate a listener's rules against AWS's documented
 * limits and route a request through them, explaining why each rule did or did not match.
 *
 * Semantics (Listener rules / Condition types for listener rules, ALB User Guide):
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-rules.html
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html
 * - Rules are evaluated in priority order, lowest number first; the default rule (no conditions) is last.
 * - Several values in one condition = OR; several conditions in one rule = AND.
 * - host-header: case-insensitive, `*` and `?`. path-pattern: case-sensitive, `*` and `?`, applied to the
 *   path only (never the query string). http-header: name and value case-insensitive, wildcards in the value.
 *   http-request-method: case-sensitive exact match, no wildcards. query-string: key/value or value only,
 *   case-insensitive, wildcards, `\` escapes a literal `*` or `?`. source-ip: CIDR (IPv4/IPv6), the address of
 *   the TCP peer — never the X-Forwarded-For header.
 * - Limits: up to 3 values per condition, 5 per rule, 5 wildcards per rule; at most one each of host-header,
 *   http-request-method, path-pattern and source-ip per rule; priority 1–50000 (RulePriorityPair, ELB API
 *   Reference), unique within a listener.
 */
import { cidrIncludes, formatIp, parseCidrBlock, parseIp, type Cidr, type IpAddress } from './alb-ip';
import { conditionValueMatches, countWildcards } from './wildcard';

export type Condition =
	| { field: 'host-header' | 'path-pattern' | 'http-request-method'; values: string[] }
	| { field: 'http-header'; name: string; values: string[] }
	| { field: 'query-string'; values: { key?: string; value: string }[] }
	| { field: 'source-ip'; values: string[] };
export type ConditionField = Condition['field'];

export interface ListenerRule {
	priority: number;
	conditions: Condition[];
	/** What the rule does, as text, e.g. "forward to images-tg" or "redirect to HTTPS (301)". */
	action: string;
}
export interface Listener {
	rules: ListenerRule[];
	defaultAction: string;
}
export interface AlbRequest {
	host: string;
	path: string;
	method: string;
	headers?: Record<string, string>;
	query?: Record<string, string>;
	sourceIp?: string;
}

export interface ConditionEvaluation {
	field: ConditionField;
	/** e.g. `host-header`, `http-header X-Region`. */
	label: string;
	matched: boolean;
	/** One sentence a learner can read: what was compared with what, and the result. */
	reason: string;
}
export type RuleStatus = 'selected' | 'no-match' | 'shadowed';
export interface RuleEvaluation {
	priority: number;
	action: string;
	matched: boolean;
	/** selected = this rule won; shadowed = it matches too, but a lower-numbered rule won first. */
	status: RuleStatus;
	/** ALB stops at the first matching rule; later rules are explained here but never evaluated by AWS. */
	evaluatedByAlb: boolean;
	conditions: ConditionEvaluation[];
	summary: string;
}
export interface RoutingResult {
	action: string;
	priority: number | 'default';
	/** Every rule in priority order (lowest number first), default rule not included. */
	evaluations: RuleEvaluation[];
}

/** A listener or request that AWS would reject, or that the engine cannot read. */
export class AlbRuleError extends Error {
	override name = 'AlbRuleError';
	constructor(
		/** The sentence alone, for a widget that shows it beside the field it belongs to. */
		readonly reason: string,
		/** Where the problem is, e.g. `rules[1].conditions[0].values[2]`; empty for the whole input. */
		readonly path = '',
	) {
		super(path ? `${path}: ${reason}` : reason);
	}
}

export const ALB_LIMITS = {
	minPriority: 1,
	maxPriority: 50_000,
	valuesPerCondition: 3,
	valuesPerRule: 5,
	wildcardsPerRule: 5,
	maxValueLength: 128,
	maxMethodLength: 40,
	maxHeaderNameLength: 40,
} as const;

// The lists and patterns below sit in the functions that use them, not in module constants: code that runs
// at import runs outside every test, so each of its mutants would re-run every related test (`npm run mutation`).

/** An HTTP header name (RFC 9110 token); also used by the header-line parser in alb-rules-text.ts. */
export function isHeaderName(text: string): boolean {
	return /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(text);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
	return JSON.stringify(value) ?? String(value);
}

function checkString(value: unknown, path: string, what: string): string {
	if (typeof value !== 'string') throw new AlbRuleError(`${what} must be text (got ${describe(value)}).`, path);
	if (value.length === 0) throw new AlbRuleError(`${what} must not be empty.`, path);
	if (value.length > ALB_LIMITS.maxValueLength)
		throw new AlbRuleError(
			`${what} is ${value.length} characters; AWS allows at most ${ALB_LIMITS.maxValueLength}.`,
			path,
		);
	if (!/^[\x20-\x7e]*$/.test(value)) throw new AlbRuleError(`${what} may contain only visible ASCII characters.`, path);
	return value;
}

function validateHostPattern(value: string, path: string): void {
	if (!/^[A-Za-z0-9.*?-]+$/.test(value))
		throw new AlbRuleError(`host name "${value}" may contain only A–Z, a–z, 0–9, "-", ".", "*" and "?".`, path);
	if (!value.includes('.'))
		throw new AlbRuleError(`host name "${value}" must include at least one "." (e.g. "api.example.com").`, path);
	const last = value.slice(value.lastIndexOf('.') + 1);
	if (!/^[A-Za-z]+$/.test(last))
		throw new AlbRuleError(`host name "${value}" may have only letters after its final "." (got "${last}").`, path);
}

function validateCondition(condition: unknown, path: string): Condition {
	if (!isRecord(condition))
		throw new AlbRuleError(
			'each condition must be an object like {"field": "path-pattern", "values": ["/api/*"]}.',
			path,
		);
	const fields: ConditionField[] = [
		'host-header',
		'path-pattern',
		'http-request-method',
		'http-header',
		'query-string',
		'source-ip',
	];
	const field = condition['field'];
	if (!fields.includes(field as ConditionField)) {
		throw new AlbRuleError(
			`unknown condition field ${describe(field)}; use one of ${fields.join(', ')}.`,
			`${path}.field`,
		);
	}
	const values = condition['values'];
	if (!Array.isArray(values) || values.length === 0)
		throw new AlbRuleError('a condition needs a "values" list with at least one value.', `${path}.values`);
	if (values.length > ALB_LIMITS.valuesPerCondition) {
		throw new AlbRuleError(
			`${values.length} values in one condition; AWS allows up to ${ALB_LIMITS.valuesPerCondition} (add another condition to require more).`,
			`${path}.values`,
		);
	}
	const at = (i: number) => `${path}.values[${i}]`;
	switch (field as ConditionField) {
		case 'host-header':
			values.forEach((v, i) => validateHostPattern(checkString(v, at(i), 'a host name'), at(i)));
			return { field: 'host-header', values: values as string[] };
		case 'path-pattern':
			values.forEach((v, i) => {
				const s = checkString(v, at(i), 'a path pattern');
				if (!/^[A-Za-z0-9_\-.$/~"'@:+&*?]+$/.test(s))
					throw new AlbRuleError(
						`path pattern "${s}" may contain only A–Z, a–z, 0–9, _ - . $ / ~ " ' @ : + &, "*" and "?" (the query string is not part of the path).`,
						at(i),
					);
			});
			return { field: 'path-pattern', values: values as string[] };
		case 'http-request-method':
			values.forEach((v, i) => {
				const s = checkString(v, at(i), 'a method');
				if (s.length > ALB_LIMITS.maxMethodLength || !/^[A-Z_-]+$/.test(s)) {
					throw new AlbRuleError(
						`method "${s}" must be up to ${ALB_LIMITS.maxMethodLength} characters of A–Z, "-" and "_" (methods are case-sensitive and take no wildcards, e.g. "GET").`,
						at(i),
					);
				}
			});
			return { field: 'http-request-method', values: values as string[] };
		case 'http-header': {
			const name = condition['name'];
			if (typeof name !== 'string' || name.length === 0)
				throw new AlbRuleError('an http-header condition needs a header "name", e.g. "X-Region".', `${path}.name`);
			if (name.includes('*') || name.includes('?'))
				throw new AlbRuleError(
					`header name "${name}": wildcards are not allowed in the header name, only in its values.`,
					`${path}.name`,
				);
			if (name.length > ALB_LIMITS.maxHeaderNameLength || !isHeaderName(name))
				throw new AlbRuleError(
					`"${name}" is not a valid HTTP header name (letters, digits and - only, up to ${ALB_LIMITS.maxHeaderNameLength} characters).`,
					`${path}.name`,
				);
			values.forEach((v, i) => checkString(v, at(i), 'a header value'));
			return { field: 'http-header', name, values: values as string[] };
		}
		case 'query-string':
			values.forEach((v, i) => {
				if (!isRecord(v))
					throw new AlbRuleError(
						'each query-string value is an object {"key": "category", "value": "toys"} (key optional).',
						at(i),
					);
				if (v['key'] !== undefined) checkString(v['key'], `${at(i)}.key`, 'a query key');
				checkString(v['value'], `${at(i)}.value`, 'a query value');
			});
			return { field: 'query-string', values: values as { key?: string; value: string }[] };
		case 'source-ip':
			values.forEach((v, i) => {
				const s = checkString(v, at(i), 'a CIDR block');
				if (s.includes('*') || s.includes('?'))
					throw new AlbRuleError(`"${s}": source-ip takes CIDR blocks, not wildcards (e.g. "192.0.2.0/24").`, at(i));
				if (!parseCidrBlock(s))
					throw new AlbRuleError(
						`"${s}" is not a CIDR block; write an IPv4 or IPv6 address and a prefix, e.g. "192.0.2.0/24" or "2001:db8::/32".`,
						at(i),
					);
			});
			return { field: 'source-ip', values: values as string[] };
	}
}

function wildcardsIn(condition: Condition): number {
	switch (condition.field) {
		case 'host-header':
		case 'path-pattern':
		case 'http-header':
			return condition.values.reduce((n, v) => n + countWildcards(v), 0);
		case 'query-string':
			return condition.values.reduce(
				(n, v) => n + countWildcards(v.value, true) + (v.key === undefined ? 0 : countWildcards(v.key, true)),
				0,
			);
		default:
			return 0;
	}
}

/** A whole number from 1 to 50000 (Number.isInteger is false for anything that is not a number). */
function isPriority(value: unknown): value is number {
	return (
		Number.isInteger(value) &&
		(value as number) >= ALB_LIMITS.minPriority &&
		(value as number) <= ALB_LIMITS.maxPriority
	);
}

/** Checks a listener (from JSON or code) and returns it typed; throws AlbRuleError naming the exact spot. */
export function validateListener(listener: unknown): Listener {
	if (!isRecord(listener)) throw new AlbRuleError('the listener must be an object with "rules" and "defaultAction".');
	const defaultAction = listener['defaultAction'];
	if (typeof defaultAction !== 'string' || defaultAction.trim() === '')
		throw new AlbRuleError(
			'every listener needs a default action (the rule used when no other rule matches).',
			'defaultAction',
		);
	const rules = listener['rules'];
	if (!Array.isArray(rules)) throw new AlbRuleError('"rules" must be a list (it may be empty).', 'rules');
	const seen = new Map<number, number>();
	const checked = rules.map((rule, r): ListenerRule => {
		const path = `rules[${r}]`;
		if (!isRecord(rule))
			throw new AlbRuleError('each rule must be an object with "priority", "conditions" and "action".', path);
		const priority = rule['priority'];
		if (!isPriority(priority)) {
			throw new AlbRuleError(
				`priority must be a whole number from ${ALB_LIMITS.minPriority} to ${ALB_LIMITS.maxPriority} (got ${describe(priority)}); the default rule has no number and always comes last.`,
				`${path}.priority`,
			);
		}
		const clash = seen.get(priority);
		if (clash !== undefined)
			throw new AlbRuleError(
				`priority ${priority} is already used by rules[${clash}]; a listener can't have two rules with the same priority.`,
				`${path}.priority`,
			);
		seen.set(priority, r);
		const action = rule['action'];
		if (typeof action !== 'string' || action.trim() === '')
			throw new AlbRuleError('a rule needs an action, e.g. "forward to api-tg".', `${path}.action`);
		const conditions = rule['conditions'];
		if (!Array.isArray(conditions) || conditions.length === 0) {
			throw new AlbRuleError(
				'a rule needs at least one condition; only the default rule has none.',
				`${path}.conditions`,
			);
		}
		const typed = conditions.map((c, i) => validateCondition(c, `${path}.conditions[${i}]`));
		const fields = new Set<ConditionField>();
		typed.forEach((c, i) => {
			// At most one of each field per rule, except http-header and query-string, which may repeat.
			const repeatable = c.field === 'http-header' || c.field === 'query-string';
			if (!repeatable && fields.has(c.field)) {
				throw new AlbRuleError(
					`a rule can have at most one ${c.field} condition; put up to ${ALB_LIMITS.valuesPerCondition} values in one condition instead.`,
					`${path}.conditions[${i}]`,
				);
			}
			fields.add(c.field);
		});
		const valueCount = typed.reduce((n, c) => n + c.values.length, 0);
		if (valueCount > ALB_LIMITS.valuesPerRule)
			throw new AlbRuleError(
				`${valueCount} condition values in one rule; AWS allows up to ${ALB_LIMITS.valuesPerRule} per rule.`,
				`${path}.conditions`,
			);
		const wildcards = typed.reduce((n, c) => n + wildcardsIn(c), 0);
		if (wildcards > ALB_LIMITS.wildcardsPerRule)
			throw new AlbRuleError(
				`${wildcards} wildcard characters (* and ?) in one rule; AWS allows up to ${ALB_LIMITS.wildcardsPerRule} per rule.`,
				`${path}.conditions`,
			);
		return { priority, conditions: typed, action };
	});
	return { rules: checked, defaultAction };
}

interface NormalizedRequest {
	host: string;
	path: string;
	method: string;
	headers: Map<string, { name: string; value: string }>;
	query: [string, string][];
	sourceIp: string | undefined;
	queryFromPath: boolean;
}

function decodeQueryPart(text: string): string {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return text;
	}
}

/** Splits `a=1&b&c=3` into pairs (a missing `=` gives an empty value). */
export function parseQueryString(text: string): [string, string][] {
	const trimmed = text.startsWith('?') ? text.slice(1) : text;
	// Empty parts (from "", "a&&b" or a trailing "&") are dropped.
	return trimmed
		.split('&')
		.filter((part) => part !== '')
		.map((part) => {
			const eq = part.indexOf('=');
			return eq < 0
				? [decodeQueryPart(part), '']
				: [decodeQueryPart(part.slice(0, eq)), decodeQueryPart(part.slice(eq + 1))];
		});
}

function normalizeRequest(request: unknown): NormalizedRequest {
	if (!isRecord(request))
		throw new AlbRuleError('the request must be an object with host, path and method.', 'request');
	const { host, path, method, headers, query, sourceIp } = request;
	if (typeof host !== 'string' || host.trim() === '')
		throw new AlbRuleError('the request needs a host name, e.g. "api.myapp.com".', 'request.host');
	if (typeof path !== 'string' || !path.startsWith('/'))
		throw new AlbRuleError(`the request path must start with "/" (got ${describe(path)}).`, 'request.path');
	if (typeof method !== 'string' || method === '')
		throw new AlbRuleError('the request needs a method, e.g. "GET".', 'request.method');
	const headerMap = new Map<string, { name: string; value: string }>();
	if (headers !== undefined) {
		if (!isRecord(headers)) throw new AlbRuleError('headers must be an object of name → value.', 'request.headers');
		for (const [name, value] of Object.entries(headers)) {
			if (typeof value !== 'string')
				throw new AlbRuleError(`header ${name} must have a text value.`, 'request.headers');
			headerMap.set(name.toLowerCase(), { name, value });
		}
	}
	// The query string is never part of the path: split it off, and use it when no query was given separately.
	const pathOnly = path.split(/[?#]/, 1)[0] as string;
	const cut = path.search(/[?#]/);
	const pathQuery = path[cut] === '?' ? (path.slice(cut + 1).split('#')[0] as string) : '';
	let pairs: [string, string][];
	if (query !== undefined) {
		if (!isRecord(query)) throw new AlbRuleError('query must be an object of key → value.', 'request.query');
		pairs = Object.entries(query).map(([k, v]) => {
			if (typeof v !== 'string')
				throw new AlbRuleError(`query parameter ${k} must have a text value.`, 'request.query');
			return [k, v];
		});
	} else {
		pairs = parseQueryString(pathQuery);
	}
	let ip: string | undefined;
	if (sourceIp !== undefined && sourceIp !== '') {
		// parseIp gives null for anything that is not an address, a number or an object included.
		const parsed = parseIp(sourceIp as string);
		if (!parsed) throw new AlbRuleError(`"${String(sourceIp)}" is not an IPv4 or IPv6 address.`, 'request.sourceIp');
		ip = formatIp(parsed);
	}
	// Host header may carry a port (example.com:8080); rules match the host name only.
	const hostName = host.trim().replace(/:\d+$/, '').replace(/\.$/, '');
	return {
		host: hostName,
		path: pathOnly,
		method,
		headers: headerMap,
		query: pairs,
		sourceIp: ip,
		queryFromPath: pathQuery !== '',
	};
}

function quoteList(values: readonly string[]): string {
	return values.map((v) => `"${v}"`).join(' or ');
}

function evaluateCondition(condition: Condition, request: NormalizedRequest): ConditionEvaluation {
	switch (condition.field) {
		case 'host-header': {
			const hit = condition.values.find((v) => conditionValueMatches(v, request.host, { caseInsensitive: true }));
			return {
				field: condition.field,
				label: 'host-header',
				matched: hit !== undefined,
				reason:
					hit !== undefined
						? `Host "${request.host}" matches "${hit}" (host names compare case-insensitively).`
						: `Host "${request.host}" matches none of ${quoteList(condition.values)}.`,
			};
		}
		case 'path-pattern': {
			// Stryker disable next-line ObjectLiteral: {} is case-sensitive too (undefined is falsy); the option is written out for the reader.
			const hit = condition.values.find((v) => conditionValueMatches(v, request.path, { caseInsensitive: false }));
			const note = request.queryFromPath ? ' The query string is not part of the path.' : '';
			return {
				field: condition.field,
				label: 'path-pattern',
				matched: hit !== undefined,
				reason:
					hit !== undefined
						? `Path "${request.path}" matches "${hit}".${note}`
						: `Path "${request.path}" matches none of ${quoteList(condition.values)} (paths are case-sensitive).${note}`,
			};
		}
		case 'http-request-method': {
			const hit = condition.values.includes(request.method);
			return {
				field: condition.field,
				label: 'http-request-method',
				matched: hit,
				reason: hit
					? `Method ${request.method} is listed.`
					: `Method "${request.method}" is not ${quoteList(condition.values)} (exact, case-sensitive match).`,
			};
		}
		case 'http-header': {
			const label = `http-header ${condition.name}`;
			const header = request.headers.get(condition.name.toLowerCase());
			if (!header)
				return {
					field: condition.field,
					label,
					matched: false,
					reason: `The request has no ${condition.name} header.`,
				};
			const hit = condition.values.find((v) => conditionValueMatches(v, header.value, { caseInsensitive: true }));
			return {
				field: condition.field,
				label,
				matched: hit !== undefined,
				reason:
					hit !== undefined
						? `${condition.name}: "${header.value}" matches "${hit}" (header values compare case-insensitively).`
						: `${condition.name}: "${header.value}" matches none of ${quoteList(condition.values)}.`,
			};
		}
		case 'query-string': {
			const show = (v: { key?: string; value: string }) =>
				v.key === undefined ? `any key = "${v.value}"` : `${v.key}=${v.value}`;
			for (const want of condition.values) {
				const pair = request.query.find(
					([k, val]) =>
						(want.key === undefined ||
							conditionValueMatches(want.key, k, { caseInsensitive: true, allowEscapes: true })) &&
						conditionValueMatches(want.value, val, { caseInsensitive: true, allowEscapes: true }),
				);
				if (pair)
					return {
						field: condition.field,
						label: 'query-string',
						matched: true,
						reason: `Query parameter ${pair[0]}=${pair[1]} matches ${show(want)}.`,
					};
			}
			const have =
				request.query.length === 0
					? 'The request has no query string'
					: `Query ${request.query.map(([k, v]) => `${k}=${v}`).join('&')}`;
			return {
				field: condition.field,
				label: 'query-string',
				matched: false,
				reason: `${have}; none of ${condition.values.map(show).join(' or ')} found.`,
			};
		}
		case 'source-ip': {
			if (request.sourceIp === undefined)
				return {
					field: condition.field,
					label: 'source-ip',
					matched: false,
					reason: 'No source IP was given for the request.',
				};
			// Both were validated (validateListener, normalizeRequest), so neither parse fails here.
			const ip = parseIp(request.sourceIp) as IpAddress;
			const hit = condition.values.find((v) => cidrIncludes(parseCidrBlock(v) as Cidr, ip));
			return {
				field: condition.field,
				label: 'source-ip',
				matched: hit !== undefined,
				reason:
					hit !== undefined
						? `Source IP ${request.sourceIp} is in ${hit}.`
						: `Source IP ${request.sourceIp} is in none of ${condition.values.join(', ')} (the TCP peer's address, not X-Forwarded-For).`,
			};
		}
	}
}

/**
 * Routes `request` through `listener`: the first rule (lowest priority number) whose conditions all
 * match wins; if none matches, the default action. Throws AlbRuleError for a listener AWS would reject.
 */
export function routeRequest(listener: Listener, request: AlbRequest): RoutingResult {
	const checked = validateListener(listener);
	const normalized = normalizeRequest(request);
	// Sort a copy: routing depends on priority numbers only, never on the order rules are listed in.
	const ordered = [...checked.rules].sort((a, b) => a.priority - b.priority);
	let winner: ListenerRule | undefined;
	const evaluations = ordered.map((rule): RuleEvaluation => {
		const conditions = rule.conditions.map((c) => evaluateCondition(c, normalized));
		const matched = conditions.every((c) => c.matched);
		const evaluatedByAlb = winner === undefined;
		let status: RuleStatus = 'no-match';
		if (matched) status = winner === undefined ? 'selected' : 'shadowed';
		if (status === 'selected') winner = rule;
		const failing = conditions.filter((c) => !c.matched).map((c) => c.label);
		const summary = matched
			? status === 'selected'
				? `Wins: ${conditions.length === 1 ? 'its condition matches' : `all ${conditions.length} conditions match`}.`
				: `Would match too, but priority ${(winner as ListenerRule).priority} comes first.`
			: `No match: ${failing.join(', ')} ${failing.length === 1 ? 'does' : 'do'} not match.`;
		return { priority: rule.priority, action: rule.action, matched, status, evaluatedByAlb, conditions, summary };
	});
	if (winner) return { action: winner.action, priority: winner.priority, evaluations };
	return { action: checked.defaultAction, priority: 'default', evaluations };
}
