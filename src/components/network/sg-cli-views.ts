/**
 * The security-group simulator's "Try it in your account" panel: the commands that build its groups
 * with their rules (engine: src/lib/network/cli-export.ts) and what AWS answers.
 */
import { securityGroupCommands, securityGroupTemplate } from '../../lib/network';
import { panelTemplate } from '../kit/TryInAccount.template';
import type { TryInAccountState } from '../kit/TryInAccount.views';
import type { SgEvaluation } from './security-group-simulator';

export function sgCliState(evaluation: SgEvaluation): TryInAccountState {
	if (!evaluation.groups || !evaluation.result)
		return { invalid: 'The commands appear here once every rule and the connection above are valid.' };
	const ids = evaluation.groups.map((group) => group.id);
	const { template, reason } = securityGroupTemplate(evaluation.groups);
	return {
		commands: evaluation.groups.flatMap((group) => securityGroupCommands(group)),
		placeholders: ids,
		template: panelTemplate(template, 'try-security-groups'),
		notes: [
			`AWS chooses each group's ID: replace ${ids.join(', ')} with the GroupId its create-security-group returns, in the commands after it and in rules that name the group.`,
			'A new group already allows all outbound traffic; the commands keep or revoke that rule to match the example.',
			template
				? 'In the template, a rule that names another group of the template is its own SecurityGroupIngress or SecurityGroupEgress resource: CloudFormation refuses embedded rules that refer to each other.'
				: `No CloudFormation template for this example: ${reason}`,
		],
		answer:
			'create-security-group answers {"GroupId": "sg-…"}, each authorize or revoke command {"Return": true} with the rules it changed. Groups cost nothing; remove them with aws ec2 delete-security-group --group-id.',
	};
}
