/**
 * A security-group simulator's groups as a CloudFormation template, which reads more naturally than
 * create-security-group plus --ip-permissions JSON: one AWS::EC2::SecurityGroup per group with its rules.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroup.html
 *
 * - A rule whose peer is another group of the template is its own AWS::EC2::SecurityGroupIngress /
 *   SecurityGroupEgress resource: embedded rules that cross-reference groups make a circular dependency,
 *   "which CloudFormation doesn't allow".
 * - "If you do not add egress rules, we add egress rules that allow all outbound IPv4 and IPv6 traffic.
 *   Otherwise, we do not add them." So a group whose only outbound rule is the default gets no
 *   SecurityGroupEgress; a group with other embedded outbound rules gets exactly those. A group with no
 *   outbound rule at all, or whose outbound rules all name groups of the template (separate resources,
 *   added after the default rule), cannot be written exactly: no template (null, with the reason).
 */
import { ref, type CfnResource, type CfnTemplate, type YamlMapping, type YamlValue } from '../cloudformation';
import { NETWORK_PLACEHOLDERS } from './cli-export';
import type { Rule, SecurityGroup } from './security-groups';

export type SecurityGroupTemplate = { template: CfnTemplate; reason?: never } | { template: null; reason: string };

/** A logical ID from a group's ID: letters and digits only, e.g. sg-web → SgWeb. */
const logicalId = (id: string) =>
	id
		.split(/[^A-Za-z0-9]+/)
		.filter(Boolean)
		.map((part) => part.charAt(0).toUpperCase() + part.slice(1))
		.join('') || 'Group';

const isDefaultEgress = (rule: Rule) => rule.protocol === '-1' && (rule.cidr === '0.0.0.0/0' || rule.cidr === '::/0');

/** The protocol and ports of a rule, as the template's Ingress / Egress properties say them. */
function ports(rule: Rule): Record<string, YamlValue> {
	if (rule.protocol === '-1') return { IpProtocol: '-1' };
	const from = rule.fromPort ?? (rule.protocol === 'icmp' ? -1 : 0);
	return { IpProtocol: rule.protocol, FromPort: from, ToPort: rule.toPort ?? from };
}

/** The peer of a rule: a CIDR block, or a group (one of the template's, by !Ref, or an existing one by ID). */
function peer(rule: Rule, direction: 'in' | 'out', ids: ReadonlyMap<string, string>): Record<string, YamlValue> {
	if (rule.sourceGroupId) {
		const local = ids.get(rule.sourceGroupId);
		const group = local ? ref(local) : rule.sourceGroupId;
		return direction === 'in' ? { SourceSecurityGroupId: group } : { DestinationSecurityGroupId: group };
	}
	if (rule.cidr?.includes(':')) return { CidrIpv6: rule.cidr };
	return rule.cidr ? { CidrIp: rule.cidr } : {};
}

const entry = (rule: Rule, direction: 'in' | 'out', ids: ReadonlyMap<string, string>): YamlMapping => ({
	...ports(rule),
	...peer(rule, direction, ids),
	...(rule.description ? { Description: rule.description } : {}),
});

/** The template for the groups, or null and why it cannot say exactly what the simulator shows. */
export function securityGroupTemplate(groups: readonly SecurityGroup[]): SecurityGroupTemplate {
	const ids = new Map(groups.map((group) => [group.id, logicalId(group.id)] as const));
	if (new Set(ids.values()).size !== ids.size)
		return { template: null, reason: 'Two group IDs give the same template name.' };
	const resources: Record<string, CfnResource> = {};
	const separate: [string, CfnResource][] = [];
	for (const group of groups) {
		const name = group.name ?? group.id;
		const id = ids.get(group.id)!;
		const crossReferences = (rule: Rule) => rule.sourceGroupId !== undefined && ids.has(rule.sourceGroupId);
		const inbound = group.inbound.filter((rule) => !crossReferences(rule));
		const outbound = group.outbound.filter((rule) => !crossReferences(rule));
		const onlyDefault = group.outbound.length > 0 && group.outbound.every(isDefaultEgress);
		if (!onlyDefault && outbound.length === 0)
			return {
				template: null,
				reason:
					group.outbound.length === 0
						? `${name} has no outbound rule, and CloudFormation gives a group without egress rules the default allow-all rule.`
						: `${name}'s outbound rules all name groups of the example: CloudFormation adds them after the default allow-all rule, which then stays.`,
			};
		resources[id] = {
			Type: 'AWS::EC2::SecurityGroup',
			Properties: {
				GroupName: name,
				GroupDescription: `${name} (DevOps Learning: AWS example)`,
				VpcId: ref('VpcId'),
				...(inbound.length > 0 ? { SecurityGroupIngress: inbound.map((rule) => entry(rule, 'in', ids)) } : {}),
				...(onlyDefault ? {} : { SecurityGroupEgress: outbound.map((rule) => entry(rule, 'out', ids)) }),
			},
		};
		const add = (rules: Rule[], direction: 'in' | 'out') =>
			rules.filter(crossReferences).forEach((rule, i) => {
				separate.push([
					`${id}${direction === 'in' ? 'Ingress' : 'Egress'}${i + 1}`,
					{
						Type: direction === 'in' ? 'AWS::EC2::SecurityGroupIngress' : 'AWS::EC2::SecurityGroupEgress',
						Properties: { GroupId: ref(id), ...entry(rule, direction, ids) },
					},
				]);
			});
		add(group.inbound, 'in');
		add(group.outbound, 'out');
	}
	return {
		template: {
			Description: `Security groups ${groups.map((g) => g.name ?? g.id).join(', ')} with their rules`,
			Parameters: {
				VpcId: { Type: 'AWS::EC2::VPC::Id', Description: 'The VPC of the groups', example: NETWORK_PLACEHOLDERS.vpcId },
			},
			Resources: { ...resources, ...Object.fromEntries(separate) },
		},
	};
}
