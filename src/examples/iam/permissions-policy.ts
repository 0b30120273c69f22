/**
 * D02 — the notes' permissions example: a policy that allows describing EC2 and Elastic Load
 * Balancing, and listing/getting/describing CloudWatch. Used on iam/permissions.
 */
import { pretty, type PlaygroundExample } from './policy-playground-types';

export const ACCOUNT_ID = '123456789012';
export const DEVELOPER = `arn:aws:iam::${ACCOUNT_ID}:user/alice`;

export const monitoringPolicy = {
	Version: '2012-10-17',
	Statement: [
		{ Sid: 'DescribeEC2', Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' },
		{ Sid: 'DescribeELB', Effect: 'Allow', Action: 'elasticloadbalancing:Describe*', Resource: '*' },
		{
			Sid: 'ReadCloudWatch',
			Effect: 'Allow',
			Action: ['cloudwatch:ListMetrics', 'cloudwatch:GetMetricStatistics', 'cloudwatch:Describe*'],
			Resource: '*',
		},
	],
};

export const permissionsExample: PlaygroundExample = {
	id: 'permissions',
	label: 'The notes’ policy: describe EC2 and ELB, read CloudWatch',
	editorRole: 'identity',
	policy: pretty(monitoringPolicy),
	request: { principal: DEVELOPER, action: 'ec2:DescribeInstances', resource: '*' },
	expected: 'Allow',
};

/** Requests the page lists under the playground, with the decision each gets. */
export const permissionsRequests = [
	{ action: 'ec2:DescribeInstances', expected: 'Allow', why: 'matches ec2:Describe*' },
	{
		action: 'elasticloadbalancing:DescribeLoadBalancers',
		expected: 'Allow',
		why: 'matches elasticloadbalancing:Describe*',
	},
	{ action: 'cloudwatch:GetMetricStatistics', expected: 'Allow', why: 'listed by name' },
	{ action: 'cloudwatch:DescribeAlarms', expected: 'Allow', why: 'matches cloudwatch:Describe*' },
	{ action: 'cloudwatch:PutMetricData', expected: 'ImplicitDeny', why: 'writing metrics is not listed' },
	{ action: 'ec2:TerminateInstances', expected: 'ImplicitDeny', why: 'no statement allows it' },
] as const;
