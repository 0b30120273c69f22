/**
 * Network ACL entries and the "what if security groups were stateless?" comparison.
 * - Rules are evaluated "starting with the lowest numbered rule"; the first match decides; a packet no
 *   numbered rule matches is denied by the final `*` rule
 *   (https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html).
 * - Rule numbers: "Positive integer from 1 to 32766. The range 32767 to 65535 is reserved for internal
 *   use" (RuleNumber, https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkAclEntry.html).
 * - Stateless: the response to a client needs an outbound rule for its ephemeral port; AWS suggests
 *   1024–65535 (https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html).
 */
import { describe, expect, test } from 'vitest';
import {
	compareStatefulStateless,
	evaluateNaclEntries,
	NaclError,
	SecurityGroupError,
	type FlowInput,
	type NaclEntry,
	type NaclPacket,
	type Rule,
	type SecurityGroup,
} from '../../../src/lib/network';

/** An entry with test-chosen fields; `undefined` leaves a field out, as a JSON entry might. */
const entry = (
	ruleNumber: number,
	action: 'allow' | 'deny',
	rest: { [K in keyof NaclEntry]?: NaclEntry[K] | undefined } = {},
): NaclEntry =>
	({ ruleNumber, protocol: 'tcp', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action, ...rest }) as NaclEntry;
const https: NaclPacket = { protocol: 'tcp', port: 443, peerIp: '203.0.113.9' };
const decide = (entries: NaclEntry[], packet: NaclPacket = https) => evaluateNaclEntries(entries, packet, 'inbound');
/** The rule number that decided, or '*' for the final default deny. */
const decidedBy = (entries: NaclEntry[], packet: NaclPacket = https) =>
	decide(entries, packet).matched?.ruleNumber ?? '*';

describe('evaluation order: lowest rule number first, first match decides', () => {
	test('the order of the list does not matter, only the numbers', () => {
		const entries = [
			entry(300, 'allow'),
			entry(100, 'deny', { cidr: '198.51.100.0/24' }),
			entry(200, 'deny'),
			entry(50, 'deny', { cidr: '192.0.2.0/24' }),
		];
		expect(decide(entries)).toEqual({
			allowed: false,
			matched: entries[2],
			reason: 'inbound rule #200 (deny) is the first match.',
		});
		expect(decidedBy([...entries].reverse())).toBe(200);
		expect(decidedBy(entries, { ...https, peerIp: '198.51.100.1' })).toBe(100);
		expect(decidedBy(entries.filter((e) => e.ruleNumber !== 200))).toBe(300);
	});
	test('an allow decides as surely as a deny', () => {
		const result = evaluateNaclEntries([entry(100, 'allow'), entry(200, 'deny')], https, 'outbound');
		expect(result).toEqual({
			allowed: true,
			matched: entry(100, 'allow'),
			reason: 'outbound rule #100 (allow) is the first match.',
		});
	});
	test('no rules, or none that match: the final "*" rule denies', () => {
		expect(decide([])).toEqual({
			allowed: false,
			matched: null,
			reason: 'No inbound rule matches, so the final "*" rule denies the packet.',
		});
		expect(decidedBy([entry(100, 'allow', { cidr: '10.0.0.0/8' })])).toBe('*');
	});
});

describe('what an entry matches', () => {
	test('a port range includes both ends (the suggested ephemeral range 1024–65535)', () => {
		const ephemeral = [entry(100, 'allow', { fromPort: 1024, toPort: 65535 })];
		expect([1023, 1024, 65535].map((port) => decidedBy(ephemeral, { ...https, port }))).toEqual(['*', 100, 100]);
		const web = [entry(100, 'allow', { fromPort: 80, toPort: 80 })];
		expect([79, 80, 81].map((port) => decidedBy(web, { ...https, port }))).toEqual(['*', 100, '*']);
	});
	test("protocol -1 matches every protocol and port; otherwise the protocol must be the packet's", () => {
		const all = [entry(100, 'deny', { protocol: '-1', fromPort: undefined, toPort: undefined })];
		expect(decidedBy(all, { protocol: 'udp', port: 53, peerIp: '203.0.113.9' })).toBe(100);
		expect(decidedBy(all, { protocol: 'icmp', port: 0, peerIp: '203.0.113.9' })).toBe(100);
		const udp = [entry(100, 'allow', { protocol: 'udp' })];
		expect(decidedBy(udp, { protocol: 'udp', port: 443, peerIp: '203.0.113.9' })).toBe(100);
		expect(decidedBy(udp)).toBe('*');
	});
	test('an ICMP entry matches ICMP packets whatever their port field, and not TCP', () => {
		const icmp = [entry(100, 'allow', { protocol: 'icmp', fromPort: undefined, toPort: undefined })];
		expect(decidedBy(icmp, { protocol: 'icmp', port: 12345, peerIp: '203.0.113.9' })).toBe(100);
		expect(decidedBy(icmp)).toBe('*');
	});
	test("the peer must be inside the entry's CIDR block; IPv4 blocks do not match IPv6 peers", () => {
		const office = [entry(100, 'allow', { cidr: '203.0.113.0/25' })];
		expect(decidedBy(office, { ...https, peerIp: '203.0.113.127' })).toBe(100);
		expect(decidedBy(office, { ...https, peerIp: '203.0.113.128' })).toBe('*');
		expect(decidedBy([entry(100, 'allow')], { ...https, peerIp: '2001:db8::1' })).toBe('*');
		expect(decidedBy([entry(100, 'allow', { cidr: '::/0' })], { ...https, peerIp: '2001:db8::1' })).toBe(100);
	});
});

