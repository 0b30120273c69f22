import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { CidrError, cidrContains, classifyIp, formatIp, parseCidr, parseIp } from '../../../src/lib/network';

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

test('classifyIp names private, shared and public ranges', () => {
	expect(classifyIp('10.0.2.15')).toBe('private (RFC 1918)');
	expect(classifyIp('172.31.0.1')).toBe('private (RFC 1918)');
	expect(classifyIp('100.64.1.1')).toMatch(/RFC 6598/);
	expect(classifyIp('8.8.8.8')).toBe('public');
	expect(classifyIp('fd00::1')).toMatch(/unique local/);
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
