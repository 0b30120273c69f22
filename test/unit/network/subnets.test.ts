/**
 * AWS's subnet arithmetic: the five reserved addresses, /16–/28, split and join. Expected values come
 * from AWS's own examples in "Subnet CIDR blocks" and "VPC CIDR blocks" (Amazon VPC User Guide).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	SubnetError,
	cidrsOverlap,
	describeSubnet,
	freeSpace,
	joinCidrs,
	parseCidr,
	splitCidr,
} from '../../../src/lib/network';
import { fuzzParser } from '../fuzz/fuzz';

const ipv4 = (value: number) => [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
const toNumber = (address: string) => address.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);

/** A canonical IPv4 block of prefix 16..28. */
const awsBlock = fc
	.tuple(fc.integer({ min: 16, max: 28 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }))
	.map(([prefix, value]) => `${ipv4(value - (value % 2 ** (32 - prefix)))}/${prefix}`)
	.filter((cidr) => !cidr.startsWith('169.254.'));

describe('describeSubnet', () => {
	test("AWS's example: 10.0.0.0/24 reserves .0, .1 (router), .2 (DNS), .3 and .255; 251 usable", () => {
		expect(describeSubnet('10.0.0.0/24')).toMatchObject({
			network: '10.0.0.0',
			router: '10.0.0.1',
			dns: '10.0.0.2',
			reserved: '10.0.0.3',
			last: '10.0.0.255',
			firstUsable: '10.0.0.4',
			lastUsable: '10.0.0.254',
			usable: 251,
		});
	});
	test('a /28, the smallest subnet, leaves 11 usable addresses', () => {
		expect(describeSubnet('10.0.0.16/28')).toMatchObject({ last: '10.0.0.31', lastUsable: '10.0.0.30', usable: 11 });
	});
	test('a /16, the largest, leaves 65,531', () => {
		expect(describeSubnet('172.31.0.0/16').usable).toBe(65_531);
	});
	test('labels the five reserved addresses in order', () => {
		expect(describeSubnet('192.168.1.0/26').reservedAddresses.map((r) => `${r.address} ${r.label}`)).toEqual([
			'192.168.1.0 network address',
			'192.168.1.1 VPC router',
			'192.168.1.2 reserved for DNS (the Amazon DNS server is at the VPC block + 2)',
			'192.168.1.3 reserved for future use',
			'192.168.1.63 last address (no broadcast in a VPC)',
		]);
	});
	test("IPv6: AWS's example 2001:db8:1234:1a00::/64 reserves ::, ::1 (router), ::2, ::3 and the last", () => {
		const d = describeSubnet('2001:db8:1234:1a00::/64');
		expect(d).toMatchObject({
			version: 6,
			network: '2001:db8:1234:1a00::',
			router: '2001:db8:1234:1a00::1',
			dns: null,
			reserved: '2001:db8:1234:1a00::3',
			last: '2001:db8:1234:1a00:ffff:ffff:ffff:ffff',
			firstUsable: '2001:db8:1234:1a00::4',
		});
		expect(d.usableCount).toBe(2n ** 64n - 5n);
	});
	test('IPv6 subnets /44 to /64 in steps of /4 are accepted; /56 yes, /62 and /65 no', () => {
		expect(describeSubnet('2001:db8:1200::/44').version).toBe(6);
		expect(describeSubnet('2001:db8:1234:1a00::/56').version).toBe(6);
		expect(() => describeSubnet('2001:db8:1234:1a00::/62')).toThrow(/steps of \/4/);
		expect(() => describeSubnet('2001:db8:1234:1a00::/65')).toThrow(SubnetError);
	});
	test.each([
		['10.0.0.0/29', "10.0.0.0/29 is smaller than AWS's minimum /28"],
		['10.0.0.0/15', "10.0.0.0/15 is larger than AWS's maximum /16"],
		['10.0.0.5/24', 'host bits are set'],
		['10.0.0.0', 'needs a "/prefix"'],
		['', 'needs a "/prefix"'],
		['<b>10.0.0.0/24</b>', 'not a CIDR block AWS accepts'],
	])('refuses %s with a readable SubnetError', (input, message) => {
		expect(() => describeSubnet(input)).toThrow(SubnetError);
		expect(() => describeSubnet(input)).toThrow(message);
	});
	test('usable = 2^(32 − prefix) − 5 for every block /16…/28', () => {
		fc.assert(
			fc.property(awsBlock, (cidr) => {
				const d = describeSubnet(cidr);
				const prefix = Number(cidr.split('/')[1]);
				expect(d.usable).toBe(2 ** (32 - prefix) - 5);
				expect(toNumber(d.lastUsable) - toNumber(d.firstUsable) + 1).toBe(d.usable);
			}),
		);
	});
});

