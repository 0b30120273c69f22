/**
 * The IAM account password policy and a checker for candidate passwords.
 *
 * Facts (all from "Set an account password policy for IAM users", IAM User Guide):
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
 * - Custom policy: minimum length 6–128; optional upper-case (A–Z), lower-case (a–z), number and
 *   symbol requirements; expiration 1–1,095 days; "expiration requires administrator reset";
 *   "allow users to change their own password"; prevent reuse of the last 1–24 passwords.
 * - Default policy (no custom policy set): 8–128 characters, at least three of the four character
 *   types, not identical to the AWS account name or email address.
 * - Symbols are exactly: ! @ # $ % ^ & * ( ) _ + - = [ ] { } | '
 * - The policy does not apply to the root user or to access keys; there is no lockout policy.
 * Allowed characters come from the IAM API (ChangePassword, NewPassword pattern):
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html
 */

/** A custom password policy, with the field names of the IAM API (UpdateAccountPasswordPolicy). */
export interface CustomPasswordPolicy {
	kind: 'custom';
	minimumPasswordLength: number;
	requireUppercaseCharacters: boolean;
	requireLowercaseCharacters: boolean;
	requireNumbers: boolean;
	requireSymbols: boolean;
	/** Days a password stays valid; `null` = passwords never expire. */
	maxPasswordAge: number | null;
	/** "Password expiration requires administrator reset". */
	hardExpiry: boolean;
	allowUsersToChangePassword: boolean;
	/** How many previous passwords can't be reused; `null` = reuse allowed. */
	passwordReusePrevention: number | null;
}

/** The policy that applies when an administrator has not set a custom one. */
export interface DefaultPasswordPolicy {
	kind: 'default';
}

export type PasswordPolicy = CustomPasswordPolicy | DefaultPasswordPolicy;

export const AWS_DEFAULT_PASSWORD_POLICY: DefaultPasswordPolicy = { kind: 'default' };

/** Documented limits, one place, so the checker, the validator, the widget and the page agree. */
export const PASSWORD_POLICY_LIMITS = {
	minimumPasswordLength: { min: 6, max: 128 },
	maxPasswordAge: { min: 1, max: 1095 },
	passwordReusePrevention: { min: 1, max: 24 },
	/** Every IAM user password is at most 128 characters, whatever the policy. */
	maximumPasswordLength: 128,
	defaultMinimumLength: 8,
	/** The console warns users this many days before their password expires. */
	expiryWarningDays: 15,
} as const;

/** The exact non-alphanumeric characters IAM counts as symbols. */
export const PASSWORD_SYMBOLS = "!@#$%^&*()_+-=[]{}|'";

export interface PolicyFinding {
	field: keyof CustomPasswordPolicy;
	severity: 'error' | 'warning';
	message: string;
}

export class InvalidPasswordPolicyError extends Error {
	override name = 'InvalidPasswordPolicyError';
	constructor(readonly findings: PolicyFinding[]) {
		super(
			findings
				.filter((finding) => finding.severity === 'error')
				.map((finding) => finding.message)
				.join(' '),
		);
	}
}

function rangeFinding(
	field: keyof CustomPasswordPolicy,
	label: string,
	value: number,
	range: { min: number; max: number },
	unit: string,
): PolicyFinding | null {
	if (!Number.isFinite(value) || !Number.isInteger(value))
		return {
			field,
			severity: 'error',
			message: `${label} must be a whole number of ${unit} from ${range.min} to ${range.max}.`,
		};
	if (value < range.min || value > range.max)
		return {
			field,
			severity: 'error',
			message: `${label} must be from ${range.min} to ${range.max} ${unit}; AWS rejects ${value}.`,
		};
	return null;
}

