/**
 * The health-check simulator's settings as commands — create-target-group (ALB/NLB) or
 * configure-health-check (Classic) — and as a target group template (HealthCheck* and Matcher properties).
 * https://docs.aws.amazon.com/cli/latest/reference/elbv2/create-target-group.html
 * https://docs.aws.amazon.com/cli/latest/reference/elb/configure-health-check.html
 * A Classic Load Balancer's health check is a property of AWS::ElasticLoadBalancing::LoadBalancer, which
 * needs its listeners and subnets too: no template is offered for it (null).
 */
import type { CliCommand, CliParameter } from '../cli';
import type { CfnTemplate, YamlMapping } from '../cloudformation';
import { ELB_PLACEHOLDERS } from './cli-export';
import { targetGroupBase, targetGroupTemplate } from './cli-export-target-group';
import type { HealthCheckConfig } from './health-checks';

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

/** The health check as TargetGroup properties: the same settings as healthCheckParameters(). */
export function healthCheckProperties(config: HealthCheckConfig): YamlMapping {
	const http = config.protocol === 'HTTP' || config.protocol === 'HTTPS';
	return {
		HealthCheckProtocol: config.protocol,
		// A string in the template too: a port number or "traffic-port".
		HealthCheckPort: String(config.port),
		...(http ? { HealthCheckPath: config.path } : {}),
		HealthCheckIntervalSeconds: config.intervalSeconds,
		HealthCheckTimeoutSeconds: config.timeoutSeconds,
		HealthyThresholdCount: config.healthyThreshold,
		UnhealthyThresholdCount: config.unhealthyThreshold,
		...(http ? { Matcher: { [config.grpc ? 'GrpcCode' : 'HttpCode']: config.matcher } } : {}),
	};
}

/** A target group with the widget's health check; null for a Classic Load Balancer. */
export function healthCheckTemplate(config: HealthCheckConfig, name = 'my-targets'): CfnTemplate | null {
	if (config.loadBalancer === 'clb') return null;
	const protocol = config.loadBalancer === 'nlb' ? 'TCP' : 'HTTP';
	return targetGroupTemplate(`Target group ${name} with the health check from the simulator`, {
		...targetGroupBase(name, protocol, config.grpc === true),
		...healthCheckProperties(config),
	});
}
