/**
 * Network engine — the public surface of src/lib/network (pure TypeScript, no DOM).
 * Used by the Security groups chapter and by the load-balancing pages (SG chain, IP targets).
 */
export { CidrError, cidrContains, classifyIp, formatIp, parseCidr, parseIp, addressBits } from './cidr';
export type { IpVersion, ParsedCidr, ParsedIp } from './cidr';
export {
	PROTOCOLS,
	SecurityGroupError,
	defaultSecurityGroup,
	describePorts,
	describeRule,
	evaluateFlow,
	newSecurityGroup,
	validateGroups,
	validateRule,
} from './security-groups';
export type {
	Direction,
	Endpoint,
	FlowInput,
	FlowResult,
	Protocol,
	Rule,
	RuleMatch,
	SecurityGroup,
	SideCheck,
} from './security-groups';
export { NaclError, compareStatefulStateless, evaluateNaclEntries } from './nacl';
export type { NaclDecision, NaclEntry, NaclPacket, StatelessComparison } from './nacl';
export { WELL_KNOWN_PORTS, buildPortQuiz, rulesForPort, searchPorts, seededRandom } from './ports';
export type { QuizQuestion, Transport, WellKnownPort } from './ports';
export { SYMPTOM_GUIDES, troubleshoot } from './troubleshooting';
export type { CheckStep, Symptom, SymptomGuide } from './troubleshooting';
export { ruleFromText, ruleToText } from './rule-text';
export type { RuleText } from './rule-text';
export {
	EXAMPLE_CLIENT_PORT,
	compareConnection,
	evaluateAllConnections,
	evaluateConnection,
	flowInputFor,
} from './scenario';
export type { Connection, ConnectionPreset, Machine, SgExample } from './scenario';
export {
	AWS_BLOCK_LIMITS,
	SubnetError,
	cidrsOverlap,
	describeSubnet,
	freeSpace,
	joinCidrs,
	parseSubnetBlock,
	parseVpcBlock,
	splitCidr,
} from './subnets';
export type { ReservedAddress, ReservedRole, SubnetDescription } from './subnets';
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
} from './vpc-plan';
export type { PlanNode, PlannedSubnet, SubnetRow, VpcPlan } from './vpc-plan';
export { CSV_COLUMNS, planToCli, planToCsv, shellQuote } from './vpc-export';
