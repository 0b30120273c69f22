/**
 * ALB listener rules at the edges: every documented limit at both ends, value syntax per condition type,
 * request checks, and the explanations the router gives. Sources:
 * - Condition types: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html
 *   (host: 128 characters of A–Z a–z 0–9 - . * ?, at least one ".", only letters after the final "."; path: 128
 *   characters; query string key/value pairs, `\` escapes; up to 3 values per condition, 5 per rule, 5 wildcards per rule)
 * - HttpHeaderConditionConfig / HttpRequestMethodConditionConfig (ELBv2 API Reference): header name up to
 *   40 characters, no wildcards; method up to 40 characters of A–Z, - and _, case-sensitive, no wildcards.
 * - Priorities 1–50000: https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_RulePriorityPair.html
 */
import { describe, expect, test } from 'vitest';
import {
	AlbRuleError,
	parseQueryString,
	routeRequest,
	validateListener,
	type AlbRequest,
	type Condition,
	type Listener,
	type ListenerRule,
} from '../../../src/lib/elb';
import { get } from './fixtures';

const withConditions = (...conditions: Condition[]): Listener => ({
	rules: [{ priority: 1, conditions, action: 'match' }],
	defaultAction: 'default',
});
/** The error a call raises, to assert its class, path and sentence together. */
function errorOf(call: () => unknown): AlbRuleError {
	try {
		call();
	} catch (error) {
		expect(error).toBeInstanceOf(AlbRuleError);
		return error as AlbRuleError;
	}
	return expect.unreachable('no error was thrown');
}
const rejects = (listener: unknown) => errorOf(() => validateListener(listener));
const accepts = (...conditions: Condition[]) =>
	expect(() => validateListener(withConditions(...conditions))).not.toThrow();
const first = (condition: Condition, request: AlbRequest) =>
	routeRequest(withConditions(condition), request).evaluations[0]!.conditions[0]!;

describe('listener shape', () => {
	test('the listener, its default action and its rules list', () => {
		expect(rejects(null).message).toBe('the listener must be an object with "rules" and "defaultAction".');
		expect(rejects([]).path).toBe('');
		expect(rejects({ rules: [], defaultAction: '  ' }).path).toBe('defaultAction');
		expect(rejects({ rules: [], defaultAction: 7 }).path).toBe('defaultAction');
		expect(rejects({ rules: {}, defaultAction: 'd' }).message).toBe('rules: "rules" must be a list (it may be empty).');
		expect(validateListener({ rules: [], defaultAction: 'd' })).toEqual({ rules: [], defaultAction: 'd' });
	});
	test('each rule: an object with a priority, an action and conditions', () => {
		const one = (rule: unknown) => rejects({ rules: [rule], defaultAction: 'd' });
		const path = [{ field: 'path-pattern', values: ['/a'] }];
		expect(one('rule').path).toBe('rules[0]');
		expect(one({ priority: '5', conditions: path, action: 'x' }).message).toMatch(
			/^rules\[0\]\.priority: .*\(got "5"\)/,
		);
		expect(one({ conditions: path, action: 'x' }).message).toMatch(/\(got undefined\)/);
		expect(one({ priority: 1, conditions: path, action: ' ' }).path).toBe('rules[0].action');
		expect(one({ priority: 1, conditions: path }).path).toBe('rules[0].action');
		expect(one({ priority: 1, conditions: 'path', action: 'x' }).path).toBe('rules[0].conditions');
		expect(one({ priority: 1, conditions: ['path'], action: 'x' }).path).toBe('rules[0].conditions[0]');
		expect(one({ priority: 1, conditions: [[]], action: 'x' }).path).toBe('rules[0].conditions[0]');
	});
	test('priority 1 is the lowest allowed; the error names the rule that already holds it', () => {
		expect(() => validateListener(withConditions({ field: 'path-pattern', values: ['/a'] }))).not.toThrow();
		const listener = {
			rules: [1, 2, 1].map((priority, i) => ({
				priority,
				conditions: [{ field: 'path-pattern', values: ['/a'] }],
				action: `r${i}`,
			})),
			defaultAction: 'd',
		};
		expect(rejects(listener).message).toBe(
			"rules[2].priority: priority 1 is already used by rules[0]; a listener can't have two rules with the same priority.",
		);
	});
	test('the error class and message carry the path', () => {
		const error = rejects({ rules: 'x', defaultAction: 'd' });
		expect([error.name, error.reason]).toEqual(['AlbRuleError', '"rules" must be a list (it may be empty).']);
	});
});

