/**
 * X-Forwarded-* headers and IP targets. AWS, "HTTP headers and Application Load Balancers":
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/x-forwarded-headers.html
 * and "Target groups for your Application Load Balancers" — Target type:
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html#target-type
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	checkIpTarget,
	extractClientIp,
	ForwardedHeaderError,
	IpTargetError,
	parseProxyLines,
	parseXForwardedFor,
	simulateForwarding,
	type ForwardingScenario,
} from '../../../src/lib/elb';

const direct: ForwardingScenario = {
	clientIp: '203.0.113.7',
	proxies: [],
	alb: { protocol: 'https', port: 443, privateIp: '10.0.1.25' },
};

describe('what each hop adds', () => {
	test('AWS example: client 203.0.113.7 straight to the ALB → X-Forwarded-For: 203.0.113.7', () => {
		const { atTarget } = simulateForwarding(direct);
		expect(atTarget.headers).toEqual({
			'X-Forwarded-For': '203.0.113.7',
			'X-Forwarded-Proto': 'https',
			'X-Forwarded-Port': '443',
		});
		expect(atTarget.tcpSourceIp).toBe('10.0.1.25');
	});
	test('AWS example: through a border firewall 8.3.1.1 → "203.0.113.7, 8.3.1.1"', () => {
		const { atTarget } = simulateForwarding({
			...direct,
			proxies: [{ name: 'firewall', ip: '8.3.1.1' }],
			alb: { ...direct.alb, protocol: 'http', port: 80 },
		});
		expect(atTarget.headers).toEqual({
			'X-Forwarded-For': '203.0.113.7, 8.3.1.1',
			'X-Forwarded-Proto': 'http',
			'X-Forwarded-Port': '80',
		});
	});
	test('an existing header is appended to (a forged entry stays on the left)', () => {
		const result = simulateForwarding({ ...direct, clientXff: '1.1.1.1' });
		expect(result.atTarget.headers['X-Forwarded-For']).toBe('1.1.1.1, 203.0.113.7');
		expect(result.hops[0]?.note).toMatch(/untrusted/);
	});
	test('modes preserve and remove; client port option; IPv6', () => {
		expect(
			simulateForwarding({ ...direct, clientXff: '1.1.1.1', alb: { ...direct.alb, xffMode: 'preserve' } }).atTarget
				.headers['X-Forwarded-For'],
		).toBe('1.1.1.1');
		expect(
			simulateForwarding({ ...direct, alb: { ...direct.alb, xffMode: 'preserve' } }).atTarget.headers[
				'X-Forwarded-For'
			],
		).toBeUndefined();
		expect(
			simulateForwarding({ ...direct, clientXff: '1.1.1.1', alb: { ...direct.alb, xffMode: 'remove' } }).atTarget
				.headers['X-Forwarded-For'],
		).toBeUndefined();
		expect(
			simulateForwarding({ ...direct, alb: { ...direct.alb, includeClientPort: true, peerPort: 51234 } }).atTarget
				.headers['X-Forwarded-For'],
		).toBe('203.0.113.7:51234');
		expect(
			simulateForwarding({ ...direct, clientIp: '2001:DB8::21f:5bff:febf:ce22:8a2e' }).atTarget.headers[
				'X-Forwarded-For'
			],
		).toBe('2001:db8:0:21f:5bff:febf:ce22:8a2e');
		expect(
			simulateForwarding({
				...direct,
				clientIp: '2001:db8::1',
				alb: { ...direct.alb, includeClientPort: true, peerPort: 443 },
			}).atTarget.headers['X-Forwarded-For'],
		).toBe('[2001:db8::1]:443');
	});
	test('bad scenario input', () => {
		expect(() => simulateForwarding({ ...direct, clientIp: 'me' })).toThrow(ForwardedHeaderError);
		expect(() => simulateForwarding({ ...direct, proxies: [{ name: 'p', ip: '300.1.1.1' }] })).toThrow(
			/proxies\[0\]\.ip/,
		);
		expect(() => simulateForwarding({ ...direct, alb: { ...direct.alb, port: 0 } })).toThrow(/1–65535/);
		expect(() => simulateForwarding({ ...direct, clientXff: 'a,,b' })).toThrow(ForwardedHeaderError);
	});
});

describe('client IP from the header', () => {
	test('right to left, one entry per trusted proxy', () => {
		expect(extractClientIp('203.0.113.7', 0).clientIp).toBe('203.0.113.7');
		expect(extractClientIp('203.0.113.7, 8.3.1.1', 1).clientIp).toBe('203.0.113.7');
		const forged = extractClientIp('10.9.9.9, 198.51.100.7, 203.0.113.10', 1);
		expect(forged).toMatchObject({ clientIp: '198.51.100.7', index: 1 });
		expect(forged.untrusted.map((e) => e.ip)).toEqual(['10.9.9.9']);
		expect(forged.explanation).toMatch(/Ignore 10\.9\.9\.9/);
	});
	test('left-most is NOT safe: trusting 0 proxies with a forged entry takes the right-most', () => {
		expect(extractClientIp('1.2.3.4, 198.51.100.7', 0).clientIp).toBe('198.51.100.7');
	});
	test('ports and IPv6 entries', () => {
		expect(parseXForwardedFor('203.0.113.7:51234, [2001:db8::1]:443, 2001:db8::2, [2001:db8::3]')).toEqual([
			{ text: '203.0.113.7:51234', ip: '203.0.113.7', port: 51234 },
			{ text: '[2001:db8::1]:443', ip: '2001:db8::1', port: 443 },
			{ text: '2001:db8::2', ip: '2001:db8::2' },
			{ text: '[2001:db8::3]', ip: '2001:db8::3' },
		]);
	});
	test('errors', () => {
		expect(() => extractClientIp('203.0.113.7', 1)).toThrow(
			/1 entry, but 1 trusted proxy plus the ALB should have added 2/,
		);
		expect(() => extractClientIp('203.0.113.7', -1)).toThrow(/whole number/);
		expect(() => parseXForwardedFor('')).toThrow(/empty/);
		expect(() => parseXForwardedFor('1.2.3.4, unknown')).toThrow(/entry 2: "unknown" is not an IP/);
		expect(() => parseXForwardedFor('1.2.3.4:0')).toThrow(/outside 1–65535/);
		expect(() => parseXForwardedFor('[1.2.3.4]')).toThrow(ForwardedHeaderError);
	});
	test('property: parsing any text throws nothing but ForwardedHeaderError', () => {
		const ipish = fc.oneof(
			fc.ipV4(),
			fc.ipV6(),
			fc.string(),
			fc.constantFrom('[', ']', ':', ',', ' ', '::', '[::1]:99999'),
		);
		fc.assert(
			fc.property(
				fc.array(ipish, { maxLength: 5 }).map((parts) => parts.join(',')),
				fc.integer({ min: -2, max: 6 }),
				(header, trusted) => {
					try {
						const result = extractClientIp(header, trusted);
						expect(result.entries.length - 1 - trusted).toBe(result.index);
					} catch (error) {
						expect(error).toBeInstanceOf(ForwardedHeaderError);
					}
				},
			),
		);
	});
	test('property: what the builder produces, the extractor reads back (one trusted entry per proxy)', () => {
		fc.assert(
			fc.property(
				fc.ipV4(),
				fc.array(fc.ipV4(), { maxLength: 4 }),
				fc.option(fc.ipV4(), { nil: undefined }),
				(client, proxyIps, forged) => {
					const scenario: ForwardingScenario = {
						clientIp: client,
						proxies: proxyIps.map((ip, i) => ({ name: `p${i}`, ip })),
						alb: { protocol: 'http', port: 80, privateIp: '10.0.0.1' },
						...(forged ? { clientXff: forged } : {}),
					};
					const header = simulateForwarding(scenario).atTarget.headers['X-Forwarded-For'] as string;
					expect(extractClientIp(header, proxyIps.length).clientIp).toBe(client);
				},
			),
		);
	});
});

describe('IP targets', () => {
	test('RFC 1918, RFC 6598 and the VPC are allowed; public IPs are not', () => {
		expect(checkIpTarget('10.1.2.3')).toMatchObject({ allowed: true, range: '10.0.0.0/8' });
		expect(checkIpTarget('172.31.255.255')).toMatchObject({ allowed: true, range: '172.16.0.0/12' });
		expect(checkIpTarget('172.32.0.1').allowed).toBe(false);
		expect(checkIpTarget('192.168.0.1').allowed).toBe(true);
		expect(checkIpTarget('100.64.0.1')).toMatchObject({ allowed: true, range: '100.64.0.0/10' });
		expect(checkIpTarget('100.128.0.1').allowed).toBe(false);
		expect(checkIpTarget('54.239.28.85').reason).toMatch(/publicly routable/);
		expect(checkIpTarget('2001:db8:1::5', ['2001:db8:1::/56'])).toMatchObject({
			allowed: true,
			range: '2001:db8:1::/56',
		});
		expect(checkIpTarget('2001:db8:2::5', ['2001:db8:1::/56']).allowed).toBe(false);
	});
	test('bad input', () => {
		expect(() => checkIpTarget('10.0.0')).toThrow(IpTargetError);
		expect(() => checkIpTarget('10.0.0.1', ['10.0.0.0'])).toThrow(/vpcCidrs\[0\]/);
	});
});

describe('proxy lines', () => {
	test('name may contain spaces; a bare IP gets a generated name; errors name the line', () => {
		expect(parseProxyLines('corporate proxy 203.0.113.10\n\n8.3.1.1')).toEqual([
			{ name: 'corporate proxy', ip: '203.0.113.10' },
			{ name: 'proxy 2', ip: '8.3.1.1' },
		]);
		expect(() => parseProxyLines('cdn\nfirewall nope')).toThrow(/line 1/);
	});
});
