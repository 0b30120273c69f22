/**
 * A stateful security-group evaluator: may a NEW connection go from a source to a destination?
 *
 * Semantics, from the Amazon VPC User Guide, "Security group rules"
 * (https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html):
 * - Rules are allow rules only; traffic no rule allows is dropped.
 * - All groups on a network interface are aggregated into one set of rules (a union), so group and
 *   rule order never matter — unlike network ACLs (see nacl.ts).
 * - A rule names exactly one source/destination: a CIDR block or a security group.
 * - A rule that references a security group matches traffic from the network interfaces that carry
 *   that group, by their PRIVATE IP addresses — not a public or Elastic IP
 *   ("Security group referencing", same page). `viaPublicIp` models that case.
 * - Protocol -1 means all protocols and all ports. For ICMP, fromPort is the ICMP type and toPort the
 *   code; -1 means all (API_AuthorizeSecurityGroupIngress / IpPermission in the EC2 API Reference).
 * - Stateful: responses to an allowed connection flow back regardless of rules
 *   (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-connection-tracking.html).
 * - A new connection needs the SOURCE's outbound rules (if the source is in AWS and has groups) AND
 *   the DESTINATION's inbound rules.
 */
import { cidrContains, type CidrError, parseCidr, parseIp } from './cidr';

export type Protocol = 'tcp' | 'udp' | 'icmp' | '-1';
export const PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'icmp', '-1'];

export interface Rule {
	protocol: Protocol;
	/** TCP/UDP: first port. ICMP: the ICMP type (-1 = all types). Ignored for -1. */
	fromPort?: number;
	/** TCP/UDP: last port. ICMP: the ICMP code (-1 = all codes). Ignored for -1. */
	toPort?: number;
	/** The peer as a CIDR block: the source of an inbound rule, the destination of an outbound rule. */
	cidr?: string;
	/** The peer as a security group (inbound: traffic FROM it; outbound: traffic TO it). */
	sourceGroupId?: string;
	description?: string;
}

export interface SecurityGroup {
	id: string;
	name?: string;
	inbound: Rule[];
	outbound: Rule[];
}

export interface Endpoint {
	ip: string;
	/** The groups on this network interface. None = outside AWS (e.g. the internet): not checked. */
	securityGroupIds?: string[];
	/** For messages, e.g. "your computer". */
	label?: string;
}

export interface FlowInput {
	groups: SecurityGroup[];
	source: Endpoint;
	destination: Endpoint;
	protocol: Protocol;
	/** TCP/UDP destination port. */
	port?: number;
	/** ICMP type and code; default 8/0 (echo request, i.e. ping). */
	icmpType?: number;
	icmpCode?: number;
	/**
	 * The source reaches the destination at its public/Elastic IP (through the internet gateway), so it
	 * arrives from the source's public IP and rules that reference the source's group do not match.
	 */
	viaPublicIp?: boolean;
	/** Whether a program listens on the destination port. Default true. Only changes `symptom`. */
	listening?: boolean;
}

export type Direction = 'inbound' | 'outbound';

export interface RuleMatch {
	groupId: string;
	direction: Direction;
	/** 0-based position of the rule in its group's list. */
	index: number;
	rule: Rule;
	/** Human-readable, e.g. "TCP 22 from 122.149.196.85/32". */
	text: string;
}

export interface SideCheck {
	/** False when the endpoint has no groups (outside AWS): nothing to check on that side. */
	checked: boolean;
	allowed: boolean;
	/** Every rule that matched — all of them, since groups combine as a union. */
	matches: RuleMatch[];
	explanation: string;
}

export interface FlowResult {
	allowed: boolean;
	/** One-paragraph explanation for the reader. */
	reason: string;
	blockedBy: 'source-outbound' | 'destination-inbound' | null;
	/** The source's outbound check. */
	outbound: SideCheck;
	/** The destination's inbound check. */
	inbound: SideCheck;
	/** The return traffic of an allowed connection. */
	response: { allowed: boolean; reason: string };
	/** What the client program experiences. */
	symptom: 'connected' | 'timeout' | 'refused' | 'no reply';
	/** The traffic in words, e.g. "TCP port 22". */
	traffic: string;
}

/** Invalid groups, rules or flow. `where` says which rule, e.g. "sg-web inbound rule 2". */
export class SecurityGroupError extends Error {
	override name = 'SecurityGroupError';
	constructor(
		readonly where: string,
		readonly reason: string,
	) {
		super(where ? `${where}: ${reason}` : reason);
	}
}

