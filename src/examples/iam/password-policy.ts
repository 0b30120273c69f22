/**
 * Data for the password-policy page: the builder's presets and the sample passwords it starts with.
 * The page and test/unit/passwords/examples.test.ts both import this file.
 */
import type { CustomPasswordPolicy, PasswordPolicy } from '../../lib/passwords';

/** A strict custom policy of the kind security benchmarks ask for (14+ characters, 90-day expiry, no reuse of 24). */
export const strictCustomPolicy: CustomPasswordPolicy = {
	kind: 'custom',
	minimumPasswordLength: 14,
	requireUppercaseCharacters: true,
	requireLowercaseCharacters: true,
	requireNumbers: true,
	requireSymbols: true,
	maxPasswordAge: 90,
	hardExpiry: false,
	allowUsersToChangePassword: true,
	passwordReusePrevention: 24,
};

/** The custom-policy form with nothing ticked: only the minimum length applies (the API's own default is 6). */
export const minimalCustomPolicy: CustomPasswordPolicy = {
	kind: 'custom',
	minimumPasswordLength: 6,
	requireUppercaseCharacters: false,
	requireLowercaseCharacters: false,
	requireNumbers: false,
	requireSymbols: false,
	maxPasswordAge: null,
	hardExpiry: false,
	allowUsersToChangePassword: false,
	passwordReusePrevention: null,
};

export const passwordPolicyPresets: { id: string; label: string; policy: PasswordPolicy }[] = [
	{ id: 'default', label: 'AWS default policy (no custom policy set)', policy: { kind: 'default' } },
	{
		id: 'strict',
		label: 'Strict custom policy (14+, all four types, 90 days, no reuse of 24)',
		policy: strictCustomPolicy,
	},
	{ id: 'minimal', label: 'Custom policy with nothing ticked (6+ characters)', policy: minimalCustomPolicy },
];

/** What the builder shows before the reader types anything. */
export const passwordPolicyInitial = { presetId: 'strict', password: 'Summer2025' } as const;

/** Worked examples listed in a table on the page, each checked against a preset. */
export const passwordExamples: { presetId: string; password: string; note: string }[] = [
	{ presetId: 'default', password: 'summer2025', note: 'Two character types only (lower-case, numbers).' },
	{
		presetId: 'default',
		password: 'Summer2025',
		note: 'Three of four types and 10 characters — meets the default policy.',
	},
	{ presetId: 'strict', password: 'Summer2025', note: 'Too short for 14 and no symbol.' },
	{ presetId: 'strict', password: 'Summer.2025.Rain', note: 'A dot is not one of the symbols IAM counts.' },
	{ presetId: 'strict', password: 'Summer-2025-Rain', note: 'Meets every rule of the strict policy.' },
	{ presetId: 'minimal', password: 'abcdef', note: 'Six characters is enough when nothing else is required.' },
];

export function presetById(id: string): PasswordPolicy {
	const preset = passwordPolicyPresets.find((candidate) => candidate.id === id);
	if (!preset) throw new Error(`Unknown password policy preset ${id}`);
	return preset.policy;
}
