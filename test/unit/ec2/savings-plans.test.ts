import { describe, expect, test } from 'vitest';
import { savingsPlanCoverage } from '../../../src/lib/ec2';
import { coveragePlans, coverageUsage } from '../../../src/examples/ec2/savings-plan-coverage';

// https://docs.aws.amazon.com/savingsplans/latest/userguide/plan-types.html
describe('Savings Plan coverage', () => {
	test('the page’s table: Compute covers everything; EC2 Instance only m5 in us-east-1, any size', () => {
		const table = coverageUsage.map((u) => coveragePlans.map((p) => savingsPlanCoverage(p.plan, u.usage).applies));
		expect(table).toEqual([
			[true, true],
			[true, true],
			[true, false],
			[true, false],
			[true, false],
			[true, false],
		]);
	});
	test('reasons name what differs', () => {
		const plan = coveragePlans[1]!.plan;
		expect(savingsPlanCoverage(plan, { service: 'ec2', instanceType: 'm5.large', region: 'eu-west-1' }).reason).toMatch(
			/us-east-1.*eu-west-1/,
		);
		expect(
			savingsPlanCoverage(plan, { service: 'ec2', instanceType: 'm5d.large', region: 'us-east-1' }).reason,
		).toMatch(/m5 family; m5d.large is m5d/);
		expect(savingsPlanCoverage(plan, { service: 'lambda', region: 'us-east-1' }).reason).toMatch(/EC2 only/);
	});
	test('a malformed instance type is an InstanceTypeError, not a silent "not covered"', () => {
		expect(() =>
			savingsPlanCoverage(coveragePlans[1]!.plan, { service: 'ec2', instanceType: 'm5.xxlarge', region: 'us-east-1' }),
		).toThrowError(/2xlarge/);
	});
});
