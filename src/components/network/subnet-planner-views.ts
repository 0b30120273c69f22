/**
 * Views of the VPC subnet planner (SubnetPlanner.astro): pure functions from a checked plan to what the
 * page shows, rendered at build time by View.astro and in the browser by ctx.show(). Controls inside
 * the tree (split, join, name, zone) carry `data-action` / `data-cidr`; the client script listens on
 * the tree and never builds markup itself.
 */
import { badge, el, type ViewNode } from '../kit/view';
import { describeSubnet } from '../../lib/network';
import {
	planFreeSpace,
	planToCli,
	planToCsv,
	planTree,
	planWarnings,
	subnetRows,
	type PlanNode,
	type VpcPlan,
} from '../../lib/vpc';

const n = (value: number) => value.toLocaleString('en-US');
/** An id-safe form of a CIDR block: 10.0.0.0/16 → 10-0-0-0-16. */
export const cidrId = (cidr: string) => cidr.replace(/[^0-9a-z]+/gi, '-');

/** The Availability Zones offered for a Region (the first four letters; AWS has a–f in the largest). */
export function zoneChoices(region: string, current: string): string[] {
	const zones = ['a', 'b', 'c', 'd'].map((letter) => `${region}${letter}`);
	return current && !zones.includes(current) ? [...zones, current] : zones;
}

export function plannerSummaryView(plan: VpcPlan): ViewNode {
	const rows = subnetRows(plan);
	const free = planFreeSpace(plan);
	const usable = rows.reduce((sum, row) => sum + row.description.usable, 0);
	const warnings = planWarnings(plan);
	return [
		el(
			'p',
			{ class: 'dla-row' },
			badge('allow', `${rows.length} ${rows.length === 1 ? 'subnet' : 'subnets'}`, 'decision'),
			' ',
			el(
				'span',
				{ 'data-part': 'summary' },
				`${n(usable)} usable IPv4 addresses in ${plan.blocks.length === 1 ? '1 VPC block' : `${plan.blocks.length} VPC blocks`}; `,
				free.length === 0 ? 'no free space.' : `free: ${free.join(', ')}.`,
			),
		),
		warnings.length > 0 &&
			el(
				'ul',
				{ class: 'dla-list', 'data-part': 'warnings' },
				warnings.map((warning) => el('li', {}, warning)),
			),
	];
}

function reservedView(node: PlanNode): ViewNode {
	const d = node.piece!.description;
	return el(
		'details',
		{ class: 'sp-reserved' },
		el('summary', {}, `Reserved and usable addresses of ${node.cidr}`),
		el(
			'ul',
			{ class: 'dla-list' },
			d.reservedAddresses.map((r) => el('li', {}, el('code', {}, r.address), ` ${r.label}`)),
			el('li', {}, 'usable: ', el('code', {}, d.firstUsable), ' to ', el('code', {}, d.lastUsable)),
		),
	);
}

