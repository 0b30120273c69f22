import type { SavingsPlan, Usage } from '../../lib/ec2';

/** The Savings Plan coverage table on /ec2/purchasing-options/: two plans against five usage lines. */
export const coveragePlans: { label: string; plan: SavingsPlan }[] = [
	{ label: 'Compute Savings Plan', plan: { type: 'compute' } },
	{
		label: 'EC2 Instance Savings Plan (m5, us-east-1)',
		plan: { type: 'ec2-instance', family: 'm5', region: 'us-east-1' },
	},
];

export const coverageUsage: { label: string; usage: Usage }[] = [
	{ label: 'm5.large in us-east-1', usage: { service: 'ec2', instanceType: 'm5.large', region: 'us-east-1' } },
	{
		label: 'm5.4xlarge in us-east-1 (bigger size)',
		usage: { service: 'ec2', instanceType: 'm5.4xlarge', region: 'us-east-1' },
	},
	{
		label: 'm5.large in eu-west-1 (other Region)',
		usage: { service: 'ec2', instanceType: 'm5.large', region: 'eu-west-1' },
	},
	{
		label: 'm7g.large in us-east-1 (other family)',
		usage: { service: 'ec2', instanceType: 'm7g.large', region: 'us-east-1' },
	},
	{ label: 'A Fargate task in us-east-1', usage: { service: 'fargate', region: 'us-east-1' } },
	{ label: 'A Lambda function in eu-west-1', usage: { service: 'lambda', region: 'eu-west-1' } },
];
