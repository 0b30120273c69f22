/**
 * The security-group simulator's "Try it in your account" panel: the commands that build its groups
 * with their rules (engine: src/lib/network/cli-export.ts) and what AWS answers.
 */
import { securityGroupCommands } from '../../lib/network';
import type { TryInAccountState } from '../kit/TryInAccount.views';
import type { SgEvaluation } from './security-group-simulator';

export function sgCliState(evaluation: SgEvaluation): TryInAccountState {
	if (!evaluation.groups || !evaluation.result)
		return { invalid: 'The commands appear here once every rule and the connection above are valid.' };
	const ids = evaluation.groups.map((group) => group.id);
	return {
		commands: evaluation.groups.flatMap((group) => securityGroupCommands(group)),
		placeholders: ids,
		notes: [
			`AWS chooses each group's ID: replace ${ids.join(', ')} with the GroupId its create-security-group returns, in the commands after it and in rules that name the group.`,
			'A new group already allows all outbound traffic; the commands keep or revoke that rule to match the example.',
		],
		answer:
			'create-security-group answers {"GroupId": "sg-…"}, each authorize or revoke command {"Return": true} with the rules it changed. Groups cost nothing; remove them with aws ec2 delete-security-group --group-id.',
	};
}
