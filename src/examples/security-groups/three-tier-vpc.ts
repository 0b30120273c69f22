/**
 * A three-tier VPC for the subnet planner: public, app and data subnets in two Availability Zones,
 * carved from 10.0.0.0/16 by halving. The page and test/unit/vpc/plan.test.ts share it.
 * The IPv6 /56 is the block AWS uses as its example in "VPC CIDR blocks" (2001:db8::/32 is the
 * documentation range, RFC 3849); AWS picks the real one.
 */
import type { VpcPlan } from '../../lib/vpc';

export const threeTierVpc: VpcPlan = {
	name: 'three-tier',
	region: 'us-east-1',
	blocks: ['10.0.0.0/16'],
	ipv6: false,
	ipv6Block: '2001:db8:1234:1a00::/56',
	subnets: [
		{ cidr: '10.0.0.0/18', name: 'app-a', az: 'us-east-1a' },
		{ cidr: '10.0.64.0/18', name: 'app-b', az: 'us-east-1b' },
		{ cidr: '10.0.128.0/19', name: 'data-a', az: 'us-east-1a' },
		{ cidr: '10.0.160.0/19', name: 'data-b', az: 'us-east-1b' },
		{ cidr: '10.0.192.0/20', name: 'public-a', az: 'us-east-1a' },
		{ cidr: '10.0.208.0/20', name: 'public-b', az: 'us-east-1b' },
		{ cidr: '10.0.224.0/19', name: '', az: '' },
	],
};

/** Ready-made secondary blocks for the "add a block" field: one allowed, one AWS refuses. */
export const secondaryBlockExamples = ['100.64.0.0/16', '192.168.0.0/16'];
