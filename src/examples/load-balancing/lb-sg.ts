/**
 * load-balancer-security-groups (D21): internet → load balancer SG (80/443 from anywhere) → instance SG
 * (80 only from the load balancer's SG, sg-054b5ff5ea02f2b6e as in the notes). A direct hit on an instance fails.
 * Evaluated by the network engine (src/lib/network, evaluateFlow).
 */
import type { SgExample } from '../../lib/network';

const allOut = [{ protocol: '-1' as const, cidr: '0.0.0.0/0', description: 'All outbound (default)' }];

export const LB_SG_ID = 'sg-054b5ff5ea02f2b6e';
export const APP_SG_ID = 'sg-0a1b2c3d4e5f60718';

export const lbSgExample: SgExample = {
	groups: [
		{
			id: LB_SG_ID,
			name: 'load balancer',
			inbound: [
				{ protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0', description: 'HTTP from anyone' },
				{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0', description: 'HTTPS from anyone' },
			],
			outbound: allOut,
		},
		{
			id: APP_SG_ID,
			name: 'application instances',
			inbound: [
				{
					protocol: 'tcp',
					fromPort: 80,
					toPort: 80,
					sourceGroupId: LB_SG_ID,
					description: 'HTTP from the load balancer only',
				},
			],
			outbound: allOut,
		},
	],
	machines: [
		{ id: 'user', label: 'A user on the internet', ip: '203.0.113.25', securityGroupIds: [] },
		{ id: 'lb', label: 'Load balancer node', ip: '10.0.1.15', securityGroupIds: [LB_SG_ID] },
		{ id: 'web', label: 'EC2 instance', ip: '10.0.2.40', securityGroupIds: [APP_SG_ID] },
	],
	connections: [
		{
			id: 'user-lb-https',
			label: 'User → load balancer, HTTPS 443',
			from: 'user',
			to: 'lb',
			protocol: 'tcp',
			port: 443,
		},
		{ id: 'user-lb-http', label: 'User → load balancer, HTTP 80', from: 'user', to: 'lb', protocol: 'tcp', port: 80 },
		{ id: 'lb-web', label: 'Load balancer → instance, HTTP 80', from: 'lb', to: 'web', protocol: 'tcp', port: 80 },
		{ id: 'user-web', label: 'User → instance directly, HTTP 80', from: 'user', to: 'web', protocol: 'tcp', port: 80 },
		{ id: 'user-lb-ssh', label: 'User → load balancer, SSH 22', from: 'user', to: 'lb', protocol: 'tcp', port: 22 },
	],
	editableGroupIds: [LB_SG_ID, APP_SG_ID],
};

/** What the page states for each preset (asserted by the unit test against the engine). */
export const lbSgExpected: Record<string, boolean> = {
	'user-lb-https': true,
	'user-lb-http': true,
	'lb-web': true,
	'user-web': false,
	'user-lb-ssh': false,
};
