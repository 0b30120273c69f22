/**
 * A VPC subnet plan (built on the subnet arithmetic in src/lib/network): one to five IPv4 VPC blocks, each carved into subnets by splitting blocks in half
 * and joining halves back. Every block is always exactly covered by its pieces ("leaves"); a leaf with
 * a name is a subnet to create, a leaf without one is free space. Pure: the planner widget, its share
 * link and the exports (./export.ts) all go through `checkPlan`, so a crafted plan is refused with
 * a SubnetError a learner can read.
 *
 * Quotas (Amazon VPC quotas, https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html,
 * checked 2026-12-01): 5 IPv4 CIDR blocks per VPC and 200 subnets per VPC by default (both adjustable).
 * IPv6: an Amazon-provided VPC block is always /56 and holds 256 /64 subnets ("VPC CIDR blocks").
 */
import {
	AWS_BLOCK_LIMITS,
	SubnetError,
	blockContains as contains,
	blockHalves as halves,
	blockParent as parentOf,
	blockSibling as siblingOf,
	blockSize,
	blockText,
	blocksOverlap,
	describeBlock,
	freeBlocks,
	parseSubnetBlock,
	parseVpcBlock,
	type IpBlock as Block,
	type SubnetDescription,
} from '../network';
import { blockAdvice, secondaryBlockRestriction } from './ranges';

export const VPC_PLAN_LIMITS = {
	/** Default quota "IPv4 CIDR blocks per VPC". */
	ipv4BlocksPerVpc: 5,
	/** Default quota "Subnets per VPC". */
	subnetsPerVpc: 200,
	/** AWS tag values are at most 256 Unicode characters. */
	nameLength: 256,
	/** Leaves a plan may hold: a /16 split all the way to /28. */
	leaves: 4096,
	/** An Amazon-provided IPv6 block is /56: 256 subnets of /64. */
	ipv6Subnets: 256,
} as const;

export interface PlannedSubnet {
	cidr: string;
	/** The Name tag; empty = free space, not created. */
	name: string;
	/** Availability Zone, e.g. us-east-1a; empty = let AWS choose. */
	az: string;
}

