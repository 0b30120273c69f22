import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	compareStatefulStateless,
	defaultSecurityGroup,
	describeRule,
	evaluateFlow,
	evaluateNaclEntries,
	NaclError,
	newSecurityGroup,
	SecurityGroupError,
	type FlowInput,
	type Rule,
	type SecurityGroup,
} from '../../../src/lib/network';

const web: SecurityGroup = {
	id: 'sg-web',
	inbound: [
		{ protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0', description: 'HTTP' },
		{ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '122.149.196.85/32', description: 'SSH' },
	],
	outbound: [],
};
const internet = (ip: string) => ({ ip });

describe('evaluateFlow — Amazon VPC User Guide, "Security group rules"', () => {
	// https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
	test('an allow rule matching protocol, port and source lets the connection in', () => {
		const result = evaluateFlow({
			groups: [web],
			source: internet('198.51.100.7'),
			destination: { ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
			protocol: 'tcp',
			port: 80,
		});
		expect(result.allowed).toBe(true);
		expect(result.inbound.matches.map((m) => [m.groupId, m.index])).toEqual([['sg-web', 0]]);
		expect(result.outbound.checked).toBe(false);
		expect(result.symptom).toBe('connected');
	});
	test('SSH from the one allowed /32 address, and from any other address', () => {
		const from = (ip: string) =>
			evaluateFlow({
				groups: [web],
				source: internet(ip),
				destination: { ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
				protocol: 'tcp',
				port: 22,
			});
		expect(from('122.149.196.85').allowed).toBe(true);
		const other = from('122.149.196.86');
		expect(other).toMatchObject({ allowed: false, blockedBy: 'destination-inbound', symptom: 'timeout' });
		expect(other.reason).toMatch(/timeout/);
	});
	test('rules are allow-only: no matching rule means denied', () => {
		expect(
			evaluateFlow({
				groups: [web],
				source: internet('198.51.100.7'),
				destination: { ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
				protocol: 'tcp',
				port: 443,
			}).allowed,
		).toBe(false);
	});
	test('a new group has no inbound rules and allows all outbound', () => {
		const g = newSecurityGroup('sg-new');
		expect(g).toEqual({
			id: 'sg-new',
			inbound: [],
			outbound: [{ protocol: '-1', cidr: '0.0.0.0/0', description: 'Default: all outbound traffic' }],
		});
		expect(
			evaluateFlow({
				groups: [g],
				source: internet('198.51.100.7'),
				destination: { ip: '10.0.0.5', securityGroupIds: ['sg-new'] },
				protocol: 'tcp',
				port: 22,
			}).allowed,
		).toBe(false);
		expect(
			evaluateFlow({
				groups: [g],
				source: { ip: '10.0.0.5', securityGroupIds: ['sg-new'] },
				destination: internet('93.184.216.34'),
				protocol: 'tcp',
				port: 443,
			}).allowed,
		).toBe(true);
	});
	test('without outbound rules, nothing can leave', () => {
		const g: SecurityGroup = { id: 'sg-closed', inbound: [], outbound: [] };
		const r = evaluateFlow({
			groups: [g],
			source: { ip: '10.0.0.5', securityGroupIds: ['sg-closed'] },
			destination: internet('93.184.216.34'),
			protocol: 'tcp',
			port: 443,
		});
		expect(r).toMatchObject({ allowed: false, blockedBy: 'source-outbound' });
	});
	// https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
	test('the default group allows traffic between its members only', () => {
		const d = defaultSecurityGroup('sg-default');
		const member = (ip: string) => ({ ip, securityGroupIds: ['sg-default'] });
		expect(
			evaluateFlow({
				groups: [d],
				source: member('10.0.0.5'),
				destination: member('10.0.0.6'),
				protocol: 'udp',
				port: 5000,
			}).allowed,
		).toBe(true);
		expect(
			evaluateFlow({
				groups: [d],
				source: internet('198.51.100.7'),
				destination: member('10.0.0.6'),
				protocol: 'tcp',
				port: 22,
			}).allowed,
		).toBe(false);
	});
	test('all groups on an interface combine as a union', () => {
		const ssh: SecurityGroup = {
			id: 'sg-ssh',
			inbound: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '203.0.113.0/24' }],
			outbound: [],
		};
		const http: SecurityGroup = {
			id: 'sg-http',
			inbound: [{ protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0' }],
			outbound: [],
		};
		const dest = { ip: '10.0.0.9', securityGroupIds: ['sg-http', 'sg-ssh'] };
		expect(
			evaluateFlow({
				groups: [ssh, http],
				source: internet('203.0.113.4'),
				destination: dest,
				protocol: 'tcp',
				port: 22,
			}).inbound.matches[0]!.groupId,
		).toBe('sg-ssh');
		expect(
			evaluateFlow({
				groups: [ssh, http],
				source: internet('203.0.113.4'),
				destination: dest,
				protocol: 'tcp',
				port: 80,
			}).allowed,
		).toBe(true);
	});
	test('every matching rule is reported', () => {
		const g: SecurityGroup = {
			id: 'sg-a',
			inbound: [
				{ protocol: 'tcp', fromPort: 0, toPort: 65535, cidr: '10.0.0.0/8' },
				{ protocol: '-1', cidr: '10.0.0.0/16' },
			],
			outbound: [],
		};
		const r = evaluateFlow({
			groups: [g],
			source: internet('10.0.3.3'),
			destination: { ip: '10.0.0.1', securityGroupIds: ['sg-a'] },
			protocol: 'tcp',
			port: 8080,
		});
		expect(r.inbound.matches.map((m) => m.text)).toEqual([
			'TCP (all ports) from 10.0.0.0/8',
			'All traffic from 10.0.0.0/16',
		]);
	});
	// "Security group referencing": traffic is allowed from the interfaces carrying the group, by private IP.
	test('a rule that references a group admits members of that group, by private IP only', () => {
		const lb: SecurityGroup = {
			id: 'sg-lb',
			inbound: [{ protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0' }],
			outbound: [{ protocol: '-1', cidr: '0.0.0.0/0' }],
		};
		const app: SecurityGroup = {
			id: 'sg-app',
			inbound: [{ protocol: 'tcp', fromPort: 80, toPort: 80, sourceGroupId: 'sg-lb' }],
			outbound: [{ protocol: '-1', cidr: '0.0.0.0/0' }],
		};
		const groups = [lb, app];
		const instance = { ip: '10.0.2.20', securityGroupIds: ['sg-app'] };
		expect(
			evaluateFlow({
				groups,
				source: { ip: '10.0.1.5', securityGroupIds: ['sg-lb'] },
				destination: instance,
				protocol: 'tcp',
				port: 80,
			}).allowed,
		).toBe(true);
		expect(
			evaluateFlow({
				groups,
				source: { ip: '10.0.1.5', securityGroupIds: ['sg-lb'] },
				destination: instance,
				protocol: 'tcp',
				port: 80,
				viaPublicIp: true,
			}).allowed,
		).toBe(false);
		expect(
			evaluateFlow({ groups, source: internet('198.51.100.7'), destination: instance, protocol: 'tcp', port: 80 })
				.allowed,
		).toBe(false);
	});
	test('an outbound rule can name a destination group', () => {
		const app: SecurityGroup = {
			id: 'sg-app',
			inbound: [],
			outbound: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, sourceGroupId: 'sg-db' }],
		};
		const db: SecurityGroup = {
			id: 'sg-db',
			inbound: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, sourceGroupId: 'sg-app' }],
			outbound: [],
		};
		const input: FlowInput = {
			groups: [app, db],
			source: { ip: '10.0.1.5', securityGroupIds: ['sg-app'] },
			destination: { ip: '10.0.3.5', securityGroupIds: ['sg-db'] },
			protocol: 'tcp',
			port: 5432,
		};
		expect(evaluateFlow(input).allowed).toBe(true);
		expect(evaluateFlow({ ...input, port: 3306 }).blockedBy).toBe('source-outbound');
	});
	test('stateful: the response of an allowed connection needs no rule', () => {
		const r = evaluateFlow({
			groups: [web],
			source: internet('198.51.100.7'),
			destination: { ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
			protocol: 'tcp',
			port: 80,
		});
		expect(web.outbound).toEqual([]);
		expect(r.response.allowed).toBe(true);
		expect(r.response.reason).toMatch(/stateful/);
	});
	test('allowed but nothing listening = connection refused', () => {
		const r = evaluateFlow({
			groups: [web],
			source: internet('198.51.100.7'),
			destination: { ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
			protocol: 'tcp',
			port: 80,
			listening: false,
		});
		expect(r).toMatchObject({ allowed: true, symptom: 'refused' });
	});
	test('protocol -1 allows all protocols and ports; a -1 flow needs a -1 rule', () => {
		const all: SecurityGroup = { id: 'sg-all', inbound: [{ protocol: '-1', cidr: '10.0.0.0/16' }], outbound: [] };
		const dest = { ip: '10.0.0.1', securityGroupIds: ['sg-all'] };
		for (const flow of [{ protocol: 'udp', port: 53 }, { protocol: 'icmp' }, { protocol: '-1' }] as const) {
			expect(evaluateFlow({ groups: [all], source: internet('10.0.9.9'), destination: dest, ...flow }).allowed).toBe(
				true,
			);
		}
		expect(
			evaluateFlow({
				groups: [web],
				source: internet('122.149.196.85'),
				destination: { ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
				protocol: '-1',
			}).allowed,
		).toBe(false);
	});
	// ICMP: fromPort = type, toPort = code, -1 = all (IpPermission, Amazon EC2 API Reference)
	test('ICMP type and code', () => {
		const ping: SecurityGroup = {
			id: 'sg-ping',
			inbound: [{ protocol: 'icmp', fromPort: 8, toPort: -1, cidr: '0.0.0.0/0' }],
			outbound: [],
		};
		const dest = { ip: '10.0.0.1', securityGroupIds: ['sg-ping'] };
		expect(
			evaluateFlow({ groups: [ping], source: internet('198.51.100.1'), destination: dest, protocol: 'icmp' }).allowed,
		).toBe(true);
		expect(
			evaluateFlow({
				groups: [ping],
				source: internet('198.51.100.1'),
				destination: dest,
				protocol: 'icmp',
				icmpType: 3,
				icmpCode: 4,
			}).allowed,
		).toBe(false);
		expect(
			evaluateFlow({ groups: [ping], source: internet('198.51.100.1'), destination: dest, protocol: 'tcp', port: 8 })
				.allowed,
		).toBe(false);
		expect(describeRule(ping.inbound[0]!, 'inbound')).toBe('ICMP type 8 (all codes) from 0.0.0.0/0');
	});
	test('IPv4 rules do not admit IPv6 clients', () => {
		expect(
			evaluateFlow({
				groups: [web],
				source: internet('2001:db8::7'),
				destination: { ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
				protocol: 'tcp',
				port: 80,
			}).allowed,
		).toBe(false);
	});
});

describe('bad input gets a clear SecurityGroupError', () => {
	const flow =
		(rule: Rule, extra: Partial<FlowInput> = {}) =>
		() =>
			evaluateFlow({
				groups: [{ id: 'sg-x', inbound: [rule], outbound: [] }],
				source: internet('1.2.3.4'),
				destination: { ip: '10.0.0.1', securityGroupIds: ['sg-x'] },
				protocol: 'tcp',
				port: 80,
				...extra,
			});
	test.each([
		[
			{ protocol: 'tcp', fromPort: 80, toPort: 70000, cidr: '0.0.0.0/0' },
			/sg-x inbound rule 1: port 70000 is out of range/,
		],
		[{ protocol: 'tcp', fromPort: 90, toPort: 80, cidr: '0.0.0.0/0' }, /backwards/],
		[{ protocol: 'tcp', cidr: '0.0.0.0/0' }, /needs a port/],
		[{ protocol: 'gre' as 'tcp', fromPort: 1, toPort: 1, cidr: '0.0.0.0/0' }, /unknown protocol "gre"/],
		[{ protocol: 'tcp', fromPort: 80, toPort: 80 }, /exactly one source/],
		[{ protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0', sourceGroupId: 'sg-x' }, /exactly one source/],
		[{ protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '10.0.0.0/40' }, /0 to 32/],
		[{ protocol: 'tcp', fromPort: 80, toPort: 80, sourceGroupId: 'sg-missing' }, /"sg-missing" does not exist/],
		[{ protocol: 'icmp', fromPort: -1, toPort: 0, cidr: '0.0.0.0/0' }, /code must also be -1/],
		[{ protocol: 'tcp', fromPort: 1.5, toPort: 2, cidr: '0.0.0.0/0' }, /out of range/],
	] as [Rule, RegExp][])('rule %j', (rule, message) => {
		expect(flow(rule)).toThrow(SecurityGroupError);
		expect(flow(rule)).toThrow(message);
	});
	test('bad flows', () => {
		const ok: Rule = { protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0' };
		expect(flow(ok, { port: 65536 })).toThrow(/connection: port 65536 is out of range/);
		expect(flow(ok, { protocol: 'sctp' as 'tcp' })).toThrow(/unknown protocol/);
		expect(flow(ok, { source: internet('999.1.1.1') })).toThrow(/source: "999.1.1.1" is not a valid IP address/);
		expect(flow(ok, { destination: { ip: '10.0.0.1', securityGroupIds: ['sg-nope'] } })).toThrow(/does not exist/);
	});
});

describe('stateless comparison and network ACLs', () => {
	test('same rules, stateless: the response to the ephemeral port is dropped without an outbound rule', () => {
		const c = compareStatefulStateless({
			groups: [web],
			source: internet('198.51.100.7'),
			destination: { ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
			protocol: 'tcp',
			port: 80,
			clientPort: 50123,
		});
		expect(c).toMatchObject({
			requestAllowed: true,
			stateful: { responseAllowed: true },
			stateless: { responseAllowed: false, matchedRule: null },
		});
		const withEphemeral = {
			...web,
			outbound: [{ protocol: 'tcp', fromPort: 1024, toPort: 65535, cidr: '0.0.0.0/0' } as Rule],
		};
		expect(
			compareStatefulStateless({
				groups: [withEphemeral],
				source: internet('198.51.100.7'),
				destination: { ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
				protocol: 'tcp',
				port: 80,
				clientPort: 50123,
			}).stateless.responseAllowed,
		).toBe(true);
	});
	// https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html — lowest number first, first match wins
	test('NACL: lowest rule number first, deny rules exist, default deny', () => {
		const entries = [
			{ ruleNumber: 200, protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '0.0.0.0/0', action: 'allow' },
			{ ruleNumber: 100, protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.0/24', action: 'deny' },
		] as const;
		expect(
			evaluateNaclEntries([...entries], { protocol: 'tcp', port: 22, peerIp: '198.51.100.9' }, 'inbound'),
		).toMatchObject({ allowed: false, matched: { ruleNumber: 100 } });
		expect(
			evaluateNaclEntries([...entries], { protocol: 'tcp', port: 22, peerIp: '203.0.113.9' }, 'inbound'),
		).toMatchObject({ allowed: true, matched: { ruleNumber: 200 } });
		expect(
			evaluateNaclEntries([...entries], { protocol: 'tcp', port: 80, peerIp: '203.0.113.9' }, 'inbound'),
		).toMatchObject({ allowed: false, matched: null });
		expect(() =>
			evaluateNaclEntries(
				[{ ...entries[0], ruleNumber: 0 }],
				{ protocol: 'tcp', port: 22, peerIp: '1.1.1.1' },
				'inbound',
			),
		).toThrow(NaclError);
	});
});

// --- properties ---------------------------------------------------------------------------------
const ipv4 = fc
	.tuple(fc.constantFrom(10, 122, 198, 203), fc.nat(255), fc.nat(255), fc.nat(255))
	.map((p) => p.join('.'));
const cidrArb = fc.oneof(
	fc.constant('0.0.0.0/0'),
	fc.tuple(ipv4, fc.integer({ min: 8, max: 32 })).map(([ip, p]) => `${ip}/${p}`),
);
const groupIds = ['sg-a', 'sg-b', 'sg-c'];
const ruleArb: fc.Arbitrary<Rule> = fc.oneof(
	fc
		.record({
			protocol: fc.constantFrom('tcp' as const, 'udp' as const),
			range: fc.tuple(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 })),
			peer: fc.oneof(
				cidrArb.map((cidr) => ({ cidr })),
				fc.constantFrom(...groupIds).map((sourceGroupId) => ({ sourceGroupId })),
			),
		})
		.map(({ protocol, range, peer }) => ({
			protocol,
			fromPort: Math.min(...range),
			toPort: Math.max(...range),
			...peer,
		})),
	fc.record({ peer: cidrArb }).map(({ peer }) => ({ protocol: '-1' as const, cidr: peer })),
	fc.tuple(fc.integer({ min: -1, max: 20 }), fc.integer({ min: -1, max: 5 }), cidrArb).map(([type, code, cidr]) => ({
		protocol: 'icmp' as const,
		fromPort: type,
		toPort: type === -1 ? -1 : code,
		cidr,
	})),
);
const groupsArb = fc
	.tuple(
		fc.array(ruleArb, { maxLength: 4 }),
		fc.array(ruleArb, { maxLength: 4 }),
		fc.array(ruleArb, { maxLength: 4 }),
		fc.array(ruleArb, { maxLength: 4 }),
		fc.array(ruleArb, { maxLength: 4 }),
		fc.array(ruleArb, { maxLength: 4 }),
	)
	.map(([i1, o1, i2, o2, i3, o3]): SecurityGroup[] => [
		{ id: 'sg-a', inbound: i1, outbound: o1 },
		{ id: 'sg-b', inbound: i2, outbound: o2 },
		{ id: 'sg-c', inbound: i3, outbound: o3 },
	]);
const flowArb = fc.record({
	groups: groupsArb,
	source: fc.record({ ip: ipv4, securityGroupIds: fc.subarray(groupIds) }),
	destination: fc.record({ ip: ipv4, securityGroupIds: fc.subarray(groupIds) }),
	protocol: fc.constantFrom('tcp' as const, 'udp' as const, 'icmp' as const),
	port: fc.integer({ min: 0, max: 65535 }),
	icmpType: fc.integer({ min: 0, max: 20 }),
	viaPublicIp: fc.boolean(),
});

describe('properties', () => {
	test('adding a rule never removes access', () => {
		fc.assert(
			fc.property(flowArb, ruleArb, fc.nat(2), fc.boolean(), (input, rule, g, inbound) => {
				const before = evaluateFlow(input).allowed;
				const groups = input.groups.map((group, i) =>
					i === g
						? { ...group, [inbound ? 'inbound' : 'outbound']: [...group[inbound ? 'inbound' : 'outbound'], rule] }
						: group,
				);
				if (before) expect(evaluateFlow({ ...input, groups }).allowed).toBe(true);
			}),
			{ numRuns: 500 },
		);
	});
	test('group order, rule order and the order of ids on an interface never matter', () => {
		fc.assert(
			fc.property(flowArb, (input) => {
				const expected = evaluateFlow(input).allowed;
				const reversed = {
					...input,
					groups: [...input.groups]
						.reverse()
						.map((g) => ({ ...g, inbound: [...g.inbound].reverse(), outbound: [...g.outbound].reverse() })),
					source: { ...input.source, securityGroupIds: [...input.source.securityGroupIds].reverse() },
					destination: { ...input.destination, securityGroupIds: [...input.destination.securityGroupIds].reverse() },
				};
				expect(evaluateFlow(reversed).allowed).toBe(expected);
			}),
			{ numRuns: 500 },
		);
	});
	test('allowed exactly when both sides have a matching rule (or the source is outside AWS)', () => {
		fc.assert(
			fc.property(flowArb, (input) => {
				const r = evaluateFlow(input);
				const outOk = input.source.securityGroupIds.length === 0 || r.outbound.matches.length > 0;
				const inOk = input.destination.securityGroupIds.length === 0 || r.inbound.matches.length > 0;
				expect(r.allowed).toBe(outOk && inOk);
				if (r.allowed) expect(r.response.allowed).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});
	test('the evaluator throws only SecurityGroupError on arbitrary rules', () => {
		const wild = fc.record({
			protocol: fc.constantFrom('tcp', 'udp', 'icmp', '-1', 'x', ''),
			fromPort: fc.option(fc.integer({ min: -5, max: 70000 }), { nil: undefined }),
			toPort: fc.option(fc.integer({ min: -5, max: 70000 }), { nil: undefined }),
			cidr: fc.option(fc.string(), { nil: undefined }),
			sourceGroupId: fc.option(fc.constantFrom('sg-a', 'sg-z'), { nil: undefined }),
		}) as fc.Arbitrary<Rule>;
		fc.assert(
			fc.property(wild, fc.string(), fc.integer({ min: -10, max: 70000 }), (rule, ip, port) => {
				try {
					evaluateFlow({
						groups: [{ id: 'sg-a', inbound: [rule], outbound: [rule] }],
						source: { ip, securityGroupIds: ['sg-a'] },
						destination: { ip: '10.0.0.1', securityGroupIds: ['sg-a'] },
						protocol: 'tcp',
						port,
					});
				} catch (error) {
					expect(error).toBeInstanceOf(SecurityGroupError);
				}
			}),
			{ numRuns: 1000 },
		);
	});
});
