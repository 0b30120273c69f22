/**
 * Registering a virtual MFA device with the AWS CLI (create-virtual-mfa-device, enable-mfa-device, IAM CLI
 * reference): the commands parse back, the serial number is the device ARN create-virtual-mfa-device
 * answers, the two codes are six digits and differ, and the demo's panel marks what the reader replaces.
 */
import { describe, expect, test } from 'vitest';
import { formatCliCommand, parseCliCommand } from '../../../src/lib/cli';
import {
	MfaSetupError,
	mfaOutfile,
	virtualMfaCommands,
	virtualMfaSerialNumber,
	type VirtualMfaSetup,
} from '../../../src/lib/mfa';
import { EXAMPLE_CODES, mfaCliState, mfaSetupFor } from '../../../src/components/mfa/mfa-cli-views';
import { commandsCodeView } from '../../../src/components/kit/TryInAccount.views';
import { mfaDemoDevice } from '../../../src/examples/iam/mfa-demo';
import { content, expectHighlightedLikeView, expectNoCommands, expectPanel, marks } from '../kit/panel-checks';

const setup: VirtualMfaSetup = {
	userName: 'Bob',
	accountId: '111122223333',
	deviceName: 'BobsMFADevice',
	bootstrapMethod: 'QRCodePNG',
	codes: ['123456', '789012'],
};

const values = (text: string) => Object.fromEntries(parseCliCommand(text).parameters.map((p) => [p.name, p.values]));

test('the CLI reference example: the QR code to a PNG, then the user, the device ARN and two codes', () => {
	const [create, enable] = virtualMfaCommands(setup).map((c) => formatCliCommand(c));
	// IAM action names are case-insensitive; the parser's PascalCase writes "Mfa" where IAM writes "MFA".
	expect(parseCliCommand(create!).apiAction?.toLowerCase()).toBe('iam:createvirtualmfadevice');
	expect(values(create!)).toEqual({
		'--virtual-mfa-device-name': ['BobsMFADevice'],
		'--outfile': ['BobsMFADevice.png'],
		'--bootstrap-method': ['QRCodePNG'],
	});
	expect(parseCliCommand(enable!).apiAction?.toLowerCase()).toBe('iam:enablemfadevice');
	expect(values(enable!)).toEqual({
		'--user-name': ['Bob'],
		'--serial-number': ['arn:aws:iam::111122223333:mfa/BobsMFADevice'],
		'--authentication-code1': ['123456'],
		'--authentication-code2': ['789012'],
	});
});

test('Base32StringSeed writes the secret as text', () => {
	const [create] = virtualMfaCommands({ ...setup, bootstrapMethod: 'Base32StringSeed' });
	expect(values(formatCliCommand(create))).toMatchObject({
		'--outfile': ['BobsMFADevice.txt'],
		'--bootstrap-method': ['Base32StringSeed'],
	});
	expect(mfaOutfile({ deviceName: 'x', bootstrapMethod: 'QRCodePNG' })).toBe('x.png');
	expect(virtualMfaSerialNumber('123456789012', 'd')).toBe('arn:aws:iam::123456789012:mfa/d');
});

test.each([
	['a user name with a space', { userName: 'Bob Smith' }],
	['a user name of 65 characters', { userName: 'a'.repeat(65) }],
	['an empty device name', { deviceName: '' }],
	['a device name with a slash', { deviceName: 'a/b' }],
	['an account ID of 11 digits', { accountId: '11112222333' }],
	['a five-digit code', { codes: ['12345', '789012'] as const }],
	['a code with a letter', { codes: ['123456', '78901a'] as const }],
	['the same code twice', { codes: ['123456', '123456'] as const }],
])('refuses %s', (_, change) => {
	expect(() => virtualMfaCommands({ ...setup, ...change })).toThrow(MfaSetupError);
});

describe('the demo’s panel', () => {
	test('user and account come from the demo’s label; the device is named after the user', () => {
		expect(mfaSetupFor(mfaDemoDevice)).toEqual({
			userName: 'demo-user',
			accountId: '111122223333',
			deviceName: 'demo-user',
			bootstrapMethod: 'QRCodePNG',
			codes: EXAMPLE_CODES,
		});
		expect(mfaSetupFor({ ...mfaDemoDevice, account: 'someone' })).toMatchObject({
			userName: 'my-user',
			accountId: '111122223333',
		});
	});

	test('commands parse back, are pinned, and the user, codes and device ARN are marked', async () => {
		const state = mfaCliState(mfaDemoDevice, true);
		const { text } = expectPanel(state);
		expect(text).toMatchSnapshot();
		await expectHighlightedLikeView(state);
		const marked = marks(commandsCodeView(content(state)));
		expect(marked).toEqual(
			expect.arrayContaining(['demo-user', '123456', '789012', 'arn:aws:iam::111122223333:mfa/demo-user']),
		);
		// The demo's own secret is in no command: AWS makes its own.
		expect(text).not.toContain(mfaDemoDevice.secret);
		expect(content(state).notes?.join(' ')).toContain('AWS makes the secret itself');
	});

	test('while the secret field is invalid there are no commands', () => {
		expectNoCommands(mfaCliState(mfaDemoDevice, false));
	});
});
