/**
 * Base32 (RFC 4648 §6), the text form of a TOTP secret: it is what an authenticator app shows under
 * "enter a setup key" and what the `secret=` parameter of an otpauth:// URI carries.
 * https://www.rfc-editor.org/rfc/rfc4648#section-6
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Thrown for text that is not Base32; `position` is the 1-based character the reader should look at. */
export class Base32Error extends Error {
	override name = 'Base32Error';
	constructor(
		message: string,
		readonly position?: number,
	) {
		super(message);
	}
}

/** Encodes bytes as upper-case Base32. Padding (`=`) is optional because otpauth URIs leave it out. */
export function base32Encode(bytes: Uint8Array, options: { padding?: boolean } = {}): string {
	let output = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = (buffer << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			output += ALPHABET[(buffer >>> (bits - 5)) & 31];
			bits -= 5;
		}
		buffer &= (1 << bits) - 1; // keep only the unread bits so the number never grows
	}
	if (bits > 0) output += ALPHABET[(buffer << (5 - bits)) & 31];
	if (options.padding) while (output.length % 8 !== 0) output += '=';
	return output;
}

/**
 * Decodes Base32 the way authenticator apps accept a typed setup key: case-insensitive, spaces and
 * hyphens ignored (apps show the key in groups of four), trailing `=` padding optional.
 */
export function base32Decode(text: string): Uint8Array {
	const cleaned = text.replace(/[\s-]/g, '').toUpperCase();
	const unpadded = cleaned.replace(/=+$/, '');
	if (unpadded.length === 0)
		throw new Base32Error('The secret is empty. A Base32 secret uses the letters A–Z and the digits 2–7.');
	const bytes: number[] = [];
	let buffer = 0;
	let bits = 0;
	// Positions refer to the text as typed, so map back from the cleaned string.
	const originalPositions: number[] = [];
	[...text].forEach((character, index) => {
		if (!/[\s-]/.test(character)) originalPositions.push(index + 1);
	});
	for (let index = 0; index < unpadded.length; index++) {
		const character = unpadded[index]!;
		const value = ALPHABET.indexOf(character);
		if (value === -1) {
			const hint =
				character === '='
					? '“=” padding may only appear at the end'
					: /[0189]/.test(character)
						? `“${character}” is not used in Base32 (only the digits 2–7 are)`
						: `“${character}” is not a Base32 character`;
			throw new Base32Error(`${hint} (character ${originalPositions[index]}).`, originalPositions[index]);
		}
		buffer = (buffer << 5) | value;
		bits += 5;
		if (bits >= 8) {
			bytes.push((buffer >>> (bits - 8)) & 255);
			bits -= 8;
		}
		buffer &= (1 << bits) - 1;
	}
	// 1, 3 or 6 leftover characters can never come from whole bytes (RFC 4648 §6 length rules).
	if ([1, 3, 6].includes(unpadded.length % 8)) {
		throw new Base32Error(
			`A Base32 text of ${unpadded.length} characters cannot encode whole bytes; a character is probably missing or extra.`,
		);
	}
	return Uint8Array.from(bytes);
}
