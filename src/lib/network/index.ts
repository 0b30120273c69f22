/**
 * Network engine — the public surface of src/lib/network (pure TypeScript, no DOM).
 * Used by the Security groups chapter and by the load-balancing pages (SG chain, IP targets).
 */
export {
	CidrError,
	addressBits,
	blockIncludes,
	cidrContains,
	classifyIp,
	formatIp,
	parseCidr,
	parseIp,
	tryParseIp,
} from './cidr';
/** The bare address reader (no CIDR arithmetic), for engines that only need to read an address. */
export { readIp } from './ip-text';
export type { AddressReading } from './ip-text';
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
export { ipPermission, securityGroupCommands, NETWORK_PLACEHOLDERS } from './cli-export';
export { securityGroupTemplate, type SecurityGroupTemplate } from './cli-export-cloudformation';
export {
	AWS_BLOCK_LIMITS,
	SubnetError,
	blockSize,
	blockText,
	blocksOverlap,
	cidrsOverlap,
	contains as blockContains,
	describeBlock,
	describeSubnet,
	freeBlocks,
	freeSpace,
	halves as blockHalves,
	joinCidrs,
	parentOf as blockParent,
	parseBlock,
	parseSubnetBlock,
	parseVpcBlock,
	siblingOf as blockSibling,
	splitCidr,
} from './subnets';
export type { Block as IpBlock, ReservedAddress, ReservedRole, SubnetDescription } from './subnets';
