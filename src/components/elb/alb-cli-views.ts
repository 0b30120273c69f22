/**
 * The ALB router's "Try it in your account" panel: one aws elbv2 create-rule per listener rule
 * (engine: src/lib/elb/cli-export.ts), with the listener and target groups as marked placeholders.
 * https://docs.aws.amazon.com/cli/latest/reference/elbv2/create-rule.html
 */
import { createRuleCommand } from '../../lib/elb/index';
import type { TryInAccountState } from '../kit/TryInAccount.views';
import type { AlbEvaluation } from './AlbRouter.views';

export function albCliState({ listener, result }: AlbEvaluation): TryInAccountState {
	if (!listener || !result)
		return { invalid: 'The commands appear here once the rules and the request above are valid.' };
	if (listener.rules.length === 0)
		return { invalid: 'Only the default action is set: it is part of create-listener, so there is no rule to create.' };
	return {
		commands: listener.rules.map((rule) => createRuleCommand(rule)),
		notes: [
			'Replace the listener and target group ARNs with yours (aws elbv2 describe-listeners and describe-target-groups list them); the default action belongs to the listener itself.',
			'Each priority can be used once per listener: AWS refuses a create-rule whose priority is taken (PriorityInUse).',
		],
		answer:
			'each create-rule answers with the new rule (its RuleArn, Priority, Conditions and Actions). Rules cost nothing apart from the load balancer; delete one with aws elbv2 delete-rule --rule-arn.',
	};
}
