/**
 * What a security-group rule may say, and how the site writes it back. The limits are the EC2 API's
 * (IpPermission, https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html): TCP/UDP
 * ports 0–65535 as an inclusive range; for ICMP, fromPort is the type and toPort the code, -1 meaning
 * all, and "if the start port is -1 (all ICMP types), then the end port must be -1 (all ICMP codes)";
 * protocol -1 is all traffic; a rule names exactly one peer (API_AuthorizeSecurityGroupIngress).
 */
import { describe, expect, test } from 'vitest';
import {
	describePorts,
	describeRule,
	defaultSecurityGroup,
	newSecurityGroup,
	SecurityGroupError,
	validateGroups,
	validateRule,
	type Rule,
	type SecurityGroup,
} from '../../../src/lib/network';

const everywhere = '0.0.0.0/0';
/** The error validateRule throws for `rule`, or 'valid'. */
function verdict(rule: Rule, knownGroupIds?: ReadonlySet<string>): string {
	try {
		validateRule(rule, 'sg-x inbound rule 1', knownGroupIds);
		return 'valid';
	} catch (error) {
		expect(error).toBeInstanceOf(SecurityGroupError);
		return (error as SecurityGroupError).message;
	}
}

describe('TCP and UDP rules: an inclusive port range within 0–65535', () => {
	test.each<Rule>([
		{ protocol: 'tcp', fromPort: 0, toPort: 0, cidr: everywhere },
		{ protocol: 'tcp', fromPort: 65535, toPort: 65535, cidr: everywhere },
		{ protocol: 'udp', fromPort: 0, toPort: 65535, cidr: everywhere },
		{ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '203.0.113.7/32' },
	])('%j is valid', (rule) => expect(verdict(rule)).toBe('valid'));
	test.each<[Rule, string]>([
		[{ protocol: 'tcp', fromPort: -1, toPort: 80, cidr: everywhere }, 'port -1 is out of range'],
		[{ protocol: 'tcp', fromPort: 80, toPort: 65536, cidr: everywhere }, 'port 65536 is out of range'],
		[{ protocol: 'udp', fromPort: 65536, toPort: 65536, cidr: everywhere }, 'port 65536 is out of range'],
		[{ protocol: 'udp', fromPort: 53, toPort: 53.5, cidr: everywhere }, 'port 53.5 is out of range'],
		[{ protocol: 'tcp', fromPort: '22' as unknown as number, toPort: 22, cidr: everywhere }, 'port 22 is out of range'],
		[{ protocol: 'tcp', fromPort: 23, toPort: 22, cidr: everywhere }, 'the range 23–22 is backwards'],
		[{ protocol: 'udp', cidr: everywhere }, 'a UDP rule needs a port or port range (0–65535)'],
		[{ protocol: 'tcp', fromPort: 22, cidr: everywhere }, 'a TCP rule needs a port or port range (0–65535)'],
		[{ protocol: 'udp', toPort: 53, cidr: everywhere }, 'a UDP rule needs a port or port range (0–65535)'],
	])('%j: %s', (rule, message) => expect(verdict(rule)).toContain(`sg-x inbound rule 1: ${message}`));
});

describe('ICMP rules: type and code 0–255, or -1 for all', () => {
	test.each<Rule>([
		{ protocol: 'icmp', fromPort: -1, toPort: -1, cidr: everywhere },
		{ protocol: 'icmp', fromPort: 8, toPort: -1, cidr: everywhere },
		{ protocol: 'icmp', fromPort: 255, toPort: 255, cidr: everywhere },
		{ protocol: 'icmp', fromPort: 0, toPort: 0, cidr: everywhere },
		// An omitted type or code means all (-1), so "all types" alone is complete.
		{ protocol: 'icmp', cidr: everywhere },
		{ protocol: 'icmp', fromPort: -1, cidr: everywhere },
		{ protocol: 'icmp', fromPort: 3, cidr: everywhere },
	])('%j is valid', (rule) => expect(verdict(rule)).toBe('valid'));
	test.each<[Rule, string]>([
		[{ protocol: 'icmp', fromPort: 256, toPort: 0, cidr: everywhere }, 'ICMP type 256 is out of range'],
		[{ protocol: 'icmp', fromPort: -2, toPort: 0, cidr: everywhere }, 'ICMP type -2 is out of range'],
		[{ protocol: 'icmp', fromPort: 3.5, toPort: 0, cidr: everywhere }, 'ICMP type 3.5 is out of range'],
		[{ protocol: 'icmp', fromPort: 3, toPort: 256, cidr: everywhere }, 'ICMP code 256 is out of range'],
		[{ protocol: 'icmp', fromPort: 3, toPort: -2, cidr: everywhere }, 'ICMP code -2 is out of range'],
		[{ protocol: 'icmp', fromPort: 3, toPort: 0.5, cidr: everywhere }, 'ICMP code 0.5 is out of range'],
		[
			{ protocol: 'icmp', fromPort: -1, toPort: 4, cidr: everywhere },
			'with all ICMP types (-1) the code must also be -1',
		],
		[{ protocol: 'icmp', toPort: 0, cidr: everywhere }, 'with all ICMP types (-1) the code must also be -1'],
	])('%j: %s', (rule, message) => expect(verdict(rule)).toContain(message));
});

