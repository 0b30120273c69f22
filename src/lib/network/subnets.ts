/**
 * VPC and subnet CIDR blocks the way AWS sizes and counts them: split a block into halves, join
 * sibling halves, find free space, check overlap, and list the five addresses AWS reserves in every
 * subnet. Built on the one CIDR parser (./cidr.ts); this file adds only AWS's rules.
 *
 * Sources (checked 2026-12-01):
 * - "VPC CIDR blocks", Amazon VPC User Guide,
 *   https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html — IPv4 VPC blocks /16 to /28,
 *   canonical form (100.68.0.18/18 → 100.68.0.0/18).
 *   (Its range-restrictions table is in src/lib/vpc/ranges.ts.)
 * - "Subnet CIDR blocks", https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html — subnets
 *   /16 to /28; the first four and the last address of every subnet are reserved (network, VPC router,
 *   DNS, future use, and the last because a VPC has no broadcast); IPv6 subnets /44 to /64 in steps of /4,
 *   with the same first four and last address reserved.
 * - "Compare IPv4 and IPv6", https://docs.aws.amazon.com/vpc/latest/userguide/ipv4-ipv6-comparison.html —
 *   IPv6 VPC blocks /44 to /60 in steps of /4 (an Amazon-provided block is always /56).
 */
import { CidrError, formatIp, parseCidr, parseIp, type IpVersion } from './cidr';

/** Input AWS would refuse as a VPC or subnet block. `message` is written for a learner. */
export class SubnetError extends Error {
	override name = 'SubnetError';
	constructor(
		readonly input: string,
		message: string,
	) {
		super(message);
	}
}

/** A block as numbers: the network address and the prefix length. */
export interface Block {
	version: IpVersion;
	network: bigint;
	prefix: number;
}

/** AWS's size limits (see the sources above). */
export const AWS_BLOCK_LIMITS = {
	ipv4: { largest: 16, smallest: 28 },
	ipv6Vpc: { largest: 44, smallest: 60, step: 4 },
	ipv6Subnet: { largest: 44, smallest: 64, step: 4 },
	/** AWS reserves the first four and the last address of every subnet. */
	reservedPerSubnet: 5,
} as const;

const bits = (version: IpVersion) => (version === 4 ? 32 : 128);
export const blockSize = (block: Block): bigint => 1n << BigInt(bits(block.version) - block.prefix);
export const blockLast = (block: Block): bigint => block.network + blockSize(block) - 1n;
/** Canonical `network/prefix`. IPv4 is formatted here with plain numbers: it runs thousands of times per plan. */
export function blockText(block: Block): string {
	if (block.version === 6) return `${formatIp(6, block.network)}/${block.prefix}`;
	const v = Number(block.network);
	return `${(v >>> 24) & 255}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}/${block.prefix}`;
}

/**
 * Parses CIDR text with its network address exactly (no host bits), as a plan needs it: AWS would
 * silently store 10.0.0.5/24 as 10.0.0.0/24, which is not the block the reader meant. Throws SubnetError.
 */
export function parseBlock(text: string): Block {
	if (typeof text !== 'string') throw new SubnetError(typeof text, 'A CIDR block is text such as 10.0.0.0/16.');
	return fastBlock(text) ?? slowBlock(text);
}

/**
 * The common case on the planner's hot path (thousands of splits and joins): a well-formed block
 * without host bits, read with parseIp alone. Anything else returns null and goes through parseCidr,
 * which owns every error message.
 */
function fastBlock(text: string): Block | null {
	const slash = text.indexOf('/');
	const prefixText = text.slice(slash + 1);
	if (slash < 1 || !/^\d{1,3}$/.test(prefixText)) return null;
	let address: bigint;
	let version: IpVersion;
	try {
		({ value: address, version } = parseIp(text.slice(0, slash)));
	} catch {
		return null;
	}
	const prefix = Number(prefixText);
	if (prefix > bits(version)) return null;
	const hostBits = BigInt(bits(version) - prefix);
	return (address >> hostBits) << hostBits === address ? { version, network: address, prefix } : null;
}

