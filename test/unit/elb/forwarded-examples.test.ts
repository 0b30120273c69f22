/** The X-Forwarded-For builder and IP-target examples on the alb-target-groups page. */
import { expect, test } from 'vitest';
import {
	forwardingExpected,
	forwardingScenario,
	forwardingTrustedProxies,
	ipTargetExamples,
	ipTargetVpcCidrs,
} from '../../../src/examples/load-balancing/target-groups-forwarding';
import { checkIpTarget, extractClientIp, simulateForwarding } from '../../../src/lib/elb';

test('the builder shows the forged entry, the client and the proxy, and recovers the client with one trusted proxy', () => {
	const { atTarget, hops } = simulateForwarding(forwardingScenario);
	expect(hops).toHaveLength(3);
	expect(atTarget.headers).toEqual({
		'X-Forwarded-For': forwardingExpected.xffAtTarget,
		'X-Forwarded-Proto': forwardingExpected.protoAtTarget,
		'X-Forwarded-Port': forwardingExpected.portAtTarget,
	});
	expect(extractClientIp(forwardingExpected.xffAtTarget, forwardingTrustedProxies).clientIp).toBe(
		forwardingExpected.clientIp,
	);
});
test.each(ipTargetExamples.map((e) => [e.ip, e.allowed] as const))('IP target %s allowed: %s', (ip, allowed) => {
	expect(checkIpTarget(ip, ipTargetVpcCidrs).allowed).toBe(allowed);
});