function pieceView(plan: VpcPlan, node: PlanNode, idPrefix: string, ipv6: string | null): ViewNode {
	const piece = node.piece!;
	const id = `${idPrefix}-${cidrId(node.cidr)}`;
	const d = piece.description;
	const size = d.usable + 5;
	return el(
		'li',
		{ class: 'sp-piece', 'data-piece': node.cidr },
		el(
			'p',
			{ class: 'dla-row' },
			el('code', {}, node.cidr),
			piece.name ? badge('allow', 'subnet') : badge('neutral', 'free space'),
			el('span', {}, `${n(d.usable)} usable of ${n(size)}`),
			ipv6 && el('span', {}, 'IPv6 ', el('code', {}, ipv6)),
		),
		el(
			'div',
			{ class: 'dla-row' },
			el(
				'button',
				{
					type: 'button',
					class: 'dla-button',
					'data-action': 'split',
					'data-cidr': node.cidr,
					disabled: !piece.canSplit,
				},
				piece.canSplit ? `Split ${node.cidr}` : '/28 is the smallest',
			),
			piece.joinWith &&
				el(
					'button',
					{ type: 'button', class: 'dla-button', 'data-action': 'join', 'data-cidr': node.cidr },
					`Join with ${piece.joinWith}`,
				),
		),
		el(
			'div',
			{ class: 'sp-fields' },
			el('label', { for: `${id}-name` }, 'Name ', el('span', { class: 'dla-visually-hidden' }, `of ${node.cidr}`)),
			el('input', {
				id: `${id}-name`,
				'data-field': 'name',
				'data-cidr': node.cidr,
				value: piece.name,
				maxlength: 256,
				autocomplete: 'off',
				placeholder: 'empty = free space',
			}),
			el('label', { for: `${id}-az` }, 'Zone ', el('span', { class: 'dla-visually-hidden' }, `of ${node.cidr}`)),
			el(
				'select',
				{ id: `${id}-az`, 'data-field': 'az', 'data-cidr': node.cidr },
				el('option', { value: '', selected: piece.az === '' }, 'AWS chooses'),
				zoneChoices(plan.region, piece.az).map((zone) =>
					el('option', { value: zone, selected: piece.az === zone }, zone),
				),
			),
		),
		reservedView(node),
	);
}

function nodeView(plan: VpcPlan, node: PlanNode, idPrefix: string, ipv6: Map<string, string | null>): ViewNode {
	if (node.piece) return pieceView(plan, node, idPrefix, ipv6.get(node.cidr) ?? null);
	return el(
		'li',
		{ class: 'sp-split' },
		el('p', {}, el('code', {}, node.cidr), ' split in two:'),
		el(
			'ul',
			{ class: 'sp-tree' },
			node.children!.map((child) => nodeView(plan, child, idPrefix, ipv6)),
		),
	);
}

/** The split tree of every VPC block, with controls. `idPrefix` keeps ids unique on the page. */
export function plannerTreeView(plan: VpcPlan, idPrefix: string): ViewNode {
	const ipv6 = new Map(subnetRows(plan).map((row) => [row.subnet.cidr, row.ipv6]));
	return planTree(plan).map((root, index) =>
		el(
			'section',
			{ class: 'sp-block', 'aria-label': `VPC block ${root.cidr}` },
			el(
				'p',
				{ class: 'dla-row' },
				el('strong', {}, index === 0 ? 'Primary block ' : 'Secondary block '),
				el('code', {}, root.cidr),
				index === 0 && plan.ipv6 && el('span', {}, 'and IPv6 ', el('code', {}, plan.ipv6Block)),
				index === 0 && el('span', {}, 'Amazon DNS server ', el('code', {}, describeSubnet(root.cidr).dns)),
				index > 0 &&
					el(
						'button',
						{ type: 'button', class: 'dla-button', 'data-action': 'remove-block', 'data-cidr': root.cidr },
						`Remove ${root.cidr}`,
					),
			),
			el('ul', { class: 'sp-tree' }, nodeView(plan, root, idPrefix, ipv6)),
		),
	);
}

/** The plan as AWS CLI commands and as CSV. */
export function plannerExportsView(plan: VpcPlan): ViewNode {
	return [
		el('h3', {}, 'AWS CLI commands'),
		el(
			'pre',
			{ class: 'sp-export', tabindex: 0, 'aria-label': 'AWS CLI commands' },
			el('code', { 'data-part': 'cli' }, planToCli(plan)),
		),
		el('h3', {}, 'CSV'),
		el(
			'pre',
			{ class: 'sp-export', tabindex: 0, 'aria-label': 'CSV' },
			el('code', { 'data-part': 'csv' }, planToCsv(plan)),
		),
	];
}

export const plannerCaption =
	'AWS rules used: VPC and subnet IPv4 blocks /16 to /28, five reserved addresses per subnet, up to 5 IPv4 blocks per VPC and the secondary-block range restrictions (Amazon VPC User Guide, "VPC CIDR blocks" and "Subnet CIDR blocks", checked 2026-12-01).';
