/**
 * The SNI widget's certificates as an HTTPS listener: create-listener with the default certificate and an
 * explicit --ssl-policy, add-listener-certificates for the rest; and as a template — the Listener
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-listener.html)
 * and one ListenerCertificate per other certificate ("You can specify one certificate per resource",
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-listenercertificate.html).
 */
import type { CliCommand } from '../cli';
import { ref, type CfnResource, type CfnTemplate } from '../cloudformation';
import { ELB_PLACEHOLDERS, RECOMMENDED_SSL_POLICY } from './cli-export';
import type { ListenerCertificate } from './sni';

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
