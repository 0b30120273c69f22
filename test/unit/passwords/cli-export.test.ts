/**
 * The password policy as update-account-password-policy (IAM CLI reference): every setting named, each
 * boolean as --x / --no-x, expiry and reuse prevention left out when off (AWS refuses 0), the default
 * policy as delete-account-password-policy; every preset's panel parses back and is pinned by a snapshot.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatCliCommand, parseCliCommand } from '../../../src/lib/cli';
import {
	InvalidPasswordPolicyError,
	PASSWORD_POLICY_LIMITS,
	passwordPolicyCommand,
	type CustomPasswordPolicy,
} from '../../../src/lib/passwords';
import { passwordCliState } from '../../../src/components/passwords/password-cli-views';
import {
	minimalCustomPolicy,
	passwordPolicyPresets,
	strictCustomPolicy,
} from '../../../src/examples/iam/password-policy';
import { content, expectHighlightedLikeView, expectNoCommands, expectPanel } from '../kit/panel-checks';

/** The options a command line gives, as a name → values map. */
const options = (policy: CustomPasswordPolicy) =>
	Object.fromEntries(
		parseCliCommand(formatCliCommand(passwordPolicyCommand(policy))).parameters.map((p) => [p.name, p.values]),
	);

test('the strict preset: every flag of the CLI reference, with its value', () => {
	expect(options(strictCustomPolicy)).toEqual({
		'--minimum-password-length': ['14'],
		'--require-symbols': [],
		'--require-numbers': [],
		'--require-uppercase-characters': [],
		'--require-lowercase-characters': [],
		'--allow-users-to-change-password': [],
		'--max-password-age': ['90'],
		'--password-reuse-prevention': ['24'],
		'--no-hard-expiry': [],
	});
});

test('the minimal preset: every boolean off with --no-x; no expiry and no reuse prevention are left out', () => {
	expect(options(minimalCustomPolicy)).toEqual({
		'--minimum-password-length': ['6'],
		'--no-require-symbols': [],
		'--no-require-numbers': [],
		'--no-require-uppercase-characters': [],
		'--no-require-lowercase-characters': [],
		'--no-allow-users-to-change-password': [],
		'--no-hard-expiry': [],
	});
});

test('hard expiry on is --hard-expiry', () => {
	expect(options({ ...strictCustomPolicy, hardExpiry: true })).toHaveProperty('--hard-expiry', []);
});

test('the default policy is delete-account-password-policy, with no options', () => {
	const command = passwordPolicyCommand({ kind: 'default' });
	expect(formatCliCommand(command)).toBe('aws iam delete-account-password-policy');
	expect(parseCliCommand(formatCliCommand(command)).apiAction).toBe('iam:DeleteAccountPasswordPolicy');
});

test('any policy AWS accepts gives one command that parses back into its settings', () => {
	const { minimumPasswordLength: len, maxPasswordAge: age, passwordReusePrevention: reuse } = PASSWORD_POLICY_LIMITS;
	const policyArb = fc.record<CustomPasswordPolicy>({
		kind: fc.constant('custom'),
		minimumPasswordLength: fc.integer(len),
		requireUppercaseCharacters: fc.boolean(),
		requireLowercaseCharacters: fc.boolean(),
		requireNumbers: fc.boolean(),
		requireSymbols: fc.boolean(),
		maxPasswordAge: fc.option(fc.integer(age)),
		hardExpiry: fc.boolean(),
		allowUsersToChangePassword: fc.boolean(),
		passwordReusePrevention: fc.option(fc.integer(reuse)),
	});
	fc.assert(
		fc.property(policyArb, (policy) => {
			const parsed = parseCliCommand(formatCliCommand(passwordPolicyCommand(policy)));
			expect(parsed.apiAction).toBe('iam:UpdateAccountPasswordPolicy');
			const got = Object.fromEntries(parsed.parameters.map((p) => [p.name, p.values]));
			const flag = (name: string, on: boolean) => expect(got).toHaveProperty(on ? `--${name}` : `--no-${name}`, []);
			expect(got['--minimum-password-length']).toEqual([String(policy.minimumPasswordLength)]);
			flag('require-symbols', policy.requireSymbols);
			flag('require-numbers', policy.requireNumbers);
			flag('require-uppercase-characters', policy.requireUppercaseCharacters);
			flag('require-lowercase-characters', policy.requireLowercaseCharacters);
			flag('allow-users-to-change-password', policy.allowUsersToChangePassword);
			flag('hard-expiry', policy.hardExpiry);
			expect(got['--max-password-age']).toEqual(
				policy.maxPasswordAge === null ? undefined : [String(policy.maxPasswordAge)],
			);
			expect(got['--password-reuse-prevention']).toEqual(
				policy.passwordReusePrevention === null ? undefined : [String(policy.passwordReusePrevention)],
			);
			expect(parsed.parameters).toHaveLength(
				7 + Number(policy.maxPasswordAge !== null) + Number(policy.passwordReusePrevention !== null),
			);
		}),
	);
});

test.each([
	['a minimum length of 5', { ...strictCustomPolicy, minimumPasswordLength: 5 }],
	['a minimum length of 129', { ...strictCustomPolicy, minimumPasswordLength: 129 }],
	['an expiry of 0 days', { ...strictCustomPolicy, maxPasswordAge: 0 }],
	['an expiry of 1,096 days', { ...strictCustomPolicy, maxPasswordAge: 1096 }],
	['reuse prevention of 25', { ...strictCustomPolicy, passwordReusePrevention: 25 }],
	['a length that is not a number (an empty field)', { ...strictCustomPolicy, minimumPasswordLength: Number.NaN }],
])('AWS would reject %s: no command, and the panel says why there is none', (_, policy) => {
	expect(() => passwordPolicyCommand(policy)).toThrow(InvalidPasswordPolicyError);
	expectNoCommands(passwordCliState(policy));
});

describe('the panel for every preset', () => {
	test.each(passwordPolicyPresets.map((p) => [p.label, p.policy] as const))('%s', async (_, policy) => {
		const { text } = expectPanel(passwordCliState(policy));
		expect(text).toMatchSnapshot();
		await expectHighlightedLikeView(passwordCliState(policy));
	});

	test('the notes say which options are off by being left out', () => {
		expect(content(passwordCliState(minimalCustomPolicy)).notes).toContain(
			'Password expiry and reuse prevention are off by leaving the option out: AWS does not accept 0.',
		);
		expect(content(passwordCliState({ ...strictCustomPolicy, maxPasswordAge: null })).notes).toContain(
			'Password expiry is off by leaving the option out: AWS does not accept 0.',
		);
		expect(content(passwordCliState(strictCustomPolicy)).notes?.join(' ')).not.toContain('AWS does not accept 0');
	});
});
