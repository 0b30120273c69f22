/**
 * The virtual MFA demo's "Try it in your account" panel: create-virtual-mfa-device, then
 * enable-mfa-device for the demo's user. Engine: src/lib/mfa/cli-export.ts.
 * https://docs.aws.amazon.com/cli/latest/reference/iam/create-virtual-mfa-device.html
 * https://docs.aws.amazon.com/cli/latest/reference/iam/enable-mfa-device.html
 */
import { mfaOutfile, virtualMfaCommands, type OtpauthParameters, type VirtualMfaSetup } from '../../lib/mfa';
import type { TryInAccountState } from '../kit/TryInAccount.views';

/** The codes of the AWS CLI reference's own example: the reader types the two their app shows. */
export const EXAMPLE_CODES = ['123456', '789012'] as const;

/** The demo's account label reads "user@account"; anything else falls back to AWS's example names. */
export function mfaSetupFor(device: OtpauthParameters): VirtualMfaSetup {
	const label = /^([\w+=,.@-]{1,64})@(\d{12})$/.exec(device.account);
	const userName = label?.[1] ?? 'my-user';
	return {
		userName,
		accountId: label?.[2] ?? '111122223333',
		deviceName: userName,
		bootstrapMethod: 'QRCodePNG',
		codes: EXAMPLE_CODES,
	};
}

/** `secretValid`: the demo's secret field has no error (no commands beside an error). */
export function mfaCliState(device: OtpauthParameters, secretValid: boolean): TryInAccountState {
	if (!secretValid) return { invalid: 'The commands appear here once the secret above is valid.' };
	const setup = mfaSetupFor(device);
	const outfile = mfaOutfile(setup);
	return {
		commands: virtualMfaCommands(setup),
		placeholders: [setup.userName, ...EXAMPLE_CODES],
		notes: [
			`AWS makes the secret itself: the demo secret above cannot be registered. Scan ${outfile} with your authenticator app (or use --bootstrap-method Base32StringSeed for the secret as text), then put two consecutive codes it shows in place of ${EXAMPLE_CODES.join(' and ')}.`,
			'Run enable-mfa-device as soon as you have the second code: codes that wait too long leave the device out of sync.',
			`${outfile} holds the secret, like a password: delete it once the app has it.`,
		],
		answer: `create-virtual-mfa-device answers with the device’s SerialNumber, the ARN the second command uses, and writes ${outfile}; enable-mfa-device prints nothing when the codes are right (InvalidAuthenticationCode when they are not), and from then on ${setup.userName} signs in with a code.`,
	};
}
