/**
 * The IAM policy widgets in Chromium: playground (permissions, policy structure), inheritance matrix,
 * roles explorer and least-privilege linter. Each: typing changes the output to the engine's answer,
 * bad input shows an error beside the input, state round-trips via the URL, pasted HTML stays text,
 * and the page makes no foreign requests and logs no errors.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, openPage, useSite } from './harness';
import { evaluate } from '../../src/lib/iam/index';
import { buildPlaygroundInput } from '../../src/lib/iam/index';
import { policyStructureExample } from '../../src/examples/iam/policy-structure';

const XSS = '<img src=x onerror=alert(1)>';
const LABEL = { Allow: 'Allow', ExplicitDeny: 'Explicit deny', ImplicitDeny: 'Implicit deny' } as const;
const noProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };

async function type(page: Page, selector: string, value: string) {
	await page.fill(selector, value);
	await page.waitForTimeout(120); // updates run on the next animation frame
}

describe.skipIf(!browserAvailable)('IAM policy widgets in Chromium', () => {
	const site = useSite();

	test("policy structure playground: request edits give the engine's decision, errors show beside the input, URL round-trips", async () => {
		const { page, problems, close } = await openPage(site, '/iam/policy-structure/');
		const root = '#structure-playground';
		await expect(page.textContent(`${root} [data-part="decision"]`)).resolves.toContain('Allow');

		await type(page, `${root} [data-part="action"]`, 's3:DeleteObject');
		const expected = evaluate(
			buildPlaygroundInput(policyStructureExample, policyStructureExample.policy, {
				...policyStructureExample.request,
				action: 's3:DeleteObject',
			}),
		).decision;
		expect(expected).toBe('ImplicitDeny');
		await expect(page.textContent(`${root} [data-part="decision"]`)).resolves.toContain(LABEL[expected]);

		// Broken JSON: the error appears beside the editor, with a line number, and the gutter marks it.
		const text = await page.inputValue(`${root} [data-part="policy"]`);
		await type(page, `${root} [data-part="policy"]`, text.replace('"Effect": "Allow",', '"Effect": "Allow"'));
		const error = page.locator(`${root} [data-part="policy-error"]`);
		await expect(error.isVisible()).resolves.toBe(true);
		await expect(error.textContent()).resolves.toMatch(/Line \d+, column \d+: a comma/);
		await expect(page.getAttribute(`${root} [data-part="policy"]`, 'aria-invalid')).resolves.toBe('true');
		await expect(page.locator(`${root} [data-part="gutter"] [data-error="true"]`).count()).resolves.toBe(1);

		// A wrong Effect is a schema error, with its own message.
		await type(page, `${root} [data-part="policy"]`, text.replace('"Effect": "Allow"', '"Effect": "allow"'));
		await expect(error.textContent()).resolves.toContain('exactly "Allow" or "Deny"');

		// Fix it and change the principal: the state is in the URL; reopening restores it.
		await type(page, `${root} [data-part="policy"]`, text);
		await type(page, `${root} [data-part="principal"]`, 'arn:aws:iam::111122223333:user/bob');
		await expect(page.textContent(`${root} [data-part="decision"]`)).resolves.toContain('Implicit deny');
		const url = page.url();
		expect(url).toContain('pol=');
		const reopened = await openPage(site, url.slice(site.origin.length));
		await expect(reopened.page.inputValue(`${root} [data-part="principal"]`)).resolves.toBe(
			'arn:aws:iam::111122223333:user/bob',
		);
		await expect(reopened.page.inputValue(`${root} [data-part="action"]`)).resolves.toBe('s3:DeleteObject');
		await expect(reopened.page.textContent(`${root} [data-part="decision"]`)).resolves.toContain('Implicit deny');
		expect(reopened.problems).toEqual(noProblems);
		await reopened.close();

		expect(problems).toEqual(noProblems);
		await close();
	});

	test('playground: pasted HTML is shown as text, never run', async () => {
		const { page, problems, close } = await openPage(site, '/iam/policy-structure/');
		let dialog = false;
		page.on('dialog', async (d) => {
			dialog = true;
			await d.dismiss();
		});
		const root = '#structure-playground';
		await type(page, `${root} [data-part="action"]`, XSS);
		await expect(page.textContent(`${root} [data-part="action-error"]`)).resolves.toContain(XSS);
		await type(page, `${root} [data-part="action"]`, 's3:GetObject');
		await type(
			page,
			`${root} [data-part="policy"]`,
			`{ "Version": "2012-10-17", "Statement": { "Sid": "${XSS}", "Effect": "Allow", "Principal": { "AWS": "123456789012" }, "Action": "s3:GetObject", "Resource": "*" } }`,
		);
		await expect(page.textContent(`${root} [data-part="trace"]`)).resolves.toContain(XSS);
		await expect(page.locator(`${root} img`).count()).resolves.toBe(0);
		expect(dialog).toBe(false);
		expect(problems).toEqual(noProblems);
		await close();
	});

	test("playground: choosing another example and the condition example's context", async () => {
		const { page, problems, close } = await openPage(site, '/iam/policy-structure/');
		const root = '#structure-playground';
		await page.selectOption(`${root} [data-part="example"]`, 'condition');
		await page.waitForTimeout(120);
		await expect(page.textContent(`${root} [data-part="decision"]`)).resolves.toContain('Implicit deny');
		await type(
			page,
			`${root} [data-part="context"]`,
			'{ "aws:SourceIp": "203.0.113.7", "aws:MultiFactorAuthPresent": true }',
		);
		await expect(page.textContent(`${root} [data-part="decision"]`)).resolves.toContain('Allow');
		await type(page, `${root} [data-part="context"]`, '{ "aws:SourceIp": ');
		await expect(page.textContent(`${root} [data-part="context-error"]`)).resolves.toContain('JSON object');
		expect(problems).toEqual(noProblems);
		await close();
	});

	test("permissions page: the notes' policy allows describing instances and not terminating them, at 320 px", async () => {
		const { page, problems, close } = await openPage(site, '/iam/permissions/', { width: 320 });
		const root = '#permissions-playground';
		await expect(page.textContent(`${root} [data-part="decision"]`)).resolves.toContain('Allow');
		await type(page, `${root} [data-part="action"]`, 'ec2:TerminateInstances');
		await expect(page.textContent(`${root} [data-part="decision"]`)).resolves.toContain('Implicit deny');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(1);
		expect(problems).toEqual(noProblems);
		await close();
	});

	test("inheritance matrix: the Deny toggle, membership edits, a cell's trace and the URL", async () => {
		const { page, problems, close } = await openPage(site, '/iam/policy-inheritance/');
		const cell = (user: string, index: number) => page.locator(`button[data-cell="${user}|${index}"]`);
		await expect(cell('Charles', 2).textContent()).resolves.toContain('Allow');
		await page.check('[data-part="deny"]');
		await page.waitForTimeout(100);
		await expect(cell('Charles', 2).textContent()).resolves.toContain('Explicit deny');
		await expect(cell('Alice', 2).textContent()).resolves.toContain('Allow');
		await expect(page.textContent('#inheritance [data-part="trace"]')).resolves.toContain('NoAppDataWrites');

		await page.uncheck('input[data-member="DevOps Team|Charles"]');
		await page.waitForTimeout(100);
		await expect(cell('Charles', 3).textContent()).resolves.toContain('Implicit deny');
		await cell('Fred', 5).click();
		await page.waitForTimeout(100);
		await expect(page.textContent('#inheritance [data-part="selected"]')).resolves.toContain("Fred's inline policy");
		await expect(page.textContent('#inheritance [data-part="decision"]')).resolves.toContain('Allow');

		const reopened = await openPage(site, page.url().slice(site.origin.length));
		await expect(reopened.page.isChecked('[data-part="deny"]')).resolves.toBe(true);
		await expect(reopened.page.isChecked('input[data-member="DevOps Team|Charles"]')).resolves.toBe(false);
		await expect(reopened.page.locator('button[data-cell="Charles|3"]').textContent()).resolves.toContain(
			'Implicit deny',
		);
		await expect(reopened.page.textContent('#inheritance [data-part="selected"]')).resolves.toContain('Fred');
		await reopened.close();

		// A broken group policy is reported beside its editor.
		await page.click('details.policies summary');
		await page.fill('textarea[data-policy="Operations"]', '{ "Statement": [ }');
		await page.waitForTimeout(150);
		await expect(page.textContent('[data-part="error-Operations"]')).resolves.toContain('Operations: Line 1');
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('roles: who may assume the role, what it may do', async () => {
		const { page, problems, close } = await openPage(site, '/iam/roles/');
		await expect(page.textContent('#role [data-part="assume-decision"]')).resolves.toContain('Allow');
		await page.click('#role button[data-who="lambda.amazonaws.com"]');
		await expect(page.textContent('#role [data-part="assume-decision"]')).resolves.toContain('Implicit deny');
		await page.click('#role button[data-do="delete"]');
		await expect(page.textContent('#role [data-part="act-decision"]')).resolves.toContain('Implicit deny');
		await type(page, '#role [data-part="who"]', XSS);
		await expect(page.textContent('#role [data-part="who-error"]')).resolves.toContain(XSS);
		const reopened = await openPage(site, page.url().slice(site.origin.length));
		await expect(reopened.page.inputValue('#role [data-part="who"]')).resolves.toBe(XSS);
		await expect(reopened.page.inputValue('#role [data-part="action"]')).resolves.toBe('s3:DeleteObject');
		expect(reopened.problems).toEqual(noProblems);
		await reopened.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('best practices: the checker lists the findings most severe first and keeps its input in the URL', async () => {
		const { page, problems, close } = await openPage(site, '/iam/best-practices/');
		const list = '#lint [data-part="finding-list"] > li';
		await expect(page.locator(list).first().getAttribute('data-code')).resolves.toBe('INVALID_ACTION');
		await expect(page.textContent('#lint [data-part="output"]')).resolves.toContain(
			'"ec2:DescribeInstance" matches no Amazon EC2 action',
		);
		await expect(page.textContent('#lint [data-part="output"]')).resolves.toContain('allows every s3 action');
		await page.click('#lint button[data-sample="tight"]');
		await expect.poll(() => page.textContent('#lint [data-part="finding-counts"]')).toBe('No findings.');
		await type(
			page,
			'#lint [data-part="policy"]',
			'{ "Version": "2012-10-17", "Statement": { "Effect": "Allow", "Action": "*", "Resource": "*" } }',
		);
		await expect.poll(() => page.textContent('#lint [data-part="output"]')).toContain('full administrator access');
		await type(page, '#lint [data-part="policy"]', '{ "Version": ');
		await expect.poll(() => page.textContent('#lint [data-part="policy-error"]')).toContain('Line 1, column 14');
		const reopened = await openPage(site, page.url().slice(site.origin.length));
		await expect(reopened.page.inputValue('#lint [data-part="policy"]')).resolves.toBe('{ "Version": ');
		await reopened.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test("playground: a crafted link falls back with a message naming the reader's field", async () => {
		const root = '#structure-playground';
		const crafted = encodeURIComponent(JSON.stringify({ ex: 'condition', p: { toString: 1 } }));
		const { page, problems, close } = await openPage(site, `/iam/policy-structure/?pol=${crafted}`);
		const notice = page.locator(`${root} [data-part="notice"]`);
		await expect.poll(() => notice.textContent()).toContain('Policy (JSON): expected text');
		await expect(notice.textContent()).resolves.not.toMatch(/\bp:/);
		await expect(page.inputValue(`${root} [data-part="policy"]`)).resolves.toBe(policyStructureExample.policy);
		await expect(page.textContent(`${root} [data-part="decision"]`)).resolves.toContain('Allow');
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('playground: an empty source IP is refused beside the context, never evaluated as Allow', async () => {
		const root = '#structure-playground';
		const { page, problems, close } = await openPage(site, '/iam/policy-structure/');
		await page.selectOption(`${root} [data-part="example"]`, 'condition');
		await type(
			page,
			`${root} [data-part="context"]`,
			'{ "aws:SourceIp": "203.0.113.7", "aws:MultiFactorAuthPresent": true }',
		);
		await expect(page.textContent(`${root} [data-part="decision"]`)).resolves.toContain('Allow');
		await type(page, `${root} [data-part="context"]`, '{ "aws:SourceIp": "", "aws:MultiFactorAuthPresent": true }');
		await expect(page.textContent(`${root} [data-part="context-error"]`)).resolves.toContain('"aws:SourceIp" is empty');
		// No stale decision or trace beside the error.
		await expect(page.textContent(`${root} [data-part="decision"]`)).resolves.toBe(
			'No decision until the error above is fixed.',
		);
		await expect(page.locator(`${root} [data-part="trace"] li`).count()).resolves.toBe(0);
		await expect(page.locator(`${root} [data-part="gutter"] [data-deciding="true"]`).count()).resolves.toBe(0);
		expect(problems).toEqual(noProblems);
		await close();
	});
});
