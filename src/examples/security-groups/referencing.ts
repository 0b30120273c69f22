/**
 * security-groups/referencing (D17): instance A (SG1) accepts port 123 from SG1 and SG2 — NOT SG3
 * (erratum E41). Connections use private IPs; through a public IP the reference stops matching.
 */
import type { SgExample } from '../../lib/network';

const allOut = [{ protocol: '-1' as const, cidr: '0.0.0.0/0', description: 'All outbound' }];

export const referencingExample: SgExample = {
	groups: [
		{
			id: 'sg-1',
			name: 'SG1',
			inbound: [
				{ protocol: 'udp', fromPort: 123, toPort: 123, sourceGroupId: 'sg-1', description: 'From instances in SG1' },
				{ protocol: 'udp', fromPort: 123, toPort: 123, sourceGroupId: 'sg-2', description: 'From instances in SG2' },
			],
			outbound: allOut,
		},
		{ id: 'sg-2', name: 'SG2', inbound: [], outbound: allOut },
		{ id: 'sg-3', name: 'SG3', inbound: [], outbound: allOut },
	],
	machines: [
		{ id: 'a', label: 'Instance A (SG1)', ip: '10.0.1.10', securityGroupIds: ['sg-1'] },
		{ id: 'b', label: 'Instance B (SG1)', ip: '10.0.1.11', securityGroupIds: ['sg-1'] },
		{ id: 'c', label: 'Instance C (SG2)', ip: '10.0.2.20', securityGroupIds: ['sg-2'] },
		{ id: 'd', label: 'Instance D (SG3)', ip: '10.0.3.30', securityGroupIds: ['sg-3'] },
	],
	connections: [
		{ id: 'b-to-a', label: 'B (SG1) → A', from: 'b', to: 'a', protocol: 'udp', port: 123 },
		{ id: 'c-to-a', label: 'C (SG2) → A', from: 'c', to: 'a', protocol: 'udp', port: 123 },
		{ id: 'd-to-a', label: 'D (SG3) → A', from: 'd', to: 'a', protocol: 'udp', port: 123 },
		{
			id: 'c-to-a-public',
			label: 'C (SG2) → A via its public IP',
			from: 'c',
			to: 'a',
			protocol: 'udp',
			port: 123,
			viaPublicIp: true,
		},
	],
	editableGroupIds: ['sg-1'],
	showViaPublicIp: true,
};
