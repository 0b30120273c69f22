/**
 * security-groups/referencing: the load balancer → instance chain. The instance accepts HTTP only from
 * the load balancer's security group, so users must go through the load balancer.
 */
import type { SgExample } from '../../lib/network';

const allOut = [{ protocol: '-1' as const, cidr: '0.0.0.0/0', description: 'All outbound (the default)' }];

export const lbChainExample: SgExample = {
	groups: [
		{
			id: 'sg-lb',
			name: 'load-balancer',
			inbound: [
				{ protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0', description: 'HTTP from anywhere' },
				{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0', description: 'HTTPS from anywhere' },
			],
			outbound: allOut,
		},
		{
			id: 'sg-app',
			name: 'application',
			inbound: [
				{
					protocol: 'tcp',
					fromPort: 80,
					toPort: 80,
					sourceGroupId: 'sg-lb',
					description: 'HTTP from the load balancer only',
				},
			],
			outbound: allOut,
		},
	],
	machines: [
		{ id: 'user', label: 'A user on the internet', ip: '198.51.100.23', securityGroupIds: [] },
		{ id: 'lb', label: 'Load balancer', ip: '10.0.1.50', securityGroupIds: ['sg-lb'] },
		{ id: 'app', label: 'EC2 instance (app)', ip: '10.0.2.20', securityGroupIds: ['sg-app'] },
	],
	connections: [
		{ id: 'user-to-lb', label: 'User → load balancer (HTTPS)', from: 'user', to: 'lb', protocol: 'tcp', port: 443 },
		{ id: 'lb-to-app', label: 'Load balancer → instance (HTTP)', from: 'lb', to: 'app', protocol: 'tcp', port: 80 },
		{ id: 'user-to-app', label: 'User → instance directly (HTTP)', from: 'user', to: 'app', protocol: 'tcp', port: 80 },
	],
};
