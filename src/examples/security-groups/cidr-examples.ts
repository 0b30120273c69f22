/** The CIDR blocks the chapter explains, for the calculator's preset buttons. */
export interface CidrPreset {
	cidr: string;
	ip: string;
	label: string;
}

export const cidrPresets: CidrPreset[] = [
	{ cidr: '0.0.0.0/0', ip: '198.51.100.77', label: '0.0.0.0/0 — every IPv4 address' },
	{ cidr: '122.149.196.85/32', ip: '122.149.196.86', label: '/32 — exactly one address' },
	{ cidr: '203.0.113.0/24', ip: '203.0.113.25', label: '/24 — an office network' },
	{ cidr: '10.0.0.0/16', ip: '10.0.2.30', label: '/16 — a whole VPC' },
	{ cidr: '::/0', ip: '2001:db8::7', label: '::/0 — every IPv6 address' },
];

/** What the calculator shows when the page loads. */
export const cidrInitial = { cidr: '122.149.196.85/32', ip: '122.149.196.85' };
