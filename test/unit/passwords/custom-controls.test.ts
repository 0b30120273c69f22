import { describe, expect, test } from 'vitest';
import { PASSWORD_POLICY_LIMITS } from '../../../src/lib/passwords';
import { minimalCustomPolicy, strictCustomPolicy } from '../../../src/examples/iam/password-policy';
import {
	BOOLEAN_FIELDS as BOOLEAN_KEYS,
	customPasswordControls,
} from '../../../src/components/passwords/PasswordPolicyBuilder.fields';

describe('customPasswordControls', () => {
	test('every part and element id is distinct, and every number has PASSWORD_POLICY_LIMITS bounds', () => {
		const controls = customPasswordControls(strictCustomPolicy);
		const parts = controls.flatMap((c) => (c.kind === 'group' ? [] : [c.part]));
		expect(new Set(parts).size).toBe(parts.length);
		const numbers = controls.flatMap((c) => (c.kind === 'number' ? [c] : []));
		expect(new Set(numbers.map((n) => n.id)).size).toBe(numbers.length);
		for (const n of numbers) expect(PASSWORD_POLICY_LIMITS[n.part]).toHaveProperty('max');
	});

	test.each([strictCustomPolicy, minimalCustomPolicy])('each checkbox shows the policy’s own setting', (policy) => {
		const checked = new Map(
			customPasswordControls(policy).flatMap((c) => (c.kind === 'check' ? [[c.part, c.checked] as const] : [])),
		);
		for (const key of BOOLEAN_KEYS) expect(checked.get(key)).toBe(policy[key]);
		expect(checked.get('expire')).toBe(policy.maxPasswordAge !== null);
		expect(checked.get('preventReuse')).toBe(policy.passwordReusePrevention !== null);
	});

	test('a set expiry and reuse limit show their numbers, enabled', () => {
		const numbers = customPasswordControls(strictCustomPolicy).filter((c) => c.kind === 'number');
		expect(numbers.map((n) => [n.part, n.value, n.off])).toEqual([
			['minimumPasswordLength', 14, false],
			['maxPasswordAge', 90, false],
			['passwordReusePrevention', 24, false],
		]);
	});

	test('a cleared expiry or reuse limit disables its number, which shows the console’s suggestion', () => {
		const policy = { ...strictCustomPolicy, maxPasswordAge: null, passwordReusePrevention: null };
		const numbers = customPasswordControls(policy).filter((c) => c.kind === 'number');
		expect(numbers.map((n) => [n.part, n.value, n.off])).toEqual([
			['minimumPasswordLength', 14, false],
			['maxPasswordAge', 90, true],
			['passwordReusePrevention', 5, true],
		]);
	});
});
