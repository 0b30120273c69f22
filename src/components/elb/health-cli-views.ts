/**
 * The health-check simulator's "Try it in your account" panel: the target group with the same health
 * check (create-target-group, or configure-health-check on a Classic Load Balancer), and the same as a
 * CloudFormation template. Engines: src/lib/elb/cli-export.ts and cli-export-cloudformation.ts.
 * https://docs.aws.amazon.com/cli/latest/reference/elbv2/create-target-group.html
 * https://docs.aws.amazon.com/cli/latest/reference/elb/configure-health-check.html
 */
import { healthCheckCommand, healthCheckTemplate } from '../../lib/elb/index';
import type { TryInAccountState } from '../kit/TryInAccount.views';
import { panelTemplate } from '../kit/TryInAccount.template';
import type { HealthEvaluation } from './HealthCheckSimulator.views';

export function healthCliState({ config }: HealthEvaluation): TryInAccountState {
	if (!config) return { invalid: 'The commands appear here once the health-check settings above are valid.' };
	if (config.loadBalancer === 'clb')
		return {
			commands: [healthCheckCommand(config)],
			placeholders: ['my-classic-lb'],
			notes: [
				'A Classic Load Balancer has one health check, set on the load balancer itself: replace my-classic-lb with yours (aws elb describe-load-balancers lists them).',
				'The answers in the simulator are made up; AWS checks your registered instances itself.',
			],
			answer:
				'the health check as it stored it (Target, Interval, Timeout and thresholds); aws elb describe-instance-health --load-balancer-name then shows each instance InService or OutOfService.',
		};
	return {
		commands: [healthCheckCommand(config)],
		placeholders: ['my-targets'],
		template: panelTemplate(healthCheckTemplate(config), 'try-health-check'),
		notes: [
			'To change an existing target group instead, run aws elbv2 modify-target-group --target-group-arn with the same --health-check-… options.',
			'The answers in the simulator are made up; AWS checks the targets you register (aws elbv2 register-targets) itself.',
		],
		answer:
			'the new target group with its health check as it stored it (TargetGroupArn, HealthCheckPath, Matcher …); aws elbv2 describe-target-health --target-group-arn then shows each registered target as initial, healthy or unhealthy, with a reason code. Target groups cost nothing by themselves.',
	};
}