function slowBlock(text: string): Block {
	try {
		const parsed = parseCidr(text, { strict: true });
		return { version: parsed.version, network: parseIp(parsed.network).value, prefix: parsed.prefix };
	} catch (error) {
		if (error instanceof CidrError)
			throw new SubnetError(text, `${shown(text)} is not a CIDR block AWS accepts: ${error.reason}.`);
		throw error;
	}
}

/** Quoted, shortened input for messages (a pasted page of text should not become the message). */
function shown(text: string): string {
	const trimmed = text.trim();
	return `"${trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed}"`;
}

function checkIpv4Size(block: Block, input: string, what: string): void {
	const { largest, smallest } = AWS_BLOCK_LIMITS.ipv4;
	if (block.prefix > smallest)
		throw new SubnetError(
			input,
			`${blockText(block)} is smaller than AWS's minimum /${smallest} for a ${what} (16 addresses).`,
		);
	if (block.prefix < largest)
		throw new SubnetError(
			input,
			`${blockText(block)} is larger than AWS's maximum /${largest} for a ${what} (65,536 addresses).`,
		);
}

function checkIpv6Size(
	block: Block,
	input: string,
	what: string,
	limits: { largest: number; smallest: number; step: number },
): void {
	const { largest, smallest, step } = limits;
	if (block.prefix < largest || block.prefix > smallest || (block.prefix - largest) % step !== 0)
		throw new SubnetError(
			input,
			`${blockText(block)} is not an IPv6 ${what} size AWS allows: /${largest} to /${smallest} in steps of /${step}.`,
		);
}

/** A subnet block AWS accepts: IPv4 /16–/28, IPv6 /44–/64 in steps of /4. Throws SubnetError. */
export function parseSubnetBlock(text: string): Block {
	const block = parseBlock(text);
	if (block.version === 4) checkIpv4Size(block, text, 'subnet');
	else checkIpv6Size(block, text, 'subnet', AWS_BLOCK_LIMITS.ipv6Subnet);
	return block;
}

/** A VPC block AWS accepts by size: IPv4 /16–/28, IPv6 /44–/60 in steps of /4. Throws SubnetError. */
export function parseVpcBlock(text: string): Block {
	const block = parseBlock(text);
	if (block.version === 4) {
		checkIpv4Size(block, text, 'VPC');
		if (contains(LINK_LOCAL, block))
			throw new SubnetError(text, `${blockText(block)} is link-local (169.254.0.0/16); AWS never assigns it to a VPC.`);
	} else checkIpv6Size(block, text, 'VPC', AWS_BLOCK_LIMITS.ipv6Vpc);
	return block;
}

/** True when `outer` contains all of `inner` (same IP version). */
export function contains(outer: Block, inner: Block): boolean {
	return (
		outer.version === inner.version &&
		outer.prefix <= inner.prefix &&
		inner.network >> BigInt(bits(outer.version) - outer.prefix) ===
			outer.network >> BigInt(bits(outer.version) - outer.prefix)
	);
}

/** True when two blocks share at least one address. Aligned blocks either nest or are disjoint. */
export function blocksOverlap(a: Block, b: Block): boolean {
	return contains(a, b) || contains(b, a);
}

/** The two halves of a block, as blocks. */
export function halves(block: Block): [Block, Block] {
	const prefix = block.prefix + 1;
	const half = 1n << BigInt(bits(block.version) - prefix);
	return [
		{ version: block.version, network: block.network, prefix },
		{ version: block.version, network: block.network + half, prefix },
	];
}

/** The block whose halves are `block` and its sibling. */
export function parentOf(block: Block): Block {
	const prefix = block.prefix - 1;
	const size = 1n << BigInt(bits(block.version) - prefix);
	return { version: block.version, network: block.network - (block.network % size), prefix };
}

