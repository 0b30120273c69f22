/**
 * VPC planner engine — the public surface of src/lib/vpc (pure TypeScript, no DOM): a VPC's blocks
 * carved into subnets by halving, AWS's rules for mixing blocks, and the plan as CSV and AWS CLI
 * commands. The subnet arithmetic itself (describeSubnet, splitCidr, joinCidrs) is in src/lib/network;
 * this domain is separate so that pages using the network engine do not load the planner.
 */
export {
	VPC_PLAN_LIMITS,
	addSecondaryBlock,
	checkPlan,
	joinPartner,
	joinSubnet,
	nameSubnet,
	planFreeSpace,
	planTree,
	planWarnings,
	removeSecondaryBlock,
	splitSubnet,
	startPlan,
	subnetRows,
} from './plan';
export type { PlanNode, PlannedSubnet, SubnetRow, VpcPlan } from './plan';
export { blockAdvice, ipv4RangeOf, secondaryBlockRestriction } from './ranges';
export type { Ipv4Range } from './ranges';
export { CSV_COLUMNS, planToCli, planToCsv } from './export';
