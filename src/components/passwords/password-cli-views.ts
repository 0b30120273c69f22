/**
 * The password policy builder's "Try it in your account" panel: update-account-password-policy with every
 * setting the builder shows, or delete-account-password-policy for AWS's default policy.
 * Engine: src/lib/passwords/cli-export.ts.
 * https://docs.aws.amazon.com/cli/latest/reference/iam/update-account-password-policy.html
 */
import { InvalidPasswordPolicyError, passwordPolicyCommand, type PasswordPolicy } from '../../lib/passwords';
import type { TryInAccountState } from '../kit/TryInAccount.views';

const EXISTING_PASSWORDS =
	'A new policy applies to passwords set from then on: existing passwords keep working until they are changed or expire.';

export function passwordCliState(policy: PasswordPolicy): TryInAccountState {
	let command;
	try {
		command = passwordPolicyCommand(policy);
	} catch (error) {
		if (!(error instanceof InvalidPasswordPolicyError)) throw error;
		return { invalid: 'The command appears here once the policy above is one AWS accepts.' };
	}
	if (policy.kind === 'default')
		return {
			commands: [command],
			notes: [
				'The default policy is not a setting: an account has it when no custom policy is set, so deleting the custom policy returns to it.',
				EXISTING_PASSWORDS,
			],
			answer:
				'nothing when it succeeds (NoSuchEntity if the account had no custom policy); aws iam get-account-password-policy then answers NoSuchEntity too, as the default policy is not stored.',
		};
	const left = [
		policy.maxPasswordAge === null && 'password expiry',
		policy.passwordReusePrevention === null && 'reuse prevention',
	].filter(Boolean);
	return {
		commands: [command],
		notes: [
			'Every setting is in the command: the API has no partial update, so an option left out goes back to its default.',
			...(left.length > 0
				? [
						`${left.join(' and ')} ${left.length === 1 ? 'is' : 'are'} off by leaving the option out: AWS does not accept 0.`.replace(
							/^./,
							(c) => c.toUpperCase(),
						),
					]
				: []),
			EXISTING_PASSWORDS,
		],
		answer:
			'nothing when it succeeds; aws iam get-account-password-policy then shows the policy as AWS stored it (with ExpirePasswords true when passwords expire). It applies to every IAM user of the account, not to the root user.',
	};
}
