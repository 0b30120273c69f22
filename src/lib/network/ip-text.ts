/**
 * The one reading of address text the whole site uses (security groups, IAM `IpAddress` conditions,
 * ALB source-ip conditions, X-Forwarded-For, IP targets): an IPv4 address is four decimal numbers
 * 0–255 with no leading zeros; an IPv6 address is up to eight hex groups with at most one `::` and an
 * optional dotted IPv4 tail. Pure, no library: the learner-facing reason for a refusal is written here.
 *
 * Leading zeros: AWS documents addresses and CIDR blocks in "standard CIDR notation" (IAM IP address
 * condition operators, https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress)
 * and the EC2 API stores the canonical dotted-decimal form (CidrIp,
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AuthorizeSecurityGroupIngress.html).
 * No AWS page documents `010.0.0.1`, and tools disagree on it (some read `010` as octal 8), so every
 * engine here refuses it with the same message instead of guessing.
 */

/** Why text is not an address; the caller wraps it in its own error type. */
export type AddressReading = { ok: true; version: 4 | 6; value: bigint } | { ok: false; reason: string };

const DECIMAL_OCTETS = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function readIpv4(text: string): AddressReading {
	const octets = DECIMAL_OCTETS.exec(text);
	if (!octets)
		return { ok: false, reason: 'an IPv4 address is four numbers 0–255 separated by dots, e.g. 203.0.113.10' };
	let value = 0n;
	for (const part of octets.slice(1)) {
		if (part.length > 1 && part.startsWith('0'))
			return { ok: false, reason: `"${part}" has a leading zero; write ${Number(part)}` };
		const n = Number(part);
		if (n > 255) return { ok: false, reason: `${part} is more than 255` };
		value = (value << 8n) | BigInt(n);
	}
	return { ok: true, version: 4, value };
}

const IPV6_REASON = 'not a valid IPv6 address (eight groups of up to four hex digits, "::" at most once)';

export function readIpv6(text: string): AddressReading {
	if (text.includes('%')) return { ok: false, reason: 'IPv6 zone IDs (%…) are not used in AWS address fields' };
	// Any other character, or text too long for eight groups, fails the group checks in hexGroups.
	const halves = text.split('::');
	if (halves.length > 2) return { ok: false, reason: IPV6_REASON };
	const head = hexGroups(halves[0]!, halves.length === 1);
	if (typeof head === 'string') return { ok: false, reason: head };
	const tail = halves.length === 2 ? hexGroups(halves[1]!, true) : [];
	if (typeof tail === 'string') return { ok: false, reason: tail };
	const missing = 8 - head.length - tail.length;
	// Without "::" the groups must be exactly eight; "::" stands for at least one zero group (RFC 4291 §2.2).
	if (halves.length === 2 ? missing < 1 : missing !== 0) return { ok: false, reason: IPV6_REASON };
	let value = 0n;
	for (const group of [...head, ...new Array<number>(missing).fill(0), ...tail]) value = (value << 16n) | BigInt(group);
	return { ok: true, version: 6, value };
}

/** The 16-bit groups of one side of `::`; an IPv4 tail is allowed only at the very end. */
function hexGroups(half: string, mayEndInIpv4: boolean): number[] | string {
	if (half === '') return [];
	const out: number[] = [];
	const pieces = half.split(':');
	for (const [index, piece] of pieces.entries()) {
		if (mayEndInIpv4 && index === pieces.length - 1 && piece.includes('.')) {
			const v4 = readIpv4(piece);
			if (!v4.ok) return `the IPv4 part ${piece}: ${v4.reason}`;
			out.push(Number(v4.value >> 16n), Number(v4.value & 0xffffn));
		} else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) out.push(parseInt(piece, 16));
		else return IPV6_REASON;
	}
	return out;
}

/** Reads either kind: text with a colon is IPv6. */
export function readIp(text: string): AddressReading {
	return text.includes(':') ? readIpv6(text) : readIpv4(text);
}

/** Dotted decimal, or RFC 5952 IPv6 (lower case, longest run of two or more zero groups as `::`). */
export function formatAddress(version: 4 | 6, value: bigint): string {
	if (version === 4) return [24n, 16n, 8n, 0n].map((shift) => Number((value >> shift) & 0xffn)).join('.');
	const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => Number((value >> shift) & 0xffffn));
	// The longest run of two or more zero groups becomes "::"; of equal runs, the first (RFC 5952 §4.2).
	let bestStart = -1;
	let bestLength = 1;
	let runStart = 0;
	groups.forEach((group, i) => {
		if (group !== 0) runStart = i + 1;
		else if (i + 1 - runStart > bestLength) [bestStart, bestLength] = [runStart, i + 1 - runStart];
	});
	const hex = groups.map((g) => g.toString(16));
	if (bestStart < 0) return hex.join(':');
	return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
