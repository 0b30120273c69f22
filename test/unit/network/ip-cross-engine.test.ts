/**
 * One reading of address text across the site: the IAM condition evaluator (IpAddress aws:SourceIp),
 * the security-group CIDR parser (src/lib/network) and the ALB source-ip matcher (src/lib/elb) give the
 * same verdict for the same block and address — including text one of them used to accept alone
 * (`010.0.0.1`, accepted by IAM only before they shared src/lib/network's reader).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { conditionHolds } from '../iam/helpers';
import { cidrContains, CidrError, formatIp, parseIp } from '../../../src/lib/network';
import { AlbRuleError, routeRequest } from '../../../src/lib/elb';

type Verdict = 'inside' | 'outside' | 'refused';

function networkVerdict(cidr: string, ip: string): Verdict {
	try {
		return cidrContains(cidr, ip) ? 'inside' : 'outside';
	} catch (error) {
		if (error instanceof CidrError) return 'refused';
		throw error;
	}
}

function albVerdict(cidr: string, ip: string): Verdict {
	try {
		const result = routeRequest(
			{
				rules: [{ priority: 1, conditions: [{ field: 'source-ip', values: [cidr] }], action: 'rule' }],
				defaultAction: 'default',
			},
			{ host: 'example.com', path: '/', method: 'GET', sourceIp: ip },
		);
		return result.action === 'rule' ? 'inside' : 'outside';
	} catch (error) {
		if (error instanceof AlbRuleError) return 'refused';
		throw error;
	}
}

/** IAM never throws for a bad value in a condition; a value it cannot read simply never matches. */
const iamMatches = (cidr: string, ip: string) =>
	conditionHolds({ IpAddress: { 'aws:SourceIp': cidr } }, { 'aws:SourceIp': ip });

function expectOneVerdict(cidr: string, ip: string, expected?: Verdict): void {
	const verdict = networkVerdict(cidr, ip);
	if (expected) expect(verdict, `${cidr} ∋ ${ip}`).toBe(expected);
	expect(albVerdict(cidr, ip), `ALB: ${cidr} ∋ ${ip}`).toBe(verdict);
	expect(iamMatches(cidr, ip), `IAM: ${cidr} ∋ ${ip}`).toBe(verdict === 'inside');
}

describe('the same block and address get the same verdict in IAM, security groups and ALB rules', () => {
	test.each<[string, string, Verdict]>([
		['203.0.113.0/24', '203.0.113.45', 'inside'],
		['203.0.113.0/24', '203.0.114.1', 'outside'],
		['10.0.0.0/8', '010.0.0.1', 'refused'],
		['010.0.0.0/8', '10.0.0.1', 'refused'],
		['10.0.0.0/8', '10.00.0.1', 'refused'],
		['0.0.0.0/0', '0.0.0.0', 'inside'],
		['10.0.0.0/8', '10.0.0.256', 'refused'],
		['10.0.0.0/8', '10.1', 'refused'],
		['10.0.0.0/33', '10.0.0.1', 'refused'],
		['10.0.0.5/24', '10.0.0.200', 'inside'],
		['2001:db8::/32', '2001:DB8:0:0:0:0:0:1', 'inside'],
		['2001:db8::/32', '2001:db9::1', 'outside'],
		['::ffff:0:0/96', '::ffff:203.0.113.9', 'inside'],
		['::ffff:0:0/96', '::ffff:203.0.113.09', 'refused'],
		['fe80::/10', 'fe80::1%eth0', 'refused'],
		['0.0.0.0/0', '2001:db8::1', 'outside'],
		['::/0', '203.0.113.1', 'outside'],
		['2001:db8:::/32', '2001:db8::1', 'refused'],
	])('%s ∋ %s: %s', (cidr, ip, expected) => expectOneVerdict(cidr, ip, expected));

	test('a leading zero is refused with the same reason wherever it is typed', () => {
		expect(() => parseIp('010.0.0.1')).toThrow(/"010" has a leading zero; write 10/);
	});

	const octet = fc.oneof(
		fc.integer({ min: 0, max: 255 }).map(String),
		fc.integer({ min: 0, max: 99 }).map((n) => `0${n}`),
		fc.constantFrom('256', '', 'x'),
	);
	const v4 = fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.'));
	test('random IPv4 text, some with leading zeros or bad octets: one verdict', () => {
		fc.assert(
			fc.property(v4, fc.integer({ min: 0, max: 33 }), v4, (network, prefix, address) =>
				expectOneVerdict(`${network}/${prefix}`, address),
			),
			{ numRuns: 300 },
		);
	});
});

describe('the shared reader agrees with ipaddr.js where both are defined', () => {
	const v6 = fc.bigInt({ min: 0n, max: 2n ** 128n - 1n });
	test('IPv6 formatting is RFC 5952, as ipaddr.js writes it', () => {
		fc.assert(
			fc.property(v6, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 7 }), (value, zeroGroups, start) => {
				// Clear a run of groups so runs of zeros (the `::` choice) are exercised.
				const mask = ((1n << BigInt(16 * zeroGroups)) - 1n) << BigInt(16 * start);
				const v = value & ~mask & (2n ** 128n - 1n);
				const text = formatIp(6, v);
				const bytes = Array.from({ length: 16 }, (_, i) => Number((v >> BigInt(8 * (15 - i))) & 0xffn));
				expect(text).toBe((ipaddr.fromByteArray(bytes) as ipaddr.IPv6).toRFC5952String());
				expect(parseIp(text).value).toBe(v);
			}),
			{ numRuns: 500 },
		);
	});
	test('IPv4 dotted decimal without leading zeros: same verdict as ipaddr.js', () => {
		fc.assert(
			fc.property(v4Text(), (text) => {
				const ours = (() => {
					try {
						return parseIp(text).text;
					} catch {
						return null;
					}
				})();
				const theirs = ipaddr.IPv4.isValidFourPartDecimal(text) ? ipaddr.IPv4.parse(text).toString() : null;
				expect(ours).toBe(theirs);
			}),
			{ numRuns: 500 },
		);
	});
});

function v4Text() {
	return fc
		.tuple(...Array.from({ length: 4 }, () => fc.integer({ min: 0, max: 300 }).map(String)))
		.map((parts) => parts.join('.'));
}