describe('condition values', () => {
	test('a field, and 1–3 values', () => {
		expect(rejects(withConditions({ field: 'path-pattern' } as unknown as Condition)).path).toBe(
			'rules[0].conditions[0].values',
		);
		expect(rejects(withConditions({ field: 'path-pattern', values: [] })).path).toBe('rules[0].conditions[0].values');
		expect(rejects(withConditions({ values: ['/a'] } as unknown as Condition)).message).toBe(
			'rules[0].conditions[0].field: unknown condition field undefined; use one of host-header, path-pattern, http-request-method, http-header, query-string, source-ip.',
		);
		accepts({ field: 'path-pattern', values: ['/a', '/b', '/c'] });
		expect(rejects(withConditions({ field: 'path-pattern', values: ['/a', '/b', '/c', '/d'] })).path).toBe(
			'rules[0].conditions[0].values',
		);
	});
	test('text values: a string, not empty, at most 128 visible ASCII characters', () => {
		const path = (value: unknown) => rejects(withConditions({ field: 'path-pattern', values: [value as string] }));
		accepts({ field: 'path-pattern', values: [`/${'a'.repeat(127)}`] });
		expect(path(5).message).toBe('rules[0].conditions[0].values[0]: a path pattern must be text (got 5).');
		expect(path('').reason).toBe('a path pattern must not be empty.');
		expect(path('/café').reason).toBe('a path pattern may contain only visible ASCII characters.');
		expect(path('/a\tb').reason).toBe('a path pattern may contain only visible ASCII characters.');
		expect(path('é/a').reason).toBe('a path pattern may contain only visible ASCII characters.');
		expect(path('/a<').path).toBe('rules[0].conditions[0].values[0]');
		accepts({ field: 'path-pattern', values: [`/a_b-c.d$e~f"g'h@i:j+k&l*?`] });
	});
	test('host names: allowed characters, a dot, letters after the final dot', () => {
		const host = (value: string) => rejects(withConditions({ field: 'host-header', values: [value] })).reason;
		accepts({ field: 'host-header', values: ['*.Example-1.com', 'api?.example.com'] });
		for (const bad of ['a_.example.com', '_a.example.com', 'a b.example.com'])
			expect(host(bad)).toBe(`host name "${bad}" may contain only A–Z, a–z, 0–9, "-", ".", "*" and "?".`);
		for (const bad of ['example.', 'example.*', 'example.c-m', 'example.co1'])
			expect(host(bad)).toMatch(/may have only letters after its final "\."/);
	});
	test('methods: up to 40 characters of A–Z, "-" and "_", case-sensitive', () => {
		const method = (value: string) => rejects(withConditions({ field: 'http-request-method', values: [value] })).path;
		accepts({ field: 'http-request-method', values: ['M'.repeat(40), 'CUSTOM_METHOD-X'] });
		for (const bad of ['M'.repeat(41), 'gET', 'GEt', 'GET*', 'GE T'])
			expect(method(bad)).toBe('rules[0].conditions[0].values[0]');
	});
	test('header names: up to 40 token characters, no wildcards; values like other text', () => {
		const header = (name: unknown) =>
			rejects(withConditions({ field: 'http-header', name: name as string, values: ['1'] }));
		accepts({ field: 'http-header', name: 'X'.repeat(40), values: ['*'] });
		expect(header('X'.repeat(41)).message).toMatch(
			/^rules\[0\]\.conditions\[0\]\.name: .* not a valid HTTP header name/,
		);
		expect(header('X Region').reason).toMatch(/not a valid HTTP header name/);
		expect(header('X-Region:').reason).toMatch(/not a valid HTTP header name/);
		expect(header('X-?').message).toBe(
			'rules[0].conditions[0].name: header name "X-?": wildcards are not allowed in the header name, only in its values.',
		);
		for (const missing of ['', undefined])
			expect(header(missing).message).toBe(
				'rules[0].conditions[0].name: an http-header condition needs a header "name", e.g. "X-Region".',
			);
		expect(rejects(withConditions({ field: 'http-header', name: 'X-A', values: [''] })).reason).toBe(
			'a header value must not be empty.',
		);
	});
	test('query-string values: objects, key optional, key and value checked', () => {
		const query = (value: unknown) =>
			rejects(withConditions({ field: 'query-string', values: [value as { value: string }] }));
		accepts({ field: 'query-string', values: [{ value: 'toys' }, { key: 'category', value: 'toys' }] });
		expect(query('toys').path).toBe('rules[0].conditions[0].values[0]');
		expect(query(['toys']).path).toBe('rules[0].conditions[0].values[0]');
		expect(query({ key: '', value: 'toys' }).path).toBe('rules[0].conditions[0].values[0].key');
		expect(query({ key: 'category' }).path).toBe('rules[0].conditions[0].values[0].value');
	});
	test('source-ip values: CIDR blocks, never wildcards', () => {
		const ip = (value: string) => rejects(withConditions({ field: 'source-ip', values: [value] })).reason;
		accepts({ field: 'source-ip', values: ['0.0.0.0/0', '::/0'] });
		expect(ip('10.0.*.0/24')).toBe('"10.0.*.0/24": source-ip takes CIDR blocks, not wildcards (e.g. "192.0.2.0/24").');
		expect(ip('10.0.0.?/24')).toMatch(/not wildcards/);
		expect(ip('192.0.2.0/24x')).toMatch(/is not a CIDR block/);
	});
});

