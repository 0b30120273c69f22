/**
 * The console-style text a reader types into a rule row — "22", "1024-65535", "8/0" (ICMP type/code),
 * "0.0.0.0/0" or "sg-web" — turned into a Rule, and back. Kept here (not in a widget) so it is tested.
 */
import { CidrError, parseCidr } from './cidr';
import { PROTOCOLS, SecurityGroupError, validateRule, type Protocol, type Rule } from './security-groups';

export interface RuleText {
	protocol: string;
	/** "80", "1024-65535"; ICMP: "-1" (all), "8" (type 8, all codes) or "8/0"; ignored for -1. */
	ports: string;
	/** A CIDR block or a security group id (sg-…). */
	peer: string;
	description?: string;
}

/** Parses one row; throws SecurityGroupError with `where` and a learner-readable reason. */
export function ruleFromText(text: RuleText, where: string, knownGroupIds?: ReadonlySet<string>): Rule {
	const protocol = text.protocol.trim().toLowerCase() as Protocol;
	if (!PROTOCOLS.includes(protocol))
		throw new SecurityGroupError(where, `unknown protocol "${text.protocol}" — use tcp, udp, icmp or -1 (all traffic)`);
	const rule: Rule = { protocol };
	const ports = text.ports.trim();
	if (protocol === 'tcp' || protocol === 'udp') {
		const match = /^(\d{1,5})(?:\s*[-–]\s*(\d{1,5}))?$/.exec(ports);
		if (!match)
			throw new SecurityGroupError(where, `port range "${ports}" — write one port (22) or a range (1024-65535)`);
		rule.fromPort = Number(match[1]);
		rule.toPort = Number(match[2] ?? match[1]);
	} else if (protocol === 'icmp') {
		const match = /^(-1|\d{1,3})(?:\s*\/\s*(-1|\d{1,3}))?$/.exec(ports === '' ? '-1' : ports);
		if (!match)
			throw new SecurityGroupError(
				where,
				`ICMP "${ports}" — write the type (8 = echo request), type/code (3/4), or -1 for all`,
			);
		rule.fromPort = Number(match[1]);
		rule.toPort = Number(match[2] ?? -1);
	}
	const peer = text.peer.trim();
	if (peer === '')
		throw new SecurityGroupError(
			where,
			'a rule needs a source/destination: a CIDR block such as 0.0.0.0/0, or a security group id',
		);
	if (/^sg-/i.test(peer)) rule.sourceGroupId = peer;
	else {
		try {
			parseCidr(peer);
			rule.cidr = peer;
		} catch (error) {
			if (error instanceof CidrError) throw new SecurityGroupError(where, error.message);
			throw error;
		}
	}
	if (text.description?.trim()) rule.description = text.description.trim();
	validateRule(rule, where, knownGroupIds);
	return rule;
}

/** The row text for a rule (inverse of ruleFromText). */
export function ruleToText(rule: Rule): RuleText {
	let ports = '';
	if (rule.protocol === 'tcp' || rule.protocol === 'udp')
		ports = rule.fromPort === rule.toPort ? `${rule.fromPort}` : `${rule.fromPort}-${rule.toPort}`;
	if (rule.protocol === 'icmp') {
		const type = rule.fromPort ?? -1;
		const code = rule.toPort ?? -1;
		ports = type === -1 ? '-1' : code === -1 ? `${type}` : `${type}/${code}`;
	}
	return {
		protocol: rule.protocol,
		ports,
		peer: rule.cidr ?? rule.sourceGroupId ?? '',
		description: rule.description ?? '',
	};
}
