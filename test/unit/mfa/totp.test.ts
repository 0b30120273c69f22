import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	base32Decode,
	base32Encode,
	Base32Error,
	buildOtpauthUri,
	hotp,
	hotpSteps,
	OtpauthUriError,
	parseOtpauthUri,
	qrPath,
	secondsRemaining,
	timeStep,
	totp,
	totpSteps,
	TotpError,
	type TotpAlgorithm,
} from '../../../src/lib/mfa';

const ascii = (text: string) => new TextEncoder().encode(text);

// RFC 4226 Appendix D: secret "12345678901234567890", counters 0…9, 6 digits.
// https://www.rfc-editor.org/rfc/rfc4226#appendix-D
describe('HOTP — RFC 4226 Appendix D', () => {
	const secret = ascii('12345678901234567890');
	const codes = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
	const truncatedValues = [
		1284755224, 1094287082, 137359152, 1726969429, 1640338314, 868254676, 1918287922, 82162583, 673399871, 645520489,
	];
	codes.forEach((code, counter) => {
		test(`counter ${counter} → ${code}`, async () => {
			const steps = await hotpSteps(secret, counter);
			expect(steps.code).toBe(code);
			expect(steps.truncated).toBe(truncatedValues[counter]);
		});
	});

	test('intermediate values for counter 0 match the RFC table', async () => {
		const steps = await hotpSteps(secret, 0);
		expect(steps.counterHex).toBe('0000000000000000');
		expect(steps.hmacHex).toBe('cc93cf18508d94934c64b65d8ba7667fb7cde4b0');
		expect(steps.offset).toBe(0);
		expect(steps.sliceHex).toBe('cc93cf18');
	});

	test('rejects fewer than 6 digits and negative counters', async () => {
		await expect(hotp(secret, 0, { digits: 4 })).rejects.toBeInstanceOf(TotpError);
		await expect(hotp(secret, -1)).rejects.toBeInstanceOf(TotpError);
	});
});

// RFC 6238 Appendix B: 8-digit codes for SHA-1/256/512 with the 20/32/64-byte ASCII seeds.
// https://www.rfc-editor.org/rfc/rfc6238#appendix-B
describe('TOTP — RFC 6238 Appendix B', () => {
	const seeds: Record<TotpAlgorithm, Uint8Array> = {
		'SHA-1': ascii('12345678901234567890'),
		'SHA-256': ascii('12345678901234567890123456789012'),
		'SHA-512': ascii('1234567890123456789012345678901234567890123456789012345678901234'),
	};
	const table: [number, string, TotpAlgorithm][] = [
		[59, '94287082', 'SHA-1'],
		[59, '46119246', 'SHA-256'],
		[59, '90693936', 'SHA-512'],
		[1111111109, '07081804', 'SHA-1'],
		[1111111109, '68084774', 'SHA-256'],
		[1111111109, '25091201', 'SHA-512'],
		[1111111111, '14050471', 'SHA-1'],
		[1111111111, '67062674', 'SHA-256'],
		[1111111111, '99943326', 'SHA-512'],
		[1234567890, '89005924', 'SHA-1'],
		[1234567890, '91819424', 'SHA-256'],
		[1234567890, '93441116', 'SHA-512'],
		[2000000000, '69279037', 'SHA-1'],
		[2000000000, '90698825', 'SHA-256'],
		[2000000000, '38618901', 'SHA-512'],
		[20000000000, '65353130', 'SHA-1'],
		[20000000000, '77737706', 'SHA-256'],
		[20000000000, '47863826', 'SHA-512'],
	];
	for (const [time, code, algorithm] of table) {
		test(`T=${time} ${algorithm} → ${code}`, async () => {
			await expect(totp(seeds[algorithm], time, { digits: 8, algorithm })).resolves.toBe(code);
		});
	}

	test('time steps from the RFC table (T0 = 0, X = 30)', () => {
		expect(timeStep(59)).toBe(1n);
		expect(timeStep(1111111109)).toBe(0x23523ecn);
		expect(timeStep(20000000000)).toBe(0x27bc86aan);
	});

	test('a Base32 string secret gives the same code as its bytes', async () => {
		const bytes = seeds['SHA-1'];
		await expect(totp(base32Encode(bytes), 59, { digits: 8 })).resolves.toBe('94287082');
	});

	test('6-digit code is the last 6 digits of the 8-digit one and stays constant within a step', async () => {
		const secret = seeds['SHA-1'];
		expect(await totp(secret, 59)).toBe('287082');
		expect(await totp(secret, 30)).toBe(await totp(secret, 59));
		expect(await totp(secret, 60)).not.toBe(await totp(secret, 59));
	});

	test('countdown: 30 s at the start of a step, 1 s at its end', async () => {
		expect(secondsRemaining(60)).toBe(30);
		expect(secondsRemaining(89)).toBe(1);
		expect(secondsRemaining(89.9)).toBe(1);
		const steps = await totpSteps(seeds['SHA-1'], 75);
		expect(steps.secondsRemaining).toBe(15);
		expect(steps.counter).toBe(2n);
	});

	test('rejects negative time and bad periods', async () => {
		expect(() => timeStep(-1)).toThrow(TotpError);
		expect(() => timeStep(10, 0)).toThrow(TotpError);
		await expect(totp('', 10)).rejects.toBeInstanceOf(Base32Error);
	});
});

