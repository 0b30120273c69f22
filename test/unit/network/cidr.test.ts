import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import {
	CidrError,
	cidrContains,
	classifyIp,
	formatIp,
	parseCidr,
	parseIp,
	tryParseIp,
} from '../../../src/lib/network';

describe('parseCidr', () => {
	test('0.0.0.0/0 is every IPv4 address', () => {
		expect(parseCidr('0.0.0.0/0')).toEqual({
			version: 4,
			network: '0.0.0.0',
			prefix: 0,
			first: '0.0.0.0',
			last: '255.255.255.255',
			size: 4294967296n,
			canonical: '0.0.0.0/0',
			hostBitsSet: false,
		});
	});
	test('/32 is exactly one address (the SSH rule in the notes)', () => {
		const block = parseCidr('122.149.196.85/32');
		expect([block.first, block.last, block.size]).toEqual(['122.149.196.85', '122.149.196.85', 1n]);
	});
	test('a /24 has 256 addresses', () => {
		expect(parseCidr('10.0.1.0/24')).toMatchObject({ first: '10.0.1.0', last: '10.0.1.255', size: 256n });
	});
	test('IPv6: ::/0 and a /64', () => {
		expect(parseCidr('::/0')).toMatchObject({
			version: 6,
			size: 2n ** 128n,
			last: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
		});
		expect(parseCidr('2001:DB8:1234:1A00::/64')).toMatchObject({
			network: '2001:db8:1234:1a00::',
			last: '2001:db8:1234:1a00:ffff:ffff:ffff:ffff',
			size: 2n ** 64n,
		});
	});
	// AWS canonicalizes host bits: "if you specify 100.68.0.18/18 … canonicalizes the CIDR block to 100.68.0.0/18"
	// (CidrIp, https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AuthorizeSecurityGroupIngress.html)
	test('host bits are canonicalized like AWS does, or rejected in strict mode', () => {
		expect(parseCidr('100.68.0.18/18')).toMatchObject({ canonical: '100.68.0.0/18', hostBitsSet: true });
		expect(() => parseCidr('100.68.0.18/18', { strict: true })).toThrow(/network address is 100\.68\.0\.0\/18/);
		expect(parseCidr('2001:db8::1/64')).toMatchObject({ canonical: '2001:db8::/64', hostBitsSet: true });
	});
	test.each([
		['10.0.0.0', /needs a "\/prefix" — add \/32/],
		['2001:db8::1', /add \/128/],
		['10.0.0.0/33', /0 to 32/],
		['::/129', /0 to 128/],
		['10.0.0.0/-1', /prefix/],
		['10.0.0/8', /four numbers/],
		['256.0.0.0/8', /more than 255/],
		['010.0.0.0/8', /leading zero/],
		['fe80::1%eth0/64', /zone/],
		['2001:db8:::1/64', /IPv6/],
		['', /prefix/],
		['<img src=x onerror=alert(1)>/8', /four numbers/],
	])('rejects %j', (text, message) => {
		expect(() => parseCidr(text)).toThrow(CidrError);
		expect(() => parseCidr(text)).toThrow(message);
	});
});

describe('cidrContains', () => {
	test("the notes' rules", () => {
		expect(cidrContains('0.0.0.0/0', '198.51.100.7')).toBe(true);
		expect(cidrContains('122.149.196.85/32', '122.149.196.85')).toBe(true);
		expect(cidrContains('122.149.196.85/32', '122.149.196.86')).toBe(false);
	});
	test('IPv4 rules never match IPv6 addresses (AWS needs a separate ::/0 rule)', () => {
		expect(cidrContains('0.0.0.0/0', '2001:db8::1')).toBe(false);
		expect(cidrContains('::/0', '203.0.113.1')).toBe(false);
	});
	test('edges of a block', () => {
		expect(cidrContains('10.0.0.0/16', '10.0.255.255')).toBe(true);
		expect(cidrContains('10.0.0.0/16', '10.1.0.0')).toBe(false);
		expect(cidrContains('10.0.0.5/16', '10.0.9.9')).toBe(true); // canonicalized, like AWS
	});
	test('throws CidrError on a bad address', () => {
		expect(() => cidrContains('10.0.0.0/8', '10.0.0')).toThrow(CidrError);
		expect(() => cidrContains('10.0.0.0/8', '10.0.0.0/8')).toThrow(/CIDR block; an address has no/);
	});
});

