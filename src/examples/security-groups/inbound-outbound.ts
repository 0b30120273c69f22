/** security-groups/inbound-outbound (D16): SSH in from "your computer" only; anything out to the internet. */
import type { SgExample } from '../../lib/network';

export const inboundOutboundExample: SgExample = {
	groups: [
		{
			id: 'sg-instance',
			name: 'my-instance',
			inbound: [
				{ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '122.149.196.85/32', description: 'SSH from my computer' },
			],
			outbound: [{ protocol: '-1', cidr: '0.0.0.0/0', description: 'All outbound (the default)' }],
		},
	],
	machines: [
		{ id: 'you', label: 'Your computer', ip: '122.149.196.85', securityGroupIds: [] },
		{ id: 'other', label: 'Other computer', ip: '198.51.100.77', securityGroupIds: [] },
		{ id: 'instance', label: 'EC2 instance', ip: '10.0.1.10', securityGroupIds: ['sg-instance'] },
		{ id: 'www', label: 'A website (WWW)', ip: '203.0.113.80', securityGroupIds: [] },
	],
	connections: [
		{ id: 'ssh-you', label: 'Your computer → SSH (22)', from: 'you', to: 'instance', protocol: 'tcp', port: 22 },
		{ id: 'ssh-other', label: 'Other computer → SSH (22)', from: 'other', to: 'instance', protocol: 'tcp', port: 22 },
		{
			id: 'out-https',
			label: 'Instance → website (HTTPS out)',
			from: 'instance',
			to: 'www',
			protocol: 'tcp',
			port: 443,
		},
		{
			id: 'ping-you',
			label: 'Your computer → ping (ICMP)',
			from: 'you',
			to: 'instance',
			protocol: 'icmp',
			icmpType: 8,
			icmpCode: 0,
		},
	],
};