/** The other half of the same parent. */
export function siblingOf(block: Block): Block {
	const size = blockSize(block);
	const isFirst = (block.network / size) % 2n === 0n;
	return { ...block, network: isFirst ? block.network + size : block.network - size };
}

/**
 * Splits an IPv4 VPC or subnet block into its two halves, e.g. 10.0.0.0/16 → 10.0.0.0/17, 10.0.128.0/17.
 * Throws SubnetError for a block AWS would refuse, for a /28 (its halves would be /29, below AWS's
 * minimum), and for IPv6 (AWS sizes IPv6 blocks in steps of /4, so halves are never valid).
 */
export function splitCidr(cidr: string): [string, string] {
	const block = parseSubnetBlock(cidr);
	if (block.version === 6)
		throw new SubnetError(cidr, `AWS sizes IPv6 blocks in steps of /4, so ${blockText(block)} cannot be split in two.`);
	if (block.prefix >= AWS_BLOCK_LIMITS.ipv4.smallest)
		throw new SubnetError(cidr, `${blockText(block)} is already AWS's smallest subnet (/28); its halves would be /29.`);
	const [first, second] = halves(block);
	return [blockText(first), blockText(second)];
}

/**
 * Joins two sibling halves back into their parent, e.g. 10.0.0.0/17 + 10.0.128.0/17 → 10.0.0.0/16
 * (in either order). Throws SubnetError unless both are valid IPv4 subnet blocks of the same size that
 * are the two halves of one parent of at most /16.
 */
export function joinCidrs(a: string, b: string): string {
	const first = parseSubnetBlock(a);
	const second = parseSubnetBlock(b);
	const pair = () => `${blockText(first)} and ${blockText(second)}`;
	if (first.version !== 4 || second.version !== 4)
		throw new SubnetError(
			`${a} ${b}`,
			`AWS sizes IPv6 blocks in steps of /4, so ${pair()} cannot be joined as halves.`,
		);
	if (first.prefix !== second.prefix)
		throw new SubnetError(`${a} ${b}`, `${pair()} are different sizes; only two halves of the same block join.`);
	if (first.network === second.network) throw new SubnetError(`${a} ${b}`, `${pair()} are the same block.`);
	const parent = parentOf(first);
	if (!contains(parent, second))
		throw new SubnetError(
			`${a} ${b}`,
			`${pair()} are not the two halves of one block (their parent would be ${blockText(parent)}).`,
		);
	if (parent.prefix < AWS_BLOCK_LIMITS.ipv4.largest)
		throw new SubnetError(`${a} ${b}`, `Joining ${pair()} gives ${blockText(parent)}, larger than AWS's maximum /16.`);
	return blockText(parent);
}

/** The largest aligned blocks that cover `from`..`to` (inclusive), in address order. */
function coverRange(version: IpVersion, from: bigint, to: bigint): Block[] {
	const out: Block[] = [];
	const width = bits(version);
	let start = from;
	while (start <= to) {
		let prefix = width;
		// Grow while the block stays aligned at `start` and inside the range.
		while (prefix > 0) {
			const size = 1n << BigInt(width - prefix + 1);
			if (start % size !== 0n || start + size - 1n > to) break;
			prefix--;
		}
		out.push({ version, network: start, prefix });
		start += 1n << BigInt(width - prefix);
	}
	return out;
}

/**
 * The space of `parent` not covered by `used`, as the fewest aligned blocks in address order.
 * `used` blocks must lie inside `parent`; overlapping ones are counted once.
 */
export function freeBlocks(parent: Block, used: readonly Block[]): Block[] {
	const inside = used
		.filter((block) => contains(parent, block))
		.sort((x, y) => (x.network < y.network ? -1 : x.network > y.network ? 1 : 0));
	const out: Block[] = [];
	let next = parent.network;
	for (const block of inside) {
		if (block.network > next) out.push(...coverRange(parent.version, next, block.network - 1n));
		const end = blockLast(block) + 1n;
		if (end > next) next = end;
	}
	if (next <= blockLast(parent)) out.push(...coverRange(parent.version, next, blockLast(parent)));
	return out;
}

