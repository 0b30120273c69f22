import { expect, test } from 'vitest';
import { base32Decode, buildOtpauthUri, hotpSteps, parseOtpauthUri, totpSteps } from '../../../src/lib/mfa';
import { mfaDemoDevice, mfaDemoTime, rfcWorkedExample } from '../../../src/examples/iam/mfa-demo';

test('the demo device is a valid 160-bit secret and its URI round-trips', () => {
	expect(base32Decode(mfaDemoDevice.secret)).toHaveLength(20);
	const uri = buildOtpauthUri(mfaDemoDevice);
	expect(uri).toBe(
		'otpauth://totp/DevOps%20Learning%20demo:demo-user%40111122223333?secret=PW3BBSKWZIOKBOQ5VYYCUUAUIOFDBWT6&issuer=DevOps%20Learning%20demo&algorithm=SHA1&digits=6&period=30',
	);
	expect(parseOtpauthUri(uri)).toEqual(mfaDemoDevice);
});

test('the code the page shows without JavaScript (2025-01-01T12:00:10Z)', async () => {
	const steps = await totpSteps(mfaDemoDevice.secret, mfaDemoTime);
	expect(new Date(mfaDemoTime * 1000).toISOString()).toBe('2025-01-01T12:00:10.000Z');
	expect(steps.counter).toBe(57857760n);
	expect(steps.secondsRemaining).toBe(20);
	expect(steps.code).toMatch(/^\d{6}$/);
	// Cross-checked with node:crypto createHmac('sha1') outside this engine.
	expect(steps.code).toBe('607015');
});

test('the worked example on the page is RFC 4226 counter 0', async () => {
	const steps = await hotpSteps(new TextEncoder().encode(rfcWorkedExample.secretAscii), rfcWorkedExample.counter);
	expect(steps).toMatchObject({
		hmacHex: 'cc93cf18508d94934c64b65d8ba7667fb7cde4b0',
		offset: 0,
		sliceHex: 'cc93cf18',
		truncated: 1284755224,
		code: '755224',
	});
});
