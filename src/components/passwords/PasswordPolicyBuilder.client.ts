/**
 * Browser side of PasswordPolicyBuilder.astro: reads the console-like controls into a policy, checks
 * the password with the same engine and view. Only the policy options go in the link.
 */
import { PASSWORD_POLICY_LIMITS, type PasswordPolicy } from '../../lib/passwords';
import { named } from '../../scripts/named-shape';
import { boolean, number, oneOf, record, type Shape } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { mountTryInAccount } from '../kit/TryInAccount.client';
import { BOOLEAN_FIELDS, NUMBER_FIELDS } from './PasswordPolicyBuilder.fields';
import { passwordCliState } from './password-cli-views';
import { evaluatePassword, passwordOutputView } from './views';

export interface PasswordInitial {
	presets: { id: string; label: string; policy: PasswordPolicy }[];
	stateKey: string;
}

const nullable =
	<T>(shape: Shape<T>): Shape<T | null> =>
	(value, path) =>
		value === null ? null : shape(value, path);
const limit = (field: (typeof NUMBER_FIELDS)[number]) => number({ ...PASSWORD_POLICY_LIMITS[field], integer: true });
// AWS's own ranges (UpdateAccountPasswordPolicy): a link can only hold a policy AWS would accept.
const STATE = named(
	record(
		{
			kind: oneOf('default', 'custom'),
			min: limit('minimumPasswordLength'),
			upper: boolean,
			lower: boolean,
			number: boolean,
			symbol: boolean,
			maxAge: nullable(limit('maxPasswordAge')),
			hard: boolean,
			change: boolean,
			reuse: nullable(limit('passwordReusePrevention')),
		},
		['min', 'upper', 'lower', 'number', 'symbol', 'maxAge', 'hard', 'change', 'reuse'],
	),
	{
		kind: 'Policy type',
		min: 'Minimum password length',
		upper: 'Upper-case letter',
		lower: 'Lower-case letter',
		number: 'Number',
		symbol: 'Non-alphanumeric character',
		maxAge: 'Expire passwords after',
		hard: 'Administrator reset',
		change: 'Users change their own password',
		reuse: 'Remember this many passwords',
	},
);
type State = ReturnType<typeof STATE>;

function toState(policy: PasswordPolicy): State {
	if (policy.kind === 'default') return { kind: 'default' };
	return {
		kind: 'custom',
		min: policy.minimumPasswordLength,
		upper: policy.requireUppercaseCharacters,
		lower: policy.requireLowercaseCharacters,
		number: policy.requireNumbers,
		symbol: policy.requireSymbols,
		maxAge: policy.maxPasswordAge,
		hard: policy.hardExpiry,
		change: policy.allowUsersToChangePassword,
		reuse: policy.passwordReusePrevention,
	};
}

function fromState(state: State): PasswordPolicy {
	if (state.kind === 'default') return { kind: 'default' };
	return {
		kind: 'custom',
		minimumPasswordLength: state.min ?? PASSWORD_POLICY_LIMITS.defaultMinimumLength,
		requireUppercaseCharacters: state.upper === true,
		requireLowercaseCharacters: state.lower === true,
		requireNumbers: state.number === true,
		requireSymbols: state.symbol === true,
		maxPasswordAge: state.maxAge ?? null,
		hardExpiry: state.hard === true,
		allowUsersToChangePassword: state.change === true,
		passwordReusePrevention: state.reuse ?? null,
	};
}

mountWidget<PasswordInitial>('password-policy', (ctx) => {
	const { presets, stateKey } = ctx.initial;
	const input = (name: string) => ctx.part<HTMLInputElement>(name);
	const preset = ctx.part<HTMLSelectElement>('preset');
	const url = ctx.urlState(stateKey, STATE);
	const panel = mountTryInAccount(ctx.root);
	const numberOf = (name: string) => {
		const raw = input(name).value.trim();
		return raw === '' ? Number.NaN : Number(raw);
	};

	const readPolicy = (): PasswordPolicy => {
		if (input('kind-default').checked) return { kind: 'default' };
		return {
			kind: 'custom',
			minimumPasswordLength: numberOf('minimumPasswordLength'),
			requireUppercaseCharacters: input('requireUppercaseCharacters').checked,
			requireLowercaseCharacters: input('requireLowercaseCharacters').checked,
			requireNumbers: input('requireNumbers').checked,
			requireSymbols: input('requireSymbols').checked,
			maxPasswordAge: input('expire').checked ? numberOf('maxPasswordAge') : null,
			hardExpiry: input('hardExpiry').checked,
			allowUsersToChangePassword: input('allowUsersToChangePassword').checked,
			passwordReusePrevention: input('preventReuse').checked ? numberOf('passwordReusePrevention') : null,
		};
	};
	const writeControls = (policy: PasswordPolicy) => {
		input(policy.kind === 'default' ? 'kind-default' : 'kind-custom').checked = true;
		if (policy.kind !== 'custom') return;
		input('minimumPasswordLength').value = String(policy.minimumPasswordLength);
		for (const name of BOOLEAN_FIELDS) input(name).checked = policy[name];
		input('expire').checked = policy.maxPasswordAge !== null;
		if (policy.maxPasswordAge !== null) input('maxPasswordAge').value = String(policy.maxPasswordAge);
		input('preventReuse').checked = policy.passwordReusePrevention !== null;
		if (policy.passwordReusePrevention !== null)
			input('passwordReusePrevention').value = String(policy.passwordReusePrevention);
	};
	const syncDisabled = () => {
		const isDefault = input('kind-default').checked;
		for (const control of ctx.part('custom-options').querySelectorAll<HTMLInputElement>('input'))
			control.disabled = isDefault;
		if (!isDefault) {
			input('maxPasswordAge').disabled = !input('expire').checked;
			input('passwordReusePrevention').disabled = !input('preventReuse').checked;
		}
	};

	/** Renders; answers whether the policy is one AWS would accept. */
	const render = (): boolean => {
		syncDisabled();
		const policy = readPolicy();
		const account = input('account').value;
		const previous = ctx
			.part<HTMLTextAreaElement>('previous')
			.value.split(/\r?\n/)
			.filter((line) => line !== '');
		const evaluation = evaluatePassword(policy, input('password').value, {
			previous,
			accountName: account,
			accountEmail: account,
		});
		for (const field of NUMBER_FIELDS) {
			const error = evaluation.findings.find((f) => f.field === field && f.severity === 'error');
			ctx.fieldError(input(field), `${field}-error`, error?.message ?? null);
		}
		preset.value =
			presets.find((candidate) => JSON.stringify(candidate.policy) === JSON.stringify(policy))?.id ?? 'custom';
		ctx.show('output', passwordOutputView(evaluation));
		panel.show(passwordCliState(policy));
		return evaluation.check !== null;
	};
	/** A policy change goes in the link once AWS would accept it; the password never does. */
	const policyChanged = () => {
		if (render()) url.write(toState(readPolicy()));
	};

	const saved = url.read();
	if (saved) writeControls(fromState(saved));
	render();

	preset.addEventListener('change', () => {
		const chosen = presets.find((candidate) => candidate.id === preset.value);
		if (chosen) writeControls(chosen.policy);
		policyChanged();
	});
	for (const control of ctx.root.querySelectorAll<HTMLInputElement>('fieldset input'))
		control.addEventListener('input', policyChanged);
	for (const name of ['password', 'previous', 'account']) ctx.part(name).addEventListener('input', render);
});
