/**
 * The planner's share-link state: the plan itself, checked first by a Shape (types and lengths) and
 * then by the engine's checkPlan (AWS's rules). Pure, so test/unit/network/subnet-planner-state.test.ts
 * can run a link round trip without a browser. Empty names and zones are left out to keep links short.
 */
import { boolean, list, record, text, type ShapeType } from '../../scripts/state-shape';
import { VPC_PLAN_LIMITS, type VpcPlan } from '../../lib/vpc';

// "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128" is 43 characters, the longest CIDR text.
const CIDR = text(43);
const NAME = text(VPC_PLAN_LIMITS.nameLength);
// Region and zone codes are short (ap-southeast-2a); 30 leaves room.
const CODE = text(30);

export const PLAN_STATE = record({
	name: NAME,
	region: CODE,
	blocks: list(CIDR, VPC_PLAN_LIMITS.ipv4BlocksPerVpc),
	ipv6: boolean,
	ipv6Block: CIDR,
	subnets: list(record({ cidr: CIDR, name: NAME, az: CODE }, ['name', 'az']), VPC_PLAN_LIMITS.leaves),
});
export type PlanState = ShapeType<typeof PLAN_STATE>;

/** What the link stores for a plan. */
export function planToState(plan: VpcPlan): PlanState {
	return {
		...plan,
		subnets: plan.subnets.map(({ cidr, name, az }) => ({ cidr, ...(name ? { name } : {}), ...(az ? { az } : {}) })),
	};
}

/** The plan a link's (shape-checked) state describes; the caller still runs checkPlan. */
export function stateToPlan(state: PlanState): VpcPlan {
	return { ...state, subnets: state.subnets.map(({ cidr, name = '', az = '' }) => ({ cidr, name, az })) };
}