describe('all traffic (-1) and the peer', () => {
	test('protocol -1 ignores ports, as the API does', () => {
		expect(verdict({ protocol: '-1', cidr: everywhere })).toBe('valid');
		expect(verdict({ protocol: '-1', fromPort: 70000, toPort: -5, cidr: everywhere })).toBe('valid');
	});
	test("protocol names are the API's lower-case ones", () => {
		expect(verdict({ protocol: 'TCP' as 'tcp', fromPort: 22, toPort: 22, cidr: everywhere })).toContain(
			'unknown protocol "TCP"',
		);
		expect(verdict({ protocol: 'all' as 'tcp', cidr: everywhere })).toContain('unknown protocol "all"');
	});
	test('an empty CIDR or group field counts as not given (a cleared form field)', () => {
		expect(verdict({ protocol: '-1', cidr: '', sourceGroupId: 'sg-app' })).toBe('valid');
		expect(verdict({ protocol: '-1', cidr: everywhere, sourceGroupId: '' })).toBe('valid');
		expect(verdict({ protocol: '-1', cidr: '', sourceGroupId: '' })).toContain('exactly one source/destination');
	});
	test('a CIDR peer is read like AWS reads it: host bits are canonicalized, a bad block is refused', () => {
		expect(verdict({ protocol: '-1', cidr: '10.0.0.5/16' })).toBe('valid');
		expect(verdict({ protocol: '-1', cidr: '::/0' })).toBe('valid');
		expect(verdict({ protocol: '-1', cidr: '10.0.0.0' })).toMatch(
			/^sg-x inbound rule 1: "10\.0\.0\.0" is not a valid address or CIDR block: a CIDR block needs a "\/prefix"/,
		);
	});
	test('a group reference is checked against the known groups only when they are given', () => {
		const rule: Rule = { protocol: '-1', sourceGroupId: 'sg-app' };
		expect(verdict(rule)).toBe('valid');
		expect(verdict(rule, new Set(['sg-app']))).toBe('valid');
		expect(verdict(rule, new Set(['sg-web']))).toBe('sg-x inbound rule 1: security group "sg-app" does not exist');
		expect(verdict({ protocol: '-1', cidr: everywhere }, new Set())).toBe('valid');
	});
	test('the error says where and why, separately for a form to place it', () => {
		let error: unknown;
		try {
			validateRule({ protocol: 'tcp', fromPort: 80, toPort: 70000, cidr: everywhere }, 'sg-web inbound rule 3');
		} catch (thrown) {
			error = thrown;
		}
		expect(error).toMatchObject({
			name: 'SecurityGroupError',
			where: 'sg-web inbound rule 3',
			reason: 'port 70000 is out of range — ports are whole numbers from 0 to 65535',
			message: 'sg-web inbound rule 3: port 70000 is out of range — ports are whole numbers from 0 to 65535',
		});
	});
	test('a rule that is not an object', () => {
		expect(verdict(null as unknown as Rule)).toBe('sg-x inbound rule 1: a rule must be an object');
		expect(verdict('tcp 22' as unknown as Rule)).toBe('sg-x inbound rule 1: a rule must be an object');
	});
});

