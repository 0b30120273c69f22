/**
 * otpauth:// URIs — the text inside the QR code an authenticator app scans when you register a virtual
 * MFA device. Format (Google Authenticator "Key Uri Format", the de-facto standard):
 *   otpauth://totp/ISSUER:ACCOUNT?secret=BASE32&issuer=ISSUER&algorithm=SHA1&digits=6&period=30
 * https://github.com/google/google-authenticator/wiki/Key-Uri-Format
 */
import { base32Decode, Base32Error } from './base32';
import type { TotpAlgorithm } from './totp';

export interface OtpauthParameters {
	/** Base32 secret, without padding. */
	secret: string;
	/** Who the code is for, e.g. "Amazon Web Services". */
	issuer?: string;
	/** The account label, e.g. "alice@123456789012". */
	account: string;
	algorithm?: TotpAlgorithm;
	digits?: number;
	period?: number;
}

export class OtpauthUriError extends Error {
	override name = 'OtpauthUriError';
}

const URI_ALGORITHM: Record<TotpAlgorithm, string> = { 'SHA-1': 'SHA1', 'SHA-256': 'SHA256', 'SHA-512': 'SHA512' };

export function buildOtpauthUri(parameters: OtpauthParameters): string {
	const secret = parameters.secret.replace(/[\s=-]/g, '').toUpperCase();
	base32Decode(secret); // fail early on a bad secret rather than produce a QR code no app accepts
	const label = parameters.issuer
		? `${encodeURIComponent(parameters.issuer)}:${encodeURIComponent(parameters.account)}`
		: encodeURIComponent(parameters.account);
	const query = new URLSearchParams({ secret });
	if (parameters.issuer) query.set('issuer', parameters.issuer);
	query.set('algorithm', URI_ALGORITHM[parameters.algorithm ?? 'SHA-1']);
	query.set('digits', String(parameters.digits ?? 6));
	query.set('period', String(parameters.period ?? 30));
	// URLSearchParams writes spaces as "+"; otpauth readers expect %20.
	return `otpauth://totp/${label}?${query.toString().replace(/\+/g, '%20')}`;
}

export function parseOtpauthUri(uri: string): OtpauthParameters {
	const trimmed = uri.trim();
	const match = /^otpauth:\/\/([^/?#]+)\/([^?#]*)(?:\?([^#]*))?$/i.exec(trimmed);
	if (!match)
		throw new OtpauthUriError('Not an otpauth URI: it should look like otpauth://totp/Issuer:account?secret=…');
	const [, type, rawLabel, rawQuery = ''] = match;
	if (type!.toLowerCase() !== 'totp')
		throw new OtpauthUriError(`Only time-based codes (otpauth://totp/…) are used for AWS MFA; this URI is “${type}”.`);
	let label: string;
	try {
		label = decodeURIComponent(rawLabel!);
	} catch {
		throw new OtpauthUriError('The account label has a broken %-escape.');
	}
	const query = new URLSearchParams(rawQuery);
	const secret = query.get('secret');
	if (!secret) throw new OtpauthUriError('The URI has no secret= parameter.');
	try {
		base32Decode(secret);
	} catch (error) {
		throw new OtpauthUriError(
			`The secret is not valid Base32: ${error instanceof Base32Error ? error.message : String(error)}`,
		);
	}
	const colon = label.indexOf(':');
	const labelIssuer = colon >= 0 ? label.slice(0, colon) : undefined;
	const account = (colon >= 0 ? label.slice(colon + 1) : label).trim();
	const issuer = query.get('issuer') ?? labelIssuer;
	const algorithmText = (query.get('algorithm') ?? 'SHA1').toUpperCase();
	const algorithm = Object.entries(URI_ALGORITHM).find(([, text]) => text === algorithmText)?.[0] as
		TotpAlgorithm | undefined;
	if (!algorithm) throw new OtpauthUriError(`Unknown algorithm “${algorithmText}”; expected SHA1, SHA256 or SHA512.`);
	const digits = Number(query.get('digits') ?? 6);
	if (!Number.isInteger(digits) || digits < 6 || digits > 10)
		throw new OtpauthUriError(`digits must be 6 to 10 (got “${query.get('digits')}”).`);
	const period = Number(query.get('period') ?? 30);
	if (!Number.isInteger(period) || period < 1)
		throw new OtpauthUriError(`period must be a whole number of seconds (got “${query.get('period')}”).`);
	return {
		secret: secret.toUpperCase().replace(/=+$/, ''),
		...(issuer ? { issuer } : {}),
		account,
		algorithm,
		digits,
		period,
	};
}
