/**
 * The security-group simulator's examples as a CloudFormation template: it reads back, each rule of the
 * example is in it exactly once (embedded, or as its own SecurityGroupIngress/Egress resource when it
 * names another group of the template, as CloudFormation requires), the default outbound rule is left to
 * CloudFormation, and an example the template cannot say exactly gets none, with the reason.
 */
import { describe, expect, test } from 'vitest';
import { securityGroupTemplate, type Rule, type SecurityGroup } from '../../../src/lib/network';
import { templateYaml } from '../../../src/lib/cloudformation';
import { evaluateSgState, initialSgState } from '../../../src/components/network/security-group-simulator';
import { sgCliState } from '../../../src/components/network/sg-cli-views';
import { sgSimulatorExamples } from './sg-simulator-examples';
import { readYaml, type ReadValue } from '../cloudformation/yaml-reader';
import { expectHighlightedLikeView, expectPanel } from '../kit/panel-checks';

const examples = sgSimulatorExamples;
const groupsOf = (example: (typeof examples)[keyof typeof examples]) =>
	evaluateSgState(example, initialSgState(example)).groups!;

type Resource = { Type: string; Properties: Record<string, ReadValue> };

/** Every rule the template says, as [group logical ID, direction, entry without GroupId]. */
function rulesIn(resources: Record<string, Resource>) {
	const out: [string, 'in' | 'out', Record<string, ReadValue>][] = [];
	for (const [id, r] of Object.entries(resources)) {
		if (r.Type === 'AWS::EC2::SecurityGroup') {
			for (const e of (r.Properties['SecurityGroupIngress'] ?? []) as Record<string, ReadValue>[])
				out.push([id, 'in', e]);
			for (const e of (r.Properties['SecurityGroupEgress'] ?? []) as Record<string, ReadValue>[])
				out.push([id, 'out', e]);
		} else {
			const { GroupId, ...rest } = r.Properties;
			out.push([(GroupId as { Ref: string }).Ref, r.Type.endsWith('Ingress') ? 'in' : 'out', rest]);
		}
	}
	return out;
}

const isDefault = (rule: Rule) => rule.protocol === '-1' && rule.cidr === '0.0.0.0/0';

describe.each(Object.entries(examples))('%s', (_, example) => {
	const groups = groupsOf(example);
	const result = securityGroupTemplate(groups);

	test('reads back, and every rule of the example is in it exactly once', () => {
		if (result.template === null) {
			expect(result.reason).toMatch(/outbound/);
			return;
		}
		const document = readYaml(templateYaml(result.template));
		const resources = document['Resources'] as Record<string, Resource>;
		const said = rulesIn(resources);
		const logical = new Map(
			Object.entries(resources)
				.filter(([, r]) => r.Type === 'AWS::EC2::SecurityGroup')
				.map(([id, r]) => [r.Properties['GroupName'], id]),
		);
		const expected = groups.flatMap((group) => {
			const id = logical.get(group.name ?? group.id)!;
			const defaultOnly = group.outbound.every(isDefault);
			return [
				...group.inbound.map((rule) => [id, 'in', rule] as const),
				...(defaultOnly ? [] : group.outbound.map((rule) => [id, 'out', rule] as const)),
			];
		});
		expect(said).toHaveLength(expected.length);
		for (const [id, direction, rule] of expected) {
			const peerKey = direction === 'in' ? 'SourceSecurityGroupId' : 'DestinationSecurityGroupId';
			const localPeer = groups.find((g) => g.id === rule.sourceGroupId);
			const peer = rule.sourceGroupId
				? { [peerKey]: localPeer ? { Ref: logical.get(localPeer.name ?? localPeer.id) } : rule.sourceGroupId }
				: rule.cidr?.includes(':')
					? { CidrIpv6: rule.cidr }
					: { CidrIp: rule.cidr };
			expect(said).toContainEqual([
				id,
				direction,
				expect.objectContaining({
					IpProtocol: rule.protocol,
					...peer,
					...(rule.description ? { Description: rule.description } : {}),
				}),
			]);
		}
	});

	test('the panel: commands parse back, the template reads back, Shiki shows the same', async () => {
		const state = sgCliState(evaluateSgState(example, initialSgState(example)));
		const { panel } = expectPanel(state);
		expect(panel.template?.yaml ?? null).toMatchSnapshot();
		await expectHighlightedLikeView(state);
		expect(panel.notes?.join(' ')).toMatch(
			result.template ? /its own SecurityGroupIngress/ : /No CloudFormation template/,
		);
	});
});

const web = (outbound: Rule[], inbound: Rule[] = []): SecurityGroup => ({
	id: 'sg-web',
	name: 'web',
	inbound,
	outbound,
});

test('only the default outbound rule: no SecurityGroupEgress, CloudFormation adds it', () => {
	const { template } = securityGroupTemplate([web([{ protocol: '-1', cidr: '0.0.0.0/0' }])]);
	expect(template!.Resources['SgWeb']!.Properties).not.toHaveProperty('SecurityGroupEgress');
});

test('other outbound rules: exactly those, so CloudFormation adds no default', () => {
	const { template } = securityGroupTemplate([
		web([{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }]),
	]);
	expect(template!.Resources['SgWeb']!.Properties['SecurityGroupEgress']).toEqual([
		{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' },
	]);
});

test('no outbound rule, or only rules naming groups of the template: no template, and why', () => {
	expect(securityGroupTemplate([web([])])).toEqual({
		template: null,
		reason: expect.stringContaining('no outbound rule'),
	});
	const self = securityGroupTemplate([
		web([{ protocol: 'tcp', fromPort: 5432, toPort: 5432, sourceGroupId: 'sg-web' }]),
	]);
	expect(self.template).toBeNull();
	expect(self.reason).toContain('name groups of the example');
});

test('a rule naming a group of the template is its own resource; an existing group is named by its ID', () => {
	const db: SecurityGroup = {
		id: 'sg-db',
		name: 'db',
		inbound: [
			{ protocol: 'tcp', fromPort: 5432, toPort: 5432, sourceGroupId: 'sg-web' },
			{ protocol: 'tcp', fromPort: 22, toPort: 22, sourceGroupId: 'sg-0123456789abcdef0' },
		],
		outbound: [{ protocol: '-1', cidr: '0.0.0.0/0' }],
	};
	const { template } = securityGroupTemplate([web([{ protocol: '-1', cidr: '0.0.0.0/0' }]), db]);
	const yaml = readYaml(templateYaml(template!));
	const resources = yaml['Resources'] as Record<string, Resource>;
	expect(resources['SgDbIngress1']).toEqual({
		Type: 'AWS::EC2::SecurityGroupIngress',
		Properties: {
			GroupId: { Ref: 'SgDb' },
			IpProtocol: 'tcp',
			FromPort: 5432,
			ToPort: 5432,
			SourceSecurityGroupId: { Ref: 'SgWeb' },
		},
	});
	expect(resources['SgDb']!.Properties['SecurityGroupIngress']).toEqual([
		{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, SourceSecurityGroupId: 'sg-0123456789abcdef0' },
	]);
});
