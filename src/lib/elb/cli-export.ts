/**
 * "Try it in your account" for load balancing: AWS CLI v2 (elbv2, and elb for Classic) commands for what
 * the widgets show. ELB API Reference: RuleCondition, Action, TargetGroupAttribute, CreateListener.
 *
 * ARNs are AWS's to choose: the commands use marked placeholders (account 111122223333, the example
 * names) for the reader to replace with what create-load-balancer / create-target-group returned.
 */
import type { CliCommand, CliParameter } from '../cli';
import type { Condition, ListenerRule } from './alb-rules';
import type { HealthCheckConfig } from './health-checks';
import type { ListenerCertificate } from './sni';
import type { StickinessConfig } from './stickiness';

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

const CONFIG_KEY: Record<Condition['field'], string> = {
	'host-header': 'HostHeaderConfig',
	'path-pattern': 'PathPatternConfig',
	'http-request-method': 'HttpRequestMethodConfig',
	'http-header': 'HttpHeaderConfig',
	'query-string': 'QueryStringConfig',
	'source-ip': 'SourceIpConfig',
};

/** One RuleCondition of the ELB API. */
export function ruleCondition(condition: Condition): Record<string, unknown> {
	const key = CONFIG_KEY[condition.field];
	switch (condition.field) {
		case 'http-header':
			return { Field: condition.field, [key]: { HttpHeaderName: condition.name, Values: condition.values } };
		case 'query-string':
			return {
				Field: condition.field,
				[key]: {
					Values: condition.values.map((v) =>
						v.key === undefined ? { Value: v.value } : { Key: v.key, Value: v.value },
					),
				},
			};
		default:
			return { Field: condition.field, [key]: { Values: condition.values } };
	}
}

/**
 * The Action for a rule's action as the router writes it: "forward to <target group>", "redirect to
 * HTTPS (301)", "fixed response 404 …". Anything else forwards to a placeholder group named after it.
 */
export function ruleAction(action: string): Record<string, unknown> {
	if (/^redirect to https/i.test(action))
		return {
			Type: 'redirect',
			RedirectConfig: {
				Protocol: 'HTTPS',
				Port: '443',
				StatusCode: `HTTP_${/\b(301|302)\b/.exec(action)?.[1] ?? '301'}`,
			},
		};
	const fixed = /fixed[- ]response\D*(\d{3})/i.exec(action) ?? /^return (\d{3})/i.exec(action);
	if (fixed)
		return { Type: 'fixed-response', FixedResponseConfig: { StatusCode: fixed[1], ContentType: 'text/plain' } };
	const target = /forward to (?:the )?([A-Za-z0-9-]{1,32})/i.exec(action)?.[1] ?? 'my-targets';
	return { Type: 'forward', TargetGroupArn: ELB_PLACEHOLDERS.targetGroupArn(target) };
}

/** `aws elbv2 create-rule` for one listener rule. */
export function createRuleCommand(rule: ListenerRule, listenerArn: string = ELB_PLACEHOLDERS.listenerArn): CliCommand {
	return {
		service: 'elbv2',
		operation: 'create-rule',
		parameters: [
			{ name: '--listener-arn', values: [listenerArn] },
			{ name: '--priority', values: [String(rule.priority)] },
			{ name: '--conditions', values: [JSON.stringify(rule.conditions.map(ruleCondition))] },
			{ name: '--actions', values: [JSON.stringify([ruleAction(rule.action)])] },
		],
	};
}

/** Health-check settings as create-target-group / modify-target-group options (ALB and NLB). */
export function healthCheckParameters(config: HealthCheckConfig): CliParameter[] {
	const http = config.protocol === 'HTTP' || config.protocol === 'HTTPS';
	return [
		{ name: '--health-check-protocol', values: [config.protocol] },
		{ name: '--health-check-port', values: [String(config.port)] },
		...(http ? [{ name: '--health-check-path', values: [config.path] }] : []),
		{ name: '--health-check-interval-seconds', values: [String(config.intervalSeconds)] },
		{ name: '--health-check-timeout-seconds', values: [String(config.timeoutSeconds)] },
		{ name: '--healthy-threshold-count', values: [String(config.healthyThreshold)] },
		{ name: '--unhealthy-threshold-count', values: [String(config.unhealthyThreshold)] },
		...(http ? [{ name: '--matcher', values: [`${config.grpc ? 'GrpcCode' : 'HttpCode'}=${config.matcher}`] }] : []),
	];
}

/** The health check as a command: create-target-group (ALB/NLB) or configure-health-check (Classic). */
export function healthCheckCommand(config: HealthCheckConfig, name = 'my-targets'): CliCommand {
	if (config.loadBalancer === 'clb') {
		const port = config.port === 'traffic-port' ? 80 : config.port;
		const target = `${config.protocol}:${port}${config.protocol === 'HTTP' || config.protocol === 'HTTPS' ? config.path : ''}`;
		return {
			service: 'elb',
			operation: 'configure-health-check',
			parameters: [
				{ name: '--load-balancer-name', values: ['my-classic-lb'] },
				{
					name: '--health-check',
					values: [
						`Target=${target},Interval=${config.intervalSeconds},Timeout=${config.timeoutSeconds},UnhealthyThreshold=${config.unhealthyThreshold},HealthyThreshold=${config.healthyThreshold}`,
					],
				},
			],
		};
	}
	const protocol = config.loadBalancer === 'nlb' ? 'TCP' : 'HTTP';
	return {
		service: 'elbv2',
		operation: 'create-target-group',
		parameters: [
			{ name: '--name', values: [name] },
			{ name: '--protocol', values: [protocol] },
			...(config.grpc ? [{ name: '--protocol-version', values: ['GRPC'] }] : []),
			{ name: '--port', values: ['80'] },
			{ name: '--vpc-id', values: [ELB_PLACEHOLDERS.vpcId] },
			...healthCheckParameters(config),
		],
	};
}

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

/**
 * An HTTPS listener with its default certificate and an explicit security policy, then the other
 * certificates added for SNI (add-listener-certificates).
 */
export function httpsListenerCommands(certificates: readonly ListenerCertificate[]): CliCommand[] {
	const fallback = certificates.find((c) => c.isDefault) ?? certificates[0];
	if (!fallback) return [];
	const others = certificates.filter((c) => c !== fallback);
	const certificate = (c: ListenerCertificate) => `CertificateArn=${ELB_PLACEHOLDERS.certificateArn(c.id)}`;
	const commands: CliCommand[] = [
		{
			service: 'elbv2',
			operation: 'create-listener',
			parameters: [
				{ name: '--load-balancer-arn', values: [ELB_PLACEHOLDERS.loadBalancerArn] },
				{ name: '--protocol', values: ['HTTPS'] },
				{ name: '--port', values: ['443'] },
				{ name: '--ssl-policy', values: [RECOMMENDED_SSL_POLICY] },
				{ name: '--certificates', values: [certificate(fallback)] },
				{
					name: '--default-actions',
					values: [`Type=forward,TargetGroupArn=${ELB_PLACEHOLDERS.targetGroupArn('my-targets')}`],
				},
			],
		},
	];
	if (others.length > 0)
		commands.push({
			service: 'elbv2',
			operation: 'add-listener-certificates',
			parameters: [
				{ name: '--listener-arn', values: [ELB_PLACEHOLDERS.listenerArn] },
				{ name: '--certificates', values: others.map(certificate) },
			],
		});
	return commands;
}
