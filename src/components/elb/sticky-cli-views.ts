/**
 * The stickiness simulator's "Try it in your account" panel: the target group attributes (or a Classic
 * Load Balancer's cookie policy) for the chosen mode, and a target group template with the same
 * attributes. Engines: src/lib/elb/cli-export.ts and cli-export-cloudformation.ts.
 * https://docs.aws.amazon.com/cli/latest/reference/elbv2/modify-target-group-attributes.html
 * https://docs.aws.amazon.com/cli/latest/reference/elb/create-lb-cookie-stickiness-policy.html
 */
import { stickinessCommands, stickinessTemplate } from '../../lib/elb/index';
import type { TryInAccountState } from '../kit/TryInAccount.views';
import { panelTemplate } from '../kit/TryInAccount.template';
import type { StickyEvaluation } from './Sticky.views';

const CHECK_COOKIES =
	'curl -c jar.txt -b jar.txt against your load balancer’s DNS name a few times shows the cookie and the same target answering.';

export function stickyCliState({ config }: StickyEvaluation): TryInAccountState {
	if (!config) return { invalid: 'The commands appear here once the settings and requests above are valid.' };
	if (config.mode === 'clb-duration')
		return {
			commands: stickinessCommands(config),
			placeholders: ['my-classic-lb'],
			notes: [
				'The policy only works once a listener uses it: the second command attaches it to the listener on port 80, replacing that listener’s other policies.',
			],
			answer: `nothing when both succeed. Then the load balancer sets the AWSELB cookie: ${CHECK_COOKIES}`,
		};
	const notes = [
		'Replace the target group ARN with yours (aws elbv2 describe-target-groups lists them); the template creates a new group instead.',
		...(config.mode === 'alb-app'
			? [
					`Your application must set the ${config.appCookieName ?? ''} cookie itself; the load balancer adds AWSALBAPP beside it.`,
				]
			: []),
		...(config.mode === 'none' ? ['stickiness.enabled=false is also what a new target group starts with.'] : []),
	];
	return {
		commands: stickinessCommands(config),
		placeholders: ['my-targets'],
		template: panelTemplate(stickinessTemplate(config), 'try-stickiness'),
		notes,
		answer:
			config.mode === 'none' || config.mode === 'nlb-source-ip'
				? 'every attribute of the target group, with the stickiness ones as you set them.'
				: `every attribute of the target group, with the stickiness ones as you set them. Then ${CHECK_COOKIES}`,
	};
}