describe('entries the API would refuse', () => {
	const problem = (entries: NaclEntry[]) => {
		try {
			evaluateNaclEntries(entries, https, 'outbound');
			return 'valid';
		} catch (error) {
			expect(error).toBeInstanceOf(NaclError);
			expect(error).toHaveProperty('name', 'NaclError');
			return (error as NaclError).message;
		}
	};
	test('rule numbers are whole numbers 1–32766', () => {
		expect(problem([entry(1, 'allow'), entry(32766, 'deny')])).toBe('valid');
		for (const ruleNumber of [0, 32767, -100, 100.5, Number.NaN])
			expect(problem([entry(100, 'allow'), entry(ruleNumber, 'deny')])).toBe(
				'outbound entry 2: rule number must be 1–32766',
			);
	});
	test('rule numbers are unique in a direction', () => {
		expect(problem([entry(100, 'allow'), entry(110, 'allow'), entry(100, 'deny')])).toBe(
			'outbound: rule number 100 is used twice',
		);
	});
	test('the action is allow or deny', () => {
		expect(problem([entry(100, 'permit' as 'allow')])).toBe('outbound entry 1: action must be allow or deny');
	});
	test('the protocol is tcp, udp, icmp or -1', () => {
		for (const protocol of ['udp', 'icmp', '-1'] as const)
			expect(problem([entry(100, 'allow', { protocol })])).toBe('valid');
		expect(problem([entry(100, 'allow', { protocol: 'gre' as 'tcp' })])).toBe(
			'outbound entry 1: unknown protocol "gre"',
		);
	});
	test('TCP and UDP ports are an inclusive range within 0–65535', () => {
		expect(problem([entry(100, 'allow', { fromPort: 22, toPort: 22 })])).toBe('valid');
		for (const ports of [
			{ fromPort: -1, toPort: 80 },
			{ fromPort: 80, toPort: 65536 },
			{ fromPort: 80.5, toPort: 81 },
			{ fromPort: 80, toPort: 81.5 },
			{ fromPort: undefined, toPort: 80 },
			{ fromPort: 80, toPort: undefined },
		])
			expect(problem([entry(100, 'allow', { protocol: 'udp', ...ports })])).toBe(
				'outbound entry 1: ports must be 0–65535',
			);
		expect(problem([entry(100, 'allow', { fromPort: 81, toPort: 80 })])).toBe(
			'outbound entry 1: the first port must not be greater than the last',
		);
	});
	test("the CIDR block is read like a security group's", () => {
		expect(problem([entry(100, 'allow', { cidr: '10.0.0.0/33' })])).toMatch(
			/^outbound entry 1: "10\.0\.0\.0\/33" is not a valid address or CIDR block: the prefix/,
		);
	});
});

