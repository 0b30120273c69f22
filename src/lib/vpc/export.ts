/**
 * Exports a checked VPC plan (./plan.ts) as CSV and as AWS CLI commands.
 *
 * The commands are meant to be pasted into a shell, and names come from the reader, so every value goes
 * through the site's one shell quoting (shellQuote from src/lib/cli) and tags go in the CLI's JSON form (the shorthand `Key=…,Value=…`
 * breaks on commas). CSV cells that a spreadsheet would run as a formula (=, +, -, @) are prefixed with
 * an apostrophe (OWASP "CSV injection").
 *
 * CLI reference (checked 2026-12-01): `aws ec2 create-vpc --cidr-block … --amazon-provided-ipv6-cidr-block`,
 * `aws ec2 associate-vpc-cidr-block --vpc-id … --cidr-block …`,
 * `aws ec2 create-subnet --vpc-id … --cidr-block … --ipv6-cidr-block … --availability-zone …`,
 * all with `--tag-specifications` (https://docs.aws.amazon.com/cli/latest/reference/ec2/).
 */
import { jsonArgument, shellQuote } from '../cli';
import { subnetRows, type VpcPlan } from './plan';

export const CSV_COLUMNS = [
	'name',
	'availability_zone',
	'vpc_block',
	'subnet',
	'ipv6_subnet',
	'network',
	'vpc_router',
	'dns',
	'reserved',
	'last',
	'first_usable',
	'last_usable',
	'usable',
] as const;

function csvCell(value: string | number): string {
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per named subnet (free space is not created, so not listed), RFC 4180 with CRLF. */
export function planToCsv(plan: VpcPlan): string {
	const rows = subnetRows(plan).map(({ vpcBlock, subnet, description: d, ipv6 }) =>
		[
			subnet.name,
			subnet.az,
			vpcBlock,
			subnet.cidr,
			ipv6 ?? '',
			d.network,
			d.router,
			d.dns ?? '',
			d.reserved,
			d.last,
			d.firstUsable,
			d.lastUsable,
			d.usable,
		]
			.map(csvCell)
			.join(','),
	);
	return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

const tags = (resourceType: string, name: string) =>
	shellQuote(jsonArgument([{ ResourceType: resourceType, Tags: [{ Key: 'Name', Value: name }] }]));

/** The AWS CLI commands that create the plan: the VPC, its secondary blocks, then each named subnet. */
export function planToCli(plan: VpcPlan): string {
	const [primary, ...secondary] = plan.blocks;
	const lines = [
		`# VPC ${plan.name || '(no name)'} in ${plan.region}. Run in a POSIX shell with the AWS CLI v2.`,
		'VPC_ID=$(aws ec2 create-vpc \\',
		`  --region ${shellQuote(plan.region)} \\`,
		`  --cidr-block ${shellQuote(primary!)} \\`,
		...(plan.ipv6 ? ['  --amazon-provided-ipv6-cidr-block \\'] : []),
		...(plan.name ? [`  --tag-specifications ${tags('vpc', plan.name)} \\`] : []),
		"  --query 'Vpc.VpcId' --output text)",
	];
	for (const block of secondary)
		lines.push(
			`aws ec2 associate-vpc-cidr-block --region ${shellQuote(plan.region)} --vpc-id "$VPC_ID" --cidr-block ${shellQuote(block)}`,
		);
	const rows = subnetRows(plan);
	if (plan.ipv6 && rows.length > 0)
		lines.push(
			`# AWS chooses the VPC's /56; these /64s assume ${plan.ipv6Block}. Check yours with:`,
			`#   aws ec2 describe-vpcs --region ${shellQuote(plan.region)} --vpc-ids "$VPC_ID" --query 'Vpcs[0].Ipv6CidrBlockAssociationSet[0].Ipv6CidrBlock'`,
		);
	for (const { subnet, ipv6 } of rows) {
		lines.push(
			'aws ec2 create-subnet \\',
			`  --region ${shellQuote(plan.region)} --vpc-id "$VPC_ID" \\`,
			`  --cidr-block ${shellQuote(subnet.cidr)} \\`,
			...(ipv6 ? [`  --ipv6-cidr-block ${shellQuote(ipv6)} \\`] : []),
			...(subnet.az ? [`  --availability-zone ${shellQuote(subnet.az)} \\`] : []),
			`  --tag-specifications ${tags('subnet', subnet.name)}`,
		);
	}
	return lines.join('\n') + '\n';
}
