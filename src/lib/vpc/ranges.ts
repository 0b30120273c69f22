/**
 * Which IPv4 ranges AWS lets a VPC mix: the "IPv4 CIDR block association restrictions" table of
 * "VPC CIDR blocks" (Amazon VPC User Guide, https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html,
 * checked 2026-12-01), and the page's advice about 172.17.0.0/16, 100.64.0.0/10 and public ranges.
 */
import { blockContains as contains, blockText, blocksOverlap, type IpBlock as Block } from '../network';

// The ranges as literals: no code runs when this module loads.
const ipv4Range = (network: bigint, prefix: number): Block => ({ version: 4, network, prefix });
const RFC1918 = {
	ten: /* 10.0.0.0/8 */ ipv4Range(0x0a000000n, 8),
	oneSevenTwo: /* 172.16.0.0/12 */ ipv4Range(0xac100000n, 12),
	oneNineTwo: /* 192.168.0.0/16 */ ipv4Range(0xc0a80000n, 16),
};
const SHARED_198_19 = /* 198.19.0.0/16 */ ipv4Range(0xc6130000n, 16);
const SHARED_CGNAT = /* 100.64.0.0/10 */ ipv4Range(0x64400000n, 10);
const DOCKER_BRIDGE = /* 172.17.0.0/16 */ ipv4Range(0xac110000n, 16);
const DEFAULT_VPC_172_31 = /* 172.31.0.0/16 */ ipv4Range(0xac1f0000n, 16);
const TEN_0_SLASH_16 = /* 10.0.0.0/16 */ ipv4Range(0x0a000000n, 16);
const TEN_0_SLASH_15 = /* 10.0.0.0/15 */ ipv4Range(0x0a000000n, 15);

export type Ipv4Range =
	'10.0.0.0/8' | '172.16.0.0/12' | '192.168.0.0/16' | '198.19.0.0/16' | '100.64.0.0/10' | 'public';

/** Which row of AWS's association-restrictions table a block falls in. */
export function ipv4RangeOf(block: Block): Ipv4Range {
	if (contains(RFC1918.ten, block)) return '10.0.0.0/8';
	if (contains(RFC1918.oneSevenTwo, block)) return '172.16.0.0/12';
	if (contains(RFC1918.oneNineTwo, block)) return '192.168.0.0/16';
	if (contains(SHARED_198_19, block)) return '198.19.0.0/16';
	if (contains(SHARED_CGNAT, block)) return '100.64.0.0/10';
	return 'public';
}

const isRfc1918 = (r: Ipv4Range) => r === '10.0.0.0/8' || r === '172.16.0.0/12' || r === '192.168.0.0/16';

/**
 * Why AWS refuses `candidate` as a secondary block next to `existing` (primary first), or null.
 * "IPv4 CIDR block association restrictions" in "VPC CIDR blocks": the range of the primary block
 * decides which ranges may be added; 100.64.0.0/10 and publicly routable blocks go with anything
 * except 198.19.0.0/16 next to RFC 1918… (the table is implemented row by row below).
 */
export function secondaryBlockRestriction(existing: readonly Block[], candidate: Block): string | null {
	const primary = existing[0];
	if (!primary) return null;
	const home = ipv4RangeOf(primary);
	const added = ipv4RangeOf(candidate);
	const text = blockText(candidate);
	const primaryText = blockText(primary);
	if (isRfc1918(home) && isRfc1918(added) && home !== added)
		return `${text} is in ${added} but the primary block ${primaryText} is in ${home}; AWS does not mix RFC 1918 ranges in one VPC.`;
	if (isRfc1918(home) && added === '198.19.0.0/16')
		return `AWS does not add a block from 198.19.0.0/16 to a VPC whose primary block (${primaryText}) is in ${home}.`;
	if (home === '172.16.0.0/12' && contains(DEFAULT_VPC_172_31, candidate))
		return `AWS does not add a block from 172.31.0.0/16 to a VPC whose primary block is in 172.16.0.0/12.`;
	if (home === '10.0.0.0/8' && contains(TEN_0_SLASH_16, candidate) && existing.some((b) => contains(TEN_0_SLASH_15, b)))
		return `AWS does not add a block from 10.0.0.0/16 once the VPC has a block from 10.0.0.0/15.`;
	if (!isRfc1918(home) && isRfc1918(added))
		return `${text} is private (RFC 1918) but the primary block ${primaryText} is not; AWS does not add RFC 1918 blocks to such a VPC.`;
	if ((home === 'public' || home === '100.64.0.0/10') && added === '198.19.0.0/16')
		return `AWS does not add a block from 198.19.0.0/16 to a VPC whose primary block (${primaryText}) is ${home === 'public' ? 'publicly routable' : 'in 100.64.0.0/10'}.`;
	return null;
}

/** Advice (not refusals) about a VPC block's range, from "VPC CIDR blocks". */
export function blockAdvice(block: Block): string[] {
	if (block.version !== 4) return [];
	const advice: string[] = [];
	const where = ipv4RangeOf(block);
	if (blocksOverlap(DOCKER_BRIDGE, block))
		advice.push('AWS advises against 172.17.0.0/16: some AWS services (Cloud9, SageMaker) use it and can conflict.');
	if (where === '100.64.0.0/10')
		advice.push(
			'100.64.0.0/10 is shared address space (RFC 6598, carrier-grade NAT); AWS accepts it, often as a secondary block for container addresses.',
		);
	if (where === 'public')
		advice.push(
			'This is a publicly routable range: AWS accepts it, but unless you own it (bring your own IP), the real owners become unreachable from this VPC.',
		);
	return advice;
}
