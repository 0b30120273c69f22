/** Public surface of the password-policy engine. */
export {
	AWS_DEFAULT_PASSWORD_POLICY,
	checkPassword,
	describePolicyEffects,
	InvalidPasswordPolicyError,
	PASSWORD_POLICY_LIMITS,
	PASSWORD_SYMBOLS,
	validatePasswordPolicy,
} from './policy';
export type {
	CustomPasswordPolicy,
	DefaultPasswordPolicy,
	PasswordCheck,
	PasswordContext,
	PasswordPolicy,
	PasswordRuleId,
	PasswordRuleResult,
	PolicyFinding,
} from './policy';
export { passwordPolicyCommand } from './cli-export';
