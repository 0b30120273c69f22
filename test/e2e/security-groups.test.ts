/**
 * The Security groups chapter's widgets in Chromium: the simulator, the CIDR calculator, the ports table
 * and quiz, and the troubleshooter. Expected answers come from the engine, not hand-written strings.
 */
import { describe, expect, test } from 'vitest';
import { browserAvailable, openPage, useSite } from './harness';
import { evaluateAllConnections, parseCidr, troubleshoot } from '../../src/lib/network';
import { rulesTableExample } from '../../src/examples/security-groups/rules-table';
import { referencingExample } from '../../src/examples/security-groups/referencing';

const noProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
const XSS = '<img src=x onerror=alert(1)>';

describe.skipIf(!browserAvailable)('Security groups chapter in Chromium', () => {
	const site = useSite();

	test("simulator: presets give the engine's answers, editing a rule changes the result, state round-trips", async () => {
		const { page, problems, close } = await openPage(site, '/security-groups/rules/');
		const root = page.locator('#sg-sgrules');
		const decision = root.locator('[data-part="output"] [data-part="decision"]');
		for (const { preset, result } of evaluateAllConnections(rulesTableExample)) {
			await root.getByRole('button', { name: preset.label, exact: true }).click();
			await expect.poll(() => decision.textContent()).toBe(result.allowed ? 'Allowed' : 'Blocked');
		}
		// SSH from another computer is blocked, with a timeout; widen the SSH rule and it is allowed.
		await root.getByRole('button', { name: 'SSH from another computer', exact: true }).click();
		await expect.poll(() => root.locator('[data-part="symptom"]').textContent()).toContain('timed out');
		const sshSource = root.getByLabel('sg-web inbound rule 2: source (CIDR or sg-…)');
		await sshSource.fill('0.0.0.0/0');
		await expect.poll(() => decision.textContent()).toBe('Allowed');
		await expect(root.locator('tr[data-highlight="true"]').count()).resolves.toBe(1);
		// Invalid input: error beside the field, shown as text.
		await sshSource.fill(XSS);
		await expect.poll(() => root.locator('p.dla-field__error:not([hidden])').first().textContent()).toContain(XSS);
		await expect(sshSource.getAttribute('aria-invalid')).resolves.toBe('true');
		await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
		await root.getByLabel('sg-web inbound rule 1: port range').fill('90-80');
		await expect
			.poll(() => root.locator('p.dla-field__error:not([hidden])').allTextContents())
			.toContainEqual(expect.stringMatching(/backwards/));
		await root.getByLabel('sg-web inbound rule 1: port range').fill('80');
		await sshSource.fill('0.0.0.0/0');
		await expect.poll(() => decision.textContent()).toBe('Allowed');
		// URL round trip
		await expect.poll(() => new URL(page.url()).searchParams.get('sgrules')).toContain('0.0.0.0/0');
		const url = new URL(page.url());
		const reopened = await openPage(site, url.pathname + url.search);
		const r2 = reopened.page.locator('#sg-sgrules');
		await expect
			.poll(() => r2.getByLabel('sg-web inbound rule 2: source (CIDR or sg-…)').inputValue())
			.toBe('0.0.0.0/0');
		await expect.poll(() => r2.locator('[data-part="output"] [data-part="decision"]').textContent()).toBe('Allowed');
		expect(reopened.problems).toEqual(noProblems);
		await reopened.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('simulator: connection refused when nothing listens; bad port shows an error', async () => {
		const { page, problems, close } = await openPage(site, '/security-groups/inbound-outbound/');
		const root = page.locator('#sg-sginout');
		await root.getByRole('button', { name: 'Your computer → SSH (22)', exact: true }).click();
		await root.getByLabel('A program listens on this port').uncheck();
		await expect.poll(() => root.locator('[data-part="symptom"]').textContent()).toContain('refused');
		await root.getByLabel('Port', { exact: true }).fill('99999');
		await expect
			.poll(() => root.locator('p.dla-field__error:not([hidden])').first().textContent())
			.toContain('not a port');
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('referencing: SG3 is denied until SG1 names it', async () => {
		const { page, problems, close } = await openPage(site, '/security-groups/referencing/');
		const root = page.locator('#sg-sgref');
		const expected = evaluateAllConnections(referencingExample).map(({ result }) =>
			result.allowed ? 'Allowed' : 'Blocked',
		);
		await expect.poll(() => root.locator('[data-part="all"] tbody .dla-badge').allTextContents()).toEqual(expected);
		await root.getByRole('button', { name: 'Add inbound rule' }).click();
		await root.getByLabel('sg-1 inbound rule 3: protocol').selectOption('udp');
		await root.getByLabel('sg-1 inbound rule 3: port range').fill('123');
		await root.getByLabel('sg-1 inbound rule 3: source (CIDR or sg-…)').fill('sg-3');
		await root.getByRole('button', { name: 'D (SG3) → A', exact: true }).click();
		await expect.poll(() => root.locator('[data-part="output"] [data-part="decision"]').textContent()).toBe('Allowed');
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('CIDR calculator: typing, errors, URL state', async () => {
		const { page, problems, close } = await openPage(site, '/security-groups/rules/');
		const root = page.locator('#cidr-cidr');
		const cidr = root.getByLabel("CIDR block (a rule's source)");
		await cidr.fill('10.0.0.5/24');
		await expect
			.poll(() => root.locator('[data-part="output"]').textContent())
			.toContain(parseCidr('10.0.0.5/24').last);
		await expect.poll(() => root.locator('[data-part="host-bits"]').textContent()).toContain('10.0.0.0/24');
		await cidr.fill(XSS);
		await expect.poll(() => root.locator('[data-part="cidr-error"]').textContent()).toContain(XSS);
		await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
		await cidr.fill('::/0');
		await expect
			.poll(() => root.locator('[data-part="output"]').textContent())
			.toContain((2n ** 128n).toLocaleString('en-US'));
		const url = new URL(page.url());
		const again = await openPage(site, url.pathname + url.search);
		await expect
			.poll(() => again.page.locator('#cidr-cidr').getByLabel("CIDR block (a rule's source)").inputValue())
			.toBe('::/0');
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('ports: search filters, quiz answers, pasted HTML stays text, state round-trips', async () => {
		const { page, problems, close } = await openPage(site, '/security-groups/ports/');
		const root = page.locator('#ports-ports');
		const search = root.getByLabel('Search ports');
		await search.fill('3306');
		await expect.poll(() => root.locator('tr[data-port-id]:visible').count()).toBe(1);
		await search.fill(XSS);
		await expect.poll(() => root.locator('[data-part="count"]').textContent()).toContain('0 of');
		await search.fill('database');
		await expect.poll(() => new URL(page.url()).searchParams.get('ports')).toContain('database');
		const url = new URL(page.url());
		const question = root.locator('fieldset.ports__question').first();
		await question.getByRole('button').first().click();
		await expect.poll(() => question.locator('[data-part="feedback-0"]').textContent()).toMatch(/Correct|Not quite/);
		const again = await openPage(site, url.pathname + url.search);
		await expect
			.poll(() => again.page.locator('#ports-ports').getByLabel('Search ports').inputValue())
			.toBe('database');
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('troubleshooter shows the checklist for the chosen symptom', async () => {
		const { page, problems, close } = await openPage(
			site,
			'/security-groups/good-to-know/?trouble=%7B%22s%22%3A%22refused%22%7D',
		);
		const root = page.locator('#trouble-trouble');
		await expect
			.poll(() => root.locator('[data-part="output"] li').first().textContent())
			.toContain(troubleshoot('refused').steps[0]!.check);
		await root.getByLabel('Permission denied (publickey)').check();
		await expect
			.poll(() => root.locator('[data-part="output"] li').first().textContent())
			.toContain(troubleshoot('permission-denied').steps[0]!.check);
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('URL state: nothing written on load, a crafted link falls back with a message, no stale result', async () => {
		const { page, problems, close } = await openPage(site, '/security-groups/rules/');
		const root = page.locator('#sg-sgrules');
		await expect.poll(() => root.getAttribute('data-mounted')).toBe('');
		expect(new URL(page.url()).search).toBe('');
		// An invalid rule: the error is beside the field and no verdict or table is left from before.
		await root.getByLabel('sg-web inbound rule 2: source (CIDR or sg-…)').fill('010.0.0.1/32');
		await expect
			.poll(() => root.locator('p.dla-field__error:not([hidden])').first().textContent())
			.toContain('"010" has a leading zero');
		await expect.poll(() => root.locator('[data-part="decision"]').textContent()).toBe('Fix the input');
		await expect(root.locator('[data-part="all"] tbody tr').count()).resolves.toBe(0);
		await close();
		expect(problems).toEqual(noProblems);

		const crafted = encodeURIComponent(JSON.stringify({ g: [{ id: 'sg-web', in: 'x', out: [] }], c: {} }));
		const reopened = await openPage(site, `/security-groups/rules/?sgrules=${crafted}`);
		const r2 = reopened.page.locator('#sg-sgrules');
		await expect.poll(() => r2.locator('[data-part="notice"]').textContent()).toContain('could not be used');
		const first = evaluateAllConnections(rulesTableExample)[0]!.result;
		await expect
			.poll(() => r2.locator('[data-part="output"] [data-part="decision"]').textContent())
			.toBe(first.allowed ? 'Allowed' : 'Blocked');
		expect(reopened.problems).toEqual(noProblems);
		await reopened.close();
	});
});