describe('per-rule limits', () => {
	test('at most one host-header, path-pattern, http-request-method and source-ip; query-string may repeat', () => {
		const twice = (condition: Condition) => rejects(withConditions(condition, condition));
		expect(twice({ field: 'host-header', values: ['a.example.com'] }).message).toBe(
			'rules[0].conditions[1]: a rule can have at most one host-header condition; put up to 3 values in one condition instead.',
		);
		expect(twice({ field: 'http-request-method', values: ['GET'] }).reason).toMatch(/at most one http-request-method/);
		expect(twice({ field: 'source-ip', values: ['192.0.2.0/24'] }).reason).toMatch(/at most one source-ip/);
		accepts({ field: 'query-string', values: [{ value: 'a' }] }, { field: 'query-string', values: [{ value: 'b' }] });
	});
	test('five values per rule is the maximum', () => {
		accepts(
			{ field: 'path-pattern', values: ['/a', '/b', '/c'] },
			{ field: 'host-header', values: ['a.example.com', 'b.example.com'] },
		);
		const six = withConditions(
			{ field: 'path-pattern', values: ['/a', '/b', '/c'] },
			{ field: 'host-header', values: ['a.example.com', 'b.example.com', 'c.example.com'] },
		);
		expect(rejects(six).path).toBe('rules[0].conditions');
	});
	test('wildcards count in host, path and header values and in query keys and values, not when escaped', () => {
		accepts({ field: 'host-header', values: ['*.*.*.example.com'] }, { field: 'path-pattern', values: ['/*/?'] });
		expect(
			rejects(
				withConditions(
					{ field: 'host-header', values: ['*.*.*.example.com'] },
					{ field: 'path-pattern', values: ['/*/*/?'] },
				),
			).message,
		).toBe('rules[0].conditions: 6 wildcard characters (* and ?) in one rule; AWS allows up to 5 per rule.');
		expect(rejects(withConditions({ field: 'http-header', name: 'X-A', values: ['*?*?*', '?'] })).reason).toMatch(
			/^6 wildcard/,
		);
		expect(rejects(withConditions({ field: 'query-string', values: [{ key: '***', value: '???' }] })).reason).toMatch(
			/^6 wildcard/,
		);
		// Three escaped in the key, three in the value, and three real ones in the path: 3 in all.
		accepts(
			{ field: 'query-string', values: [{ key: '\\*\\*\\*', value: '\\?\\?\\?' }] },
			{ field: 'path-pattern', values: ['/*/*/*'] },
		);
		accepts({ field: 'query-string', values: [{ value: '*****' }] }, { field: 'http-request-method', values: ['GET'] });
		// Conditions without wildcards (method, source IP) add nothing, and do not stop the count.
		for (const none of [
			{ field: 'http-request-method', values: ['GET'] },
			{ field: 'source-ip', values: ['192.0.2.0/24'] },
		] satisfies Condition[])
			expect(rejects(withConditions({ field: 'query-string', values: [{ value: '******' }] }, none)).reason).toMatch(
				/^6 wildcard/,
			);
	});
});

