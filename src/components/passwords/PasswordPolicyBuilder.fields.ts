/** The password policy builder's custom-policy controls, as data: PasswordPolicyBuilder.astro loops over them. */
import type { CustomPasswordPolicy } from '../../lib/passwords';

/** The number fields' data-parts, which are also their PASSWORD_POLICY_LIMITS keys. */
export const NUMBER_FIELDS = ['minimumPasswordLength', 'maxPasswordAge', 'passwordReusePrevention'] as const;
/** The checkboxes the client script reads straight into the policy, by data-part (= policy key). */
export const BOOLEAN_FIELDS = [
	'requireUppercaseCharacters',
	'requireLowercaseCharacters',
	'requireNumbers',
	'requireSymbols',
	'hardExpiry',
	'allowUsersToChangePassword',
] as const;

// The console's custom-policy controls, in its order. Each `part` is the data-part the client script
// reads (a number field's is also its PASSWORD_POLICY_LIMITS key and its error's `<part>-error`); `off`
// disables a number whose checkbox above it is clear. The client enables the lot for a custom policy.
export type CustomControl =
	| { kind: 'group'; label: string }
	| { kind: 'check'; part: string; label: string; checked: boolean }
	| {
			kind: 'number';
			id: string;
			part: (typeof NUMBER_FIELDS)[number];
			label: string;
			/** After the range in the hint: "6 to 128 characters". */
			unit: string;
			value: number;
			off: boolean;
	  };
const check = (part: string, label: string, checked: boolean): CustomControl => ({
	kind: 'check',
	part,
	label,
	checked,
});
/** The custom-policy controls showing `custom` (the chosen custom policy, or the example shown disabled). */
export function customPasswordControls(custom: CustomPasswordPolicy): CustomControl[] {
	return [
		{
			kind: 'number',
			id: 'min',
			part: 'minimumPasswordLength',
			label: 'Minimum password length',
			unit: ' characters',
			value: custom.minimumPasswordLength,
			off: false,
		},
		{ kind: 'group', label: 'Password strength' },
		check(
			'requireUppercaseCharacters',
			'Require at least one upper-case letter (A–Z)',
			custom.requireUppercaseCharacters,
		),
		check(
			'requireLowercaseCharacters',
			'Require at least one lower-case letter (a–z)',
			custom.requireLowercaseCharacters,
		),
		check('requireNumbers', 'Require at least one number (0–9)', custom.requireNumbers),
		check('requireSymbols', 'Require at least one non-alphanumeric character', custom.requireSymbols),
		check('expire', 'Enable password expiration', custom.maxPasswordAge !== null),
		{
			kind: 'number',
			id: 'age',
			part: 'maxPasswordAge',
			label: 'Expire passwords after (days)',
			unit: ' days',
			value: custom.maxPasswordAge ?? 90,
			off: custom.maxPasswordAge === null,
		},
		check('hardExpiry', 'Password expiration requires administrator reset', custom.hardExpiry),
		check('allowUsersToChangePassword', 'Allow users to change their own password', custom.allowUsersToChangePassword),
		check('preventReuse', 'Prevent password reuse', custom.passwordReusePrevention !== null),
		{
			kind: 'number',
			id: 'reuse',
			part: 'passwordReusePrevention',
			label: 'Remember this many passwords',
			unit: '',
			value: custom.passwordReusePrevention ?? 5,
			off: custom.passwordReusePrevention === null,
		},
	];
}
