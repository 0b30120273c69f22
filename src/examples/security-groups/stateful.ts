/** security-groups/index: a web server whose group has NO outbound rules — yet responses still leave (stateful). */
import type { SgExample } from '../../lib/network';

export const statefulExample: SgExample = {
	groups: [
		{
			id: 'sg-web',
			name: 'web-server',
			inbound: [
				{ protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0', description: 'HTTP from anywhere' },
				{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0', description: 'HTTPS from anywhere' },
			],
			// Outbound rules deliberately removed, to show that responses need none.
			outbound: [],
		},
	],
	machines: [
		{ id: 'visitor', label: 'A website visitor', ip: '198.51.100.23', securityGroupIds: [] },
		{ id: 'web', label: 'Web server (EC2)', ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
		{ id: 'updates', label: 'A package mirror on the internet', ip: '203.0.113.80', securityGroupIds: [] },
	],
	connections: [
		{
			id: 'visit-https',
			label: 'Visitor opens the website (HTTPS)',
			from: 'visitor',
			to: 'web',
			protocol: 'tcp',
			port: 443,
		},
		{ id: 'visit-ssh', label: 'Visitor tries SSH', from: 'visitor', to: 'web', protocol: 'tcp', port: 22 },
		{
			id: 'server-updates',
			label: 'Server downloads updates (HTTPS out)',
			from: 'web',
			to: 'updates',
			protocol: 'tcp',
			port: 443,
		},
	],
	showStateless: true,
};