/** Checks a policy against AWS's allowed ranges. Errors = AWS would reject it; warnings = allowed but odd. */
export function validatePasswordPolicy(policy: PasswordPolicy): PolicyFinding[] {
	if (policy.kind === 'default') return [];
	const findings: PolicyFinding[] = [];
	const { minimumPasswordLength, maxPasswordAge, passwordReusePrevention } = PASSWORD_POLICY_LIMITS;
	const length = rangeFinding(
		'minimumPasswordLength',
		'Minimum password length',
		policy.minimumPasswordLength,
		minimumPasswordLength,
		'characters',
	);
	if (length) findings.push(length);
	if (policy.maxPasswordAge !== null) {
		const age = rangeFinding('maxPasswordAge', 'Password expiration', policy.maxPasswordAge, maxPasswordAge, 'days');
		if (age) findings.push(age);
	}
	if (policy.passwordReusePrevention !== null) {
		const reuse = rangeFinding(
			'passwordReusePrevention',
			'Prevent password reuse',
			policy.passwordReusePrevention,
			passwordReusePrevention,
			'previous passwords',
		);
		if (reuse) findings.push(reuse);
	}
	if (policy.hardExpiry && policy.maxPasswordAge === null) {
		findings.push({
			field: 'hardExpiry',
			severity: 'warning',
			message: '“Expiration requires administrator reset” has no effect while passwords never expire.',
		});
	}
	if (policy.hardExpiry && policy.maxPasswordAge !== null) {
		findings.push({
			field: 'hardExpiry',
			severity: 'warning',
			message:
				'With administrator reset, a user whose password expired is locked out of the console until an administrator resets it — make sure more than one administrator can do that.',
		});
	}
	return findings;
}

export interface PasswordContext {
	/** Earlier passwords of the user, most recent first (for "prevent password reuse"). */
	previous?: string[];
	/** AWS account name and email (the default policy forbids a password identical to either). */
	accountName?: string;
	accountEmail?: string;
}

export type PasswordRuleId =
	| 'min-length'
	| 'max-length'
	| 'allowed-characters'
	| 'uppercase'
	| 'lowercase'
	| 'number'
	| 'symbol'
	| 'three-of-four'
	| 'not-account-name-or-email'
	| 'reuse';

export interface PasswordRuleResult {
	rule: PasswordRuleId;
	/** What the rule requires, phrased for a learner (shown whether met or not). */
	label: string;
	met: boolean;
	/** Why it is not met (empty when met). */
	message: string;
}

export interface PasswordCheck {
	ok: boolean;
	/** Every rule the policy applies, in console order. */
	rules: PasswordRuleResult[];
	violations: { rule: PasswordRuleId; message: string }[];
}

const HAS = {
	uppercase: (text: string) => /[A-Z]/.test(text),
	lowercase: (text: string) => /[a-z]/.test(text),
	number: (text: string) => /[0-9]/.test(text),
	symbol: (text: string) => [...text].some((character) => PASSWORD_SYMBOLS.includes(character)),
};

// ChangePassword accepts tab, LF, CR and U+0020–U+00FF; anything else is rejected by the API.
const ALLOWED = /^[\u0009\u000A\u000D\u0020-\u00FF]*$/;

function rule(id: PasswordRuleId, label: string, met: boolean, message: string): PasswordRuleResult {
	return { rule: id, label, met, message: met ? '' : message };
}

