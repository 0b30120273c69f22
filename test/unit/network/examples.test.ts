/** The exact results the Security groups pages show, computed from the same example files. */
import { describe, expect, test } from 'vitest';
import {
	cidrContains,
	compareConnection,
	evaluateAllConnections,
	parseCidr,
	type SgExample,
} from '../../../src/lib/network';
import { statefulExample } from '../../../src/examples/security-groups/stateful';
import { rulesTableExample } from '../../../src/examples/security-groups/rules-table';
import { inboundOutboundExample } from '../../../src/examples/security-groups/inbound-outbound';
import { referencingExample } from '../../../src/examples/security-groups/referencing';
import { lbChainExample } from '../../../src/examples/security-groups/lb-chain';
import { cidrInitial, cidrPresets } from '../../../src/examples/security-groups/cidr-examples';

const summary = (example: SgExample) =>
	Object.fromEntries(
		evaluateAllConnections(example).map(({ preset, result }) => [
			preset.id,
			result.allowed ? 'allowed' : `blocked (${result.symptom})`,
		]),
	);

describe('examples on the Security groups pages', () => {
	test('index: stateful — responses leave with no outbound rules, new outbound connections do not', () => {
		expect(summary(statefulExample)).toEqual({
			'visit-https': 'allowed',
			'visit-ssh': 'blocked (timeout)',
			'server-updates': 'blocked (timeout)',
		});
		const compare = compareConnection(
			statefulExample.groups,
			statefulExample.machines,
			statefulExample.connections[0]!,
		);
		expect([compare.stateful.responseAllowed, compare.stateless.responseAllowed]).toEqual([true, false]);
	});
	test("rules: the notes' three rules and a database tier", () => {
		expect(summary(rulesTableExample)).toEqual({
			'ssh-you': 'allowed',
			'ssh-stranger': 'blocked (timeout)',
			'http-internet': 'allowed',
			'https-internet': 'blocked (timeout)',
			'flask-office': 'allowed',
			'db-from-web': 'allowed',
			'db-from-you': 'blocked (timeout)',
		});
		const ssh = evaluateAllConnections(rulesTableExample)[0]!.result;
		expect(ssh.inbound.matches.map((m) => `${m.groupId} #${m.index + 1}: ${m.text}`)).toEqual([
			'sg-web #2: TCP 22 from 122.149.196.85/32',
		]);
	});
	test('inbound-outbound: your computer in, the other computer out, anything to the internet', () => {
		expect(summary(inboundOutboundExample)).toEqual({
			'ssh-you': 'allowed',
			'ssh-other': 'blocked (timeout)',
			'out-https': 'allowed',
			'ping-you': 'blocked (no reply)',
		});
	});
	test('referencing: SG1 and SG2 may connect, SG3 may not, and never through a public IP (E41)', () => {
		expect(summary(referencingExample)).toEqual({
			'b-to-a': 'allowed',
			'c-to-a': 'allowed',
			'd-to-a': 'blocked (no reply)',
			'c-to-a-public': 'blocked (no reply)',
		});
	});
	test('load balancer chain: only through the load balancer', () => {
		expect(summary(lbChainExample)).toEqual({
			'user-to-lb': 'allowed',
			'lb-to-app': 'allowed',
			'user-to-app': 'blocked (timeout)',
		});
	});
	test('CIDR presets', () => {
		expect(cidrPresets.map((p) => [p.cidr, String(parseCidr(p.cidr).size), cidrContains(p.cidr, p.ip)])).toEqual([
			['0.0.0.0/0', '4294967296', true],
			['122.149.196.85/32', '1', false],
			['203.0.113.0/24', '256', true],
			['10.0.0.0/16', '65536', true],
			['::/0', '340282366920938463463374607431768211456', true],
		]);
		expect(cidrContains(cidrInitial.cidr, cidrInitial.ip)).toBe(true);
	});
});
