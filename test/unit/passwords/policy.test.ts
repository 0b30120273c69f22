import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	AWS_DEFAULT_PASSWORD_POLICY,
	checkPassword,
	describePolicyEffects,
	InvalidPasswordPolicyError,
	PASSWORD_SYMBOLS,
	validatePasswordPolicy,
	type CustomPasswordPolicy,
} from '../../../src/lib/passwords';
import {
	minimalCustomPolicy,
	passwordExamples,
	passwordPolicyInitial,
	presetById,
	strictCustomPolicy,
} from '../../../src/examples/iam/password-policy';

// Ranges and rules: "Set an account password policy for IAM users" (IAM User Guide)
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
const custom = (overrides: Partial<CustomPasswordPolicy>): CustomPasswordPolicy => ({
	...minimalCustomPolicy,
	...overrides,
});
const failed = (policy: Parameters<typeof checkPassword>[0], password: string, context = {}) =>
	checkPassword(policy, password, context).violations.map((violation) => violation.rule);

describe('validatePasswordPolicy — AWS allowed ranges', () => {
	test.each([6, 8, 14, 128])('minimum length %i is accepted', (value) => {
		expect(validatePasswordPolicy(custom({ minimumPasswordLength: value }))).toEqual([]);
	});
	test.each([0, 5, 129, 7.5, Number.NaN])('minimum length %s is rejected', (value) => {
		const findings = validatePasswordPolicy(custom({ minimumPasswordLength: value }));
		expect(findings).toHaveLength(1);
		expect(findings[0]).toMatchObject({ field: 'minimumPasswordLength', severity: 'error' });
		expect(findings[0]!.message).toMatch(/6 to 128/);
	});
	test('expiration 1–1095 days, reuse prevention 1–24', () => {
		expect(validatePasswordPolicy(custom({ maxPasswordAge: 1 }))).toEqual([]);
		expect(validatePasswordPolicy(custom({ maxPasswordAge: 1095 }))).toEqual([]);
		expect(validatePasswordPolicy(custom({ maxPasswordAge: 1096 }))[0]).toMatchObject({
			field: 'maxPasswordAge',
			severity: 'error',
		});
		expect(validatePasswordPolicy(custom({ maxPasswordAge: 0 }))[0]!.message).toMatch(/1 to 1095/);
		expect(validatePasswordPolicy(custom({ passwordReusePrevention: 24 }))).toEqual([]);
		expect(validatePasswordPolicy(custom({ passwordReusePrevention: 25 }))[0]).toMatchObject({
			field: 'passwordReusePrevention',
			severity: 'error',
		});
		expect(validatePasswordPolicy(custom({ passwordReusePrevention: 0 }))[0]!.message).toMatch(/1 to 24/);
	});
	test('administrator reset: pointless without expiry, a lock-out risk with it', () => {
		expect(validatePasswordPolicy(custom({ hardExpiry: true }))).toEqual([
			expect.objectContaining({
				field: 'hardExpiry',
				severity: 'warning',
				message: expect.stringMatching(/no effect/),
			}),
		]);
		expect(validatePasswordPolicy(custom({ hardExpiry: true, maxPasswordAge: 90 }))[0]!.message).toMatch(
			/more than one administrator/,
		);
	});
	test('the default policy has nothing to validate', () => {
		expect(validatePasswordPolicy(AWS_DEFAULT_PASSWORD_POLICY)).toEqual([]);
	});
	test('checkPassword refuses an invalid policy with a typed error', () => {
		expect(() => checkPassword(custom({ minimumPasswordLength: 200 }), 'x')).toThrow(InvalidPasswordPolicyError);
		try {
			checkPassword(custom({ minimumPasswordLength: 3 }), 'x');
		} catch (error) {
			expect((error as InvalidPasswordPolicyError).findings[0]!.field).toBe('minimumPasswordLength');
		}
	});
});

describe('checkPassword — AWS default policy', () => {
	test('8 characters minimum, 128 maximum', () => {
		expect(failed(AWS_DEFAULT_PASSWORD_POLICY, 'Abc1234')).toEqual(['min-length']);
		expect(failed(AWS_DEFAULT_PASSWORD_POLICY, 'Abc12345')).toEqual([]);
		expect(failed(AWS_DEFAULT_PASSWORD_POLICY, 'Aa1' + 'x'.repeat(125))).toEqual([]);
		expect(failed(AWS_DEFAULT_PASSWORD_POLICY, 'Aa1' + 'x'.repeat(126))).toEqual(['max-length']);
	});
	test('three of the four character types', () => {
		expect(failed(AWS_DEFAULT_PASSWORD_POLICY, 'abcdefgh12')).toEqual(['three-of-four']);
		expect(failed(AWS_DEFAULT_PASSWORD_POLICY, 'abcdefgh1!')).toEqual([]);
		expect(failed(AWS_DEFAULT_PASSWORD_POLICY, 'ABCDEFGH!a')).toEqual([]);
		expect(checkPassword(AWS_DEFAULT_PASSWORD_POLICY, 'abcdefgh12').violations[0]!.message).toMatch(/2 of the 4/);
	});
	test('not identical to the account name or email', () => {
		const context = { accountName: 'Acme-Prod-2024', accountEmail: 'Ops+aws@Example.com' };
		expect(failed(AWS_DEFAULT_PASSWORD_POLICY, 'Acme-Prod-2024', context)).toEqual(['not-account-name-or-email']);
		expect(failed(AWS_DEFAULT_PASSWORD_POLICY, 'Ops+aws@Example.com', context)).toEqual(['not-account-name-or-email']);
		expect(failed(AWS_DEFAULT_PASSWORD_POLICY, 'Acme-Prod-2025', context)).toEqual([]);
	});
});