describe('requests', () => {
	const listener = withConditions({ field: 'path-pattern', values: ['/a'] });
	const bad = (request: unknown) => errorOf(() => routeRequest(listener, request as AlbRequest));
	test('the request object and its fields', () => {
		expect(bad(null).path).toBe('request');
		expect(bad({ path: '/', method: 'GET' }).path).toBe('request.host');
		expect(bad(get('/', { host: '  ' })).path).toBe('request.host');
		expect(bad({ host: 'a.com', method: 'GET' }).message).toBe(
			'request.path: the request path must start with "/" (got undefined).',
		);
		expect(bad(get('/', { method: '' })).path).toBe('request.method');
		expect(bad(get('/', { method: 5 as unknown as string })).message).toBe(
			'request.method: the request needs a method, e.g. "GET".',
		);
		expect(bad(get('/', { headers: ['X-A'] as unknown as Record<string, string> })).path).toBe('request.headers');
		expect(bad(get('/', { headers: { 'X-A': 1 as unknown as string } })).message).toBe(
			'request.headers: header X-A must have a text value.',
		);
		expect(bad(get('/', { query: 'a=1' as unknown as Record<string, string> })).path).toBe('request.query');
		expect(bad(get('/', { query: { a: 1 as unknown as string } })).message).toBe(
			'request.query: query parameter a must have a text value.',
		);
		expect(bad(get('/', { sourceIp: ['192.0.2.1'] as unknown as string })).path).toBe('request.sourceIp');
		expect(bad(get('/', { sourceIp: 7 as unknown as string })).message).toBe(
			'request.sourceIp: "7" is not an IPv4 or IPv6 address.',
		);
	});
	test('an empty source IP means none was given', () => {
		expect(first({ field: 'source-ip', values: ['0.0.0.0/0'] }, get('/', { sourceIp: '' }))).toMatchObject({
			matched: false,
			reason: 'No source IP was given for the request.',
		});
	});
	test('a fragment is neither path nor query; a query given separately wins over the one in the path', () => {
		const path: Condition = { field: 'path-pattern', values: ['/a'] };
		expect(first(path, get('/a#x?q=1')).matched).toBe(true);
		const query: Condition = { field: 'query-string', values: [{ key: 'q', value: '1' }] };
		expect(first(query, get('/a#x?q=1')).matched).toBe(false);
		expect(first(query, get('/a#q=1')).matched).toBe(false);
		expect(first(query, get('/a?q=1#x')).matched).toBe(true);
		expect(first(query, get('/a?q=1', { query: { q: '2' } })).matched).toBe(false);
		expect(first(query, get('/a', { query: { q: '1' } })).matched).toBe(true);
	});
	test('the Host header: a trailing dot and a port are not part of the name', () => {
		const host: Condition = { field: 'host-header', values: ['api.myapp.com'] };
		expect(first(host, get('/', { host: ' api.myapp.com. ' })).reason).toBe(
			'Host "api.myapp.com" matches "api.myapp.com" (host names compare case-insensitively).',
		);
		expect(first(host, get('/', { host: 'api.myapp.com:8443x' })).matched).toBe(false);
		// Only a port at the end goes: an IPv6 literal keeps its colons.
		expect(first(host, get('/', { host: '[2001:db8::1]:8443' })).reason).toBe(
			'Host "[2001:db8::1]" matches none of "api.myapp.com".',
		);
	});
});

