/**
 * The SNI widget's "Try it in your account" panel: an HTTPS listener with the default certificate and an
 * explicit security policy, the other certificates added for SNI, and the same as a CloudFormation
 * template. Engines: src/lib/elb/cli-export.ts and cli-export-cloudformation.ts.
 * https://docs.aws.amazon.com/cli/latest/reference/elbv2/create-listener.html
 * https://docs.aws.amazon.com/cli/latest/reference/elbv2/add-listener-certificates.html
 */
import { httpsListenerCommands, httpsListenerTemplate, RECOMMENDED_SSL_POLICY } from '../../lib/elb/index';
import type { TryInAccountState } from '../kit/TryInAccount.views';
import { panelTemplate } from '../kit/TryInAccount.template';
import type { SniEvaluation } from './Sni.views';

export function sniCliState({ certificates, result }: SniEvaluation, clb: boolean): TryInAccountState {
	if (!result || certificates.length === 0)
		return { invalid: 'The commands appear here once the certificates and hostname above are valid.' };
	return {
		commands: httpsListenerCommands(certificates),
		template: panelTemplate(httpsListenerTemplate(certificates), 'try-https-listener'),
		notes: [
			`--ssl-policy is explicit: a listener made by the CLI, the API or CloudFormation without one gets ELBSecurityPolicy-2016-08, which still accepts TLS 1.0 and 1.1. ${RECOMMENDED_SSL_POLICY} (the console’s default) accepts TLS 1.2 and 1.3 only.`,
			'The certificate ARNs stand for certificates in AWS Certificate Manager, issued or imported in the load balancer’s Region (aws acm list-certificates shows yours).',
			'In a template each extra certificate is its own ListenerCertificate resource: CloudFormation takes one certificate per resource.',
			...(clb
				? [
						'These commands make an Application Load Balancer listener: a Classic Load Balancer has no SNI, so one of its listeners serves one certificate to every client.',
					]
				: []),
		],
		answer:
			'create-listener answers with the listener (its ListenerArn, SslPolicy and default certificate) and add-listener-certificates with the certificate list. Then openssl s_client -connect with -servername and a hostname shows which certificate the listener presents.',
	};
}
