/**
 * The VPC planner's engine on the page's own example (src/examples/security-groups/three-tier-vpc.ts):
 * the plan is valid, its operations keep every block whole, AWS's block rules are enforced, and the
 * CSV and CLI exports say exactly what the page shows.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { SubnetError } from '../../../src/lib/network';
import { shellQuote } from '../../../src/lib/cli';
import {
	addSecondaryBlock,
	checkPlan,
	joinSubnet,
	nameSubnet,
	planFreeSpace,
	planToCli,
	planToCsv,
	planTree,
	planWarnings,
	removeSecondaryBlock,
	splitSubnet,
	startPlan,
	subnetRows,
	type VpcPlan,
} from '../../../src/lib/vpc';
import { threeTierVpc } from '../../../src/examples/security-groups/three-tier-vpc';

const base = { name: 'lab', region: 'us-east-1', ipv6: false, ipv6Block: '2001:db8:1234:1a00::/56' };

describe('the three-tier example', () => {
	test('is a valid plan, already in canonical order', () => {
		expect(checkPlan(threeTierVpc)).toEqual(threeTierVpc);
	});
	test('has public, app and data subnets in two AZs, and one free /19', () => {
		const rows = subnetRows(threeTierVpc);
		expect(rows.map((r) => `${r.subnet.name} ${r.subnet.az} ${r.subnet.cidr} ${r.description.usable}`)).toEqual([
			'app-a us-east-1a 10.0.0.0/18 16379',
			'app-b us-east-1b 10.0.64.0/18 16379',
			'data-a us-east-1a 10.0.128.0/19 8187',
			'data-b us-east-1b 10.0.160.0/19 8187',
			'public-a us-east-1a 10.0.192.0/20 4091',
			'public-b us-east-1b 10.0.208.0/20 4091',
		]);
		expect(planFreeSpace(threeTierVpc)).toEqual(['10.0.224.0/19']);
		expect(planWarnings(threeTierVpc)).toEqual([]);
	});
	test('can be built from 10.0.0.0/16 with splits and names alone', () => {
		let plan = startPlan('10.0.0.0/16', {
			name: 'three-tier',
			region: 'us-east-1',
			ipv6: false,
			ipv6Block: threeTierVpc.ipv6Block,
		});
		for (const cidr of [
			'10.0.0.0/16',
			'10.0.0.0/17',
			'10.0.128.0/17',
			'10.0.128.0/18',
			'10.0.192.0/18',
			'10.0.192.0/19',
		])
			plan = splitSubnet(plan, cidr);
		for (const s of threeTierVpc.subnets) plan = nameSubnet(plan, s.cidr, s.name, s.az);
		expect(plan).toEqual(threeTierVpc);
	});
	test('CSV export: a header and one row per named subnet, with the reserved addresses', () => {
		const lines = planToCsv(threeTierVpc).split('\r\n');
		expect(lines[0]).toBe(
			'name,availability_zone,vpc_block,subnet,ipv6_subnet,network,vpc_router,dns,reserved,last,first_usable,last_usable,usable',
		);
		expect(lines[1]).toBe(
			'app-a,us-east-1a,10.0.0.0/16,10.0.0.0/18,,10.0.0.0,10.0.0.1,10.0.0.2,10.0.0.3,10.0.63.255,10.0.0.4,10.0.63.254,16379',
		);
		expect(lines).toHaveLength(8); // header, six subnets, and the empty string after the final CRLF
		expect(lines.at(-1)).toBe('');
	});
	test('CLI export: create-vpc, then create-subnet per named subnet with its AZ and Name tag', () => {
		const cli = planToCli(threeTierVpc);
		expect(cli.split('\n').slice(0, 6)).toEqual([
			'# VPC three-tier in us-east-1. Run in a POSIX shell with the AWS CLI v2.',
			'VPC_ID=$(aws ec2 create-vpc \\',
			'  --region us-east-1 \\',
			'  --cidr-block 10.0.0.0/16 \\',
			`  --tag-specifications '[{"ResourceType":"vpc","Tags":[{"Key":"Name","Value":"three-tier"}]}]' \\`,
			"  --query 'Vpc.VpcId' --output text)",
		]);
		expect(cli.match(/aws ec2 create-subnet/g)).toHaveLength(6);
		expect(cli).toContain(
			[
				'aws ec2 create-subnet \\',
				'  --region us-east-1 --vpc-id "$VPC_ID" \\',
				'  --cidr-block 10.0.192.0/20 \\',
				'  --availability-zone us-east-1a \\',
				`  --tag-specifications '[{"ResourceType":"subnet","Tags":[{"Key":"Name","Value":"public-a"}]}]'`,
			].join('\n'),
		);
		expect(cli).not.toContain('10.0.224.0/19'); // free space is not created
		expect(cli).not.toContain('ipv6');
	});
	test('with IPv6 on, the VPC asks for a /56 and the nth subnet gets the nth /64', () => {
		const plan = { ...threeTierVpc, ipv6: true };
		expect(subnetRows(plan).map((r) => r.ipv6)).toEqual([
			'2001:db8:1234:1a00::/64',
			'2001:db8:1234:1a01::/64',
			'2001:db8:1234:1a02::/64',
			'2001:db8:1234:1a03::/64',
			'2001:db8:1234:1a04::/64',
			'2001:db8:1234:1a05::/64',
		]);
		const cli = planToCli(plan);
		expect(cli).toContain('  --amazon-provided-ipv6-cidr-block \\');
		expect(cli).toContain('  --ipv6-cidr-block 2001:db8:1234:1a05::/64 \\');
		expect(planToCsv(plan).split('\r\n')[6]).toContain(',10.0.208.0/20,2001:db8:1234:1a05::/64,');
	});
});

describe('exports are safe with any name', () => {
	test('CSV escapes commas and quotes and defuses formulas', () => {
		const plan = nameSubnet(threeTierVpc, '10.0.0.0/18', '=HYPERLINK("x"),a', 'us-east-1a');
		expect(planToCsv(plan).split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""x""\),a",us-east-1a,/);
	});
	test('a hostile name cannot break out of the tag JSON or the shell quote', () => {
		const name = `x'"; rm -rf / #`;
		const cli = planToCli(nameSubnet(threeTierVpc, '10.0.0.0/18', name, ''));
		expect(cli).toContain(
			shellQuote(JSON.stringify([{ ResourceType: 'subnet', Tags: [{ Key: 'Name', Value: name }] }])),
		);
	});
});

describe('AWS block rules', () => {
	test('secondary blocks: 100.64.0.0/16 is allowed next to 10.0.0.0/16; another RFC 1918 range is not', () => {
		const plan = addSecondaryBlock(threeTierVpc, '100.64.0.0/16');
		expect(plan.blocks).toEqual(['10.0.0.0/16', '100.64.0.0/16']);
		expect(planWarnings(plan)[0]).toMatch(/^100\.64\.0\.0\/16: 100\.64\.0\.0\/10 is shared address space/);
		expect(planToCli(plan)).toContain(
			'aws ec2 associate-vpc-cidr-block --region us-east-1 --vpc-id "$VPC_ID" --cidr-block 100.64.0.0/16',
		);
		expect(() => addSecondaryBlock(threeTierVpc, '192.168.0.0/16')).toThrow('does not mix RFC 1918 ranges');
		expect(() => addSecondaryBlock(threeTierVpc, '198.19.0.0/16')).toThrow('198.19.0.0/16');
	});
	test('overlapping secondary blocks, a sixth block and link-local are refused', () => {
		expect(() => addSecondaryBlock(threeTierVpc, '10.0.128.0/17')).toThrow('overlaps 10.0.0.0/16');
		let plan: VpcPlan = threeTierVpc;
		for (const block of ['10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16', '10.4.0.0/16'])
			plan = addSecondaryBlock(plan, block);
		expect(() => addSecondaryBlock(plan, '10.5.0.0/16')).toThrow('at most 5 IPv4 blocks');
		expect(() => startPlan('169.254.0.0/16', base)).toThrow('link-local');
	});
	test('a public primary block is accepted with advice; a public VPC cannot add RFC 1918', () => {
		const plan = startPlan('203.0.113.0/24', base);
		expect(planWarnings(plan)[0]).toContain('publicly routable');
		expect(() => addSecondaryBlock(plan, '10.0.0.0/16')).toThrow('RFC 1918');
	});
	test('the primary block cannot be removed; a secondary block goes with its subnets', () => {
		const plan = splitSubnet(addSecondaryBlock(threeTierVpc, '100.64.0.0/16'), '100.64.0.0/16');
		expect(removeSecondaryBlock(plan, '100.64.0.0/16')).toEqual(threeTierVpc);
		expect(() => removeSecondaryBlock(plan, '10.0.0.0/16')).toThrow('primary block');
	});
	test.each([
		[{ subnets: [...threeTierVpc.subnets, { cidr: '10.1.0.0/24', name: 'x', az: '' }] }, 'not inside any of the VPC'],
		[{ subnets: threeTierVpc.subnets.slice(1) }, 'do not cover it exactly'],
		[{ subnets: [...threeTierVpc.subnets, { cidr: '10.0.0.0/19', name: '', az: '' }] }, 'overlaps another subnet'],
		[{ blocks: ['10.0.0.0/29'] }, "smaller than AWS's minimum /28"],
		[{ blocks: ['10.0.0.0/15'] }, "larger than AWS's maximum /16"],
		[{ blocks: ['10.0.0.0/16', '10.0.0.0/17'] }, 'overlaps'],
		[{ region: 'mars-1' }, 'not a Region code'],
		[
			{ subnets: threeTierVpc.subnets.map((s, i) => (i === 0 ? { ...s, az: 'eu-west-1a' } : s)) },
			'not an Availability Zone of us-east-1',
		],
		[{ subnets: threeTierVpc.subnets.map((s, i) => (i === 0 ? { ...s, cidr: '10.0.0.1/18' } : s)) }, 'host bits'],
		[{ name: 'x'.repeat(257) }, '256 characters'],
		[{ ipv6Block: '2001:db8::/48' }, 'not an IPv6 /56'],
		[{ ipv6Block: '2001:db8::/62' }, 'not an IPv6 VPC size AWS allows'],
	])('checkPlan refuses a bad plan (%#)', (change, message) => {
		expect(() => checkPlan({ ...threeTierVpc, ...change } as VpcPlan)).toThrow(SubnetError);
		expect(() => checkPlan({ ...threeTierVpc, ...change } as VpcPlan)).toThrow(message);
	});
});

describe('checkPlan on anything', () => {
	test('throws SubnetError, never anything else, for any shape of input', () => {
		const field = fc.oneof(fc.anything(), fc.string(), fc.constantFrom('10.0.0.0/16', 'us-east-1', '2001:db8::/56'));
		const subnet = fc.oneof(fc.anything(), fc.record({ cidr: field, name: field, az: field }));
		const plan = fc.oneof(
			fc.anything(),
			fc.record({
				name: field,
				region: field,
				blocks: fc.oneof(fc.anything(), fc.array(field, { maxLength: 7 })),
				ipv6: fc.anything(),
				ipv6Block: field,
				subnets: fc.oneof(fc.anything(), fc.array(subnet, { maxLength: 5 })),
			}),
		);
		fc.assert(
			fc.property(plan, (input) => {
				try {
					checkPlan(input as VpcPlan);
				} catch (error) {
					expect(error).toBeInstanceOf(SubnetError);
				}
			}),
			{ numRuns: 500 },
		);
	});
});

describe('plan operations', () => {
	test('join merges a piece with its whole sibling and keeps the first name', () => {
		const joined = joinSubnet(threeTierVpc, '10.0.64.0/18');
		expect(joined.subnets[0]).toEqual({ cidr: '10.0.0.0/17', name: 'app-a', az: 'us-east-1a' });
		expect(() => joinSubnet(threeTierVpc, '10.0.224.0/19')).toThrow('no whole sibling');
		expect(() => splitSubnet(startPlan('10.0.0.0/28', base), '10.0.0.0/28')).toThrow("AWS's smallest subnet");
	});
	test('the tree mirrors the splits', () => {
		const [root] = planTree(threeTierVpc);
		expect(root!.cidr).toBe('10.0.0.0/16');
		expect(root!.children![0].children![0].piece).toMatchObject({
			name: 'app-a',
			canSplit: true,
			joinWith: '10.0.64.0/18',
		});
		expect(root!.children![1].children![1].children![1].piece).toMatchObject({ cidr: '10.0.224.0/19', joinWith: null });
	});
	test('random splits and joins always leave a valid plan that covers the block', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 60 }), (steps) => {
				let plan = startPlan('10.0.0.0/20', base);
				for (const [split, pick] of steps) {
					const target = plan.subnets[pick % plan.subnets.length]!.cidr;
					try {
						plan = split ? splitSubnet(plan, target) : joinSubnet(plan, target);
					} catch (error) {
						expect(error).toBeInstanceOf(SubnetError);
					}
				}
				expect(checkPlan(plan)).toEqual(plan);
			}),
		);
	});
});