describe('splitCidr and joinCidrs', () => {
	test('10.0.0.0/16 splits into 10.0.0.0/17 and 10.0.128.0/17, and joins back in either order', () => {
		expect(splitCidr('10.0.0.0/16')).toEqual(['10.0.0.0/17', '10.0.128.0/17']);
		expect(joinCidrs('10.0.128.0/17', '10.0.0.0/17')).toBe('10.0.0.0/16');
	});
	test('a /28 cannot be split; two /16s cannot be joined; neighbours that are not siblings cannot', () => {
		expect(() => splitCidr('10.0.0.0/28')).toThrow("already AWS's smallest subnet");
		expect(() => joinCidrs('10.0.0.0/16', '10.1.0.0/16')).toThrow("larger than AWS's maximum /16");
		expect(() => joinCidrs('10.0.1.0/24', '10.0.2.0/24')).toThrow('not the two halves of one block');
		expect(() => joinCidrs('10.0.0.0/24', '10.0.1.0/25')).toThrow('different sizes');
		expect(() => joinCidrs('10.0.0.0/24', '10.0.0.0/24')).toThrow('the same block');
	});
	test('IPv6 blocks are not halved (AWS sizes them in steps of /4)', () => {
		expect(() => splitCidr('2001:db8:1234:1a00::/60')).toThrow(SubnetError);
	});
	test('split then join gives back the original', () => {
		fc.assert(
			fc.property(
				awsBlock.filter((cidr) => !cidr.endsWith('/28')),
				(cidr) => {
					const [a, b] = splitCidr(cidr);
					expect(joinCidrs(a, b)).toBe(cidr);
				},
			),
		);
	});
	test('any sequence of splits gives pieces that never overlap and cover the parent exactly', () => {
		fc.assert(
			fc.property(awsBlock, fc.array(fc.nat(), { maxLength: 40 }), (parent, choices) => {
				let pieces = [parent];
				for (const choice of choices) {
					const splittable = pieces.filter((p) => !p.endsWith('/28'));
					if (splittable.length === 0) break;
					const target = splittable[choice % splittable.length]!;
					pieces = pieces.flatMap((p) => (p === target ? splitCidr(p) : [p]));
				}
				for (const [i, a] of pieces.entries())
					for (const b of pieces.slice(i + 1)) expect(cidrsOverlap(a, b), `${a} ${b}`).toBe(false);
				const total = pieces.reduce((sum, p) => sum + parseCidr(p).size, 0n);
				expect(total).toBe(parseCidr(parent).size);
				expect(freeSpace(parent, pieces)).toEqual([]);
				expect(freeSpace(parent, [])).toEqual([parent]);
			}),
		);
	});
	test('bad input of any kind throws SubnetError, never anything else', () => {
		const anything = fc.oneof(
			fc.string(),
			fc.string().map((s) => `${s}/24`),
			fc.tuple(fc.integer({ min: -5, max: 300 }), fc.integer({ min: -5, max: 40 })).map(([o, p]) => `10.0.${o}.0/${p}`),
		);
		fc.assert(
			fc.property(anything, anything, (a, b) => {
				for (const run of [() => describeSubnet(a), () => splitCidr(a), () => joinCidrs(a, b)]) {
					try {
						run();
					} catch (error) {
						expect(error).toBeInstanceOf(SubnetError);
					}
				}
			}),
		);
	});
});

describe('freeSpace and overlap', () => {
	test('free space around two subnets, merged into the fewest blocks', () => {
		expect(freeSpace('10.0.0.0/16', ['10.0.0.0/24', '10.0.2.0/24'])).toEqual([
			'10.0.1.0/24',
			'10.0.3.0/24',
			'10.0.4.0/22',
			'10.0.8.0/21',
			'10.0.16.0/20',
			'10.0.32.0/19',
			'10.0.64.0/18',
			'10.0.128.0/17',
		]);
	});
	test('a subnet outside the VPC block is refused', () => {
		expect(() => freeSpace('10.0.0.0/16', ['10.1.0.0/24'])).toThrow('is not inside 10.0.0.0/16');
	});
	test('overlap: nested blocks overlap, neighbours and IPv4/IPv6 pairs do not', () => {
		expect(cidrsOverlap('10.0.0.0/16', '10.0.5.0/24')).toBe(true);
		expect(cidrsOverlap('10.0.0.0/24', '10.0.1.0/24')).toBe(false);
		expect(cidrsOverlap('10.0.0.0/16', '2001:db8::/64')).toBe(false);
	});
});

describe('fuzzing describeSubnet with reader input', () => {
	test('returns a consistent description or throws SubnetError', () => {
		fuzzParser({
			name: 'network.describeSubnet',
			parse: describeSubnet,
			errorClass: SubnetError,
			invariant: (d) => {
				expect(d.usableCount).toBe(parseCidr(d.cidr).size - 5n);
				expect(d.reservedAddresses.map((r) => r.address)).toEqual([
					d.network,
					d.router,
					d.reservedAddresses[2]!.address,
					d.reserved,
					d.last,
				]);
			},
			seeds: ['10.0.0.0/16', '10.0.0.0/24', '10.0.0.16/28', '2001:db8:1234:1a00::/64', '10.0.0.0/29'],
		});
	});
});
