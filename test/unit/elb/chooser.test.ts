import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ChooserError, DEFAULT_NEEDS, chooseLoadBalancer, type ChooserNeeds } from '../../../src/lib/elb/index';
import { chooserScenarios } from '../../../src/examples/load-balancing/types';

describe('load-balancer chooser', () => {
	test.each(chooserScenarios)('$label → $expected', ({ needs, expected }) => {
		expect(chooseLoadBalancer(needs).choice).toBe(expected);
	});
	test('GWLB reasons mention GENEVE on 6081', () => {
		expect(chooseLoadBalancer({ ...DEFAULT_NEEDS, appliances: true }).reasons.join(' ')).toMatch(
			/GENEVE on UDP port 6081/,
		);
	});
	test('HTTPS with content routing AND static IPs → NLB with an ALB-behind-NLB caveat', () => {
		const answer = chooseLoadBalancer({ ...DEFAULT_NEEDS, staticIp: true, contentRouting: true });
		expect(answer.choice).toBe('nlb');
		expect(answer.caveats.join(' ')).toMatch(/ALB as the target of the NLB/);
	});
	test('TLS passthrough → NLB with a TCP listener; CLB only for legacy', () => {
		expect(chooseLoadBalancer({ ...DEFAULT_NEEDS, tlsPassthrough: true }).reasons.join(' ')).toMatch(
			/TCP listener on port 443/,
		);
		expect(chooseLoadBalancer(DEFAULT_NEEDS).choice).toBe('alb');
	});
	test('bad input', () => {
		expect(() => chooseLoadBalancer({ ...DEFAULT_NEEDS, protocol: 'smtp' as never })).toThrow(ChooserError);
		expect(() => chooseLoadBalancer({ ...DEFAULT_NEEDS, staticIp: 'yes' as never })).toThrow(/true or false/);
	});
	test('property: never CLB unless legacy; never GWLB unless appliances or raw IP', () => {
		const needsArb = fc.record<ChooserNeeds>({
			protocol: fc.constantFrom('http', 'https', 'tcp', 'tls', 'udp', 'ip'),
			contentRouting: fc.boolean(),
			staticIp: fc.boolean(),
			tlsPassthrough: fc.boolean(),
			appliances: fc.boolean(),
			extremePerformance: fc.boolean(),
			legacyClassic: fc.boolean(),
		});
		fc.assert(
			fc.property(needsArb, (needs) => {
				const answer = chooseLoadBalancer(needs);
				if (answer.choice === 'clb') expect(needs.legacyClassic).toBe(true);
				if (answer.choice === 'gwlb') expect(needs.appliances || needs.protocol === 'ip').toBe(true);
				if (needs.protocol === 'udp' && !needs.appliances) expect(answer.choice).toBe('nlb');
				expect(answer.reasons.length).toBeGreaterThan(0);
			}),
		);
	});
});