/** Checks `password` against `policy`. Throws InvalidPasswordPolicyError if AWS would reject the policy itself. */
export function checkPassword(policy: PasswordPolicy, password: string, context: PasswordContext = {}): PasswordCheck {
	const errors = validatePasswordPolicy(policy).filter((finding) => finding.severity === 'error');
	if (errors.length > 0) throw new InvalidPasswordPolicyError(errors);
	const length = [...password].length;
	const minimum =
		policy.kind === 'default' ? PASSWORD_POLICY_LIMITS.defaultMinimumLength : policy.minimumPasswordLength;
	const maximum = PASSWORD_POLICY_LIMITS.maximumPasswordLength;
	const rules: PasswordRuleResult[] = [
		rule(
			'min-length',
			`At least ${minimum} characters`,
			length >= minimum,
			`It has ${length} character${length === 1 ? '' : 's'}; needs at least ${minimum}.`,
		),
		rule(
			'max-length',
			`At most ${maximum} characters`,
			length <= maximum,
			`It has ${length} characters; IAM passwords are at most ${maximum}.`,
		),
		rule(
			'allowed-characters',
			'Only characters IAM accepts (basic Latin and Latin-1)',
			ALLOWED.test(password),
			'It contains a character outside U+0020–U+00FF (e.g. an emoji), which IAM rejects.',
		),
	];
	if (policy.kind === 'default') {
		const types = (['uppercase', 'lowercase', 'number', 'symbol'] as const).filter((type) => HAS[type](password));
		rules.push(
			rule(
				'three-of-four',
				'At least three of: upper-case, lower-case, numbers, symbols',
				types.length >= 3,
				`It uses ${types.length} of the 4 character types (${types.join(', ') || 'none'}); needs 3.`,
			),
		);
		const identical = [context.accountName, context.accountEmail].some(
			(value) => value !== undefined && value !== '' && value === password,
		);
		rules.push(
			rule(
				'not-account-name-or-email',
				'Not identical to the AWS account name or email address',
				!identical,
				'It is identical to the AWS account name or email address.',
			),
		);
	} else {
		if (policy.requireUppercaseCharacters)
			rules.push(
				rule(
					'uppercase',
					'At least one upper-case letter (A–Z)',
					HAS.uppercase(password),
					'Add an upper-case letter A–Z.',
				),
			);
		if (policy.requireLowercaseCharacters)
			rules.push(
				rule(
					'lowercase',
					'At least one lower-case letter (a–z)',
					HAS.lowercase(password),
					'Add a lower-case letter a–z.',
				),
			);
		if (policy.requireNumbers)
			rules.push(rule('number', 'At least one number (0–9)', HAS.number(password), 'Add a digit 0–9.'));
		if (policy.requireSymbols)
			rules.push(
				rule(
					'symbol',
					`At least one symbol: ${PASSWORD_SYMBOLS.split('').join(' ')}`,
					HAS.symbol(password),
					`Add one of ${PASSWORD_SYMBOLS} — other punctuation (such as . , ? ~) does not count.`,
				),
			);
		if (policy.passwordReusePrevention !== null) {
			const window = (context.previous ?? []).slice(0, policy.passwordReusePrevention);
			const reused = window.includes(password);
			rules.push(
				rule(
					'reuse',
					`Not one of the last ${policy.passwordReusePrevention} passwords`,
					!reused,
					`It is one of the user's last ${policy.passwordReusePrevention} passwords.`,
				),
			);
		}
	}
	const violations = rules.filter((result) => !result.met).map(({ rule: id, message }) => ({ rule: id, message }));
	return { ok: violations.length === 0, rules, violations };
}

/** Plain-language effects of the non-character settings, as the page lists them under the builder. */
export function describePolicyEffects(policy: PasswordPolicy): string[] {
	if (policy.kind === 'default')
		return [
			'Passwords never expire.',
			'Previous passwords may be reused.',
			'Only users with permission (iam:ChangePassword) can change their own password.',
		];
	const lines: string[] = [];
	if (policy.maxPasswordAge === null) lines.push('Passwords never expire.');
	else {
		lines.push(
			`Passwords expire ${policy.maxPasswordAge} day${policy.maxPasswordAge === 1 ? '' : 's'} after they are set; the console warns users ${PASSWORD_POLICY_LIMITS.expiryWarningDays} days before. Expiration applies immediately to existing passwords.`,
		);
		lines.push(
			policy.hardExpiry
				? 'An expired password can only be reset by an administrator.'
				: 'A user with an expired password sets a new one at next sign-in.',
		);
	}
	lines.push(
		policy.passwordReusePrevention === null
			? 'Previous passwords may be reused.'
			: `The last ${policy.passwordReusePrevention} password${policy.passwordReusePrevention === 1 ? '' : 's'} can't be reused.`,
	);
	lines.push(
		policy.allowUsersToChangePassword
			? 'Every IAM user may change their own password in the console.'
			: 'Only users with a policy allowing iam:ChangePassword may change their own password.',
	);
	return lines;
}
