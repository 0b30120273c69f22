/**
 * ALB listener rules. Documented cases come from the ALB User Guide:
 * - Condition types: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html
 * - Listener rules:  https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-rules.html
 * - Priority range:  https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_RulePriorityPair.html
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	AlbRuleError,
	formatListenerJson,
	parseHeaderLines,
	parseListenerJson,
	parseRequestUrl,
	routeRequest,
	validateListener,
	type AlbRequest,
	type Condition,
	type Listener,
	type ListenerRule,
} from '../../../src/lib/elb';
import { get } from './fixtures';

const one = (condition: Condition, action = 'match'): Listener => ({
	rules: [{ priority: 1, conditions: [condition], action }],
	defaultAction: 'default',
});
const matches = (condition: Condition, request: AlbRequest) => routeRequest(one(condition), request).priority === 1;

describe('AWS documented examples', () => {
	test('*.example.com matches test.example.com but not example.com (Host conditions)', () => {
		const c: Condition = { field: 'host-header', values: ['*.example.com'] };
		expect(matches(c, get('/', { host: 'test.example.com' }))).toBe(true);
		expect(matches(c, get('/', { host: 'example.com' }))).toBe(false);
	});
	test('host names compare case-insensitively; a port in the Host header is ignored', () => {
		const c: Condition = { field: 'host-header', values: ['api.myapp.com'] };
		expect(matches(c, get('/', { host: 'API.MyApp.com' }))).toBe(true);
		expect(matches(c, get('/', { host: 'api.myapp.com:8443' }))).toBe(true);
	});
	test('path pattern /img/* forwards /img/picture.jpg; paths are case-sensitive (Path conditions)', () => {
		const c: Condition = { field: 'path-pattern', values: ['/img/*'] };
		expect(matches(c, get('/img/picture.jpg'))).toBe(true);
		expect(matches(c, get('/IMG/picture.jpg'))).toBe(false);
	});
	test('the path pattern is applied to the path only, not to its query parameters', () => {
		expect(matches({ field: 'path-pattern', values: ['/search'] }, get('/search?q=/img/x'))).toBe(true);
		expect(matches({ field: 'path-pattern', values: ['*toys'] }, get('/shop?category=toys'))).toBe(false);
	});
	test('User-Agent *Chrome* or *Safari* (HTTP header conditions): name and value case-insensitive', () => {
		const c: Condition = { field: 'http-header', name: 'User-Agent', values: ['*Chrome*', '*Safari*'] };
		expect(matches(c, get('/', { headers: { 'user-agent': 'Mozilla/5.0 … chrome/126' } }))).toBe(true);
		expect(matches(c, get('/', { headers: { 'User-Agent': 'curl/8.5' } }))).toBe(false);
		expect(matches(c, get('/'))).toBe(false);
	});
	test('query version=v1 or any key set to "example" (Query string conditions)', () => {
		const c: Condition = { field: 'query-string', values: [{ key: 'version', value: 'v1' }, { value: 'example' }] };
		expect(matches(c, get('/', { query: { version: 'V1' } }))).toBe(true);
		expect(matches(c, get('/?anything=example'))).toBe(true);
		expect(matches(c, get('/?version=v2'))).toBe(false);
		expect(matches(c, get('/'))).toBe(false);
	});
	test('query-string values escape a literal * or ? with a backslash', () => {
		expect(matches({ field: 'query-string', values: [{ key: 'q', value: 'a\\*' }] }, get('/?q=a*'))).toBe(true);
		expect(matches({ field: 'query-string', values: [{ key: 'q', value: 'a\\*' }] }, get('/?q=ab'))).toBe(false);
	});
	test('method CUSTOM-METHOD is exact and case-sensitive (HTTP request method conditions)', () => {
		const c: Condition = { field: 'http-request-method', values: ['CUSTOM-METHOD'] };
		expect(matches(c, get('/', { method: 'CUSTOM-METHOD' }))).toBe(true);
		expect(matches(c, get('/', { method: 'custom-method' }))).toBe(false);
	});
	test('source IP 192.0.2.0/24 or 198.51.100.10/32, IPv6 too (Source IP address conditions)', () => {
		const c: Condition = { field: 'source-ip', values: ['192.0.2.0/24', '198.51.100.10/32', '2001:db8::/32'] };
		expect(matches(c, get('/', { sourceIp: '192.0.2.77' }))).toBe(true);
		expect(matches(c, get('/', { sourceIp: '198.51.100.10' }))).toBe(true);
		expect(matches(c, get('/', { sourceIp: '198.51.100.11' }))).toBe(false);
		expect(matches(c, get('/', { sourceIp: '2001:DB8::1' }))).toBe(true);
		expect(matches(c, get('/', {}))).toBe(false);
	});
	test('source-ip ignores X-Forwarded-For: it is the TCP peer', () => {
		const c: Condition = { field: 'source-ip', values: ['192.0.2.0/24'] };
		expect(matches(c, get('/', { sourceIp: '203.0.113.5', headers: { 'X-Forwarded-For': '192.0.2.1' } }))).toBe(false);
	});
});

describe('rule semantics', () => {
	const listener: Listener = {
		rules: [
			{ priority: 200, conditions: [{ field: 'path-pattern', values: ['/api/*'] }], action: 'api' },
			{
				priority: 5,
				conditions: [
					{ field: 'host-header', values: ['admin.example.com'] },
					{ field: 'path-pattern', values: ['/api/*', '/admin/*'] },
				],
				action: 'admin',
			},
		],
		defaultAction: 'web',
	};
	test('lowest priority number wins even when listed last; the other match is reported as shadowed', () => {
		const result = routeRequest(listener, get('/api/x', { host: 'admin.example.com' }));
		expect(result).toMatchObject({ action: 'admin', priority: 5 });
		expect(result.evaluations.map((e) => [e.priority, e.status, e.evaluatedByAlb])).toEqual([
			[5, 'selected', true],
			[200, 'shadowed', false],
		]);
	});
	test('conditions are ANDed, values ORed', () => {
		expect(routeRequest(listener, get('/admin/x', { host: 'admin.example.com' })).action).toBe('admin');
		expect(routeRequest(listener, get('/admin/x', { host: 'www.example.com' })).action).toBe('web');
		const failed = routeRequest(listener, get('/admin/x')).evaluations[0];
		expect(failed?.conditions.map((c) => c.matched)).toEqual([false, true]);
		expect(failed?.summary).toContain('host-header');
	});
	test('no match → default action, priority "default"', () => {
		expect(routeRequest(listener, get('/'))).toMatchObject({ action: 'web', priority: 'default' });
		expect(routeRequest({ rules: [], defaultAction: 'only' }, get('/'))).toMatchObject({
			action: 'only',
			priority: 'default',
			evaluations: [],
		});
	});
	test('a * in a host condition may span dots (unlike a TLS wildcard certificate)', () => {
		expect(matches({ field: 'host-header', values: ['*.example.com'] }, get('/', { host: 'a.b.example.com' }))).toBe(
			true,
		);
	});
	test('? matches exactly one character', () => {
		const c: Condition = { field: 'path-pattern', values: ['/v?/*'] };
		expect(matches(c, get('/v1/users'))).toBe(true);
		expect(matches(c, get('/v10/users'))).toBe(false);
	});
});

describe('validation: documented limits give clear errors', () => {
	const rule = (over: Partial<ListenerRule>): Listener => ({
		rules: [{ priority: 1, conditions: [{ field: 'path-pattern', values: ['/a'] }], action: 'x', ...over }],
		defaultAction: 'd',
	});
	const bad = (listener: unknown, message: RegExp) => {
		expect(() => validateListener(listener)).toThrow(AlbRuleError);
		expect(() => validateListener(listener)).toThrow(message);
	};
	test('priority 1–50000 and unique', () => {
		bad(rule({ priority: 0 }), /1 to 50000/);
		bad(rule({ priority: 50001 }), /1 to 50000/);
		bad(rule({ priority: 1.5 }), /whole number/);
		expect(() => validateListener(rule({ priority: 50000 }))).not.toThrow();
		const twice = rule({});
		twice.rules.push({ ...(twice.rules[0] as ListenerRule), action: 'y' });
		bad(twice, /already used by rules\[0\]/);
	});
	test('up to three values per condition, five per rule', () => {
		bad(rule({ conditions: [{ field: 'path-pattern', values: ['/a', '/b', '/c', '/d'] }] }), /up to 3/);
		bad(
			rule({
				conditions: [
					{ field: 'path-pattern', values: ['/a', '/b', '/c'] },
					{ field: 'host-header', values: ['a.example.com', 'b.example.com', 'c.example.com'] },
				],
			}),
			/6 condition values.*up to 5/,
		);
	});
	test('five wildcards per rule', () => {
		expect(() =>
			validateListener(rule({ conditions: [{ field: 'path-pattern', values: ['/*/*/*', '/?/?'] }] })),
		).not.toThrow();
		bad(rule({ conditions: [{ field: 'path-pattern', values: ['/*/*/*', '/?/?/?'] }] }), /6 wildcard/);
		bad(
			rule({
				conditions: [
					{ field: 'query-string', values: [{ key: '*', value: '*' }] },
					{ field: 'path-pattern', values: ['/*/*/*/*'] },
				],
			}),
			/6 wildcard/,
		);
	});
	test('one host-header / path-pattern / method / source-ip per rule; http-header may repeat', () => {
		bad(
			rule({
				conditions: [
					{ field: 'path-pattern', values: ['/a'] },
					{ field: 'path-pattern', values: ['/b'] },
				],
			}),
			/at most one path-pattern/,
		);
		expect(() =>
			validateListener(
				rule({
					conditions: [
						{ field: 'http-header', name: 'A', values: ['1'] },
						{ field: 'http-header', name: 'B', values: ['2'] },
					],
				}),
			),
		).not.toThrow();
	});
	test('value syntax per condition type', () => {
		bad(rule({ conditions: [{ field: 'host-header', values: ['localhost'] }] }), /at least one "\."/);
		bad(rule({ conditions: [{ field: 'host-header', values: ['example.c0m'] }] }), /only letters after/);
		bad(rule({ conditions: [{ field: 'http-request-method', values: ['get'] }] }), /A–Z/);
		bad(
			rule({ conditions: [{ field: 'http-header', name: 'X-*', values: ['1'] }] }),
			/wildcards are not allowed in the header name/,
		);
		bad(rule({ conditions: [{ field: 'source-ip', values: ['10.0.0.0'] }] }), /not a CIDR/);
		bad(rule({ conditions: [{ field: 'source-ip', values: ['10.0.0.0/33'] }] }), /not a CIDR/);
		bad(rule({ conditions: [{ field: 'path-pattern', values: ['/a b'] }] }), /may contain only/);
		bad(rule({ conditions: [{ field: 'path-pattern', values: [`/${'a'.repeat(128)}`] }] }), /at most 128/);
		bad(
			rule({ conditions: [{ field: 'cookie' as 'path-pattern', values: ['x'] }] }),
			/unknown condition field "cookie"/,
		);
		bad(rule({ conditions: [] }), /at least one condition/);
		bad({ rules: [] }, /default action/);
	});
	test('requests are checked too', () => {
		expect(() => routeRequest(rule({}), get('no-slash'))).toThrow(/must start with "\/"/);
		expect(() => routeRequest(rule({}), get('/', { sourceIp: '999.1.1.1' }))).toThrow(AlbRuleError);
	});
});

describe('text inputs for the widget', () => {
	test('JSON syntax errors report line and column', () => {
		expect(() => parseListenerJson('{\n  "rules": [,]\n}')).toThrow(/Line 2, column 13: unexpected ","/);
		expect(() => parseListenerJson('{"rules": [], "defaultAction": "x",}')).toThrow(
			/Line 1, column 36: a comma too many before "}"/,
		);
		expect(() => parseListenerJson('{"rules": []')).toThrow(/Line 1, column 13/);
	});
	test('parseRequestUrl splits a URL; the scheme defaults to http', () => {
		expect(parseRequestUrl('https://api.myapp.com/images/a.png?category=toys')).toEqual({
			protocol: 'https',
			host: 'api.myapp.com',
			port: 443,
			path: '/images/a.png?category=toys',
			query: { category: 'toys' },
		});
		expect(parseRequestUrl('myshop.com')).toMatchObject({ protocol: 'http', port: 80, path: '/' });
		expect(() => parseRequestUrl('ftp://x.example.com/')).toThrow(/HTTP or HTTPS/);
		expect(() => parseRequestUrl('http://')).toThrow(AlbRuleError);
	});
	test('parseHeaderLines', () => {
		expect(parseHeaderLines('X-Region: EU\n\nCookie: a=b; c=d')).toEqual({ 'X-Region': 'EU', Cookie: 'a=b; c=d' });
		expect(() => parseHeaderLines('X-Region EU')).toThrow(/line 1/);
	});
});

describe('properties', () => {
	const hostArb = fc.constantFrom('a.example.com', 'b.example.com', 'api.myapp.com', 'www.myapp.com');
	const pathArb = fc.constantFrom('/', '/api/x', '/images/a.png', '/admin', '/API/x');
	const conditionArb: fc.Arbitrary<Condition> = fc.oneof(
		fc.record({
			field: fc.constant('host-header' as const),
			values: fc.array(fc.constantFrom('*.example.com', 'api.myapp.com', '*.myapp.com', 'a.example.com'), {
				minLength: 1,
				maxLength: 2,
			}),
		}),
		fc.record({
			field: fc.constant('path-pattern' as const),
			values: fc.array(fc.constantFrom('/api/*', '/images/*', '/admin', '/*'), { minLength: 1, maxLength: 2 }),
		}),
		fc.record({
			field: fc.constant('http-request-method' as const),
			values: fc.array(fc.constantFrom('GET', 'POST'), { minLength: 1, maxLength: 2 }),
		}),
	);
	const rulesArb = fc
		.uniqueArray(fc.integer({ min: 1, max: 50000 }), { minLength: 0, maxLength: 6 })
		.chain((priorities) =>
			fc.tuple(
				...priorities.map((priority) =>
					fc
						.array(conditionArb, { minLength: 1, maxLength: 1 })
						.map((conditions): ListenerRule => ({ priority, conditions, action: `rule-${priority}` })),
				),
			),
		);
	const requestArb = fc.record({ host: hostArb, path: pathArb, method: fc.constantFrom('GET', 'POST') });

	test('routing does not depend on the order rules are listed in', () => {
		fc.assert(
			fc.property(rulesArb, requestArb, fc.func(fc.integer()), (rules, request, key) => {
				const shuffled = [...rules].sort((a, b) => key(a.priority) - key(b.priority) || a.priority - b.priority);
				const a = routeRequest({ rules, defaultAction: 'd' }, request);
				const b = routeRequest({ rules: shuffled, defaultAction: 'd' }, request);
				expect(b.action).toBe(a.action);
				expect(b.priority).toBe(a.priority);
			}),
		);
	});
	test('the chosen rule has the smallest priority among all matching rules', () => {
		fc.assert(
			fc.property(rulesArb, requestArb, (rules, request) => {
				const result = routeRequest({ rules, defaultAction: 'd' }, request);
				const matching = result.evaluations.filter((e) => e.matched).map((e) => e.priority);
				if (matching.length === 0) expect(result.priority).toBe('default');
				else expect(result.priority).toBe(Math.min(...matching));
			}),
		);
	});
	test('parseListenerJson throws only AlbRuleError on any text', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
				try {
					parseListenerJson(text);
				} catch (error) {
					expect(error).toBeInstanceOf(AlbRuleError);
				}
			}),
		);
	});
});

describe('formatListenerJson', () => {
	test('one rule per line, and it parses back to the same listener', () => {
		const listener: Listener = {
			rules: [{ priority: 1, conditions: [{ field: 'http-header', name: 'X-A', values: ['a,"b": 1'] }], action: 'x' }],
			defaultAction: 'd',
		};
		const text = formatListenerJson(listener);
		expect(text.split('\n')).toHaveLength(6);
		expect(parseListenerJson(text)).toEqual(listener);
		expect(parseListenerJson(formatListenerJson({ rules: [], defaultAction: 'd' }))).toEqual({
			rules: [],
			defaultAction: 'd',
		});
	});
});
