/**
 * IPv4 and IPv6 addresses and CIDR blocks, as security-group rules use them.
 *
 * Address *syntax* is read by ip-text.ts, the one address reader every engine shares (IAM conditions,
 * ALB rules and X-Forwarded-For reach it through this domain's index.ts); the arithmetic the pages
 * teach — network, first, last, size — is done here on bigints so the calculator can show every step.
 *
 * Host bits: AWS does not reject `100.68.0.18/18` in a rule, it stores the canonical `100.68.0.0/18`
 * ("Amazon Web Services canonicalizes IPv4 and IPv6 CIDRs", CidrIp in
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AuthorizeSecurityGroupIngress.html).
 * So `parseCidr` canonicalizes and reports `hostBitsSet`; `{ strict: true }` turns that into an error
 * for places (like a subnet) where the exact network address matters.
 */
import { formatAddress, readIp } from './ip-text';

export type IpVersion = 4 | 6;

/** Bad address or CIDR text. `reason` is a short learner-readable explanation. */
export class CidrError extends Error {
	override name = 'CidrError';
	constructor(
		readonly input: string,
		readonly reason: string,
	) {
		super(`"${input}" is not a valid address or CIDR block: ${reason}`);
	}
}

export interface ParsedIp {
	version: IpVersion;
	/** The address as an unsigned integer (32 or 128 bits). */
	value: bigint;
	/** Canonical text: dotted decimal, or RFC 5952 compressed IPv6. */
	text: string;
}

export interface ParsedCidr {
	version: IpVersion;
	/** Canonical network address (host bits cleared). */
	network: string;
	prefix: number;
	/** First and last address in the block (AWS reserves some of these inside a subnet; not here). */
	first: string;
	last: string;
	/** Number of addresses: 2^(32 − prefix) or 2^(128 − prefix). */
	size: bigint;
	/** Canonical form `network/prefix`, as AWS stores the rule. */
	canonical: string;
	/** True when the text had host bits set, e.g. `10.0.0.5/24` (AWS stores `10.0.0.0/24`). */
	hostBitsSet: boolean;
}

export const addressBits = (version: IpVersion): number => (version === 4 ? 32 : 128);

/** Parses one IPv4 or IPv6 address (no prefix). Throws CidrError. */
export function parseIp(text: string): ParsedIp {
	if (typeof text !== 'string') throw new CidrError(String(text), 'expected text');
	return readAddress(text, text.trim());
}

/** Reads `address`, part of `text`; a refusal names the whole `text`. */
function readAddress(text: string, address: string): ParsedIp {
	if (address === '') throw new CidrError(text, 'it is empty');
	if (address.includes('/')) throw new CidrError(text, 'this is a CIDR block; an address has no "/prefix"');
	const reading = readIp(address);
	if (!reading.ok) throw new CidrError(text, reading.reason);
	return { version: reading.version, value: reading.value, text: formatAddress(reading.version, reading.value) };
}

/** Like parseIp, but null instead of an error: for engines that only need a yes/no. */
export function tryParseIp(text: string): ParsedIp | null {
	try {
		return parseIp(text);
	} catch {
		return null; // parseIp throws nothing but CidrError
	}
}

/** Parses `address/prefix`. Canonicalizes host bits unless `strict`. Throws CidrError. */
export function parseCidr(text: string, options: { strict?: boolean } = {}): ParsedCidr {
	if (typeof text !== 'string') throw new CidrError(String(text), 'expected text');
	const input = text.trim();
	const slash = input.indexOf('/');
	if (slash < 0) {
		const hint = input.includes(':')
			? 'add /128 for one IPv6 address'
			: 'add /32 for one address, or /0 for every address';
		throw new CidrError(text, `a CIDR block needs a "/prefix" — ${hint}`);
	}
	const address = readAddress(text, input.slice(0, slash));
	const prefixText = input.slice(slash + 1);
	const bits = addressBits(address.version);
	if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) {
		throw new CidrError(
			text,
			`the prefix after "/" must be a whole number from 0 to ${bits} for IPv${address.version}`,
		);
	}
	const prefix = Number(prefixText);
	const hostMask = (1n << BigInt(bits - prefix)) - 1n;
	const networkValue = address.value & ~hostMask;
	const hostBitsSet = networkValue !== address.value;
	const network = formatIp(address.version, networkValue);
	if (hostBitsSet && options.strict) {
		throw new CidrError(
			text,
			`host bits are set after the first ${prefix} bits — the network address is ${network}/${prefix}`,
		);
	}
	return {
		version: address.version,
		network,
		prefix,
		first: network,
		last: formatIp(address.version, networkValue | hostMask),
		size: hostMask + 1n,
		canonical: `${network}/${prefix}`,
		hostBitsSet,
	};
}

/**
 * True when `ip` lies inside `cidr`. An IPv4 address is never inside an IPv6 block and vice versa
 * (a 0.0.0.0/0 rule does not admit IPv6 traffic; AWS needs a separate ::/0 rule). Throws CidrError.
 */
export function cidrContains(cidr: string, ip: string): boolean {
	return blockIncludes(parseCidr(cidr), parseIp(ip));
}

/** cidrContains for values already parsed (engines that match one address against many blocks). */
export function blockIncludes(block: ParsedCidr, address: ParsedIp): boolean {
	if (block.version !== address.version) return false;
	const shift = BigInt(addressBits(block.version) - block.prefix);
	return address.value >> shift === parseIp(block.network).value >> shift;
}

/** Formats an unsigned integer as an address of the given version (RFC 5952 for IPv6). */
export function formatIp(version: IpVersion, value: bigint): string {
	return formatAddress(version, value);
}

/** Named address ranges a learner meets in rules. Order matters: the most specific first. */
const SPECIAL_RANGES: { cidr: string; label: string }[] = [
	{ cidr: '0.0.0.0/32', label: 'unspecified address' },
	{ cidr: '127.0.0.0/8', label: 'loopback (this machine)' },
	{ cidr: '169.254.169.254/32', label: 'instance metadata service (link-local)' },
	{ cidr: '169.254.0.0/16', label: 'link-local' },
	{ cidr: '10.0.0.0/8', label: 'private (RFC 1918)' },
	{ cidr: '172.16.0.0/12', label: 'private (RFC 1918)' },
	{ cidr: '192.168.0.0/16', label: 'private (RFC 1918)' },
	{ cidr: '100.64.0.0/10', label: 'shared address space (RFC 6598, carrier-grade NAT)' },
	{ cidr: '192.0.2.0/24', label: 'documentation example (RFC 5737)' },
	{ cidr: '198.51.100.0/24', label: 'documentation example (RFC 5737)' },
	{ cidr: '203.0.113.0/24', label: 'documentation example (RFC 5737)' },
	{ cidr: '::1/128', label: 'loopback (this machine)' },
	{ cidr: '::/128', label: 'unspecified address' },
	{ cidr: '2001:db8::/32', label: 'documentation example (RFC 3849)' },
	{ cidr: 'fc00::/7', label: 'unique local (private IPv6)' },
	{ cidr: 'fe80::/10', label: 'link-local' },
];

/** What kind of address this is: private, public, loopback… Throws CidrError. */
export function classifyIp(ip: string): string {
	for (const range of SPECIAL_RANGES) if (cidrContains(range.cidr, ip)) return range.label;
	return 'public';
}