describe('TOTP/HOTP limits and defaults', () => {
	const secret = ascii('12345678901234567890');

	test('errors are TotpErrors by name, so the widget can tell them from a bug', async () => {
		const error = await hotp(secret, -1).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(TotpError);
		expect((error as Error).name).toBe('TotpError');
	});

	test('an empty secret is refused before it reaches Web Crypto', async () => {
		await expect(hotp(new Uint8Array(0), 0)).rejects.toBeInstanceOf(TotpError);
	});

	test('6 to 10 digits, both ends inclusive (RFC 4226 §5.3; 31 bits hold 10 digits)', async () => {
		await expect(hotp(secret, 0, { digits: 6 })).resolves.toBe('755224');
		await expect(hotp(secret, 0, { digits: 10 })).resolves.toBe('1284755224');
		await expect(hotp(secret, 0, { digits: 11 })).rejects.toBeInstanceOf(TotpError);
		await expect(hotp(secret, 0, { digits: 6.5 })).rejects.toBeInstanceOf(TotpError);
	});

	test('the counter is 8 unsigned bytes: 2^64 − 1 is the last value', async () => {
		const last = await hotpSteps(secret, 0xffff_ffff_ffff_ffffn);
		expect(last.counterHex).toBe('ffffffffffffffff');
		await expect(hotp(secret, 0x1_0000_0000_0000_0000n)).rejects.toBeInstanceOf(TotpError);
	});

	test('time 0 is step 0 and a 1-second period is allowed', () => {
		expect(timeStep(0)).toBe(0n);
		expect(timeStep(10, 1)).toBe(10n);
		expect(() => timeStep(Number.NaN)).toThrow(TotpError);
		expect(() => timeStep(10, 1.5)).toThrow(TotpError);
	});

	test('the period defaults to 30 s and a custom one is used for the step and the countdown', async () => {
		const standard = await totpSteps(secret, 75);
		expect(standard.period).toBe(30);
		const slow = await totpSteps(secret, 75, { period: 60 });
		expect(slow).toMatchObject({ period: 60, counter: 1n, secondsRemaining: 45 });
		expect(slow.code).toBe(await hotp(secret, 1));
	});
});