export interface VpcPlan {
	/** The VPC's Name tag. */
	name: string;
	region: string;
	/** IPv4 VPC blocks; the first is the primary block. */
	blocks: string[];
	ipv6: boolean;
	/** The VPC's /56 (AWS chooses it; the example uses AWS's documentation block). */
	ipv6Block: string;
	/** Every piece of every block, in block order then address order. */
	subnets: PlannedSubnet[];
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

interface Leaf {
	block: Block;
	name: string;
	az: string;
}

const compare = (a: Block, b: Block) => (a.network < b.network ? -1 : a.network > b.network ? 1 : 0);

/** Checks and normalises a plan (canonical CIDRs, pieces in order). Throws SubnetError. */
export function checkPlan(input: VpcPlan): VpcPlan {
	if (input === null || typeof input !== 'object') throw new SubnetError(typeof input, 'A VPC plan is an object.');
	checkText(input.name, 'The VPC name');
	if (typeof input.region !== 'string' || !REGION.test(input.region)) {
		const shown = typeof input.region === 'string' ? input.region.slice(0, 30) : typeof input.region;
		throw new SubnetError(shown, `"${shown}" is not a Region code such as us-east-1.`);
	}
	const blocks = checkBlocks(input.blocks);
	const ipv6Block = parseVpcBlock(input.ipv6Block);
	if (ipv6Block.version !== 6 || ipv6Block.prefix !== 56)
		throw new SubnetError(
			input.ipv6Block,
			`${blockText(ipv6Block)} is not an IPv6 /56, the size of an Amazon-provided block.`,
		);
	if (!Array.isArray(input.subnets) || input.subnets.length > VPC_PLAN_LIMITS.leaves)
		throw new SubnetError(
			'subnets',
			`A plan holds at most ${VPC_PLAN_LIMITS.leaves} pieces (a /16 split down to /28).`,
		);
	const leaves = input.subnets.map((subnet) => checkLeaf(subnet, input.region));
	const ordered = blocks.flatMap((block) => tileBlock(block, leaves));
	if (ordered.length !== leaves.length) {
		const outside = leaves.find((leaf) => !blocks.some((block) => contains(block, leaf.block)))!;
		throw new SubnetError(
			blockText(outside.block),
			`${blockText(outside.block)} is not inside any of the VPC's blocks (${blocks.map(blockText).join(', ')}).`,
		);
	}
	return {
		name: input.name,
		region: input.region,
		blocks: blocks.map(blockText),
		ipv6: input.ipv6 === true,
		ipv6Block: blockText(ipv6Block),
		subnets: ordered.map((leaf) => ({ cidr: blockText(leaf.block), name: leaf.name, az: leaf.az })),
	};
}

function checkText(value: unknown, what: string): void {
	if (typeof value !== 'string') throw new SubnetError(typeof value, `${what} must be text.`);
	if ([...value].length > VPC_PLAN_LIMITS.nameLength)
		throw new SubnetError(
			value.slice(0, 40),
			`${what} is longer than AWS's ${VPC_PLAN_LIMITS.nameLength} characters for a tag value.`,
		);
}

function checkBlocks(texts: readonly string[]): Block[] {
	if (!Array.isArray(texts) || texts.length === 0) throw new SubnetError('blocks', 'A VPC needs an IPv4 CIDR block.');
	const blocks: Block[] = [];
	for (const text of texts) {
		const block = parseVpcBlock(text);
		if (block.version !== 4)
			throw new SubnetError(text, `${blockText(block)} is IPv6; a VPC's primary and secondary blocks here are IPv4.`);
		checkSecondary(blocks, block, text);
		blocks.push(block);
	}
	return blocks;
}

/** The rules for adding one more IPv4 block to `existing`. Throws SubnetError. */
function checkSecondary(existing: readonly Block[], block: Block, text: string): void {
	if (existing.length === 0) return;
	if (existing.length >= VPC_PLAN_LIMITS.ipv4BlocksPerVpc)
		throw new SubnetError(
			text,
			`A VPC has at most ${VPC_PLAN_LIMITS.ipv4BlocksPerVpc} IPv4 blocks by default (an adjustable quota).`,
		);
	const overlapping = existing.find((other) => blocksOverlap(other, block));
	if (overlapping)
		throw new SubnetError(
			text,
			`${blockText(block)} overlaps ${blockText(overlapping)}, already in this VPC; AWS refuses overlapping blocks.`,
		);
	const restriction = secondaryBlockRestriction(existing, block);
	if (restriction) throw new SubnetError(text, restriction);
}

function checkLeaf(subnet: PlannedSubnet, region: string): Leaf {
	if (subnet === null || typeof subnet !== 'object')
		throw new SubnetError(typeof subnet, 'A subnet needs a CIDR block.');
	const block = parseSubnetBlock(subnet.cidr);
	if (block.version !== 4)
		throw new SubnetError(subnet.cidr, `${blockText(block)} is IPv6; plan subnets by their IPv4 block.`);
	checkText(subnet.name, `The name of ${blockText(block)}`);
	if (subnet.az !== undefined && typeof subnet.az !== 'string')
		throw new SubnetError(typeof subnet.az, `The Availability Zone of ${blockText(block)} must be text.`);
	const az = subnet.az ?? '';
	if (az !== '' && !(az.startsWith(region) && /^[a-z]$/.test(az.slice(region.length))))
		throw new SubnetError(az, `"${az.slice(0, 30)}" is not an Availability Zone of ${region} (such as ${region}a).`);
	return { block, name: subnet.name, az };
}

/** The leaves inside `block`, in order; throws unless they cover it exactly, without overlap. */
function tileBlock(block: Block, leaves: readonly Leaf[]): Leaf[] {
	const inside = leaves.filter((leaf) => contains(block, leaf.block)).sort((a, b) => compare(a.block, b.block));
	let next = block.network;
	for (const leaf of inside) {
		if (leaf.block.network < next)
			throw new SubnetError(blockText(leaf.block), `${blockText(leaf.block)} overlaps another subnet of the plan.`);
		if (leaf.block.network > next) break;
		next = leaf.block.network + blockSize(leaf.block);
	}
	if (next !== block.network + blockSize(block))
		throw new SubnetError(
			blockText(block),
			`The pieces of ${blockText(block)} do not cover it exactly; split and join keep every block whole.`,
		);
	return inside;
}

const leafOf = (subnet: PlannedSubnet): Leaf => ({
	block: parseSubnetBlock(subnet.cidr),
	name: subnet.name,
	az: subnet.az,
});
const toSubnet = (leaf: Leaf): PlannedSubnet => ({ cidr: blockText(leaf.block), name: leaf.name, az: leaf.az });

function indexOf(plan: VpcPlan, cidr: string): number {
	const wanted = blockText(parseSubnetBlock(cidr));
	const index = plan.subnets.findIndex((s) => s.cidr === wanted);
	if (index < 0) throw new SubnetError(cidr, `${wanted} is not a subnet of this plan.`);
	return index;
}

/** A new plan: one VPC block, not yet split. Throws SubnetError. */
export function startPlan(vpcCidr: string, base: Pick<VpcPlan, 'name' | 'region' | 'ipv6' | 'ipv6Block'>): VpcPlan {
	const block = blockText(parseVpcBlock(vpcCidr));
	return checkPlan({ ...base, blocks: [block], subnets: [{ cidr: block, name: '', az: '' }] });
}

/** Replaces a piece by its two (unnamed) halves. Throws SubnetError (e.g. for a /28). */
export function splitSubnet(plan: VpcPlan, cidr: string): VpcPlan {
	const index = indexOf(plan, cidr);
	const block = leafOf(plan.subnets[index]!).block;
	if (block.prefix >= AWS_BLOCK_LIMITS.ipv4.smallest)
		throw new SubnetError(cidr, `${blockText(block)} is already AWS's smallest subnet (/28); its halves would be /29.`);
	const pieces = halves(block).map((half) => ({ cidr: blockText(half), name: '', az: '' }));
	return { ...plan, subnets: plan.subnets.toSpliced(index, 1, ...pieces) };
}

/** The piece `cidr` can join with (its sibling, if that is a whole piece), or null. */
export function joinPartner(plan: VpcPlan, cidr: string): string | null {
	const block = parseSubnetBlock(cidr);
	if (plan.blocks.includes(blockText(block))) return null;
	const sibling = blockText(siblingOf(block));
	return plan.subnets.some((s) => s.cidr === sibling) ? sibling : null;
}

/** Joins a piece with its sibling; the parent keeps the first name and zone found. Throws SubnetError. */
export function joinSubnet(plan: VpcPlan, cidr: string): VpcPlan {
	const partner = joinPartner(plan, cidr);
	if (!partner)
		throw new SubnetError(cidr, `${cidr} has no whole sibling to join with (split pieces must be joined first).`);
	const first = plan.subnets[indexOf(plan, cidr)]!;
	const second = plan.subnets[indexOf(plan, partner)]!;
	const [low, high] = compare(leafOf(first).block, leafOf(second).block) < 0 ? [first, second] : [second, first];
	const parent: PlannedSubnet = {
		cidr: blockText(parentOf(leafOf(low).block)),
		name: low.name || high.name,
		az: low.az || high.az,
	};
	const at = plan.subnets.indexOf(low);
	return { ...plan, subnets: plan.subnets.toSpliced(at, 2, parent) };
}

/** Sets a piece's Name tag and Availability Zone. Throws SubnetError. */
export function nameSubnet(plan: VpcPlan, cidr: string, name: string, az: string): VpcPlan {
	const index = indexOf(plan, cidr);
	const leaf = checkLeaf({ cidr, name, az }, plan.region);
	return { ...plan, subnets: plan.subnets.toSpliced(index, 1, toSubnet(leaf)) };
}

/** Associates a secondary IPv4 block (AWS's rules: size, overlap, ranges, quota). Throws SubnetError. */
export function addSecondaryBlock(plan: VpcPlan, cidr: string): VpcPlan {
	const block = parseVpcBlock(cidr);
	if (block.version !== 4)
		throw new SubnetError(cidr, `${blockText(block)} is IPv6; turn IPv6 on to give the VPC its /56.`);
	checkSecondary(plan.blocks.map(parseVpcBlock), block, cidr);
	const text = blockText(block);
	return { ...plan, blocks: [...plan.blocks, text], subnets: [...plan.subnets, { cidr: text, name: '', az: '' }] };
}

/** Disassociates a secondary block and its subnets. The primary block cannot be removed (AWS's rule). */
export function removeSecondaryBlock(plan: VpcPlan, cidr: string): VpcPlan {
	const block = parseVpcBlock(cidr);
	const index = plan.blocks.indexOf(blockText(block));
	if (index < 0) throw new SubnetError(cidr, `${blockText(block)} is not one of this VPC's blocks.`);
	if (index === 0)
		throw new SubnetError(cidr, `${blockText(block)} is the primary block; AWS never removes it from the VPC.`);
	return {
		...plan,
		blocks: plan.blocks.toSpliced(index, 1),
		subnets: plan.subnets.filter((s) => !contains(block, parseSubnetBlock(s.cidr))),
	};
}

/** One named subnet with AWS's view of its addresses and, with IPv6 on, its /64. */
export interface SubnetRow {
	vpcBlock: string;
	subnet: PlannedSubnet;
	description: SubnetDescription;
	/** The /64 this subnet gets from the VPC's /56, or null (IPv6 off, or past the 256th subnet). */
	ipv6: string | null;
}

/** The named subnets, in plan order, with their /64s: the nth named subnet gets the nth /64. */
export function subnetRows(plan: VpcPlan): SubnetRow[] {
	const ipv6 = parseVpcBlock(plan.ipv6Block);
	const blocks = plan.blocks.map(parseVpcBlock);
	let next = 0n;
	return plan.subnets
		.filter((s) => s.name !== '')
		.map((subnet) => {
			const block = parseSubnetBlock(subnet.cidr);
			let slash64: string | null = null;
			if (plan.ipv6 && next < BigInt(VPC_PLAN_LIMITS.ipv6Subnets))
				slash64 = blockText({ version: 6, network: ipv6.network + (next++ << 64n), prefix: 64 });
			const vpcBlock = blockText(blocks.find((b) => contains(b, block))!);
			return { vpcBlock, subnet, description: describeBlock(block), ipv6: slash64 };
		});
}

/** A node of the split tree, for drawing the plan. */
export interface PlanNode {
	cidr: string;
	/** Present on a piece (leaf); absent on a block that has been split. */
	piece?: PlannedSubnet & { description: SubnetDescription; canSplit: boolean; joinWith: string | null };
	children?: [PlanNode, PlanNode];
}

/** The split tree of each VPC block. */
export function planTree(plan: VpcPlan): PlanNode[] {
	const byCidr = new Map(plan.subnets.map((s) => [s.cidr, s]));
	const build = (block: Block): PlanNode => {
		const cidr = blockText(block);
		const piece = byCidr.get(cidr);
		if (piece)
			return {
				cidr,
				piece: {
					...piece,
					description: describeBlock(block),
					canSplit: block.prefix < AWS_BLOCK_LIMITS.ipv4.smallest,
					joinWith: joinPartner(plan, cidr),
				},
			};
		const [low, high] = halves(block);
		return { cidr, children: [build(low), build(high)] };
	};
	return plan.blocks.map((text) => build(parseVpcBlock(text)));
}

/** The free space of each block, merged into the fewest CIDR blocks. */
export function planFreeSpace(plan: VpcPlan): string[] {
	const used = plan.subnets.filter((s) => s.name !== '').map((s) => parseSubnetBlock(s.cidr));
	return plan.blocks.flatMap((text) => freeBlocks(parseVpcBlock(text), used).map(blockText));
}

/** Advice and quota warnings for a checked plan (none of them stop AWS creating it, except as noted). */
export function planWarnings(plan: VpcPlan): string[] {
	const warnings = plan.blocks.flatMap((text) => blockAdvice(parseVpcBlock(text)).map((a) => `${text}: ${a}`));
	const named = plan.subnets.filter((s) => s.name !== '').length;
	if (named > VPC_PLAN_LIMITS.subnetsPerVpc)
		warnings.push(
			`${named} subnets is more than the default quota of ${VPC_PLAN_LIMITS.subnetsPerVpc} subnets per VPC; AWS refuses the rest unless the quota is raised.`,
		);
	if (plan.ipv6 && named > VPC_PLAN_LIMITS.ipv6Subnets)
		warnings.push(
			`A /56 holds ${VPC_PLAN_LIMITS.ipv6Subnets} /64 subnets; the subnets after the ${VPC_PLAN_LIMITS.ipv6Subnets}th get no IPv6 block.`,
		);
	return warnings;
}
