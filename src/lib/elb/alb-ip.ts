/**
 * IP addresses and CIDR blocks for the ALB engine (source-ip conditions, X-Forwarded-For, IP targets,
 * stickiness), read by the site's one address reader in src/lib/network, so an ALB rule, a security
 * group and an IAM condition accept and refuse the same text (e.g. all refuse `010.0.0.1`).
 */
import { blockIncludes, CidrError, parseCidr, tryParseIp, type ParsedCidr, type ParsedIp } from '../network';

export type IpAddress = ParsedIp;
export type Cidr = ParsedCidr & { text: string };

/** Parses an IPv4 (dotted decimal only) or IPv6 address; null when the text is not an address. */
export function parseIp(text: string): IpAddress | null {
	return tryParseIp(text);
}

/** Parses `a.b.c.d/n` or `ipv6/n` (a bare address is not CIDR format here); null when malformed. */
export function parseCidrBlock(text: string): Cidr | null {
	const value = text.trim();
	if (!value.includes('/')) return null;
	try {
		return { ...parseCidr(value), text: value };
	} catch (error) {
		if (error instanceof CidrError) return null;
		throw error;
	}
}

/** True when `ip` lies in `cidr`. An IPv4 address never matches an IPv6 block and vice versa. */
export function cidrIncludes(cidr: Cidr, ip: IpAddress): boolean {
	return blockIncludes(cidr, ip);
}

/** Canonical text: dotted decimal, or RFC 5952 IPv6. */
export function formatIp(ip: IpAddress): string {
	return ip.text;
}
