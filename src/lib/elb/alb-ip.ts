/**
 * IP address and CIDR helpers for the ALB half of the ELB engine (source-ip conditions, X-Forwarded-For,
 * IP targets). Built on ipaddr.js directly: the shared network engine (src/lib/network) had no public
 * index.ts when this was written, so this file keeps the ELB engine independent of it.
 */
import ipaddr from 'ipaddr.js';

export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;
export interface Cidr {
	address: IpAddress;
	prefix: number;
	text: string;
}

/**
 * Parses an IPv4 (dotted quad only — ipaddr.js would also accept "10.1" or hex forms, which AWS
 * does not) or IPv6 address. Returns null when the text is not an address.
 */
export function parseIp(text: string): IpAddress | null {
	const value = text.trim();
	if (value === '') return null;
	if (ipaddr.IPv4.isValidFourPartDecimal(value)) return ipaddr.IPv4.parse(value);
	if (value.includes(':') && ipaddr.IPv6.isValid(value) && !value.includes('%')) return ipaddr.IPv6.parse(value);
	return null;
}

/** Parses `a.b.c.d/n` or `ipv6/n`; null when malformed. */
export function parseCidrBlock(text: string): Cidr | null {
	const value = text.trim();
	const slash = value.indexOf('/');
	if (slash < 0) return null;
	const address = parseIp(value.slice(0, slash));
	const prefixText = value.slice(slash + 1);
	if (!address || !/^\d{1,3}$/.test(prefixText)) return null;
	const prefix = Number(prefixText);
	if (prefix > (address.kind() === 'ipv4' ? 32 : 128)) return null;
	return { address, prefix, text: value };
}

/** True when `ip` lies in `cidr`. An IPv4 address never matches an IPv6 block and vice versa. */
export function cidrIncludes(cidr: Cidr, ip: IpAddress): boolean {
	if (cidr.address.kind() !== ip.kind()) return false;
	return (ip as ipaddr.IPv4).match(cidr.address as ipaddr.IPv4, cidr.prefix);
}

export function formatIp(ip: IpAddress): string {
	return ip.kind() === 'ipv6' ? (ip as ipaddr.IPv6).toRFC5952String() : ip.toString();
}
