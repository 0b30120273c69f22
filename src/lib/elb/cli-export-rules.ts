/**
 * The ALB router's listener rules as `aws elbv2 create-rule` (ELB API Reference: RuleCondition, Action).
 * https://docs.aws.amazon.com/cli/latest/reference/elbv2/create-rule.html
 */
import type { CliCommand } from '../cli';
import type { Condition, ListenerRule } from './alb-rules';
import { ELB_PLACEHOLDERS } from './cli-export';

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
