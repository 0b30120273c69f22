/**
 * security-groups/rules: the notes' three rules (HTTP from anywhere, SSH from one /32, a custom TCP
 * port — 5000 for a Flask app, from an office range) plus a database that accepts only the web tier.
 */
import type { SgExample } from '../../lib/network';

export const rulesTableExample: SgExample = {
	groups: [
		{
			id: 'sg-web',
			name: 'web-server',
			inbound: [
				{ protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0', description: 'HTTP: public website' },
				{
					protocol: 'tcp',
					fromPort: 22,
					toPort: 22,
					cidr: '122.149.196.85/32',
					description: 'SSH: admin at home only',
				},
				{
					protocol: 'tcp',
					fromPort: 5000,
					toPort: 5000,
					cidr: '203.0.113.0/24',
					description: 'Custom TCP: Flask app, office network',
				},
			],
			outbound: [{ protocol: '-1', cidr: '0.0.0.0/0', description: 'All outbound (the default)' }],
		},
		{
			id: 'sg-db',
			name: 'database',
			inbound: [
				{
					protocol: 'tcp',
					fromPort: 5432,
					toPort: 5432,
					sourceGroupId: 'sg-web',
					description: 'PostgreSQL from the web tier',
				},
			],
			outbound: [{ protocol: '-1', cidr: '0.0.0.0/0', description: 'All outbound (the default)' }],
		},
	],
	machines: [
		{ id: 'you', label: 'Your computer', ip: '122.149.196.85', securityGroupIds: [] },
		{ id: 'stranger', label: 'Another computer', ip: '198.51.100.77', securityGroupIds: [] },
		{ id: 'office', label: 'Office laptop', ip: '203.0.113.25', securityGroupIds: [] },
		{ id: 'web', label: 'Web server (EC2)', ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
		{ id: 'db', label: 'Database (EC2)', ip: '10.0.2.30', securityGroupIds: ['sg-db'] },
	],
	connections: [
		{ id: 'ssh-you', label: 'SSH from your IP', from: 'you', to: 'web', protocol: 'tcp', port: 22 },
		{ id: 'ssh-stranger', label: 'SSH from another computer', from: 'stranger', to: 'web', protocol: 'tcp', port: 22 },
		{ id: 'http-internet', label: 'HTTP from the internet', from: 'stranger', to: 'web', protocol: 'tcp', port: 80 },
		{ id: 'https-internet', label: 'HTTPS from the internet', from: 'stranger', to: 'web', protocol: 'tcp', port: 443 },
		{
			id: 'flask-office',
			label: 'Flask app (5000) from the office',
			from: 'office',
			to: 'web',
			protocol: 'tcp',
			port: 5000,
		},
		{
			id: 'db-from-web',
			label: 'Database connection from the web tier',
			from: 'web',
			to: 'db',
			protocol: 'tcp',
			port: 5432,
		},
		{
			id: 'db-from-you',
			label: 'Database connection from your computer',
			from: 'you',
			to: 'db',
			protocol: 'tcp',
			port: 5432,
		},
	],
};