describe('Base32 (RFC 4648)', () => {
	// RFC 4648 §10 test vectors.
	const vectors: [string, string][] = [
		['', ''],
		['f', 'MY======'],
		['fo', 'MZXQ===='],
		['foo', 'MZXW6==='],
		['foob', 'MZXW6YQ='],
		['fooba', 'MZXW6YTB'],
		['foobar', 'MZXW6YTBOI======'],
	];
	for (const [plain, encoded] of vectors) {
		test(`"${plain}" ↔ ${encoded || '(empty)'}`, () => {
			expect(base32Encode(ascii(plain), { padding: true })).toBe(encoded);
			if (plain) expect(new TextDecoder().decode(base32Decode(encoded))).toBe(plain);
		});
	}

	test('accepts lower case, spaces, hyphens and missing padding as apps do', () => {
		expect(new TextDecoder().decode(base32Decode('mzxw 6ytb-oi'))).toBe('foobar');
	});

	test('round-trips any bytes (property)', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
				expect([...base32Decode(base32Encode(bytes))]).toEqual([...bytes]);
				expect([...base32Decode(base32Encode(bytes, { padding: true }))]).toEqual([...bytes]);
			}),
		);
	});

	test('encoded text only uses A–Z and 2–7 (property)', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				expect(base32Encode(bytes)).toMatch(/^[A-Z2-7]*$/);
			}),
		);
	});

	test('names the offending character and its position', () => {
		expect(() => base32Decode('ABC1EFGH')).toThrow(/“1” is not used in Base32.*character 4/);
		try {
			base32Decode('AB CD!');
		} catch (error) {
			expect((error as Base32Error).position).toBe(6);
		}
		expect(() => base32Decode('')).toThrow(Base32Error);
		expect(() => base32Decode('A')).toThrow(/cannot encode whole bytes/);
	});
});

describe('otpauth:// URIs', () => {
	const parameters = { secret: 'JBSWY3DPEHPK3PXP', issuer: 'Amazon Web Services', account: 'demo@111122223333' };

	test('build → parse round-trip', () => {
		const uri = buildOtpauthUri(parameters);
		expect(uri).toBe(
			'otpauth://totp/Amazon%20Web%20Services:demo%40111122223333?secret=JBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services&algorithm=SHA1&digits=6&period=30',
		);
		expect(parseOtpauthUri(uri)).toEqual({ ...parameters, algorithm: 'SHA-1', digits: 6, period: 30 });
	});

	test('issuer may come from the label only; defaults apply', () => {
		expect(parseOtpauthUri('otpauth://totp/ACME:bob?secret=jbswy3dpehpk3pxp')).toEqual({
			secret: 'JBSWY3DPEHPK3PXP',
			issuer: 'ACME',
			account: 'bob',
			algorithm: 'SHA-1',
			digits: 6,
			period: 30,
		});
	});

	test('clear errors for wrong input', () => {
		expect(() => parseOtpauthUri('https://example.com')).toThrow(OtpauthUriError);
		expect(() => parseOtpauthUri('otpauth://hotp/x?secret=JBSWY3DP')).toThrow(/time-based/);
		expect(() => parseOtpauthUri('otpauth://totp/x')).toThrow(/no secret/);
		expect(() => parseOtpauthUri('otpauth://totp/x?secret=ABC1')).toThrow(/not valid Base32/);
		expect(() => parseOtpauthUri('otpauth://totp/x?secret=JBSWY3DP&algorithm=MD5')).toThrow(/Unknown algorithm/);
		expect(() => parseOtpauthUri('otpauth://totp/x?secret=JBSWY3DP&digits=4')).toThrow(/digits/);
		expect(() => buildOtpauthUri({ ...parameters, secret: 'not base32!' })).toThrow(Base32Error);
	});
});

describe('QR path', () => {
	test('draws a square code with finder patterns at three corners', () => {
		const { size, d } = qrPath('otpauth://totp/x?secret=JBSWY3DPEHPK3PXP', 2);
		expect(size).toBeGreaterThanOrEqual(21 + 4);
		// The top-left finder pattern starts right after the 2-module border.
		expect(d).toContain('M2 2h1v1h-1z');
		expect(d).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
	});
});
