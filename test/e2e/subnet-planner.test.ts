/**
 * The VPC subnet planner in Chromium: the three-tier plan built with the keyboard alone at 320 px in
 * light and dark mode, pasted HTML shown as text, bad blocks refused beside the field, and the link
 * round trip. Expected text comes from the engine and the shared example, never typed by hand.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserAvailable, NO_PROBLEMS, openPage, useSite } from './harness';
import { describeSubnet } from '../../src/lib/network';
import { planToCli, planToCsv } from '../../src/lib/vpc';
import { threeTierVpc } from '../../src/examples/security-groups/three-tier-vpc';
import { planToState } from '../../src/components/network/subnet-planner-state';

const PATH = '/security-groups/subnet-planner/';
const ROOT = '#subnet-planner-vpc';
const XSS = '<img src=x onerror=alert(1)>';

const activeCidr = (page: Page) =>
	page.evaluate(() => {
		const active = document.activeElement as HTMLElement | null;
		return `${active?.dataset['action'] ?? active?.dataset['field']} ${active?.dataset['cidr']}`;
	});
const linkState = (page: Page) => JSON.parse(new URL(page.url()).searchParams.get('vpc') ?? 'null');

/** Presses a key on the focused element, like a reader at the keyboard. */
async function press(page: Page, key: string, times = 1) {
	for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

describe.skipIf(!browserAvailable)('VPC subnet planner in Chromium', () => {
	const site = useSite();

	test.each(['light', 'dark'] as const)(
		'builds the three-tier plan with the keyboard only at 320 px (%s)',
		async (colorScheme) => {
			const { page, problems, close } = await openPage(site, PATH, { width: 320, colorScheme });
			const root = page.locator(ROOT);
			expect(new URL(page.url()).searchParams.get('vpc'), 'nothing written on load').toBeNull();

			await root.getByLabel('VPC block (IPv4)').focus();
			await press(page, 'Control+A');
			await page.keyboard.type('10.0.0.0/16');
			await press(page, 'Tab');
			await press(page, 'Enter'); // Start over
			await expect.poll(() => activeCidr(page)).toBe('split 10.0.0.0/16');
			await press(page, 'Enter');
			await expect.poll(() => activeCidr(page)).toBe('split 10.0.0.0/17');
			await press(page, 'Enter');
			await expect.poll(() => activeCidr(page)).toBe('split 10.0.0.0/18');
			for (const [cidr, next] of [
				['10.0.128.0/17', '10.0.128.0/18'],
				['10.0.128.0/18', '10.0.128.0/19'],
				['10.0.192.0/18', '10.0.192.0/19'],
				['10.0.192.0/19', '10.0.192.0/20'],
			] as const) {
				await root.locator(`button[data-action="split"][data-cidr="${cidr}"]`).focus();
				await press(page, 'Space');
				await expect.poll(() => activeCidr(page)).toBe(`split ${next}`);
			}
			for (const subnet of threeTierVpc.subnets.filter((s) => s.name)) {
				await root.getByLabel(`Name of ${subnet.cidr}`).focus();
				await page.keyboard.type(subnet.name);
				await press(page, 'Tab');
				await expect.poll(() => activeCidr(page)).toBe(`az ${subnet.cidr}`);
				await press(page, 'ArrowDown', subnet.az.endsWith('a') ? 1 : 2);
				await expect.poll(() => root.getByLabel(`Zone of ${subnet.cidr}`).inputValue()).toBe(subnet.az);
			}

			await expect.poll(() => linkState(page)).toEqual(planToState(threeTierVpc));
			await expect.poll(() => root.locator('[data-part="cli"]').textContent()).toBe(planToCli(threeTierVpc));
			await expect.poll(() => root.locator('[data-part="csv"]').textContent()).toBe(planToCsv(threeTierVpc));
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
			expect(problems).toEqual(NO_PROBLEMS);
			await close();
		},
		90_000,
	);

	test('reserved addresses are labelled in each piece', async () => {
		const { page, close } = await openPage(site, PATH);
		const piece = page.locator(`${ROOT} [data-piece="10.0.192.0/20"]`);
		await piece.locator('summary').click();
		const d = describeSubnet('10.0.192.0/20');
		const text = await piece.locator('details').textContent();
		for (const r of d.reservedAddresses) expect(text).toContain(`${r.address} ${r.label}`);
		expect(text).toContain(`usable: ${d.firstUsable} to ${d.lastUsable}`);
		await close();
	});

	test('pasted HTML is shown as text; bad blocks are refused beside the field and record nothing', async () => {
		const { page, problems, close } = await openPage(site, PATH);
		const root = page.locator(ROOT);
		let dialogs = 0;
		page.on('dialog', (dialog) => {
			dialogs++;
			void dialog.dismiss();
		});
		await root.getByLabel('Name of 10.0.224.0/19').fill(XSS);
		await expect.poll(() => root.locator('[data-part="cli"]').textContent()).toContain(XSS.replaceAll("'", "'\\''"));
		await expect.poll(() => root.locator('[data-part="csv"]').textContent()).toContain(XSS);
		expect(await root.locator('img').count()).toBe(0);
		const linked = linkState(page);

		const vpc = root.getByLabel('VPC block (IPv4)');
		await vpc.fill('10.0.0.0/29');
		await expect
			.poll(() => root.locator('[data-part="vpc-error"]').textContent())
			.toContain("10.0.0.0/29 is smaller than AWS's minimum /28");
		await root.locator('[data-part="start"]').click();
		expect(linkState(page)).toEqual(linked);

		const secondary = root.getByLabel('Secondary block (IPv4)');
		await secondary.fill('192.168.0.0/16');
		await root.locator('[data-part="add-block"]').click();
		await expect.poll(() => root.locator('[data-part="secondary-error"]').textContent()).toContain('RFC 1918');
		expect(linkState(page)).toEqual(linked);
		await secondary.fill('100.64.0.0/16');
		await root.locator('[data-part="add-block"]').click();
		await expect.poll(() => linkState(page)?.blocks).toEqual(['10.0.0.0/16', '100.64.0.0/16']);
		expect(dialogs).toBe(0);
		expect(problems).toEqual(NO_PROBLEMS);
		await close();
	});

	test('a shared link restores the plan exactly; a crafted link falls back to the example with a message', async () => {
		const { page, close } = await openPage(site, PATH);
		const root = page.locator(ROOT);
		await root.locator('button[data-action="split"][data-cidr="10.0.224.0/19"]').click();
		await root.getByLabel('IPv6: an Amazon-provided /56').check();
		await root.getByLabel('Name of 10.0.240.0/20').fill('spare');
		await expect
			.poll(() => root.locator('[data-part="cli"]').textContent())
			.toContain('--ipv6-cidr-block 2001:db8:1234:1a06::/64');
		const cli = await root.locator('[data-part="cli"]').textContent();
		const url = new URL(page.url());
		await close();

		const again = await openPage(site, url.pathname + url.search);
		const restored = again.page.locator(ROOT);
		await expect.poll(() => restored.locator('[data-part="cli"]').textContent()).toBe(cli);
		expect(await restored.getByLabel('IPv6: an Amazon-provided /56').isChecked()).toBe(true);
		expect(await restored.getByLabel('Name of 10.0.240.0/20').inputValue()).toBe('spare');
		await again.close();

		const crafted = { ...planToState(threeTierVpc), blocks: ['10.0.0.0/15'] };
		const bad = await openPage(site, `${PATH}?vpc=${encodeURIComponent(JSON.stringify(crafted))}`);
		const notice = bad.page.locator(`${ROOT} [data-part="notice"]`);
		await expect.poll(() => notice.textContent()).toContain("larger than AWS's maximum /16");
		await expect.poll(() => bad.page.locator(`${ROOT} [data-part="cli"]`).textContent()).toBe(planToCli(threeTierVpc));
		await bad.close();
	});
});
