/**
 * Stateless filtering, for contrast with stateful security groups.
 *
 * Network ACLs (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html and
 * "Compare security groups and network ACLs", https://docs.aws.amazon.com/vpc/latest/userguide/infrastructure-security.html):
 * - work at the subnet, have numbered rules evaluated lowest number first; the first match decides;
 * - have allow AND deny rules; if nothing matches, the final `*` rule denies;
 * - are stateless: the response is a separate packet that needs its own rule — outbound to the
 *   client's ephemeral port (AWS suggests 1024–65535).
 */
import { cidrContains, type CidrError, parseCidr } from './cidr';
import {
	evaluateFlow,
	PROTOCOLS,
	SecurityGroupError,
	validateGroups,
	type FlowInput,
	type Protocol,
	type Rule,
} from './security-groups';

export interface NaclEntry {
	/** 1–32766; lower numbers are evaluated first. */
	ruleNumber: number;
	protocol: Protocol;
	fromPort?: number;
	toPort?: number;
	cidr: string;
	action: 'allow' | 'deny';
}

export interface NaclPacket {
	protocol: Exclude<Protocol, '-1'>;
	port: number;
	/** The address on the other side: the source of an inbound packet, the destination of an outbound one. */
	peerIp: string;
}

export interface NaclDecision {
	allowed: boolean;
	/** The entry that decided, or null when the final default `*` deny did. */
	matched: NaclEntry | null;
	reason: string;
}

export class NaclError extends Error {
	override name = 'NaclError';
}

function validateEntry(entry: NaclEntry, where: string): void {
	if (!Number.isInteger(entry.ruleNumber) || entry.ruleNumber < 1 || entry.ruleNumber > 32766)
		throw new NaclError(`${where}: rule number must be 1–32766`);
	if (entry.action !== 'allow' && entry.action !== 'deny')
		throw new NaclError(`${where}: action must be allow or deny`);
	if (!PROTOCOLS.includes(entry.protocol))
		throw new NaclError(`${where}: unknown protocol "${String(entry.protocol)}"`);
	if (entry.protocol === 'tcp' || entry.protocol === 'udp') {
		const { fromPort, toPort } = entry;
		if (!Number.isInteger(fromPort) || !Number.isInteger(toPort) || fromPort! < 0 || toPort! > 65535)
			throw new NaclError(`${where}: ports must be 0–65535`);
		if (fromPort! > toPort!) throw new NaclError(`${where}: the first port must not be greater than the last`);
	}
	try {
		parseCidr(entry.cidr);
	} catch (error) {
		throw new NaclError(`${where}: ${(error as CidrError).message}`); // parseCidr throws only CidrError
	}
}

/** First matching entry by rule number decides; none → the default deny. Throws NaclError. */
export function evaluateNaclEntries(
	entries: NaclEntry[],
	packet: NaclPacket,
	direction: 'inbound' | 'outbound',
): NaclDecision {
	entries.forEach((entry, i) => validateEntry(entry, `${direction} entry ${i + 1}`));
	const numbers = new Set<number>();
	for (const entry of entries) {
		if (numbers.has(entry.ruleNumber))
			throw new NaclError(`${direction}: rule number ${entry.ruleNumber} is used twice`);
		numbers.add(entry.ruleNumber);
	}
	const sorted = [...entries].sort((a, b) => a.ruleNumber - b.ruleNumber);
	for (const entry of sorted) {
		const protocolMatches = entry.protocol === '-1' || entry.protocol === packet.protocol;
		const portMatches =
			entry.protocol === '-1' ||
			entry.protocol === 'icmp' ||
			(entry.fromPort! <= packet.port && packet.port <= entry.toPort!);
		if (protocolMatches && portMatches && cidrContains(entry.cidr, packet.peerIp)) {
			return {
				allowed: entry.action === 'allow',
				matched: entry,
				reason: `${direction} rule #${entry.ruleNumber} (${entry.action}) is the first match.`,
			};
		}
	}
	return {
		allowed: false,
		matched: null,
		reason: `No ${direction} rule matches, so the final "*" rule denies the packet.`,
	};
}

export interface StatelessComparison {
	/** The request reaching the server, the same either way. */
	requestAllowed: boolean;
	/** Stateful (how security groups really work): the response is always allowed. */
	stateful: { responseAllowed: boolean; reason: string };
	/** If the same rules were stateless (like a network ACL): the response needs its own rule. */
	stateless: { responseAllowed: boolean; reason: string; matchedRule: Rule | null };
}

/**
 * "What if security groups were stateless?" — evaluates the request with the real engine, then checks
 * the response packet (server → client ephemeral port) against the destination's OUTBOUND rules as a
 * stateless filter would. Throws SecurityGroupError.
 */
export function compareStatefulStateless(input: FlowInput & { clientPort: number }): StatelessComparison {
	const request = evaluateFlow(input);
	if (!Number.isInteger(input.clientPort) || input.clientPort < 1024 || input.clientPort > 65535) {
		throw new SecurityGroupError(
			'connection',
			`client (ephemeral) port ${String(input.clientPort)} must be 1024–65535`,
		);
	}
	if (!request.allowed) {
		const reason = 'The request was blocked, so there is no response to check.';
		return {
			requestAllowed: false,
			stateful: { responseAllowed: false, reason },
			stateless: { responseAllowed: false, reason, matchedRule: null },
		};
	}
	const byId = validateGroups(input.groups);
	const responseProtocol = input.protocol;
	const destinationGroupIds = input.destination.securityGroupIds ?? [];
	const outboundRules = destinationGroupIds.flatMap((id) => byId.get(id)!.outbound);
	const matchedRule =
		outboundRules.find((rule) => {
			const protocolOk = rule.protocol === '-1' || rule.protocol === responseProtocol;
			const portOk =
				rule.protocol === '-1' ||
				rule.protocol === 'icmp' ||
				(rule.fromPort! <= input.clientPort && input.clientPort <= rule.toPort!);
			const peerOk = rule.cidr
				? cidrContains(rule.cidr, input.source.ip)
				: input.source.securityGroupIds?.includes(rule.sourceGroupId!) === true;
			return protocolOk && portOk && peerOk;
		}) ?? null;
	const noGroups = destinationGroupIds.length === 0;
	const statelessAllowed = noGroups || matchedRule !== null;
	return {
		requestAllowed: true,
		stateful: {
			responseAllowed: true,
			reason: 'Stateful: the response belongs to a tracked connection, so it goes out whatever the outbound rules say.',
		},
		stateless: {
			responseAllowed: statelessAllowed,
			matchedRule,
			reason: statelessAllowed
				? `Stateless: the response to port ${input.clientPort} is allowed only because an outbound rule covers it.`
				: `Stateless: the response goes to the client's port ${input.clientPort}, and no outbound rule allows that — it is dropped and the client times out. A network ACL needs an outbound rule for ephemeral ports (1024–65535).`,
		},
	};
}