const isInt = (value: unknown): value is number => Number.isInteger(value);

/** Checks one rule; throws SecurityGroupError. `knownGroupIds` = groups a reference may name. */
export function validateRule(rule: Rule, where: string, knownGroupIds?: ReadonlySet<string>): void {
	if (rule === null || typeof rule !== 'object') throw new SecurityGroupError(where, 'a rule must be an object');
	if (!PROTOCOLS.includes(rule.protocol)) {
		throw new SecurityGroupError(
			where,
			`unknown protocol "${String(rule.protocol)}" — use tcp, udp, icmp or -1 (all traffic)`,
		);
	}
	if (rule.protocol === 'tcp' || rule.protocol === 'udp') {
		const name = rule.protocol.toUpperCase();
		if (rule.fromPort === undefined || rule.toPort === undefined)
			throw new SecurityGroupError(where, `a ${name} rule needs a port or port range (0–65535)`);
		for (const port of [rule.fromPort, rule.toPort]) {
			if (!isInt(port) || port < 0 || port > 65535)
				throw new SecurityGroupError(
					where,
					`port ${String(port)} is out of range — ports are whole numbers from 0 to 65535`,
				);
		}
		if (rule.fromPort > rule.toPort)
			throw new SecurityGroupError(
				where,
				`the range ${rule.fromPort}–${rule.toPort} is backwards: the first port must not be greater than the last`,
			);
	}
	if (rule.protocol === 'icmp') {
		const type = rule.fromPort ?? -1;
		const code = rule.toPort ?? -1;
		if (!isInt(type) || type < -1 || type > 255)
			throw new SecurityGroupError(where, `ICMP type ${String(type)} is out of range (0–255, or -1 for all types)`);
		if (!isInt(code) || code < -1 || code > 255)
			throw new SecurityGroupError(where, `ICMP code ${String(code)} is out of range (0–255, or -1 for all codes)`);
		if (type === -1 && code !== -1)
			throw new SecurityGroupError(where, 'with all ICMP types (-1) the code must also be -1');
	}
	const hasCidr = rule.cidr !== undefined && rule.cidr !== '';
	const hasGroup = rule.sourceGroupId !== undefined && rule.sourceGroupId !== '';
	// "You must specify exactly one of the following sources" — API_AuthorizeSecurityGroupIngress.
	if (hasCidr === hasGroup)
		throw new SecurityGroupError(
			where,
			'a rule needs exactly one source/destination: a CIDR block or a security group',
		);
	if (hasCidr) {
		try {
			parseCidr(rule.cidr!);
		} catch (error) {
			throw new SecurityGroupError(where, (error as CidrError).message); // parseCidr throws only CidrError
		}
	}
	if (hasGroup && knownGroupIds && !knownGroupIds.has(rule.sourceGroupId!)) {
		throw new SecurityGroupError(where, `security group "${rule.sourceGroupId}" does not exist`);
	}
}

/** Validates every group and rule; returns the groups by id. */
export function validateGroups(groups: SecurityGroup[]): Map<string, SecurityGroup> {
	if (!Array.isArray(groups)) throw new SecurityGroupError('', 'groups must be a list');
	const byId = new Map<string, SecurityGroup>();
	for (const group of groups) {
		if (!group || typeof group.id !== 'string' || group.id.trim() === '')
			throw new SecurityGroupError('', 'every security group needs an id');
		if (byId.has(group.id)) throw new SecurityGroupError(group.id, 'two security groups have this id');
		if (!Array.isArray(group.inbound) || !Array.isArray(group.outbound))
			throw new SecurityGroupError(group.id, 'inbound and outbound must be lists of rules');
		byId.set(group.id, group);
	}
	const ids = new Set(byId.keys());
	for (const group of groups) {
		group.inbound.forEach((rule, i) => validateRule(rule, `${group.id} inbound rule ${i + 1}`, ids));
		group.outbound.forEach((rule, i) => validateRule(rule, `${group.id} outbound rule ${i + 1}`, ids));
	}
	return byId;
}

/** Names of the protocols with ports (ICMP and -1 are described on their own). */
const PORT_PROTOCOL_NAMES = { tcp: 'TCP', udp: 'UDP' } as const;

