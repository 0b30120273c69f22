/**
 * "Try it in your account" for the virtual MFA demo: the two AWS CLI v2 commands that register a virtual
 * MFA device for an IAM user.
 *
 * 1. create-virtual-mfa-device: AWS generates the secret (a caller cannot supply one) and the CLI writes
 *    it to --outfile, as a QR code PNG (QRCodePNG) or as Base32 text (Base32StringSeed). The answer's
 *    SerialNumber is the device's ARN, arn:aws:iam::ACCOUNT:mfa/NAME.
 *    https://docs.aws.amazon.com/cli/latest/reference/iam/create-virtual-mfa-device.html
 * 2. enable-mfa-device: the user name, that serial number and two consecutive six-digit codes from the
 *    authenticator, sent right away (codes that wait too long leave the device out of sync).
 *    https://docs.aws.amazon.com/cli/latest/reference/iam/enable-mfa-device.html
 */
import type { CliCommand } from '../cli';

export type MfaBootstrapMethod = 'QRCodePNG' | 'Base32StringSeed';

export interface VirtualMfaSetup {
	/** The IAM user who will sign in with the device. */
	userName: string;
	/** The account that owns the user (12 digits). */
	accountId: string;
	/** Unique in the account; the console names devices after the user. */
	deviceName: string;
	bootstrapMethod: MfaBootstrapMethod;
	/** Two consecutive codes the reader reads from the authenticator app. */
	codes: readonly [string, string];
}

export class MfaSetupError extends Error {
	override name = 'MfaSetupError';
}

// IAM's patterns: user names [\w+=,.@-], 1 to 64 characters (CreateUser); a virtual MFA device name
// [\w+=,.@-]+ (CreateVirtualMFADevice, VirtualMFADeviceName); account IDs are 12 digits; codes six digits.
const USER_NAME = /^[\w+=,.@-]{1,64}$/;
const DEVICE_NAME = /^[\w+=,.@-]+$/;
const ACCOUNT_ID = /^\d{12}$/;
const CODE = /^\d{6}$/;

/** The file the CLI writes the secret to: a PNG for the QR code, text for the Base32 seed. */
export const mfaOutfile = (setup: Pick<VirtualMfaSetup, 'deviceName' | 'bootstrapMethod'>) =>
	`${setup.deviceName}.${setup.bootstrapMethod === 'QRCodePNG' ? 'png' : 'txt'}`;

/** The device's serial number, as create-virtual-mfa-device answers it. */
export const virtualMfaSerialNumber = (accountId: string, deviceName: string) =>
	`arn:aws:iam::${accountId}:mfa/${deviceName}`;

function check(setup: VirtualMfaSetup): void {
	if (!USER_NAME.test(setup.userName))
		throw new MfaSetupError('An IAM user name is 1–64 letters, digits and _+=,.@- characters.');
	if (!DEVICE_NAME.test(setup.deviceName))
		throw new MfaSetupError('An MFA device name is letters, digits and _+=,.@- characters, at least one.');
	if (!ACCOUNT_ID.test(setup.accountId)) throw new MfaSetupError('An AWS account ID is 12 digits.');
	if (!setup.codes.every((code) => CODE.test(code))) throw new MfaSetupError('Each authentication code is six digits.');
	if (setup.codes[0] === setup.codes[1])
		throw new MfaSetupError('The two authentication codes are consecutive codes, so they differ.');
}

/** create-virtual-mfa-device, then enable-mfa-device with its serial number. */
export function virtualMfaCommands(setup: VirtualMfaSetup): [CliCommand, CliCommand] {
	check(setup);
	return [
		{
			service: 'iam',
			operation: 'create-virtual-mfa-device',
			parameters: [
				{ name: '--virtual-mfa-device-name', values: [setup.deviceName] },
				{ name: '--outfile', values: [mfaOutfile(setup)] },
				{ name: '--bootstrap-method', values: [setup.bootstrapMethod] },
			],
		},
		{
			service: 'iam',
			operation: 'enable-mfa-device',
			parameters: [
				{ name: '--user-name', values: [setup.userName] },
				{ name: '--serial-number', values: [virtualMfaSerialNumber(setup.accountId, setup.deviceName)] },
				{ name: '--authentication-code1', values: [setup.codes[0]] },
				{ name: '--authentication-code2', values: [setup.codes[1]] },
			],
		},
	];
}
