/**
 * "Try it in your account" for load balancing: AWS CLI v2 (elbv2, and elb for Classic) commands for what
 * the widgets show. ELB API Reference: RuleCondition, Action, TargetGroupAttribute, CreateListener.
 *
 * One module per widget (cli-export-rules, -health, -stickiness, -listener), each with its commands and,
 * where a template reads more naturally, its CloudFormation template: a page ships only its widget's
 * exporter. This module holds what they share.
 *
 * ARNs are AWS's to choose: the commands use marked placeholders (account 111122223333, the example
 * names) for the reader to replace with what create-load-balancer / create-target-group returned.
 */

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
export const ELB_PLACEHOLDERS = {
	loadBalancerArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/my-alb/0123456789abcdef`,
	listenerArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/my-alb/0123456789abcdef/0123456789abcdef`,
	vpcId: 'vpc-0123456789abcdef0',
	targetGroupArn: (name: string) =>
		`arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/${name}/0123456789abcdef`,
	certificateArn: (id: string) => `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/${id}`,
} as const;

/**
 * Listeners made by the CLI, API, CloudFormation or CDK get ELBSecurityPolicy-2016-08 when --ssl-policy
 * is left out, which still allows TLS 1.0 and 1.1; the console's default is the post-quantum TLS 1.3
 * policy below. So the command always names it. ("Security policies for your Application Load
 * Balancer", checked 2026-12-01.)
 */
export const RECOMMENDED_SSL_POLICY = 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09';
