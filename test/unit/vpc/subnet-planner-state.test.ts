/**
 * The planner's share link: a plan written to the URL reads back as exactly the same plan, and a
 * crafted link is refused with a reason (the widget then shows the page's example).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { SubnetError } from '../../../src/lib/network';
import { checkPlan, nameSubnet, splitSubnet, startPlan, type VpcPlan } from '../../../src/lib/vpc';
import { PLAN_STATE, planToState, stateToPlan } from '../../../src/components/network/subnet-planner-state';
import { decodeUrlState, encodeUrlState } from '../../../src/scripts/url-state';
import { threeTierVpc } from '../../../src/examples/security-groups/three-tier-vpc';

function roundTrip(plan: VpcPlan): VpcPlan {
	const search = encodeUrlState('?other=1', 'vpc', planToState(plan), Infinity);
	const decoded = decodeUrlState(search ?? '', 'vpc', PLAN_STATE, Infinity);
	if (decoded.status !== 'ok') throw new Error(`not ok: ${JSON.stringify(decoded)}`);
	return checkPlan(stateToPlan(decoded.value));
}

describe('planner share link', () => {
	test('the three-tier example (with IPv6 on) survives a round trip exactly, in under 4,000 characters', () => {
		const plan = { ...threeTierVpc, ipv6: true };
		expect(roundTrip(plan)).toEqual(plan);
		expect(encodeUrlState('', 'vpc', planToState(plan))).not.toBeNull();
	});
	test('any plan built by splits and names survives a round trip exactly', () => {
		const names = fc.string({ maxLength: 12 });
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.nat(), names, fc.boolean()), { maxLength: 30 }), fc.boolean(), (steps, ipv6) => {
				let plan = startPlan('172.16.0.0/20', { ...threeTierVpc, ipv6 });
				for (const [pick, name, split] of steps) {
					const target = plan.subnets[pick % plan.subnets.length]!.cidr;
					try {
						plan = split ? splitSubnet(plan, target) : nameSubnet(plan, target, name, name ? 'us-east-1c' : '');
					} catch (error) {
						expect(error).toBeInstanceOf(SubnetError);
					}
				}
				expect(roundTrip(plan)).toEqual(plan);
			}),
		);
	});
	test.each([
		['{"name":1}', 'malformed'],
		['{"name":"x","region":"us-east-1","blocks":[],"ipv6":"yes","ipv6Block":"","subnets":[]}', 'malformed'],
		['{"name":"x"', 'not valid JSON'],
	])('a crafted link is refused by the shape: %s', (raw, reason) => {
		const decoded = decodeUrlState(`?vpc=${encodeURIComponent(raw)}`, 'vpc', PLAN_STATE);
		expect(decoded).toMatchObject({ status: 'invalid' });
		expect((decoded as { reason: string }).reason).toContain(reason);
	});
	test('a link that passes the shape but breaks AWS rules is refused by checkPlan', () => {
		const state = { ...planToState(threeTierVpc), blocks: ['10.0.0.0/29'] };
		const decoded = decodeUrlState(`?vpc=${encodeURIComponent(JSON.stringify(state))}`, 'vpc', PLAN_STATE);
		expect(decoded.status).toBe('ok');
		if (decoded.status === 'ok')
			expect(() => checkPlan(stateToPlan(decoded.value))).toThrow("smaller than AWS's minimum /28");
	});
});
