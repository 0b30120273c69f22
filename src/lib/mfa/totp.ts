/**
 * HOTP (RFC 4226) and TOTP (RFC 6238) on Web Crypto, so the same code runs in Node and in the browser.
 *
 * This is what a virtual MFA app does on the phone: it holds a secret shared once at registration (the
 * QR code) and computes a 6-digit code from that secret and the current 30-second time step. Nothing is
 * sent to the phone — see "AWS Multi-factor authentication in IAM":
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html
 *
 * Deterministic by design: the time is a parameter (`unixSeconds`); only the widget reads the clock.
 */
import { base32Decode } from './base32';

export type TotpAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-512';

export interface TotpOptions {
	/** Code length; authenticator apps and AWS use 6. RFC 6238's test vectors use 8. */
	digits?: number;
	/** Seconds per time step; 30 is the RFC 6238 default and what AWS uses. */
	period?: number;
	algorithm?: TotpAlgorithm;
}

/** Thrown for options no authenticator would accept (e.g. 0 digits or a negative time). */
export class TotpError extends Error {
	override name = 'TotpError';
}

/** Every intermediate value of one code computation, for the step-through on the MFA page. */
export interface OtpSteps {
	/** The moving factor: the counter (HOTP) or floor(time / period) (TOTP). */
	counter: bigint;
	/** The counter as 8 big-endian bytes — the HMAC message. */
	counterHex: string;
	algorithm: TotpAlgorithm;
	/** HMAC(secret, counter), hex. 20 bytes for SHA-1. */
	hmacHex: string;
	/** Dynamic truncation: the low 4 bits of the last HMAC byte choose where to read 4 bytes. */
	offset: number;
	/** The 4 bytes at `offset`, hex, before masking the top bit. */
	sliceHex: string;
	/** Those 4 bytes as a 31-bit number (top bit cleared so signed/unsigned readers agree). */
	truncated: number;
	digits: number;
	/** truncated mod 10^digits, left-padded with zeros. */
	code: string;
}

export interface TotpSteps extends OtpSteps {
	unixSeconds: number;
	period: number;
	/** Seconds until the next code (1…period). */
	secondsRemaining: number;
}

function toHex(bytes: Uint8Array): string {
	return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function secretBytes(secret: Uint8Array | string): Uint8Array<ArrayBuffer> {
	// A string secret is Base32 text, exactly as it appears in the QR code's otpauth:// URI.
	const bytes = typeof secret === 'string' ? base32Decode(secret) : secret;
	if (bytes.length === 0) throw new TotpError('The secret is empty.');
	return new Uint8Array(bytes); // copy: Web Crypto wants an ArrayBuffer-backed view
}

function checkDigits(digits: number): void {
	// RFC 4226 §5.3 requires at least 6 digits; 31 bits give at most 10 meaningful digits.
	if (!Number.isInteger(digits) || digits < 6 || digits > 10)
		throw new TotpError(`Codes have 6 to 10 digits; got ${digits}.`);
}

/** HOTP (RFC 4226 §5): the code for one counter value, with every intermediate step. */
export async function hotpSteps(
	secret: Uint8Array | string,
	counter: number | bigint,
	options: { digits?: number; algorithm?: TotpAlgorithm } = {},
): Promise<OtpSteps> {
	const digits = options.digits ?? 6;
	const algorithm = options.algorithm ?? 'SHA-1';
	checkDigits(digits);
	const moving = BigInt(counter);
	if (moving < 0n || moving > 0xffff_ffff_ffff_ffffn) throw new TotpError('The counter must fit in 8 unsigned bytes.');
	const message = new Uint8Array(8);
	new DataView(message.buffer).setBigUint64(0, moving, false);
	const key = await globalThis.crypto.subtle.importKey(
		'raw',
		secretBytes(secret),
		{ name: 'HMAC', hash: { name: algorithm } },
		// Stryker disable next-line BooleanLiteral: whether the key could be exported is not observable here
		false,
		['sign'],
	);
	const hmac = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, message));
	const offset = hmac[hmac.length - 1]! & 0x0f;
	const slice = hmac.slice(offset, offset + 4);
	const truncated = new DataView(slice.buffer).getUint32(0, false) & 0x7fff_ffff;
	const code = String(truncated % 10 ** digits).padStart(digits, '0');
	return {
		counter: moving,
		counterHex: toHex(message),
		algorithm,
		hmacHex: toHex(hmac),
		offset,
		sliceHex: toHex(slice),
		truncated,
		digits,
		code,
	};
}

export async function hotp(
	secret: Uint8Array | string,
	counter: number | bigint,
	options: { digits?: number; algorithm?: TotpAlgorithm } = {},
): Promise<string> {
	return (await hotpSteps(secret, counter, options)).code;
}

/** The TOTP time step (RFC 6238 §4.2): T = floor((unixSeconds − T0) / period), with T0 = 0. */
export function timeStep(unixSeconds: number, period = 30): bigint {
	if (!Number.isFinite(unixSeconds) || unixSeconds < 0)
		throw new TotpError('The time must be a non-negative number of seconds since 1970-01-01 UTC.');
	if (!Number.isInteger(period) || period < 1)
		throw new TotpError(`The period must be a whole number of seconds (got ${period}).`);
	return BigInt(Math.floor(unixSeconds / period));
}

/** Seconds left before the code changes: 30 right after a step starts, 1 just before the next. */
export function secondsRemaining(unixSeconds: number, period = 30): number {
	return period - (Math.floor(unixSeconds) % period);
}

export async function totpSteps(
	secret: Uint8Array | string,
	unixSeconds: number,
	options: TotpOptions = {},
): Promise<TotpSteps> {
	const period = options.period ?? 30;
	const steps = await hotpSteps(secret, timeStep(unixSeconds, period), options);
	return { ...steps, unixSeconds, period, secondsRemaining: secondsRemaining(unixSeconds, period) };
}

/** The code an authenticator app shows at `unixSeconds` for this secret. */
export async function totp(
	secret: Uint8Array | string,
	unixSeconds: number,
	options: TotpOptions = {},
): Promise<string> {
	return (await totpSteps(secret, unixSeconds, options)).code;
}
