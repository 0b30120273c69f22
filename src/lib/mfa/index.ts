/** Public surface of the MFA engine: Base32, HOTP/TOTP (RFC 4226/6238), otpauth:// URIs and QR paths. */
export { base32Decode, base32Encode, Base32Error } from './base32';
export { hotp, hotpSteps, secondsRemaining, timeStep, totp, totpSteps, TotpError } from './totp';
export type { OtpSteps, TotpAlgorithm, TotpOptions, TotpSteps } from './totp';
export { buildOtpauthUri, OtpauthUriError, parseOtpauthUri } from './otpauth';
export type { OtpauthParameters } from './otpauth';
export { qrPath } from './qr';
export type { QrPath } from './qr';
export { mfaOutfile, MfaSetupError, virtualMfaCommands, virtualMfaSerialNumber } from './cli-export';
export type { MfaBootstrapMethod, VirtualMfaSetup } from './cli-export';