describe('"What if security groups were stateless?"', () => {
	const web: SecurityGroup = {
		id: 'sg-web',
		inbound: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }],
		outbound: [],
	};
	const request = (outbound: Rule[], extra: Partial<FlowInput & { clientPort: number }> = {}) =>
		compareStatefulStateless({
			groups: [
				{ ...web, outbound },
				{ id: 'sg-client', inbound: [], outbound: [{ protocol: '-1', cidr: '0.0.0.0/0' }] },
			],
			source: { ip: '198.51.100.7' },
			destination: { ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
			protocol: 'tcp',
			port: 443,
			clientPort: 50123,
			...extra,
		});
	const ephemeral = (fromPort: number, toPort: number, cidr = '0.0.0.0/0'): Rule => ({
		protocol: 'tcp',
		fromPort,
		toPort,
		cidr,
	});
	test("stateful, the response always leaves; stateless, it needs an outbound rule for the client's port", () => {
		expect(request([])).toEqual({
			requestAllowed: true,
			stateful: {
				responseAllowed: true,
				reason:
					'Stateful: the response belongs to a tracked connection, so it goes out whatever the outbound rules say.',
			},
			stateless: {
				responseAllowed: false,
				matchedRule: null,
				reason:
					"Stateless: the response goes to the client's port 50123, and no outbound rule allows that — it is dropped and the client times out. A network ACL needs an outbound rule for ephemeral ports (1024–65535).",
			},
		});
		const rule = ephemeral(1024, 65535);
		expect(request([rule]).stateless).toEqual({
			responseAllowed: true,
			matchedRule: rule,
			reason: 'Stateless: the response to port 50123 is allowed only because an outbound rule covers it.',
		});
	});
	test('the outbound range includes both ends', () => {
		const covered = (clientPort: number, rule: Rule) => request([rule], { clientPort }).stateless.responseAllowed;
		expect(covered(1024, ephemeral(1024, 65535))).toBe(true);
		expect(covered(65535, ephemeral(1024, 65535))).toBe(true);
		expect(covered(1024, ephemeral(1025, 65535))).toBe(false);
		expect(covered(65535, ephemeral(1024, 65534))).toBe(false);
	});
	test('the outbound rule must be for the same protocol and cover the client', () => {
		expect(
			request([{ protocol: 'udp', fromPort: 1024, toPort: 65535, cidr: '0.0.0.0/0' }]).stateless.matchedRule,
		).toBeNull();
		expect(request([ephemeral(1024, 65535, '203.0.113.0/24')]).stateless.matchedRule).toBeNull();
		const all: Rule = { protocol: '-1', cidr: '198.51.100.0/24' };
		expect(request([all]).stateless.matchedRule).toBe(all);
	});
	test('the first covering rule is the one reported', () => {
		const first = ephemeral(32768, 60999);
		const second = ephemeral(1024, 65535);
		expect(request([ephemeral(1024, 2048), first, second]).stateless.matchedRule).toBe(first);
	});
	test('ICMP: any outbound ICMP rule to the client carries the reply', () => {
		const ping: SecurityGroup = { ...web, inbound: [{ protocol: 'icmp', fromPort: 8, toPort: 0, cidr: '0.0.0.0/0' }] };
		const reply: Rule = { protocol: 'icmp', fromPort: 0, toPort: 0, cidr: '0.0.0.0/0' };
		const compare = (outbound: Rule[]) =>
			compareStatefulStateless({
				groups: [{ ...ping, outbound }],
				source: { ip: '198.51.100.7' },
				destination: { ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
				protocol: 'icmp',
				clientPort: 50123,
			}).stateless.matchedRule;
		expect(compare([reply])).toBe(reply);
		expect(compare([ephemeral(0, 65535)])).toBeNull();
	});
	test("an outbound rule naming the client's group covers it; a client outside that group is not", () => {
		const toClients: Rule = { protocol: 'tcp', fromPort: 1024, toPort: 65535, sourceGroupId: 'sg-client' };
		const fromClient = { ip: '10.0.2.5', securityGroupIds: ['sg-client'] };
		expect(request([toClients], { source: fromClient }).stateless.matchedRule).toBe(toClients);
		expect(request([toClients]).stateless.matchedRule).toBeNull();
	});
	test('a destination outside AWS has no outbound rules to check', () => {
		const result = request([], {
			destination: { ip: '93.184.216.34' },
			source: { ip: '10.0.2.5', securityGroupIds: ['sg-client'] },
		});
		expect(result.stateless).toMatchObject({ responseAllowed: true, matchedRule: null });
	});
	test('a blocked request has no response at all', () => {
		const reason = 'The request was blocked, so there is no response to check.';
		expect(request([ephemeral(1024, 65535)], { port: 22 })).toEqual({
			requestAllowed: false,
			stateful: { responseAllowed: false, reason },
			stateless: { responseAllowed: false, reason, matchedRule: null },
		});
	});
	test('the client port is an ephemeral port, 1024–65535', () => {
		expect(request([], { clientPort: 1024 }).requestAllowed).toBe(true);
		expect(request([], { clientPort: 65535 }).requestAllowed).toBe(true);
		for (const clientPort of [1023, 65536, 50000.5]) {
			expect(() => request([], { clientPort })).toThrow(SecurityGroupError);
			expect(() => request([], { clientPort })).toThrow(
				`connection: client (ephemeral) port ${clientPort} must be 1024–65535`,
			);
		}
	});
});
