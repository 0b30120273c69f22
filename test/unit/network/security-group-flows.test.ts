/**
 * evaluateFlow at the edges: which packets a rule matches (inclusive port ranges, ICMP type and code,
 * -1), what each side reports, and what the reader is told. Semantics from the Amazon VPC User Guide,
 * "Security group rules" (https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html).
 */
import { describe, expect, test } from 'vitest';
import {
	evaluateFlow,
	SecurityGroupError,
	type Endpoint,
	type FlowInput,
	type Rule,
	type SecurityGroup,
} from '../../../src/lib/network';

const server = (...inbound: Rule[]): SecurityGroup => ({ id: 'sg-server', inbound, outbound: [] });
const client = { ip: '198.51.100.7', label: 'your computer' };
const instance: Endpoint = { ip: '10.0.1.10', securityGroupIds: ['sg-server'], label: 'web server' };
/** FlowInput fields a test sets; `undefined` leaves one out. */
type FlowFields = { [K in keyof FlowInput]?: FlowInput[K] | undefined };
/** A flow from the internet to the server carrying `rules`. */
const inbound = (rules: Rule[], flow: FlowFields) =>
	evaluateFlow({
		groups: [server(...rules)],
		source: client,
		destination: instance,
		protocol: 'tcp',
		...flow,
	} as FlowInput);

