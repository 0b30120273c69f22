/**
 * E2E for the issue-7 widgets on the IAM pages: password policy builder, TOTP demo, access key
 * inspector, CLI command reader, credential chain and credential-report auditor. Expected values come
 * from the same engines and example data the pages use.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, openPage, useSite } from './harness';
import { buildOtpauthUri, qrPath, totp } from '../../src/lib/mfa';
import { auditCredentialReport } from '../../src/lib/credentials';
import { mfaDemoDevice } from '../../src/examples/iam/mfa-demo';
import { credentialReportNow, credentialReportSampleCsv } from '../../src/examples/iam/credential-report-sample';

const XSS = '<img src=x onerror=alert(1)>';
const NO_PROBLEMS = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
const param = (key: string, value: object) => `?${key}=${encodeURIComponent(JSON.stringify(value))}`;
const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
/** No element was created from reader input: the only <img> tags are the site's own. */
const injectedImages = (page: Page) => page.locator('.dla-example img[src="x"]').count();

describe.skipIf(!browserAvailable)('IAM account-security widgets in Chromium', () => {
	const site = useSite();

	describe('password policy builder', () => {
		const root = '[data-widget="password-policy"]';
		test('rules light up as the password changes; the password never reaches the URL', async () => {
			const { page, problems, close } = await openPage(site, '/iam/password-policy/');
			expect(await text(page, `${root} [data-part="verdict"]`)).toContain('Rejected');
			expect(await page.locator(`${root} [data-rule="symbol"]`).getAttribute('data-met')).toBe('false');
			await page.fill(`${root} [data-part="password"]`, 'Summer-2025-Rain');
			await expect.poll(() => text(page, `${root} [data-part="verdict"]`)).toContain('Accepted');
			expect(await page.locator(`${root} [data-met="false"]`).count()).toBe(0);
			await page.uncheck(`${root} [data-part="requireSymbols"]`);
			await page.fill(`${root} [data-part="minimumPasswordLength"]`, '20');
			await expect.poll(() => text(page, `${root} [data-rule="min-length"]`)).toContain('At least 20 characters');
			expect(page.url()).toContain('pwpolicy=');
			expect(decodeURIComponent(page.url())).not.toContain('Summer-2025-Rain');
			expect(problems).toEqual(NO_PROBLEMS);
			await close();
		});

		test('values outside AWS ranges are rejected beside the input', async () => {
			const { page, close } = await openPage(site, '/iam/password-policy/');
			await page.fill(`${root} [data-part="minimumPasswordLength"]`, '200');
			await expect
				.poll(() => text(page, `${root} [data-part="minimumPasswordLength-error"]`))
				.toContain('from 6 to 128');
			expect(await page.locator(`${root} [data-part="minimumPasswordLength"]`).getAttribute('aria-invalid')).toBe(
				'true',
			);
			expect(await text(page, `${root} [data-part="verdict"]`)).toContain('Invalid policy');
			await page.fill(`${root} [data-part="passwordReusePrevention"]`, '30');
			await expect
				.poll(() => text(page, `${root} [data-part="passwordReusePrevention-error"]`))
				.toContain('from 1 to 24');
			await close();
		});

		test('policy state round-trips through the URL', async () => {
			const state = {
				kind: 'custom',
				min: 12,
				upper: true,
				lower: false,
				number: false,
				symbol: false,
				maxAge: 30,
				hard: true,
				change: true,
				reuse: 3,
			};
			const { page, close } = await openPage(site, `/iam/password-policy/${param('pwpolicy', state)}`);
			expect(await page.inputValue(`${root} [data-part="minimumPasswordLength"]`)).toBe('12');
			expect(await page.isChecked(`${root} [data-part="hardExpiry"]`)).toBe(true);
			expect(await text(page, `${root} [data-part="rules"]`)).toContain('Not one of the last 3 passwords');
			expect(await text(page, `${root} [data-part="effects"]`)).toContain('Passwords expire 30 days');
			await close();
		});

		test('pasted HTML is shown as text', async () => {
			const { page, close } = await openPage(site, '/iam/password-policy/');
			let dialog = false;
			page.on('dialog', async (opened) => {
				dialog = true;
				await opened.dismiss();
			});
			await page.selectOption(`${root} [data-part="preset"]`, 'default');
			await page.fill(`${root} [data-part="account"]`, XSS);
			await page.fill(`${root} [data-part="password"]`, XSS);
			await expect.poll(() => text(page, `${root} [data-part="verdict"]`)).toContain('Rejected');
			expect(await text(page, `${root} [data-part="rules"]`)).toContain('identical');
			expect(await injectedImages(page)).toBe(0);
			expect(dialog).toBe(false);
			await close();
		});
	});

	describe('TOTP demo', () => {
		const root = '[data-widget="totp-demo"]';
		const fixed = Date.UTC(2025, 5, 1, 9, 30, 5); // 2025-06-01T09:30:05Z
		const shown = async (page: Page) => (await text(page, `${root} [data-part="code"]`)).replace(/\s/g, '');
		const openFrozen = async (path: string) => {
			const opened = await openPage(site, path);
			// Date.now() is frozen from here on; the widget's 1-second tick picks it up (no reload needed).
			await opened.page.clock.setFixedTime(fixed);
			return opened;
		};

		test('shows the engine’s code for the frozen clock, and steps by 30 s', async () => {
			const { page, problems, close } = await openFrozen('/iam/mfa/');
			const expected = await totp(mfaDemoDevice.secret, fixed / 1000);
			await expect.poll(() => shown(page), { timeout: 5000 }).toBe(expected);
			await expect
				.poll(() => text(page, `${root} [data-part="countdown"]`), { timeout: 5000 })
				.toBe('New code in 25 s');
			expect(await text(page, `${root} [data-part="s-code"]`)).toBe(expected);
			await page.click(`${root} [data-part="back"]`);
			await expect.poll(() => shown(page), { timeout: 5000 }).toBe(await totp(mfaDemoDevice.secret, fixed / 1000 - 30));
			expect(problems).toEqual(NO_PROBLEMS);
			await close();
		});

		test('a typed secret changes code and QR code; the secret round-trips through the URL', async () => {
			const { page, close } = await openFrozen('/iam/mfa/');
			await page.fill(`${root} [data-part="secret"]`, 'jbsw y3dp ehpk 3pxp');
			await expect.poll(() => shown(page), { timeout: 5000 }).toBe(await totp('JBSWY3DPEHPK3PXP', fixed / 1000));
			const expectedPath = qrPath(buildOtpauthUri({ ...mfaDemoDevice, secret: 'JBSWY3DPEHPK3PXP' })).d;
			expect(await page.locator(`${root} [data-part="qr-path"]`).getAttribute('d')).toBe(expectedPath);
			expect(decodeURIComponent(page.url())).toContain('"secret":"JBSWY3DPEHPK3PXP"');
			await close();
			const reopened = await openFrozen(`/iam/mfa/${param('totp', { secret: 'JBSWY3DPEHPK3PXP' })}`);
			expect(await reopened.page.inputValue(`${root} [data-part="secret"]`)).toBe('JBSW Y3DP EHPK 3PXP');
			await expect
				.poll(() => shown(reopened.page), { timeout: 5000 })
				.toBe(await totp('JBSWY3DPEHPK3PXP', fixed / 1000));
			await reopened.close();
		});

		test('an invalid secret shows an error beside the input; HTML stays text', async () => {
			const { page, close } = await openPage(site, '/iam/mfa/');
			await page.fill(`${root} [data-part="secret"]`, 'ABC1EFGH');
			await expect.poll(() => text(page, `${root} [data-part="secret-error"]`)).toContain('only the digits 2–7');
			expect(await shown(page)).toBe('——————');
			await page.fill(`${root} [data-part="secret"]`, XSS);
			await expect
				.poll(() => text(page, `${root} [data-part="secret-error"]`))
				.toContain('“<” is not a Base32 character');
			expect(await injectedImages(page)).toBe(0);
			await close();
		});
	});

	describe('access key inspector', () => {
		const root = '[data-widget="access-key"]';
		test('classifies IDs; a pasted secret is flagged and never stored', async () => {
			const { page, problems, close } = await openPage(site, '/iam/access-methods/');
			expect(await text(page, `${root} [data-part="kind"]`)).toContain('Long-term access key');
			await page.click(`${root} button[data-example="ASIAIOSFODNN7EXAMPLE"]`);
			await expect.poll(() => text(page, `${root} [data-part="kind"]`)).toContain('Temporary access key');
			expect(decodeURIComponent(page.url())).toContain('ASIAIOSFODNN7EXAMPLE');
			await page.fill(`${root} [data-part="input"]`, 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
			await expect.poll(() => text(page, `${root} [data-part="input-error"]`)).toContain('SECRET access key');
			expect(page.url()).not.toContain('akid=');
			expect(await text(page, `${root} [data-part="anatomy"]`)).toBe('(secret hidden)');
			expect(problems).toEqual(NO_PROBLEMS);
			await close();
		});
		test('URL round-trip, empty input error and HTML as text', async () => {
			const { page, close } = await openPage(
				site,
				`/iam/access-methods/${param('akid', { id: 'AIDACKCEVSQ6C2EXAMPLE' })}`,
			);
			expect(await text(page, `${root} [data-part="kind"]`)).toContain('Not an access key');
			await page.fill(`${root} [data-part="input"]`, '');
			await expect.poll(() => text(page, `${root} [data-part="input-error"]`)).toContain('Type an access key ID');
			await page.fill(`${root} [data-part="input"]`, XSS);
			await expect.poll(() => text(page, `${root} [data-part="anatomy"]`)).toBe(XSS);
			expect(await injectedImages(page)).toBe(0);
			await close();
		});
	});

	describe('CLI and SDK widgets', () => {
		test('credential chain: scenarios, toggles and URL round-trip', async () => {
			const root = '[data-widget="credential-chain"]';
			const { page, problems, close } = await openPage(site, '/iam/cli-and-sdk/');
			expect(await text(page, `${root} [data-part="summary"]`)).toContain(
				'The CLI uses: Environment variables. Never reached: Credentials file.',
			);
			await page.selectOption(`${root} [data-part="scenario"]`, 'ec2-role-and-keys');
			await expect.poll(() => text(page, `${root} [data-part="summary"]`)).toContain('The CLI uses: Credentials file.');
			await page.uncheck(`${root} input[value="credentials-file"]`);
			await expect
				.poll(() => text(page, `${root} [data-part="summary"]`))
				.toBe('The CLI uses: Amazon EC2 instance profile credentials.');
			expect(await page.locator(`${root} li[data-source="instance-profile"]`).getAttribute('data-status')).toBe('used');
			expect(problems).toEqual(NO_PROBLEMS);
			await close();
			const reopened = await openPage(
				site,
				`/iam/cli-and-sdk/${param('chain', { on: ['identity-center', 'instance-profile', '<b>x</b>'] })}`,
			);
			expect(await text(reopened.page, `${root} [data-part="summary"]`)).toBe(
				'The CLI uses: AWS IAM Identity Center. Never reached: Amazon EC2 instance profile credentials.',
			);
			expect(await reopened.page.inputValue(`${root} [data-part="scenario"]`)).toBe('custom');
			await reopened.close();
		});

		test('CLI command reader: valid, invalid, URL and HTML', async () => {
			const root = '[data-widget="cli-command"]';
			const { page, close } = await openPage(site, '/iam/cli-and-sdk/');
			await page.fill(`${root} [data-part="input"]`, 'aws iam list-users --profile dev');
			await expect.poll(() => text(page, `${root} [data-part="parts"]`)).toContain('iam:ListUsers');
			await page.fill(`${root} [data-part="input"]`, 'aws ec2');
			await expect.poll(() => text(page, `${root} [data-part="input-error"]`)).toContain('Missing the operation');
			await page.fill(`${root} [data-part="input"]`, `aws s3 ls ${XSS}`);
			await expect.poll(() => text(page, `${root} [data-part="options"]`)).toContain('<img');
			expect(await injectedImages(page)).toBe(0);
			await close();
			const reopened = await openPage(site, `/iam/cli-and-sdk/${param('cli', { cmd: 'aws sts get-caller-identity' })}`);
			expect(await text(reopened.page, `${root} [data-part="parts"]`)).toContain('sts:GetCallerIdentity');
			await reopened.close();
		});
	});

	describe('credential report auditor', () => {
		const root = '[data-widget="credential-report"]';
		test('audits the preloaded sample exactly as the engine does', async () => {
			const { page, problems, close } = await openPage(site, '/iam/security-tools/');
			const audit = auditCredentialReport(credentialReportSampleCsv, credentialReportNow);
			expect(await text(page, `${root} [data-part="summary"]`)).toBe(
				'8 users, 10 findings: 1 critical, 2 high, 7 medium.',
			);
			expect(await page.locator(`${root} [data-part="findings"] tr`).count()).toBe(audit.findings.length);
			expect(await page.locator(`${root} tr[data-finding="root-access-key"]`).count()).toBe(1);
			expect(problems).toEqual(NO_PROBLEMS);
			await close();
		});
		test('malformed CSV shows a clear error beside the text box', async () => {
			const { page, close } = await openPage(site, '/iam/security-tools/');
			await page.fill(`${root} [data-part="csv"]`, 'name,age\nalice,30');
			await expect
				.poll(() => text(page, `${root} [data-part="csv-error"]`))
				.toContain('This is not a credential report');
			const truncated = credentialReportSampleCsv
				.split('\n')
				.slice(0, 3)
				.join('\n')
				.replace(/,FALSE,N\/A\n?$/, '');
			await page.fill(`${root} [data-part="csv"]`, truncated);
			await expect.poll(() => text(page, `${root} [data-part="csv-error"]`)).toMatch(/Line 3: Too few fields/);
			await close();
		});
		test('settings round-trip through the URL, the report does not; HTML in a cell is text', async () => {
			const { page, close } = await openPage(
				site,
				`/iam/security-tools/${param('credaudit', { asOf: '2025-06-01', maxKeyAgeDays: 400, unusedDays: 365 })}`,
			);
			expect(await text(page, `${root} [data-part="summary"]`)).toBe(
				'8 users, 6 findings: 1 critical, 2 high, 3 medium.',
			);
			const withHtml = credentialReportSampleCsv.replace('\nbob,', `\n${XSS},`);
			await page.fill(`${root} [data-part="csv"]`, withHtml);
			await expect.poll(() => text(page, `${root} [data-part="findings"]`)).toContain(XSS);
			expect(await injectedImages(page)).toBe(0);
			expect(page.url()).not.toContain('root_account');
			await close();
		});
	});

	describe('links, stale results and messages (issue 18)', () => {
		test('an access key ID longer than AWS allows (128) falls back to the example with a message', async () => {
			const root = '[data-widget="access-key"]';
			const { page, problems, close } = await openPage(
				site,
				`/iam/access-methods/${param('akid', { id: 'A'.repeat(129) })}`,
			);
			await expect
				.poll(() => text(page, `${root} [data-part="notice"]`))
				.toContain('Access key ID: longer than 128 characters');
			expect(await page.inputValue(`${root} [data-part="input"]`)).toBe('AKIAIOSFODNN7EXAMPLE');
			expect(await text(page, `${root} [data-part="kind"]`)).toContain('Long-term access key');
			expect(problems).toEqual(NO_PROBLEMS);
			await close();
		});

		test('CLI reader: an invalid command shows no reading of the previous one', async () => {
			const root = '[data-widget="cli-command"]';
			const { page, close } = await openPage(site, '/iam/cli-and-sdk/');
			await page.fill(`${root} [data-part="input"]`, 'aws iam list-users');
			await expect.poll(() => text(page, `${root} [data-part="parts"]`)).toContain('iam:ListUsers');
			await page.fill(`${root} [data-part="input"]`, 'gcloud iam list-users');
			await expect.poll(() => text(page, `${root} [data-part="input-error"]`)).toContain('aws');
			const output = await text(page, `${root} [data-part="output"]`);
			expect(output).not.toContain('iam:ListUsers');
			expect(output).toContain('No reading until the command is fixed');
			await close();
		});

		// A value read from a command is one token: on a phone it wraps after its separators (= , : /) or
		// at its spaces, never at a hyphen ("us-" / "east-1" reads as two values), and the page does not
		// scroll sideways (the options table scrolls in its own region).
		test('CLI reader at 320 px: option values never split at a hyphen', async () => {
			const root = '[data-widget="cli-command"]';
			const { page, problems, close } = await openPage(site, '/iam/cli-and-sdk/', { width: 320 });
			const command =
				'aws ec2 describe-instances --region us-east-1 --filters Name=instance-state-name,Values=running ' +
				'--query Reservations[].Instances[].InstanceId --profile my-admin-profile ' +
				'--create-bucket-configuration LocationConstraint=eu-west-1';
			await page.fill(`${root} [data-part="input"]`, command);
			await expect.poll(() => text(page, `${root} [data-part="options"]`)).toContain('LocationConstraint=eu-west-1');
			const split = await page.evaluate((selector) => {
				const out: string[] = [];
				for (const cell of document.querySelectorAll(`${selector} [data-part="options"] td:nth-child(2)`)) {
					const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
						for (const match of node.data.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)) {
							const range = document.createRange();
							range.setStart(node, match.index);
							range.setEnd(node, match.index + match[0].length);
							const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top));
							if (tops.size > 1) out.push(`${match[0]} in "${cell.textContent}"`);
						}
				}
				return out;
			}, root);
			expect(split).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			expect(problems).toEqual(NO_PROBLEMS);
			await close();
		});

		test("a garbage credential report gets the page's own message, not the CSV parser's, and no stale findings", async () => {
			const root = '[data-widget="credential-report"]';
			const { page, close } = await openPage(site, '/iam/security-tools/');
			for (const garbage of ['hello world\nfoo bar', '{"json": true}', 'a,b\n"x"y,z']) {
				await page.fill(`${root} [data-part="csv"]`, garbage);
				await expect
					.poll(() => text(page, `${root} [data-part="csv-error"]`))
					.toContain('This is not a credential report');
				expect(await text(page, `${root} [data-part="csv-error"]`)).not.toMatch(
					/auto-detect|Quoted field|Trailing quote/,
				);
				expect(await page.locator(`${root} tr[data-finding]`).count()).toBe(0);
			}
			const unclosed = credentialReportSampleCsv.replace('\nbob,', '\n"bob,');
			await page.fill(`${root} [data-part="csv"]`, unclosed);
			await expect.poll(() => text(page, `${root} [data-part="csv-error"]`)).toContain('never closed');
			expect(await text(page, `${root} [data-part="summary"]`)).toContain('could not be read');
			await close();
		});

		test('a password policy link outside AWS ranges falls back to the example with a message', async () => {
			const root = '[data-widget="password-policy"]';
			const { page, problems, close } = await openPage(
				site,
				`/iam/password-policy/${param('pwpolicy', { kind: 'custom', min: 200 })}`,
			);
			await expect
				.poll(() => text(page, `${root} [data-part="notice"]`))
				.toContain('Minimum password length: expected 6 to 128');
			expect(await page.inputValue(`${root} [data-part="minimumPasswordLength"]`)).toBe('14');
			expect(problems).toEqual(NO_PROBLEMS);
			await close();
		});
	});
});
