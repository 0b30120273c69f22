/**
 * Data for the virtual-MFA demo on the MFA page. The secret is a DEMO secret made for this site: it
 * protects nothing, so it may appear in the page, in the QR code and in the URL.
 * The page and test/unit/mfa/examples.test.ts import this file.
 */
import type { OtpauthParameters } from '../../lib/mfa';

export const mfaDemoDevice: OtpauthParameters = {
	secret: 'PW3BBSKWZIOKBOQ5VYYCUUAUIOFDBWT6',
	issuer: 'DevOps Learning demo',
	account: 'demo-user@111122223333',
	algorithm: 'SHA-1',
	digits: 6,
	period: 30,
};

/** The moment the page is rendered for readers without JavaScript (and the e2e "frozen clock"). */
export const mfaDemoTime = Date.UTC(2025, 0, 1, 12, 0, 10) / 1000; // 2025-01-01T12:00:10Z

/** Shown step by step under the code: the RFC 4226 worked example, so readers can check it against the RFC. */
export const rfcWorkedExample = { secretAscii: '12345678901234567890', counter: 0 } as const;