/** "TCP 22", "TCP 1024–65535", "ICMP type 8 code 0", "All traffic". */
export function describePorts(rule: Pick<Rule, 'protocol' | 'fromPort' | 'toPort'>): string {
	if (rule.protocol === '-1') return 'All traffic';
	if (rule.protocol === 'icmp') {
		const type = rule.fromPort ?? -1;
		const code = rule.toPort ?? -1;
		if (type === -1) return 'ICMP (all types)';
		return code === -1 ? `ICMP type ${type} (all codes)` : `ICMP type ${type} code ${code}`;
	}
	const name = PORT_PROTOCOL_NAMES[rule.protocol];
	if (rule.fromPort === 0 && rule.toPort === 65535) return `${name} (all ports)`;
	return rule.fromPort === rule.toPort ? `${name} ${rule.fromPort}` : `${name} ${rule.fromPort}–${rule.toPort}`;
}

/** "TCP 22 from 122.149.196.85/32" (inbound) or "All traffic to 0.0.0.0/0" (outbound). */
export function describeRule(rule: Rule, direction: Direction): string {
	const peer = rule.cidr ? rule.cidr : `security group ${rule.sourceGroupId}`;
	return `${describePorts(rule)} ${direction === 'inbound' ? 'from' : 'to'} ${peer}`;
}

function describeTraffic(input: FlowInput): string {
	if (input.protocol === '-1') return 'all traffic';
	if (input.protocol === 'icmp') return `ICMP type ${input.icmpType ?? 8} code ${input.icmpCode ?? 0}`;
	return `${PORT_PROTOCOL_NAMES[input.protocol]} port ${input.port}`;
}

function validateFlow(input: FlowInput, byId: Map<string, SecurityGroup>): void {
	if (!PROTOCOLS.includes(input.protocol))
		throw new SecurityGroupError(
			'connection',
			`unknown protocol "${String(input.protocol)}" — use tcp, udp, icmp or -1`,
		);
	if (input.protocol === 'tcp' || input.protocol === 'udp') {
		if (!isInt(input.port) || input.port < 0 || input.port > 65535)
			throw new SecurityGroupError(
				'connection',
				`port ${String(input.port)} is out of range — ports are whole numbers from 0 to 65535`,
			);
	}
	if (input.protocol === 'icmp') {
		for (const [name, value] of [
			['type', input.icmpType ?? 8],
			['code', input.icmpCode ?? 0],
		] as const) {
			if (!isInt(value) || value < 0 || value > 255)
				throw new SecurityGroupError('connection', `ICMP ${name} ${String(value)} is out of range (0–255)`);
		}
	}
	for (const [side, endpoint] of [
		['source', input.source],
		['destination', input.destination],
	] as const) {
		if (!endpoint || typeof endpoint.ip !== 'string') throw new SecurityGroupError(side, 'needs an IP address');
		try {
			parseIp(endpoint.ip);
		} catch (error) {
			// parseIp throws only CidrError
			throw new SecurityGroupError(side, `"${endpoint.ip}" is not a valid IP address (${(error as CidrError).reason})`);
		}
		for (const id of endpoint.securityGroupIds ?? []) {
			if (!byId.has(id)) throw new SecurityGroupError(side, `security group "${id}" does not exist`);
		}
	}
}

function portsMatch(rule: Rule, input: FlowInput): boolean {
	if (rule.protocol === '-1') return true;
	if (rule.protocol !== input.protocol) return false;
	if (rule.protocol === 'icmp') {
		const type = rule.fromPort ?? -1;
		const code = rule.toPort ?? -1;
		return (type === -1 || type === (input.icmpType ?? 8)) && (code === -1 || code === (input.icmpCode ?? 0));
	}
	const port = input.port!;
	return rule.fromPort! <= port && port <= rule.toPort!;
}

/** Does `rule` (in a group of `self`) admit traffic whose peer on the other end is `peer`? */
function peerMatches(rule: Rule, peer: Endpoint, viaPublicIp: boolean): boolean {
	if (rule.cidr) return cidrContains(rule.cidr, peer.ip);
	// Group references match by private IP only; traffic through a public/Elastic IP does not qualify.
	return !viaPublicIp && peer.securityGroupIds?.includes(rule.sourceGroupId!) === true;
}