describe('validateGroups: every group and rule, with where the problem is', () => {
	const open: Rule = { protocol: 'tcp', fromPort: 443, toPort: 443, cidr: everywhere };
	const bad: Rule = { protocol: 'tcp', fromPort: 443, toPort: 80, cidr: everywhere };
	const problem = (groups: unknown) => {
		try {
			validateGroups(groups as SecurityGroup[]);
			return 'valid';
		} catch (error) {
			expect(error).toBeInstanceOf(SecurityGroupError);
			return (error as SecurityGroupError).message;
		}
	};
	test('returns the groups by id', () => {
		const web: SecurityGroup = { id: 'sg-web', inbound: [open], outbound: [] };
		const app: SecurityGroup = { id: 'sg-app', inbound: [{ protocol: '-1', sourceGroupId: 'sg-web' }], outbound: [] };
		expect([...validateGroups([web, app])]).toEqual([
			['sg-web', web],
			['sg-app', app],
		]);
		expect(validateGroups([]).size).toBe(0);
	});
	test('rules are numbered from 1 in each direction', () => {
		expect(problem([{ id: 'sg-web', inbound: [open, bad], outbound: [] }])).toMatch(/^sg-web inbound rule 2: /);
		expect(problem([{ id: 'sg-web', inbound: [open], outbound: [bad] }])).toMatch(/^sg-web outbound rule 1: /);
	});
	test('a reference may name any group in the list, before or after its own', () => {
		const refersToLater = { id: 'sg-a', inbound: [{ protocol: '-1', sourceGroupId: 'sg-b' }], outbound: [] };
		expect(problem([refersToLater, { id: 'sg-b', inbound: [], outbound: [] }])).toBe('valid');
		expect(problem([refersToLater])).toBe('sg-a inbound rule 1: security group "sg-b" does not exist');
	});
	test.each([
		[null, 'groups must be a list'],
		[{ id: 'sg-a', inbound: [], outbound: [] }, 'groups must be a list'],
		[[null], 'every security group needs an id'],
		[[{ inbound: [], outbound: [] }], 'every security group needs an id'],
		[[{ id: 7, inbound: [], outbound: [] }], 'every security group needs an id'],
		[[{ id: '  ', inbound: [], outbound: [] }], 'every security group needs an id'],
		[
			[
				{ id: 'sg-a', inbound: [], outbound: [] },
				{ id: 'sg-a', inbound: [], outbound: [] },
			],
			'sg-a: two security groups have this id',
		],
		[[{ id: 'sg-a', outbound: [] }], 'sg-a: inbound and outbound must be lists of rules'],
		[[{ id: 'sg-a', inbound: [] }], 'sg-a: inbound and outbound must be lists of rules'],
	])('%j: %s', (groups, message) => expect(problem(groups)).toBe(message));
});

describe('rules in words, as the console lists them', () => {
	test.each<[Pick<Rule, 'protocol' | 'fromPort' | 'toPort'>, string]>([
		[{ protocol: '-1' }, 'All traffic'],
		[{ protocol: 'tcp', fromPort: 22, toPort: 22 }, 'TCP 22'],
		[{ protocol: 'udp', fromPort: 1024, toPort: 65535 }, 'UDP 1024–65535'],
		[{ protocol: 'tcp', fromPort: 0, toPort: 65535 }, 'TCP (all ports)'],
		[{ protocol: 'tcp', fromPort: 0, toPort: 1023 }, 'TCP 0–1023'],
		[{ protocol: 'udp', fromPort: 1, toPort: 65535 }, 'UDP 1–65535'],
		[{ protocol: 'icmp', fromPort: -1, toPort: -1 }, 'ICMP (all types)'],
		[{ protocol: 'icmp' }, 'ICMP (all types)'],
		[{ protocol: 'icmp', fromPort: 8, toPort: -1 }, 'ICMP type 8 (all codes)'],
		[{ protocol: 'icmp', fromPort: 8 }, 'ICMP type 8 (all codes)'],
		[{ protocol: 'icmp', fromPort: 3, toPort: 4 }, 'ICMP type 3 code 4'],
		[{ protocol: 'icmp', fromPort: 0, toPort: 0 }, 'ICMP type 0 code 0'],
	])('%j → %s', (rule, text) => expect(describePorts(rule)).toBe(text));
	test('inbound rules say "from", outbound rules "to"; a group peer is named', () => {
		expect(describeRule({ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '::/0' }, 'inbound')).toBe(
			'TCP 443 from ::/0',
		);
		expect(describeRule({ protocol: 'tcp', fromPort: 5432, toPort: 5432, sourceGroupId: 'sg-db' }, 'outbound')).toBe(
			'TCP 5432 to security group sg-db',
		);
	});
});

// https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html ("When you create a
// security group, it has no inbound rules … includes an outbound rule that allows all outbound traffic")
// and https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
describe('new and default groups', () => {
	test('with IPv6, a new group also allows all outbound IPv6 traffic', () => {
		expect(newSecurityGroup('sg-new', { ipv6: true }).outbound.map((rule) => [rule.protocol, rule.cidr])).toEqual([
			['-1', '0.0.0.0/0'],
			['-1', '::/0'],
		]);
	});
	test('the default group: all traffic from members of itself in, all traffic out', () => {
		const group = defaultSecurityGroup('sg-default', { ipv6: true });
		expect(group.inbound.map(({ protocol, sourceGroupId }) => ({ protocol, sourceGroupId }))).toEqual([
			{ protocol: '-1', sourceGroupId: 'sg-default' },
		]);
		expect(group.outbound.map((rule) => rule.cidr)).toEqual(['0.0.0.0/0', '::/0']);
		expect(defaultSecurityGroup('sg-default').outbound.map((rule) => rule.cidr)).toEqual(['0.0.0.0/0']);
	});
});
