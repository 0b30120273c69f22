/**
 * Which usage a Savings Plan applies to.
 * https://docs.aws.amazon.com/savingsplans/latest/userguide/plan-types.html
 * - Compute Savings Plans: EC2 in any family, size, AZ, Region, OS or tenancy, plus Fargate and Lambda.
 * - EC2 Instance Savings Plans: EC2 only, one instance family in one Region (any size, OS, tenancy, AZ).
 */
import { parseInstanceType } from './instance-type';

export type SavingsPlan = { type: 'compute' } | { type: 'ec2-instance'; family: string; region: string };

export type Usage =
	| { service: 'ec2'; instanceType: string; region: string }
	| { service: 'fargate'; region: string }
	| { service: 'lambda'; region: string };

export interface Coverage {
	applies: boolean;
	reason: string;
}

/** The family a plan is bought for: the series, generation and options (`m5`, `c7gn`, `c7i-flex`). */
function planFamily(instanceType: string): string {
	return parseInstanceType(instanceType).family;
}

export function savingsPlanCoverage(plan: SavingsPlan, usage: Usage): Coverage {
	if (plan.type === 'compute') {
		const what =
			usage.service === 'ec2'
				? `EC2 (${usage.instanceType})`
				: usage.service === 'fargate'
					? 'AWS Fargate'
					: 'AWS Lambda';
		return { applies: true, reason: `Compute Savings Plans cover ${what} in any Region.` };
	}
	if (usage.service !== 'ec2')
		return {
			applies: false,
			reason: `EC2 Instance Savings Plans cover EC2 only, not ${usage.service === 'fargate' ? 'Fargate' : 'Lambda'}.`,
		};
	const family = planFamily(usage.instanceType);
	if (family !== plan.family)
		return { applies: false, reason: `The plan is for the ${plan.family} family; ${usage.instanceType} is ${family}.` };
	if (usage.region !== plan.region)
		return { applies: false, reason: `The plan is for ${plan.region}; this usage is in ${usage.region}.` };
	return {
		applies: true,
		reason: `Same family (${family}) and Region (${plan.region}); any size, OS or tenancy qualifies.`,
	};
}