describe('parseQueryString', () => {
	test('pairs, bare keys, empty parts, "+" and percent-decoding', () => {
		expect(parseQueryString('?a=1&b&&c=x+y%21&')).toEqual([
			['a', '1'],
			['b', ''],
			['c', 'x y!'],
		]);
		expect(parseQueryString('=x&k=a=b')).toEqual([
			['', 'x'],
			['k', 'a=b'],
		]);
		expect(parseQueryString('')).toEqual([]);
		expect(parseQueryString('?')).toEqual([]);
		expect(parseQueryString('q=%E0%A4%A')).toEqual([['q', '%E0%A4%A']]);
	});
});

describe('what the router explains', () => {
	test('each condition type says what it compared, matched or not', () => {
		const path: Condition = { field: 'path-pattern', values: ['/img/*', '/css/*'] };
		expect(first(path, get('/img/a.png'))).toMatchObject({
			field: 'path-pattern',
			label: 'path-pattern',
			matched: true,
			reason: 'Path "/img/a.png" matches "/img/*".',
		});
		expect(first(path, get('/IMG/a.png?x=1')).reason).toBe(
			'Path "/IMG/a.png" matches none of "/img/*" or "/css/*" (paths are case-sensitive). The query string is not part of the path.',
		);
		expect(first({ field: 'host-header', values: ['a.example.com'] }, get('/'))).toMatchObject({
			field: 'host-header',
			label: 'host-header',
			matched: false,
			reason: 'Host "www.example.com" matches none of "a.example.com".',
		});
		const method: Condition = { field: 'http-request-method', values: ['POST', 'PUT'] };
		expect(first(method, get('/', { method: 'PUT' }))).toMatchObject({
			label: 'http-request-method',
			matched: true,
			reason: 'Method PUT is listed.',
		});
		expect(first(method, get('/')).reason).toBe('Method "GET" is not "POST" or "PUT" (exact, case-sensitive match).');
		const header: Condition = { field: 'http-header', name: 'X-Region', values: ['eu-*'] };
		expect(first(header, get('/', { headers: { 'x-region': 'EU-west' } }))).toMatchObject({
			field: 'http-header',
			label: 'http-header X-Region',
			matched: true,
			reason: 'X-Region: "EU-west" matches "eu-*" (header values compare case-insensitively).',
		});
		expect(first(header, get('/', { headers: { 'X-Region': 'us' } })).reason).toBe(
			'X-Region: "us" matches none of "eu-*".',
		);
		expect(first(header, get('/')).reason).toBe('The request has no X-Region header.');
	});
	test('query-string: keys and values case-insensitive with wildcards; the reason shows what was looked for', () => {
		const query: Condition = { field: 'query-string', values: [{ key: 'ver*', value: 'V?' }, { value: 'toys' }] };
		expect(first(query, get('/?Version=v2'))).toMatchObject({
			field: 'query-string',
			label: 'query-string',
			matched: true,
			reason: 'Query parameter Version=v2 matches ver*=V?.',
		});
		expect(first(query, get('/?category=TOYS')).reason).toBe('Query parameter category=TOYS matches any key = "toys".');
		expect(first(query, get('/?v=1&w=2'))).toMatchObject({
			field: 'query-string',
			label: 'query-string',
			matched: false,
			reason: 'Query v=1&w=2; none of ver*=V? or any key = "toys" found.',
		});
		expect(first(query, get('/')).reason).toBe(
			'The request has no query string; none of ver*=V? or any key = "toys" found.',
		);
		expect(first({ field: 'query-string', values: [{ key: 'a', value: 'x' }] }, get('/?b=x')).matched).toBe(false);
		// A backslash makes * literal in the key as in the value.
		const literal: Condition = { field: 'query-string', values: [{ key: 'a\\*', value: '1' }] };
		expect(first(literal, get('/', { query: { 'a*': '1' } })).matched).toBe(true);
		expect(first(literal, get('/', { query: { ab: '1' } })).matched).toBe(false);
	});
	test('source-ip: which block matched, or the TCP peer was in none', () => {
		const source: Condition = { field: 'source-ip', values: ['192.0.2.0/24', '2001:db8::/32'] };
		expect(first(source, get('/', { sourceIp: '2001:DB8::7' }))).toMatchObject({
			label: 'source-ip',
			matched: true,
			reason: 'Source IP 2001:db8::7 is in 2001:db8::/32.',
		});
		expect(first(source, get('/', { sourceIp: '198.51.100.1' }))).toMatchObject({
			label: 'source-ip',
			matched: false,
			reason:
				"Source IP 198.51.100.1 is in none of 192.0.2.0/24, 2001:db8::/32 (the TCP peer's address, not X-Forwarded-For).",
		});
		expect(first(source, get('/'))).toMatchObject({ label: 'source-ip', matched: false });
	});
	test('rule summaries: one or all conditions win, the failing ones are named, a shadowed rule says who won', () => {
		const rules: ListenerRule[] = [
			{ priority: 10, conditions: [{ field: 'path-pattern', values: ['/a'] }], action: 'one' },
			{
				priority: 20,
				conditions: [
					{ field: 'path-pattern', values: ['/a'] },
					{ field: 'http-request-method', values: ['GET'] },
				],
				action: 'two',
			},
			{
				priority: 30,
				conditions: [
					{ field: 'host-header', values: ['x.example.com'] },
					{ field: 'http-request-method', values: ['POST'] },
				],
				action: 'three',
			},
			{ priority: 40, conditions: [{ field: 'host-header', values: ['x.example.com'] }], action: 'four' },
			{
				priority: 50,
				conditions: [
					{ field: 'path-pattern', values: ['/a'] },
					{ field: 'http-request-method', values: ['POST'] },
				],
				action: 'five',
			},
		];
		const result = routeRequest({ rules, defaultAction: 'd' }, get('/a'));
		expect(result.evaluations.map((e) => [e.priority, e.status, e.evaluatedByAlb, e.summary])).toEqual([
			[10, 'selected', true, 'Wins: its condition matches.'],
			[20, 'shadowed', false, 'Would match too, but priority 10 comes first.'],
			[30, 'no-match', false, 'No match: host-header, http-request-method do not match.'],
			[40, 'no-match', false, 'No match: host-header does not match.'],
			[50, 'no-match', false, 'No match: http-request-method does not match.'],
		]);
		const both = routeRequest({ rules: rules.slice(1), defaultAction: 'd' }, get('/a'));
		expect(both).toMatchObject({ action: 'two', priority: 20 });
		expect(both.evaluations[0]?.summary).toBe('Wins: all 2 conditions match.');
		const none = routeRequest({ rules: rules.slice(2), defaultAction: 'd' }, get('/a'));
		expect(none.evaluations.map((e) => [e.status, e.evaluatedByAlb])).toEqual([
			['no-match', true],
			['no-match', true],
			['no-match', true],
		]);
	});
	test('rules are compared by number, not as text (9 before 10)', () => {
		const rules: ListenerRule[] = [10, 9].map((priority) => ({
			priority,
			conditions: [{ field: 'path-pattern', values: ['/*'] }],
			action: `p${priority}`,
		}));
		expect(routeRequest({ rules, defaultAction: 'd' }, get('/x')).action).toBe('p9');
	});
});
