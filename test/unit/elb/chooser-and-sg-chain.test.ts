// The load-balancer security-group chain of the load-balancer-security-groups page, evaluated by the
// network engine (src/lib/network). Rules as in the notes (D21) and "Security groups for your Application
// Load Balancer": https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html
import { describe, expect, test } from 'vitest';
import { evaluateAllConnections, evaluateConnection } from '../../../src/lib/network';
import { lbSgExample, lbSgExpected } from '../../../src/examples/load-balancing/lb-sg';

describe('load balancer → instance security-group chain', () => {
	test('each preset is allowed or denied as the page says', () => {
		const results = Object.fromEntries(
			evaluateAllConnections(lbSgExample).map(({ preset, result }) => [preset.id, result.allowed]),
		);
		expect(results).toEqual(lbSgExpected);
	});
	test('a direct hit on the instance is denied because its only rule references the load balancer SG', () => {
		const direct = lbSgExample.connections.find((c) => c.id === 'user-web')!;
		const result = evaluateConnection(lbSgExample.groups, lbSgExample.machines, direct);
		expect(result.allowed).toBe(false);
		expect(result.inbound.matches).toEqual([]);
	});
});
