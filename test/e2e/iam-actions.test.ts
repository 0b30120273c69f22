/**
 * The IAM action browser (/iam/actions/) in Chromium: typing and keyboard use, lazy per-service chunks
 * from this site only, errors beside the field, URL round trip, 320 px in light and dark, axe.
 * Expected answers come from the engine (src/lib/iam), never typed by hand.
 */
import { describe, expect, test } from 'vitest';
import { browserAvailable, NO_PROBLEMS, openPage, useSite } from './harness';
import { lookupActions } from '../../src/lib/iam';
import { actionBrowserExample } from '../../src/examples/iam/action-browser';

const PATH = '/iam/actions/';
const XSS = '<img src=x onerror=alert(1)>';

describe.skipIf(!browserAvailable)('IAM action browser in Chromium', () => {
	const site = useSite();

	test('the page shows the example without JavaScript', async () => {
		const expected = await lookupActions(actionBrowserExample.query);
		const { page, close } = await openPage(site, PATH, { javaScriptEnabled: false });
		const root = page.locator('[data-widget="action-browser"]');
		await expect(root.locator('[data-part="decision"]').textContent()).resolves.toBe(
			`${expected.actions.length} actions`,
		);
		await close();
	});

	test('keyboard: type an action, see its details; loads only that service, from this site', async () => {
		const { page, problems, close } = await openPage(site, PATH, { width: 320 });
		const requested: string[] = [];
		page.on('request', (r) => requested.push(r.url()));
		const root = page.locator('[data-widget="action-browser"]');
		const input = root.getByLabel('Action, wildcard or service prefix');
		await input.focus();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('ec2:RunInstances');
		const expected = await lookupActions('ec2:RunInstances');
		const run = expected.actions[0]!;
		await expect.poll(() => root.locator('[data-part="decision"]').textContent()).toBe('1 action');
		const output = root.locator('[data-part="output"]');
		await expect.poll(() => output.textContent()).toContain(run.description);
		await expect(output.textContent()).resolves.toContain(run.accessLevel);
		for (const key of run.conditionKeys.slice(0, 3)) await expect(output.textContent()).resolves.toContain(key);
		const instance = expected.resourceTypes.find((r) => r.name === 'instance')!;
		await expect(output.textContent()).resolves.toContain(instance.arn);
		// Only the EC2 part of the catalogue was fetched for this query, from this site.
		const catalogue = requested.filter((url) => /\/iam-catalog\.\w+\/[\w-]+\.json$/.test(url));
		expect(catalogue.map((url) => url.split('/').pop())).toEqual(['ec2.json']);
		expect(catalogue.every((url) => url.startsWith(site.origin))).toBe(true);
		// Tab reaches the preset buttons and Enter uses one.
		await root.getByRole('button', { name: 'iam:PassRole' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => input.inputValue()).toBe('iam:PassRole');
		await expect
			.poll(() => output.textContent())
			.toContain((await lookupActions('iam:PassRole')).actions[0]!.description);
		expect(problems).toEqual(NO_PROBLEMS);
		await close();
	});

	test('wildcards count and list; errors beside the field, never a stale result; HTML is text', async () => {
		const { page, problems, close } = await openPage(site, PATH);
		const root = page.locator('[data-widget="action-browser"]');
		const input = root.getByLabel('Action, wildcard or service prefix');
		const decision = root.locator('[data-part="decision"]');
		await input.fill('sts:AssumeRole*');
		const roles = await lookupActions('sts:AssumeRole*');
		await expect.poll(() => decision.textContent()).toBe(`${roles.actions.length} actions`);
		await input.fill('s3:GetObjects');
		await expect
			.poll(() => root.locator('[data-part="query-error"]').textContent())
			.toContain('Did you mean s3:GetObject?');
		await expect(decision.textContent()).resolves.toBe('No match');
		await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
		await input.fill(XSS);
		await expect
			.poll(() => root.locator('[data-part="query-error"]').textContent())
			.toContain('An action is a service prefix');
		await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
		expect(problems).toEqual(NO_PROBLEMS);
		await close();
	});

	test('state in the URL: written only after a change, read back on load, a crafted link falls back', async () => {
		const first = await openPage(site, PATH);
		expect(new URL(first.page.url()).searchParams.has('action')).toBe(false);
		const root = first.page.locator('[data-widget="action-browser"]');
		await root.getByLabel('Action, wildcard or service prefix').fill('kms:Decrypt');
		await expect.poll(() => new URL(first.page.url()).searchParams.get('action')).toBe(JSON.stringify('kms:Decrypt'));
		const url = new URL(first.page.url());
		await first.close();
		const again = await openPage(site, url.pathname + url.search);
		const root2 = again.page.locator('[data-widget="action-browser"]');
		await expect.poll(() => root2.getByLabel('Action, wildcard or service prefix').inputValue()).toBe('kms:Decrypt');
		await expect.poll(() => root2.locator('[data-part="decision"]').textContent()).toBe('1 action');
		expect(again.problems).toEqual(NO_PROBLEMS);
		await again.close();
		const crafted = await openPage(site, `${PATH}?action=${encodeURIComponent('{"x":1}')}`);
		await expect
			.poll(() => crafted.page.locator('[data-widget="action-browser"] [data-part="notice"]').textContent())
			.toContain('could not be used');
		await crafted.close();
	});
});