function checkSide(
	byId: Map<string, SecurityGroup>,
	self: Endpoint,
	peer: Endpoint,
	direction: Direction,
	input: FlowInput,
): SideCheck {
	const groupIds = [...new Set(self.securityGroupIds ?? [])];
	const who = self.label ?? self.ip;
	if (groupIds.length === 0) {
		const explanation =
			direction === 'outbound'
				? `${who} has no security group (it is outside AWS), so nothing checks its outbound traffic.`
				: `${who} has no security group, so nothing checks its inbound traffic.`;
		return { checked: false, allowed: true, matches: [], explanation };
	}
	const matches: RuleMatch[] = [];
	for (const id of groupIds) {
		const rules = byId.get(id)![direction];
		rules.forEach((rule, index) => {
			if (portsMatch(rule, input) && peerMatches(rule, peer, input.viaPublicIp ?? false)) {
				matches.push({ groupId: id, direction, index, rule, text: describeRule(rule, direction) });
			}
		});
	}
	const traffic = describeTraffic(input);
	const peerText = peer.label ? `${peer.label} (${peer.ip})` : peer.ip;
	const groupsText = groupIds.join(', ');
	const allowed = matches.length > 0;
	const explanation = allowed
		? `${direction === 'inbound' ? 'Inbound' : 'Outbound'} allowed by ${matches.map((m) => `${m.groupId} ${direction} rule ${m.index + 1} (${m.text})`).join('; ')}.`
		: `No ${direction} rule in ${groupsText} allows ${traffic} ${direction === 'inbound' ? 'from' : 'to'} ${peerText}.`;
	return { checked: true, allowed, matches, explanation };
}

/** Evaluates a new connection. Throws SecurityGroupError on invalid groups, rules or flow. */
export function evaluateFlow(input: FlowInput): FlowResult {
	const byId = validateGroups(input.groups);
	validateFlow(input, byId);
	const outbound = checkSide(byId, input.source, input.destination, 'outbound', input);
	const inbound = checkSide(byId, input.destination, input.source, 'inbound', input);
	const allowed = outbound.allowed && inbound.allowed;
	const traffic = describeTraffic(input);
	const blockedBy = !outbound.allowed ? 'source-outbound' : !inbound.allowed ? 'destination-inbound' : null;
	const silent =
		input.protocol === 'tcp'
			? 'Security groups drop unmatched packets silently (no reply at all), so the client waits and then reports a timeout — not "connection refused".'
			: 'Security groups drop unmatched packets silently, so the client gets no reply.';
	const response = allowed
		? {
				allowed: true,
				reason:
					'The response is allowed automatically: security groups are stateful, so return traffic of an allowed connection needs no rule in either direction.',
			}
		: { allowed: false, reason: 'No connection was made, so there is no response.' };
	let symptom: FlowResult['symptom'];
	let reason: string;
	if (allowed) {
		if (input.listening === false) {
			symptom = input.protocol === 'tcp' ? 'refused' : 'no reply';
			reason = `Security groups allow ${traffic}, but nothing listens on the destination${input.protocol === 'tcp' ? ', so its operating system answers with a reset: "connection refused". The packet got through — look at the application, not the security group.' : '.'}`;
		} else {
			symptom = 'connected';
			reason = `Allowed. ${[outbound.checked ? outbound.explanation : '', inbound.explanation].filter(Boolean).join(' ')} ${response.reason}`;
		}
	} else {
		symptom = input.protocol === 'tcp' || input.protocol === '-1' ? 'timeout' : 'no reply';
		const failed = blockedBy === 'source-outbound' ? outbound : inbound;
		reason = `Blocked. ${failed.explanation} Security groups only have allow rules, so anything no rule allows is denied. ${silent}`;
	}
	return { allowed, reason, blockedBy, outbound, inbound, response, symptom, traffic };
}

/**
 * A newly created security group: no inbound rules, one outbound rule allowing all traffic
 * (IPv4; plus ::/0 when `ipv6`). https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 */
export function newSecurityGroup(id: string, options: { ipv6?: boolean } = {}): SecurityGroup {
	const outbound: Rule[] = [{ protocol: '-1', cidr: '0.0.0.0/0', description: 'Default: all outbound traffic' }];
	if (options.ipv6) outbound.push({ protocol: '-1', cidr: '::/0', description: 'Default: all outbound IPv6 traffic' });
	return { id, inbound: [], outbound };
}

/**
 * A VPC's default security group: inbound all traffic from itself, outbound all traffic.
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
 */
export function defaultSecurityGroup(id: string, options: { ipv6?: boolean } = {}): SecurityGroup {
	return {
		...newSecurityGroup(id, options),
		inbound: [{ protocol: '-1', sourceGroupId: id, description: 'Default: all traffic from this group' }],
	};
}
