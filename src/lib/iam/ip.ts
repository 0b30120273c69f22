/**
 * IPv4/IPv6 addresses and CIDR ranges for the IpAddress / NotIpAddress condition operators. The text is
 * read by the site's one address reader (src/lib/network), so a policy and a security-group rule accept
 * and refuse the same text (e.g. both refuse `010.0.0.1`); here an address becomes 4 or 16 bytes and a
 * range matches when the first `prefix` bits are equal. A bare address is a /32 or /128: IAM accepts
 * `"aws:SourceIp": "203.0.113.7"`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 */
import { readIp } from '../network';

export interface IpRange {
	/** The address as written (host bits kept, so a linter can see them). */
	bytes: Uint8Array;
	prefix: number;
}

export function parseIp(text: string): Uint8Array | undefined {
	const address = readIp(text.trim());
	if (!address.ok) return undefined;
	const bytes = new Uint8Array(address.version === 4 ? 4 : 16);
	for (let i = bytes.length - 1, value = address.value; i >= 0; i--, value >>= 8n) bytes[i] = Number(value & 0xffn);
	return bytes;
}

/** "203.0.113.0/24", "2001:db8::/32", or a bare address (a /32 or /128). */
export function parseCidr(text: string): IpRange | undefined {
	const trimmed = text.trim();
	const slash = trimmed.indexOf('/');
	const bytes = parseIp(slash === -1 ? trimmed : trimmed.slice(0, slash));
	if (!bytes) return undefined;
	const max = bytes.length * 8;
	if (slash === -1) return { bytes, prefix: max };
	const prefixText = trimmed.slice(slash + 1);
	if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) return undefined;
	return { bytes, prefix: Number(prefixText) };
}

export function rangeContains(range: IpRange, address: Uint8Array): boolean {
	if (range.bytes.length !== address.length) return false;
	let bits = range.prefix;
	for (let i = 0; bits > 0; i++, bits -= 8) {
		const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
		if (((range.bytes[i] ?? 0) & mask) !== ((address[i] ?? 0) & mask)) return false;
	}
	return true;
}