describe('which packets a rule matches', () => {
	// "Ephemeral ports" in https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html
	// suggests 1024–65535; a range in a rule includes both ends.
	test('a port range includes both ends and nothing outside', () => {
		const ephemeral: Rule = { protocol: 'tcp', fromPort: 1024, toPort: 65535, cidr: '0.0.0.0/0' };
		const allowed = (port: number) => inbound([ephemeral], { port }).allowed;
		expect([1023, 1024, 1025, 65534, 65535].map(allowed)).toEqual([false, true, true, true, true]);
		const ftp: Rule = { protocol: 'tcp', fromPort: 20, toPort: 21, cidr: '0.0.0.0/0' };
		expect([19, 20, 21, 22].map((port) => inbound([ftp], { port }).allowed)).toEqual([false, true, true, false]);
	});
	test('port 0 is a port like any other', () => {
		const zero: Rule = { protocol: 'udp', fromPort: 0, toPort: 0, cidr: '0.0.0.0/0' };
		expect(inbound([zero], { protocol: 'udp', port: 0 }).allowed).toBe(true);
		expect(inbound([zero], { protocol: 'udp', port: 1 }).allowed).toBe(false);
	});
	test('TCP and UDP are different protocols on the same port', () => {
		const dns: Rule = { protocol: 'udp', fromPort: 53, toPort: 53, cidr: '0.0.0.0/0' };
		expect(inbound([dns], { protocol: 'udp', port: 53 }).allowed).toBe(true);
		expect(inbound([dns], { protocol: 'tcp', port: 53 }).allowed).toBe(false);
	});
	describe("ICMP: the rule's type and code, -1 for all; a flow without them is a ping (type 8 code 0)", () => {
		const icmp = (fromPort: number, toPort: number): Rule => ({
			protocol: 'icmp',
			fromPort,
			toPort,
			cidr: '0.0.0.0/0',
		});
		const ping = (rule: Rule, flow: FlowFields = {}) => inbound([rule], { protocol: 'icmp', ...flow }).allowed;
		test('echo request 8/0 is matched by 8/0, 8/-1 and -1/-1, not by echo reply 0/0', () => {
			expect([icmp(8, 0), icmp(8, -1), icmp(-1, -1), icmp(0, 0), icmp(8, 1)].map((rule) => ping(rule))).toEqual([
				true,
				true,
				true,
				false,
				false,
			]);
		});
		test('destination unreachable, fragmentation needed (3/4), used by path MTU discovery', () => {
			expect(ping(icmp(3, 4), { icmpType: 3, icmpCode: 4 })).toBe(true);
			expect(ping(icmp(3, 4), { icmpType: 3, icmpCode: 3 })).toBe(false);
			expect(ping(icmp(3, 4), { icmpType: 4, icmpCode: 4 })).toBe(false);
			expect(ping(icmp(3, -1), { icmpType: 3, icmpCode: 13 })).toBe(true);
			expect(ping(icmp(3, 4), { icmpType: 3 })).toBe(false);
		});
		test('a rule with no type and code is all ICMP', () => {
			expect(ping({ protocol: 'icmp', cidr: '0.0.0.0/0' }, { icmpType: 11, icmpCode: 0 })).toBe(true);
		});
		test('an ICMP rule does not admit TCP on the port numbered like its type', () => {
			expect(inbound([icmp(-1, -1)], { protocol: 'tcp', port: 8 }).allowed).toBe(false);
		});
	});
	test('the peer must be inside the CIDR block', () => {
		const office: Rule = { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.0/25' };
		expect(inbound([office], { port: 22 }).allowed).toBe(true);
		expect(inbound([office], { port: 22, source: { ip: '198.51.100.128' } }).allowed).toBe(false);
		expect(inbound([office], { port: 22, source: { ip: ' 198.51.100.127 ' } }).allowed).toBe(true);
	});
	test('an IPv6 client needs an IPv6 rule', () => {
		const ipv6: Rule = { protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '::/0' };
		expect(inbound([ipv6], { port: 443, source: { ip: '2001:db8::7' } }).allowed).toBe(true);
		expect(inbound([ipv6], { port: 443 }).allowed).toBe(false);
	});
	test('an interface listing the same group twice reports each matching rule once', () => {
		const web: Rule = { protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0' };
		const twice = { ...instance, securityGroupIds: ['sg-server', 'sg-server'] };
		expect(inbound([web], { port: 80, destination: twice }).inbound.matches).toHaveLength(1);
	});
});

describe('what each side reports', () => {
	const web: Rule = { protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0' };
	const ssh: Rule = { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '203.0.113.0/24' };
	test('an allowed inbound check lists the matching rules, numbered from 1', () => {
		const result = inbound([ssh, web], { port: 80 });
		expect(result.inbound).toEqual({
			checked: true,
			allowed: true,
			matches: [{ groupId: 'sg-server', direction: 'inbound', index: 1, rule: web, text: 'TCP 80 from 0.0.0.0/0' }],
			explanation: 'Inbound allowed by sg-server inbound rule 2 (TCP 80 from 0.0.0.0/0).',
		});
		expect(result.outbound).toEqual({
			checked: false,
			allowed: true,
			matches: [],
			explanation: 'your computer has no security group (it is outside AWS), so nothing checks its outbound traffic.',
		});
		expect(result).toMatchObject({ allowed: true, blockedBy: null, symptom: 'connected', traffic: 'TCP port 80' });
		expect(result.reason).toBe(
			'Allowed. Inbound allowed by sg-server inbound rule 2 (TCP 80 from 0.0.0.0/0). The response is allowed automatically: security groups are stateful, so return traffic of an allowed connection needs no rule in either direction.',
		);
	});
	test('a blocked inbound check names the groups, the traffic and the peer', () => {
		const result = evaluateFlow({
			groups: [server(ssh), { id: 'sg-extra', inbound: [], outbound: [] }],
			source: client,
			destination: { ...instance, securityGroupIds: ['sg-server', 'sg-extra'] },
			protocol: 'tcp',
			port: 443,
		});
		expect(result.inbound).toEqual({
			checked: true,
			allowed: false,
			matches: [],
			explanation: 'No inbound rule in sg-server, sg-extra allows TCP port 443 from your computer (198.51.100.7).',
		});
		expect(result).toMatchObject({ allowed: false, blockedBy: 'destination-inbound', symptom: 'timeout' });
		expect(result.response).toEqual({ allowed: false, reason: 'No connection was made, so there is no response.' });
		expect(result.reason).toBe(
			'Blocked. No inbound rule in sg-server, sg-extra allows TCP port 443 from your computer (198.51.100.7). Security groups only have allow rules, so anything no rule allows is denied. Security groups drop unmatched packets silently (no reply at all), so the client waits and then reports a timeout — not "connection refused".',
		);
	});
	describe('a connection from an instance to the internet', () => {
		const app: SecurityGroup = {
			id: 'sg-app',
			inbound: [],
			outbound: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }],
		};
		const from = { ip: '10.0.2.20', securityGroupIds: ['sg-app'] };
		const to = { ip: '93.184.216.34' };
		const flow = (port: number) =>
			evaluateFlow({ groups: [app], source: from, destination: to, protocol: 'tcp', port });
		test('allowed: the outbound rule is named; nothing checks the far end', () => {
			const result = flow(443);
			expect(result.outbound.explanation).toBe('Outbound allowed by sg-app outbound rule 1 (TCP 443 to 0.0.0.0/0).');
			expect(result.inbound).toEqual({
				checked: false,
				allowed: true,
				matches: [],
				explanation: '93.184.216.34 has no security group, so nothing checks its inbound traffic.',
			});
			expect(result.reason).toBe(
				`Allowed. ${result.outbound.explanation} ${result.inbound.explanation} ${result.response.reason}`,
			);
		});
		test('blocked at the source: the outbound check is the reason', () => {
			const result = flow(80);
			expect(result).toMatchObject({ allowed: false, blockedBy: 'source-outbound' });
			expect(result.outbound.explanation).toBe('No outbound rule in sg-app allows TCP port 80 to 93.184.216.34.');
			expect(result.reason).toMatch(/^Blocked\. No outbound rule in sg-app allows TCP port 80 to 93\.184\.216\.34\. /);
		});
	});
	test("blocked on both sides: the source's outbound check is reported first", () => {
		const closed: SecurityGroup = { id: 'sg-closed', inbound: [], outbound: [] };
		const result = evaluateFlow({
			groups: [closed],
			source: { ip: '10.0.0.5', securityGroupIds: ['sg-closed'] },
			destination: { ip: '10.0.0.6', securityGroupIds: ['sg-closed'] },
			protocol: 'udp',
			port: 514,
		});
		expect([result.outbound.allowed, result.inbound.allowed, result.blockedBy]).toEqual([
			false,
			false,
			'source-outbound',
		]);
		expect(result.reason).toMatch(/^Blocked\. No outbound rule in sg-closed allows UDP port 514 to 10\.0\.0\.6\./);
	});
});

describe('what the client experiences', () => {
	const all: Rule = { protocol: '-1', cidr: '0.0.0.0/0' };
	test('blocked: TCP and all-traffic time out; UDP and ICMP get no reply', () => {
		const blocked = (flow: FlowFields) => inbound([], flow);
		expect(blocked({ protocol: 'tcp', port: 22 }).symptom).toBe('timeout');
		expect(blocked({ protocol: '-1' }).symptom).toBe('timeout');
		const udp = blocked({ protocol: 'udp', port: 53 });
		expect(udp.symptom).toBe('no reply');
		expect(udp.reason).toMatch(/Security groups drop unmatched packets silently, so the client gets no reply\.$/);
		expect(blocked({ protocol: 'icmp' }).symptom).toBe('no reply');
	});
	test('allowed but nothing listening: TCP is refused by the host; UDP gets no reply', () => {
		const tcp = inbound([all], { port: 8080, listening: false });
		expect(tcp.symptom).toBe('refused');
		expect(tcp.reason).toBe(
			'Security groups allow TCP port 8080, but nothing listens on the destination, so its operating system answers with a reset: "connection refused". The packet got through — look at the application, not the security group.',
		);
		const udp = inbound([all], { protocol: 'udp', port: 161, listening: false });
		expect(udp).toMatchObject({ allowed: true, symptom: 'no reply' });
		expect(udp.reason).toBe('Security groups allow UDP port 161, but nothing listens on the destination.');
		expect(inbound([all], { port: 8080, listening: true }).symptom).toBe('connected');
	});
	test('the traffic in words', () => {
		expect(inbound([all], { protocol: 'icmp' }).traffic).toBe('ICMP type 8 code 0');
		expect(inbound([all], { protocol: 'icmp', icmpType: 3, icmpCode: 4 }).traffic).toBe('ICMP type 3 code 4');
		expect(inbound([all], { protocol: '-1' }).traffic).toBe('all traffic');
		expect(inbound([all], { protocol: 'udp', port: 53 }).traffic).toBe('UDP port 53');
	});
});

describe('a connection the engine cannot evaluate', () => {
	const all: Rule = { protocol: '-1', cidr: '0.0.0.0/0' };
	const problem = (flow: FlowFields) => {
		try {
			inbound([all], { port: 80, ...flow });
			return 'valid';
		} catch (error) {
			expect(error).toBeInstanceOf(SecurityGroupError);
			return (error as SecurityGroupError).message;
		}
	};
	test('ports 0 and 65535 are valid destinations; -1, 65536, fractions and no port are not', () => {
		expect(problem({ port: 0 })).toBe('valid');
		expect(problem({ protocol: 'udp', port: 65535 })).toBe('valid');
		for (const port of [-1, 65536, 80.5, undefined])
			expect(problem({ port })).toBe(
				`connection: port ${String(port)} is out of range — ports are whole numbers from 0 to 65535`,
			);
		expect(problem({ protocol: 'udp', port: undefined })).toMatch(/^connection: port undefined is out of range/);
	});
	test('an ICMP type or code is 0–255 (a packet has one; -1 is only for rules)', () => {
		expect(problem({ protocol: 'icmp', icmpType: 255, icmpCode: 255 })).toBe('valid');
		expect(problem({ protocol: 'icmp', icmpType: 0, icmpCode: 0 })).toBe('valid');
		expect(problem({ protocol: 'icmp', icmpType: 256 })).toBe('connection: ICMP type 256 is out of range (0–255)');
		expect(problem({ protocol: 'icmp', icmpType: -1 })).toBe('connection: ICMP type -1 is out of range (0–255)');
		expect(problem({ protocol: 'icmp', icmpCode: 256 })).toBe('connection: ICMP code 256 is out of range (0–255)');
		expect(problem({ protocol: 'icmp', icmpCode: -1 })).toBe('connection: ICMP code -1 is out of range (0–255)');
		expect(problem({ protocol: 'icmp', icmpCode: 1.5 })).toBe('connection: ICMP code 1.5 is out of range (0–255)');
	});
	test('all traffic (-1) needs no port', () => {
		expect(problem({ protocol: '-1' })).toBe('valid');
	});
	test('only an ICMP flow reads the ICMP fields (a form switched from ICMP to TCP may keep them)', () => {
		expect(problem({ protocol: 'tcp', port: 443, icmpType: 300, icmpCode: -5 })).toBe('valid');
	});
	test('an unknown protocol', () => {
		expect(problem({ protocol: 'sctp' as 'tcp' })).toBe(
			'connection: unknown protocol "sctp" — use tcp, udp, icmp or -1',
		);
	});
	test('each endpoint needs a valid address and existing groups', () => {
		expect(problem({ source: undefined as unknown as Endpoint })).toBe('source: needs an IP address');
		expect(problem({ destination: { ip: 42 } as unknown as Endpoint })).toBe('destination: needs an IP address');
		expect(problem({ source: { ip: '10.0.0.0/8' } })).toBe(
			'source: "10.0.0.0/8" is not a valid IP address (this is a CIDR block; an address has no "/prefix")',
		);
		expect(problem({ destination: { ip: '2001:db8::1' } })).toBe('valid');
		expect(problem({ source: { ip: '10.0.0.5', securityGroupIds: ['sg-gone'] } })).toBe(
			'source: security group "sg-gone" does not exist',
		);
	});
});
