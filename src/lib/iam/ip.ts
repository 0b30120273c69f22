/**
 * IPv4/IPv6 addresses and CIDR ranges for the IpAddress / NotIpAddress condition operators, read by the
 * site's one address reader (src/lib/network), so a policy and a security-group rule accept and refuse
 * the same text. A bare address is a /32 or /128 here: IAM accepts `"aws:SourceIp": "203.0.113.7"`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 */
import {
	blockIncludes,
	CidrError,
	parseCidr as parseCidrBlock,
	tryParseIp,
	type ParsedCidr,
	type ParsedIp,
} from '../network';

export type IpRange = ParsedCidr;

export function parseIp(text: string): ParsedIp | undefined {
	return tryParseIp(text) ?? undefined;
}

/** "203.0.113.0/24", "2001:db8::/32", or a bare address (a /32 or /128). */
export function parseCidr(text: string): IpRange | undefined {
	const trimmed = text.trim();
	const address = trimmed.includes('/') ? undefined : tryParseIp(trimmed);
	try {
		return parseCidrBlock(address ? `${address.text}/${address.version === 4 ? 32 : 128}` : trimmed);
	} catch (error) {
		if (error instanceof CidrError) return undefined;
		throw error;
	}
}

export function rangeContains(range: IpRange, address: ParsedIp): boolean {
	return blockIncludes(range, address);
}