describe('the edges of CIDR text', () => {
	test('/32 and /128 are one address; /0 is every address of its version', () => {
		expect(parseCidr('2001:db8::1/128')).toMatchObject({
			first: '2001:db8::1',
			last: '2001:db8::1',
			size: 1n,
			hostBitsSet: false,
		});
		expect(parseCidr('203.0.113.7/0')).toMatchObject({ canonical: '0.0.0.0/0', hostBitsSet: true });
	});
	test('strict mode accepts a block whose host bits are clear', () => {
		expect(parseCidr('10.0.0.0/8', { strict: true })).toMatchObject({ canonical: '10.0.0.0/8', hostBitsSet: false });
		expect(parseCidr('10.0.0.0/32', { strict: true }).size).toBe(1n);
	});
	test('surrounding spaces are ignored (a pasted value), inner ones are not', () => {
		expect(parseIp(' 10.0.0.1\n').text).toBe('10.0.0.1');
		expect(parseCidr('\t10.0.0.0/8 ').canonical).toBe('10.0.0.0/8');
		expect(() => parseCidr('10.0.0.0 /8')).toThrow(/four numbers/);
	});
	test.each(['10.0.0.0/8x', '10.0.0.0/x8', '10.0.0.0/', '10.0.0.0/1234', '10.0.0.0/ 8', '10.0.0.0/8/8', '10.0.0.0/+8'])(
		'the prefix of %j is not a whole number',
		(text) => expect(() => parseCidr(text)).toThrow(/the prefix after "\/" must be a whole number from 0 to 32/),
	);
	test('an empty address is called empty, with or without a prefix', () => {
		expect(() => parseIp('')).toThrow(/it is empty/);
		expect(() => parseIp('  ')).toThrow(/it is empty/);
		expect(() => parseCidr('/8')).toThrow(/"\/8" is not a valid address or CIDR block: it is empty/);
	});
	test('the error keeps the text and the reason apart', () => {
		expect(() => parseCidr('10.0.0.0/33')).toThrow(
			expect.objectContaining({
				name: 'CidrError',
				input: '10.0.0.0/33',
				reason: 'the prefix after "/" must be a whole number from 0 to 32 for IPv4',
			}),
		);
	});
	test('a value that is not text is refused with CidrError, not a TypeError', () => {
		expect(() => parseIp(undefined as unknown as string)).toThrow(CidrError);
		expect(() => parseCidr(42 as unknown as string)).toThrow(
			/"42" is not a valid address or CIDR block: expected text/,
		);
	});
	test('tryParseIp: the address, or null', () => {
		expect(tryParseIp('2001:DB8::1')).toEqual({ version: 6, value: (0x20010db8n << 96n) | 1n, text: '2001:db8::1' });
		expect(tryParseIp('10.0.0.256')).toBeNull();
		expect(tryParseIp('10.0.0.0/8')).toBeNull();
	});
});

describe('classifyIp names the ranges a learner meets in rules', () => {
	test.each([
		['0.0.0.0', 'unspecified address'],
		['127.0.0.1', 'loopback (this machine)'],
		// The instance metadata service is at 169.254.169.254 (EC2 User Guide, "Instance metadata"): more
		// specific than the link-local /16 around it, so it is named first.
		['169.254.169.254', 'instance metadata service (link-local)'],
		['169.254.0.1', 'link-local'],
		['10.0.2.15', 'private (RFC 1918)'],
		['172.16.0.0', 'private (RFC 1918)'],
		['172.31.255.255', 'private (RFC 1918)'],
		['172.32.0.0', 'public'],
		['192.168.1.1', 'private (RFC 1918)'],
		['100.64.1.1', 'shared address space (RFC 6598, carrier-grade NAT)'],
		['100.128.0.0', 'public'],
		['192.0.2.1', 'documentation example (RFC 5737)'],
		['198.51.100.7', 'documentation example (RFC 5737)'],
		['203.0.113.255', 'documentation example (RFC 5737)'],
		['8.8.8.8', 'public'],
		['::1', 'loopback (this machine)'],
		['::', 'unspecified address'],
		['2001:db8::1', 'documentation example (RFC 3849)'],
		['fd00::1', 'unique local (private IPv6)'],
		['fe80::1', 'link-local'],
		['2600:1f18::1', 'public'],
	])('%s: %s', (ip, label) => expect(classifyIp(ip)).toBe(label));
	test('throws CidrError on text that is not an address', () => {
		expect(() => classifyIp('10.0.0.0/8')).toThrow(CidrError);
	});
});

