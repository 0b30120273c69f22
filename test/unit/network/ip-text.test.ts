/**
 * The shared address reader (ip-text.ts) at its edges: what counts as one address, what is refused and
 * why, and the RFC 5952 text it writes back. Security groups, IAM IpAddress conditions and ALB
 * source-ip conditions all read addresses through it (see ip-cross-engine.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { formatIp, readIp } from '../../../src/lib/network';

const valueOf = (text: string) => {
	const reading = readIp(text);
	if (!reading.ok) throw new Error(`${text}: ${reading.reason}`);
	return reading;
};
const reasonFor = (text: string) => {
	const reading = readIp(text);
	return reading.ok ? `accepted as ${formatIp(reading.version, reading.value)}` : reading.reason;
};

describe('IPv4: four decimal numbers 0–255', () => {
	test('the ends of the range', () => {
		expect(valueOf('0.0.0.0')).toEqual({ ok: true, version: 4, value: 0n });
		expect(valueOf('255.255.255.255')).toEqual({ ok: true, version: 4, value: 2n ** 32n - 1n });
		expect(valueOf('203.0.113.10').value).toBe(0xcb00710an);
	});
	test('256 is one more than an octet holds', () => {
		expect(reasonFor('203.0.113.256')).toBe('256 is more than 255');
	});
	test.each(['1.2.3.4.5', 'x1.2.3.4', '1.2.3.4x', '1234.0.0.1', '1.2.3', ' 1.2.3.4', '1.2.3.-4'])(
		'%j is not four numbers',
		(text) => expect(reasonFor(text)).toMatch(/^an IPv4 address is four numbers 0–255/),
	);
	test('a zero alone is a number; a zero in front of one is refused, not read as octal', () => {
		expect(valueOf('10.0.0.1').value).toBe(0x0a000001n);
		expect(reasonFor('10.0.00.1')).toBe('"00" has a leading zero; write 0');
		expect(reasonFor('10.0.0.010')).toBe('"010" has a leading zero; write 10');
	});
});

describe('IPv6: eight hex groups, "::" at most once, an optional IPv4 tail', () => {
	test('the full form, upper or lower case', () => {
		expect(valueOf('2001:DB8:0:0:0:0:0:AbCd')).toEqual({ ok: true, version: 6, value: (0x20010db8n << 96n) | 0xabcdn });
		expect(valueOf('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff').value).toBe(2n ** 128n - 1n);
	});
	test('"::" stands for one or more zero groups, at the start, middle or end', () => {
		expect(valueOf('::').value).toBe(0n);
		expect(valueOf('::1').value).toBe(1n);
		expect(valueOf('fe80::').value).toBe(0xfe80n << 112n);
		// RFC 4291 §2.2 allows "::" for a single zero group (RFC 5952 only advises against writing it).
		expect(formatIp(6, valueOf('1:2:3:4:5:6::8').value)).toBe('1:2:3:4:5:6:0:8');
	});
	test.each([
		'1:2:3:4::5:6:7:8', // "::" with eight groups around it stands for no group
		'1:2:3:4:5:6:7:8::', // same, at the end
		'1:2:3:4::5:6:7:8::', // "::" twice
		'1::2::3',
		'1:2:3:4:5:6:7:8::1::', // eight groups, then "::" twice
		'1:2:3:4:5:6:7', // seven groups, no "::"
		'1:2:3:4:5:6:7:8:9',
		'1:2:3:4:5:6:7:12345', // a group is at most four hex digits
		'12345::',
		'::g',
		':1:2:3:4:5:6:7',
		'1:2:3:4:5:6:7:',
	])('%j is refused', (text) => {
		expect(reasonFor(text)).toBe('not a valid IPv6 address (eight groups of up to four hex digits, "::" at most once)');
	});
	test('zone IDs are refused with their own reason', () => {
		expect(reasonFor('fe80::1%eth0')).toBe('IPv6 zone IDs (%…) are not used in AWS address fields');
	});
	describe('a dotted IPv4 tail (RFC 4291 §2.2, e.g. IPv4-mapped ::ffff:203.0.113.9)', () => {
		test('fills the last two groups', () => {
			expect(valueOf('::ffff:203.0.113.9').value).toBe((0xffffn << 32n) | 0xcb007109n);
			expect(valueOf('0:0:0:0:0:ffff:203.0.113.9').value).toBe((0xffffn << 32n) | 0xcb007109n);
			expect(valueOf('64:ff9b::192.0.2.33').value).toBe((0x64ff9bn << 96n) | 0xc0000221n);
		});
		test('only at the very end', () => {
			expect(reasonFor('::203.0.113.9:1')).toMatch(/^not a valid IPv6 address/);
			expect(reasonFor('203.0.113.9::1')).toMatch(/^not a valid IPv6 address/);
			expect(reasonFor('0:0:0:0:0:203.0.113.9:0:0')).toMatch(/^not a valid IPv6 address/);
		});
		test('a bad tail says what is wrong with it, before or after "::"', () => {
			expect(reasonFor('::ffff:203.0.113.09')).toBe('the IPv4 part 203.0.113.09: "09" has a leading zero; write 9');
			expect(reasonFor('0:0:0:0:0:ffff:203.0.113.300')).toBe('the IPv4 part 203.0.113.300: 300 is more than 255');
		});
	});
});

describe('RFC 5952 text (what AWS shows back)', () => {
	test.each([
		['2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
		['0:0:0:0:0:0:0:0', '::'],
		['0:0:0:0:0:0:0:1', '::1'],
		['1:0:0:0:0:0:0:0', '1::'],
		['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'], // a single zero group is not shortened (§4.2.2)
		['1:0:0:2:0:0:3:4', '1::2:0:0:3:4'], // equal runs: the first is shortened (§4.2.3)
		['1:0:0:2:0:0:0:4', '1:0:0:2::4'], // the longest run wins
		['::ffff:203.0.113.9', '::ffff:cb00:7109'],
	])('%s → %s', (text, expected) => {
		expect(formatIp(6, valueOf(text).value)).toBe(expected);
	});
	test('IPv4 is dotted decimal', () => {
		expect(formatIp(4, 0xcb00710an)).toBe('203.0.113.10');
		expect(formatIp(4, 0n)).toBe('0.0.0.0');
	});
});