/** `freeBlocks` on text: the free CIDR blocks of `parent` around `used`. Throws SubnetError. */
export function freeSpace(parent: string, used: readonly string[]): string[] {
	const outer = parseBlock(parent);
	const blocks = used.map(parseBlock);
	for (const [index, block] of blocks.entries())
		if (!contains(outer, block))
			throw new SubnetError(used[index]!, `${blockText(block)} is not inside ${blockText(outer)}.`);
	return freeBlocks(outer, blocks).map(blockText);
}

/** True when two CIDR blocks share an address (false across IPv4/IPv6). Throws SubnetError. */
export function cidrsOverlap(a: string, b: string): boolean {
	return blocksOverlap(parseBlock(a), parseBlock(b));
}

export type ReservedRole = 'network' | 'router' | 'dns' | 'reserved' | 'last';
export interface ReservedAddress {
	role: ReservedRole;
	address: string;
	/** What AWS uses it for, in a learner's words. */
	label: string;
}

/** What AWS does with the addresses of one subnet. */
export interface SubnetDescription {
	version: IpVersion;
	cidr: string;
	network: string;
	/** Network + 1: the VPC router. */
	router: string;
	/**
	 * Network + 2, reserved for DNS (IPv4). AWS's DNS server itself answers at the VPC's *primary* block
	 * + 2; every subnet's + 2 is reserved alongside ("Subnet CIDR blocks"). IPv6: + 2 is reserved with
	 * no documented DNS role, so null.
	 */
	dns: string | null;
	/** Network + 3: reserved by AWS for future use. */
	reserved: string;
	/** The last address: reserved because a VPC does not support broadcast. */
	last: string;
	firstUsable: string;
	lastUsable: string;
	/** 2^(bits − prefix) − 5. Exact for IPv4; for IPv6 (≥ 2^64) use `usableCount`. */
	usable: number;
	usableCount: bigint;
	/** The five reserved addresses, labelled, in address order. */
	reservedAddresses: ReservedAddress[];
}

/**
 * The five reserved addresses and the usable range of a subnet, e.g. 10.0.0.0/24 → router 10.0.0.1,
 * DNS 10.0.0.2, reserved 10.0.0.3, last 10.0.0.255, usable 10.0.0.4–10.0.0.254 (251 addresses).
 * Throws SubnetError for a block AWS would refuse as a subnet.
 */
export function describeSubnet(cidr: string): SubnetDescription {
	return describeBlock(parseSubnetBlock(cidr));
}

export function describeBlock(block: Block): SubnetDescription {
	const at = (offset: bigint) => formatIp(block.version, block.network + offset);
	const last = blockLast(block);
	const usableCount = blockSize(block) - BigInt(AWS_BLOCK_LIMITS.reservedPerSubnet);
	const dns = block.version === 4 ? at(2n) : null;
	return {
		version: block.version,
		cidr: blockText(block),
		network: at(0n),
		router: at(1n),
		dns,
		reserved: at(3n),
		last: formatIp(block.version, last),
		firstUsable: at(4n),
		lastUsable: formatIp(block.version, last - 1n),
		usable: Number(usableCount),
		usableCount,
		reservedAddresses: [
			{ role: 'network', address: at(0n), label: 'network address' },
			{ role: 'router', address: at(1n), label: 'VPC router' },
			{
				role: 'dns',
				address: at(2n),
				label: dns ? 'reserved for DNS (the Amazon DNS server is at the VPC block + 2)' : 'reserved by AWS',
			},
			{ role: 'reserved', address: at(3n), label: 'reserved for future use' },
			{ role: 'last', address: formatIp(block.version, last), label: 'last address (no broadcast in a VPC)' },
		],
	};
}

/** 169.254.0.0/16, link-local: AWS never assigns it to a VPC. */
const LINK_LOCAL: Block = { version: 4, network: 0xa9fe0000n, prefix: 16 };