// --- properties ---------------------------------------------------------------------------------
const v4 = fc.bigInt({ min: 0n, max: 2n ** 32n - 1n });
const v6 = fc.bigInt({ min: 0n, max: 2n ** 128n - 1n });

/** Independent reference: compare the top `prefix` bits as binary strings. */
function referenceContains(bits: number, network: bigint, prefix: number, address: bigint): boolean {
	const a = network.toString(2).padStart(bits, '0').slice(0, prefix);
	const b = address.toString(2).padStart(bits, '0').slice(0, prefix);
	return a === b;
}

describe('properties', () => {
	test('cidrContains agrees with a bigint/bit-string reference and ipaddr.js on random IPv4', () => {
		fc.assert(
			fc.property(v4, fc.integer({ min: 0, max: 32 }), v4, fc.boolean(), (net, prefix, addr, near) => {
				// half the time, take an address that shares many bits with the network so "inside" is exercised
				const address = near
					? (net & ~((1n << BigInt(32 - prefix)) - 1n)) | (addr & ((1n << BigInt(32 - prefix)) - 1n))
					: addr;
				const cidr = `${formatIp(4, net)}/${prefix}`;
				const expected = referenceContains(32, net, prefix, address);
				expect(cidrContains(cidr, formatIp(4, address))).toBe(expected);
				expect(ipaddr.parse(formatIp(4, address)).match(ipaddr.parseCIDR(`${parseCidr(cidr).network}/${prefix}`))).toBe(
					expected,
				);
			}),
			{ numRuns: 500 },
		);
	});
	test('cidrContains agrees with the reference on random IPv6', () => {
		fc.assert(
			fc.property(v6, fc.integer({ min: 0, max: 128 }), v6, fc.boolean(), (net, prefix, addr, near) => {
				const mask = (1n << BigInt(128 - prefix)) - 1n;
				const address = near ? (net & ~mask) | (addr & mask) : addr;
				expect(cidrContains(`${formatIp(6, net)}/${prefix}`, formatIp(6, address))).toBe(
					referenceContains(128, net, prefix, address),
				);
			}),
			{ numRuns: 500 },
		);
	});
	test('first/last/size are consistent: size = last − first + 1 and both ends are inside', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					v4.map((v) => [4, v] as const),
					v6.map((v) => [6, v] as const),
				),
				fc.integer({ min: 0, max: 128 }),
				([version, value], p) => {
					const prefix = version === 4 ? p % 33 : p;
					const block = parseCidr(`${formatIp(version, value)}/${prefix}`);
					expect(parseIp(block.last).value - parseIp(block.first).value + 1n).toBe(block.size);
					expect(cidrContains(block.canonical, block.first) && cidrContains(block.canonical, block.last)).toBe(true);
				},
			),
		);
	});
	test('formatIp ∘ parseIp round-trips', () => {
		fc.assert(
			fc.property(v6, (value) => {
				expect(parseIp(formatIp(6, value)).value).toBe(value);
			}),
		);
		fc.assert(
			fc.property(v4, (value) => {
				expect(parseIp(formatIp(4, value)).value).toBe(value);
			}),
		);
	});
	test('parsers throw only CidrError, whatever the text', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-f:./%]{0,45}$/)), (text) => {
				for (const parse of [() => parseCidr(text), () => parseIp(text), () => cidrContains(text, text)]) {
					try {
						parse();
					} catch (error) {
						expect(error).toBeInstanceOf(CidrError);
					}
				}
			}),
			{ numRuns: 1000 },
		);
	});
});
