/**
 * "Try it in your account" for the password policy builder: the AWS CLI v2 command that sets the same
 * policy on an account.
 * https://docs.aws.amazon.com/cli/latest/reference/iam/update-account-password-policy.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html
 *
 * The API "does not support partial updates": a parameter left out reverts to its default, so the
 * command names every setting — each boolean as --x or --no-x, so the command says what it sets rather
 * than relying on defaults. The two numbers whose default is "off" (MaxPasswordAge and
 * PasswordReusePrevention, both 0) cannot be set to 0 explicitly ("to invoke the default value, do not
 * include that parameter"), so "never expire" and "allow reuse" are written by leaving them out.
 * The default policy is not a setting: an account returns to it when its custom policy is deleted.
 * https://docs.aws.amazon.com/cli/latest/reference/iam/delete-account-password-policy.html
 */
import type { CliCommand, CliParameter } from '../cli';
import { InvalidPasswordPolicyError, validatePasswordPolicy, type PasswordPolicy } from './policy';

const flag = (name: string, on: boolean): CliParameter => ({ name: on ? `--${name}` : `--no-${name}`, values: [] });
const number = (name: string, value: number): CliParameter => ({ name: `--${name}`, values: [String(value)] });

/**
 * update-account-password-policy for a custom policy, delete-account-password-policy for the default.
 * Throws InvalidPasswordPolicyError for a policy AWS would reject (no command for it).
 */
export function passwordPolicyCommand(policy: PasswordPolicy): CliCommand {
	if (policy.kind === 'default') return { service: 'iam', operation: 'delete-account-password-policy', parameters: [] };
	const findings = validatePasswordPolicy(policy);
	if (findings.some((finding) => finding.severity === 'error')) throw new InvalidPasswordPolicyError(findings);
	return {
		service: 'iam',
		operation: 'update-account-password-policy',
		parameters: [
			number('minimum-password-length', policy.minimumPasswordLength),
			flag('require-symbols', policy.requireSymbols),
			flag('require-numbers', policy.requireNumbers),
			flag('require-uppercase-characters', policy.requireUppercaseCharacters),
			flag('require-lowercase-characters', policy.requireLowercaseCharacters),
			flag('allow-users-to-change-password', policy.allowUsersToChangePassword),
			...(policy.maxPasswordAge === null ? [] : [number('max-password-age', policy.maxPasswordAge)]),
			...(policy.passwordReusePrevention === null
				? []
				: [number('password-reuse-prevention', policy.passwordReusePrevention)]),
			flag('hard-expiry', policy.hardExpiry),
		],
	};
}
