/**
 * The stickiness simulator's mode as target group attributes (modify-target-group-attributes, and
 * TargetGroupAttributes in a template) or, on a Classic Load Balancer, a cookie policy and the listener
 * that uses it (no template: the policy is a property of the whole load balancer).
 */
import type { CliCommand } from '../cli';
import type { CfnTemplate } from '../cloudformation';
import { ELB_PLACEHOLDERS } from './cli-export';
import { targetGroupBase, targetGroupTemplate } from './cli-export-target-group';
import type { StickinessConfig } from './stickiness';

/**
 * Stickiness as target group attributes (ALB/NLB), the same list for modify-target-group-attributes and
 * a template's TargetGroupAttributes. Keys: "Edit target group attributes", ALB and NLB User Guides;
 * https://docs.aws.amazon.com/cli/latest/reference/elbv2/modify-target-group-attributes.html
 * Durations left unset take AWS's default, one day (86400 s).
 */
export function stickinessAttributes(config: StickinessConfig): { Key: string; Value: string }[] {
	const attribute = (Key: string, Value: string) => ({ Key, Value });
	const duration = String(config.durationSeconds ?? 86400);
	switch (config.mode) {
		case 'clb-duration':
			return []; // A Classic Load Balancer has no target groups: its stickiness is a policy.
		case 'none':
			return [attribute('stickiness.enabled', 'false')];
		case 'nlb-source-ip':
			return [attribute('stickiness.enabled', 'true'), attribute('stickiness.type', 'source_ip')];
		case 'alb-app':
			return [
				attribute('stickiness.enabled', 'true'),
				attribute('stickiness.type', 'app_cookie'),
				attribute('stickiness.app_cookie.cookie_name', config.appCookieName ?? 'SESSIONID'),
				attribute('stickiness.app_cookie.duration_seconds', duration),
			];
		case 'alb-duration':
			return [
				attribute('stickiness.enabled', 'true'),
				attribute('stickiness.type', 'lb_cookie'),
				attribute('stickiness.lb_cookie.duration_seconds', duration),
			];
	}
}

/** Stickiness as target group attributes (ALB/NLB) or a Classic load balancer cookie policy. */
export function stickinessCommand(config: StickinessConfig, targetGroup = 'my-targets'): CliCommand {
	if (config.mode === 'clb-duration')
		return {
			service: 'elb',
			operation: 'create-lb-cookie-stickiness-policy',
			parameters: [
				{ name: '--load-balancer-name', values: ['my-classic-lb'] },
				{ name: '--policy-name', values: ['sticky-by-duration'] },
				{ name: '--cookie-expiration-period', values: [String(config.durationSeconds ?? 0)] },
			],
		};
	return {
		service: 'elbv2',
		operation: 'modify-target-group-attributes',
		parameters: [
			{ name: '--target-group-arn', values: [ELB_PLACEHOLDERS.targetGroupArn(targetGroup)] },
			{
				name: '--attributes',
				values: stickinessAttributes(config).map(({ Key, Value }) => `Key=${Key},Value=${Value}`),
			},
		],
	};
}

/**
 * The commands that give the target group (or Classic Load Balancer) this stickiness. A Classic Load
 * Balancer's cookie policy does nothing until a listener uses it: set-load-balancer-policies-of-listener
 * (which replaces that listener's policies). https://docs.aws.amazon.com/cli/latest/reference/elb/set-load-balancer-policies-of-listener.html
 */
export function stickinessCommands(config: StickinessConfig, targetGroup = 'my-targets'): CliCommand[] {
	const command = stickinessCommand(config, targetGroup);
	if (config.mode !== 'clb-duration') return [command];
	return [
		command,
		{
			service: 'elb',
			operation: 'set-load-balancer-policies-of-listener',
			parameters: [
				{ name: '--load-balancer-name', values: ['my-classic-lb'] },
				{ name: '--load-balancer-port', values: ['80'] },
				{ name: '--policy-names', values: ['sticky-by-duration'] },
			],
		},
	];
}

/** A target group with the widget's stickiness; null for a Classic Load Balancer. */
export function stickinessTemplate(config: StickinessConfig, name = 'my-targets'): CfnTemplate | null {
	if (config.mode === 'clb-duration') return null;
	const protocol = config.mode === 'nlb-source-ip' ? 'TCP' : 'HTTP';
	return targetGroupTemplate(`Target group ${name} with the stickiness from the simulator`, {
		...targetGroupBase(name, protocol),
		TargetGroupAttributes: stickinessAttributes(config),
	});
}
