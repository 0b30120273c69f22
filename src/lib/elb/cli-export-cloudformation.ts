/**
 * The load-balancing widgets' state as CloudFormation templates, where a template reads more naturally
 * than commands: a target group's health check and stickiness are properties of one resource, and an
 * HTTPS listener with its certificate list is two resource types instead of two commands and ARNs.
 *
 * - AWS::ElasticLoadBalancingV2::TargetGroup (HealthCheck*, Matcher, TargetGroupAttributes):
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-targetgroup.html
 * - AWS::ElasticLoadBalancingV2::Listener (SslPolicy, Certificates = the default certificate only):
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-listener.html
 * - AWS::ElasticLoadBalancingV2::ListenerCertificate ("You can specify one certificate per resource"):
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-listenercertificate.html
 *
 * A Classic Load Balancer's health check and cookie policy are properties of AWS::ElasticLoadBalancing::
 * LoadBalancer, which needs its listeners and subnets too: no template is offered for it (null).
 */
import { ref, type CfnParameter, type CfnResource, type CfnTemplate, type YamlMapping } from '../cloudformation';
import { ELB_PLACEHOLDERS, RECOMMENDED_SSL_POLICY, stickinessAttributes } from './cli-export';
import type { HealthCheckConfig } from './health-checks';
import type { ListenerCertificate } from './sni';
import type { StickinessConfig } from './stickiness';

const TARGET_GROUP_TYPE = 'AWS::ElasticLoadBalancingV2::TargetGroup';

const VPC_PARAMETER: CfnParameter = {
	Type: 'AWS::EC2::VPC::Id',
	Description: 'The VPC of the targets',
	example: ELB_PLACEHOLDERS.vpcId,
};

/** The target group's own settings: what create-target-group takes besides the health check. */
function targetGroupBase(name: string, protocol: 'HTTP' | 'TCP', grpc = false): YamlMapping {
	return {
		Name: name,
		Protocol: protocol,
		...(grpc ? { ProtocolVersion: 'GRPC' } : {}),
		Port: 80,
		VpcId: ref('VpcId'),
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

function targetGroupTemplate(description: string, properties: YamlMapping): CfnTemplate {
	const resource: CfnResource = { Type: TARGET_GROUP_TYPE, Properties: properties };
	return { Description: description, Parameters: { VpcId: VPC_PARAMETER }, Resources: { TargetGroup: resource } };
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

/** A target group with the widget's stickiness; null for a Classic Load Balancer. */
export function stickinessTemplate(config: StickinessConfig, name = 'my-targets'): CfnTemplate | null {
	if (config.mode === 'clb-duration') return null;
	const protocol = config.mode === 'nlb-source-ip' ? 'TCP' : 'HTTP';
	return targetGroupTemplate(`Target group ${name} with the stickiness from the simulator`, {
		...targetGroupBase(name, protocol),
		TargetGroupAttributes: stickinessAttributes(config),
	});
}

/**
 * An HTTPS listener with its default certificate and an explicit security policy, and one
 * ListenerCertificate per other certificate (served by SNI). Empty list: null.
 */
export function httpsListenerTemplate(certificates: readonly ListenerCertificate[]): CfnTemplate | null {
	const fallback = certificates.find((c) => c.isDefault) ?? certificates[0];
	if (!fallback) return null;
	const certificate = (c: ListenerCertificate) => ({ CertificateArn: ELB_PLACEHOLDERS.certificateArn(c.id) });
	const extra = certificates.filter((c) => c !== fallback);
	const resources: Record<string, CfnResource> = {
		HttpsListener: {
			Type: 'AWS::ElasticLoadBalancingV2::Listener',
			Properties: {
				LoadBalancerArn: ref('LoadBalancerArn'),
				Protocol: 'HTTPS',
				Port: 443,
				SslPolicy: RECOMMENDED_SSL_POLICY,
				Certificates: [certificate(fallback)],
				DefaultActions: [{ Type: 'forward', TargetGroupArn: ref('TargetGroupArn') }],
			},
		},
	};
	extra.forEach((c, i) => {
		resources[`SniCertificate${i + 1}`] = {
			Type: 'AWS::ElasticLoadBalancingV2::ListenerCertificate',
			// !Ref of a listener is its ARN.
			Properties: { ListenerArn: ref('HttpsListener'), Certificates: [certificate(c)] },
		};
	});
	return {
		Description: 'HTTPS listener with a default certificate and more certificates chosen by SNI',
		Parameters: {
			LoadBalancerArn: {
				Type: 'String',
				Description: 'ARN of the Application Load Balancer',
				example: ELB_PLACEHOLDERS.loadBalancerArn,
			},
			TargetGroupArn: {
				Type: 'String',
				Description: 'ARN of the target group that gets the requests',
				example: ELB_PLACEHOLDERS.targetGroupArn('my-targets'),
			},
		},
		Resources: resources,
	};
}
