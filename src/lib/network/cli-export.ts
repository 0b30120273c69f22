/**
 * "Try it in your account" for security groups: the AWS CLI v2 commands that build a simulator's groups.
 * https://docs.aws.amazon.com/cli/latest/reference/ec2/authorize-security-group-ingress.html
 *
 * - A new group already has one outbound rule allowing all traffic to 0.0.0.0/0 (and ::/0 in a VPC with
 *   IPv6); authorizing it again fails with InvalidPermission.Duplicate, so that rule is skipped, and a
 *   group whose example has no such rule gets it revoked instead.
 * - Group IDs are AWS's to choose: the example's IDs (sg-1, …) are placeholders to replace with the
 *   GroupId each create-security-group returns; the VPC ID is a placeholder too.
 */
import type { CliCommand } from '../cli';
import type { Rule, SecurityGroup } from './security-groups';

export const NETWORK_PLACEHOLDERS = { vpcId: 'vpc-0123456789abcdef0' } as const;

/** One IpPermission of the EC2 API for a rule. */
export function ipPermission(rule: Rule): Record<string, unknown> {
	const permission: Record<string, unknown> = { IpProtocol: rule.protocol };
	if (rule.protocol !== '-1') {
		permission['FromPort'] = rule.fromPort ?? (rule.protocol === 'icmp' ? -1 : 0);
		permission['ToPort'] = rule.toPort ?? permission['FromPort'];
	}
	const description = rule.description ? { Description: rule.description } : {};
	if (rule.sourceGroupId) permission['UserIdGroupPairs'] = [{ GroupId: rule.sourceGroupId, ...description }];
	else if (rule.cidr?.includes(':')) permission['Ipv6Ranges'] = [{ CidrIpv6: rule.cidr, ...description }];
	else if (rule.cidr) permission['IpRanges'] = [{ CidrIp: rule.cidr, ...description }];
	return permission;
}

const isDefaultEgress = (rule: Rule) => rule.protocol === '-1' && (rule.cidr === '0.0.0.0/0' || rule.cidr === '::/0');

/** The commands that create `group` with its rules, in the order to run them. */
export function securityGroupCommands(group: SecurityGroup, vpcId: string = NETWORK_PLACEHOLDERS.vpcId): CliCommand[] {
	const name = group.name ?? group.id;
	const commands: CliCommand[] = [
		{
			service: 'ec2',
			operation: 'create-security-group',
			parameters: [
				{ name: '--group-name', values: [name] },
				{ name: '--description', values: [`${name} (DevOps Learning: AWS example)`] },
				{ name: '--vpc-id', values: [vpcId] },
			],
		},
	];
	const rules = (operation: string, list: Rule[]) => {
		if (list.length > 0)
			commands.push({
				service: 'ec2',
				operation,
				parameters: [
					{ name: '--group-id', values: [group.id] },
					{ name: '--ip-permissions', values: [JSON.stringify(list.map(ipPermission))] },
				],
			});
	};
	rules('authorize-security-group-ingress', group.inbound);
	rules(
		'authorize-security-group-egress',
		group.outbound.filter((rule) => !isDefaultEgress(rule)),
	);
	if (!group.outbound.some((rule) => rule.protocol === '-1' && rule.cidr === '0.0.0.0/0'))
		rules('revoke-security-group-egress', [{ protocol: '-1', cidr: '0.0.0.0/0' }]);
	return commands;
}