describe('checkPassword — custom policy options', () => {
	test('each character requirement is checked on its own', () => {
		const all = custom({
			minimumPasswordLength: 6,
			requireUppercaseCharacters: true,
			requireLowercaseCharacters: true,
			requireNumbers: true,
			requireSymbols: true,
		});
		expect(failed(all, 'abcdef')).toEqual(['uppercase', 'number', 'symbol']);
		expect(failed(all, 'ABCDEF')).toEqual(['lowercase', 'number', 'symbol']);
		expect(failed(all, 'Abcde1!')).toEqual([]);
	});
	test('only the documented symbols count', () => {
		const symbols = custom({ requireSymbols: true });
		for (const symbol of PASSWORD_SYMBOLS) expect(failed(symbols, `abcdef${symbol}`)).toEqual([]);
		for (const other of ['.', ',', '?', '~', '"', '/', '\\', ':', ';', '<', ' ', 'é'])
			expect(failed(symbols, `abcdef${other}`)).toEqual(['symbol']);
	});
	test('non-Latin letters are not upper/lower-case letters for IAM', () => {
		expect(failed(custom({ requireUppercaseCharacters: true }), 'ÉÀÖÜÑÇ')).toEqual(['uppercase']);
	});
	test('characters outside U+0020–U+00FF are rejected (IAM API pattern)', () => {
		expect(failed(minimalCustomPolicy, 'abcdef😀')).toEqual(['allowed-characters']);
		expect(failed(minimalCustomPolicy, 'abc déf')).toEqual([]);
	});
	test('length counts characters, not UTF-16 units', () => {
		expect(checkPassword(custom({ minimumPasswordLength: 6 }), '😀😀😀').rules[0]!.message).toMatch(/3 characters/);
	});
	test('prevent reuse looks only at the last N passwords', () => {
		const policy = custom({ passwordReusePrevention: 2 });
		const previous = ['Newest-1', 'Middle-2', 'Oldest-3'];
		expect(failed(policy, 'Newest-1', { previous })).toEqual(['reuse']);
		expect(failed(policy, 'Middle-2', { previous })).toEqual(['reuse']);
		expect(failed(policy, 'Oldest-3', { previous })).toEqual([]);
		expect(checkPassword(policy, 'x'.repeat(8)).rules.find((result) => result.rule === 'reuse')!.met).toBe(true);
	});
	test('rules appear in console order with their labels', () => {
		expect(checkPassword(strictCustomPolicy, '').rules.map((result) => result.rule)).toEqual([
			'min-length',
			'max-length',
			'allowed-characters',
			'uppercase',
			'lowercase',
			'number',
			'symbol',
			'reuse',
		]);
	});
	test('ok ⇔ no violations, and every violation is an unmet rule (property)', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 40 }),
				fc.integer({ min: 6, max: 128 }),
				fc.boolean(),
				fc.boolean(),
				(password, minimum, upper, symbols) => {
					const result = checkPassword(
						custom({ minimumPasswordLength: minimum, requireUppercaseCharacters: upper, requireSymbols: symbols }),
						password,
					);
					expect(result.ok).toBe(result.violations.length === 0);
					expect(result.violations.map((violation) => violation.rule)).toEqual(
						result.rules.filter((entry) => !entry.met).map((entry) => entry.rule),
					);
					if ([...password].length < minimum) expect(result.ok).toBe(false);
				},
			),
		);
	});
});

describe('describePolicyEffects', () => {
	test('strict policy', () => {
		expect(describePolicyEffects(strictCustomPolicy)).toEqual([
			'Passwords expire 90 days after they are set; the console warns users 15 days before. Expiration applies immediately to existing passwords.',
			'A user with an expired password sets a new one at next sign-in.',
			"The last 24 passwords can't be reused.",
			'Every IAM user may change their own password in the console.',
		]);
	});
	test('default policy never expires', () => {
		expect(describePolicyEffects(AWS_DEFAULT_PASSWORD_POLICY)[0]).toBe('Passwords never expire.');
	});
});

describe('page examples (src/examples/iam/password-policy.ts)', () => {
	const outcome = (presetId: string, password: string) => failed(presetById(presetId), password);
	test('the worked-example table shows these results', () => {
		expect(
			passwordExamples.map((example) => [
				example.presetId,
				example.password,
				outcome(example.presetId, example.password),
			]),
		).toEqual([
			['default', 'summer2025', ['three-of-four']],
			['default', 'Summer2025', []],
			['strict', 'Summer2025', ['min-length', 'symbol']],
			['strict', 'Summer.2025.Rain', ['symbol']],
			['strict', 'Summer-2025-Rain', []],
			['minimal', 'abcdef', []],
		]);
	});
	test('the builder starts on the strict preset with a failing password', () => {
		expect(outcome(passwordPolicyInitial.presetId, passwordPolicyInitial.password)).toEqual(['min-length', 'symbol']);
	});
	test('every preset is a policy AWS accepts', () => {
		for (const id of ['default', 'strict', 'minimal'])
			expect(validatePasswordPolicy(presetById(id)).filter((finding) => finding.severity === 'error')).toEqual([]);
		expect(() => presetById('nope')).toThrow();
	});
});
