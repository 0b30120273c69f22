/** Security-group "try it in your account" commands for every simulator example: they parse back and carry each rule. */
import { describe, expect, test } from 'vitest';
import { formatCliCommand, parseCliCommand } from '../../../src/lib/cli';
import { ipPermission, securityGroupCommands, type SgExample } from '../../../src/lib/network';
import { inboundOutboundExample } from '../../../src/examples/security-groups/inbound-outbound';
import { lbChainExample } from '../../../src/examples/security-groups/lb-chain';
import { referencingExample } from '../../../src/examples/security-groups/referencing';
import { rulesTableExample } from '../../../src/examples/security-groups/rules-table';
import { statefulExample } from '../../../src/examples/security-groups/stateful';

const examples: [string, SgExample][] = [
	['inbound-outbound', inboundOutboundExample],
	['lb-chain', lbChainExample],
	['referencing', referencingExample],
	['rules-table', rulesTableExample],
	['stateful', statefulExample],
];

describe.each(examples)('%s', (_, example) => {
	test.each(example.groups.map((g) => [g.id, g] as const))(
		'group %s: every command parses back; every rule is authorized',
		(_, group) => {
			const commands = securityGroupCommands(group);
			const authorized: unknown[] = [];
			for (const command of commands) {
				const parsed = parseCliCommand(formatCliCommand(command));
				expect(parsed.service).toBe('ec2');
				expect(parsed.operation).toBe(command.operation);
				expect(parsed.parameters.map((p) => ({ name: p.name, values: p.values }))).toEqual(command.parameters);
				const permissions = parsed.parameters.find((p) => p.name === '--ip-permissions');
				if (permissions && command.operation.startsWith('authorize'))
					authorized.push(...JSON.parse(permissions.value!));
			}
			const expected = [...group.inbound, ...group.outbound]
				.filter((r) => !(r.protocol === '-1' && (r.cidr === '0.0.0.0/0' || r.cidr === '::/0')))
				.map(ipPermission);
			expect(authorized).toEqual(expected);
		},
	);
});

test('permissions: ports, ICMP type/code, all traffic, group references, IPv6', () => {
	expect(
		ipPermission({ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '203.0.113.0/24', description: "Bob's laptop" }),
	).toEqual({
		IpProtocol: 'tcp',
		FromPort: 22,
		ToPort: 22,
		IpRanges: [{ CidrIp: '203.0.113.0/24', Description: "Bob's laptop" }],
	});
	expect(ipPermission({ protocol: 'icmp', fromPort: 8, toPort: -1, cidr: '0.0.0.0/0' })).toMatchObject({
		FromPort: 8,
		ToPort: -1,
	});
	expect(ipPermission({ protocol: '-1', sourceGroupId: 'sg-2' })).toEqual({
		IpProtocol: '-1',
		UserIdGroupPairs: [{ GroupId: 'sg-2' }],
	});
	expect(ipPermission({ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '::/0' })).toMatchObject({
		Ipv6Ranges: [{ CidrIpv6: '::/0' }],
	});
});

test('a group without the default all-outbound rule gets it revoked', () => {
	const commands = securityGroupCommands({ id: 'sg-9', name: 'Locked', inbound: [], outbound: [] });
	expect(commands.map((c) => c.operation)).toEqual(['create-security-group', 'revoke-security-group-egress']);
	expect(formatCliCommand(commands[1]!)).toMatchInlineSnapshot(`
		"aws ec2 revoke-security-group-egress \\
		  --group-id sg-9 \\
		  --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]'"
	`);
});
