/**
 * The Storage chapter's widgets in Chromium: lifecycle simulator, storage chooser, gp3 calculator and
 * AMI copy visualiser. Expected answers come from the engine (src/lib/storage), never typed by hand.
 */
import { describe, expect, test } from 'vitest';
import { browserAvailable, openPage, type Site, useSite } from './harness';
import {
	STORAGE_OPTION_NAMES,
	calculateGp3,
	checkGp3Volume,
	chooseStorage,
	copyAmi,
	simulateLifecycle,
} from '../../src/lib/storage';
import { lifecycleInstance } from '../../src/examples/storage/lifecycle';
import { chooserPresets } from '../../src/examples/storage/chooser';
import { amiCopyTarget, goldenAmi } from '../../src/examples/storage/ami-copy';

const noProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
const XSS = '<img src=x onerror=alert(1)>';

/** Opens a page and waits until every widget on it has mounted (and rendered once). */
async function openMounted(site: Site, path: string) {
	const opened = await openPage(site, path);
	await opened.page.waitForFunction(() =>
		[...document.querySelectorAll<HTMLElement>('[data-widget]')].every((root) => root.dataset['mounted'] !== undefined),
	);
	await opened.page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
	);
	return opened;
}

const crafted = (path: string, key: string, state: unknown) =>
	`${path}?${new URLSearchParams({ [key]: JSON.stringify(state) })}`;

describe.skipIf(!browserAvailable)('Storage chapter in Chromium', () => {
	const site = useSite();

	test('gp3 calculator: valid input, errors beside the field, pasted HTML shown as text, URL round trip', async () => {
		const { page, problems, close } = await openMounted(site, '/storage/ebs/');
		const root = page.locator('#gp3-gp3');
		const size = root.getByLabel('Size (GiB)');
		const iops = root.getByLabel('IOPS', { exact: true });
		const throughput = root.getByLabel('Throughput (MiB/s)');
		await size.fill('200');
		await iops.fill('20000');
		await throughput.fill('1000');
		const expected = calculateGp3({ sizeGiB: 200, iops: 20_000, throughputMiBps: 1000 });
		await expect.poll(() => root.locator('[data-part="decision"]').textContent()).toBe('Valid gp3 volume');
		await expect
			.poll(() => root.locator('[data-part="summary"]').textContent())
			.toBe('200 GiB, 20,000 IOPS, 1,000 MiB/s');
		await expect
			.poll(() => root.locator('[data-part="output"]').textContent())
			.toContain(`this size allows up to ${expected.maxIopsForSize.toLocaleString('en-US')}`);
		// IOPS too high for a 10 GiB volume: the engine's message appears beside the IOPS field.
		await size.fill('10');
		await iops.fill('16000');
		await throughput.fill('');
		const [iopsError] = checkGp3Volume({ sizeGiB: 10, iops: 16_000 });
		await expect.poll(() => root.locator('[data-part="iops-error"]').textContent()).toBe(iopsError!.message);
		await expect(iops.getAttribute('aria-invalid')).resolves.toBe('true');
		await expect(root.locator('[data-part="decision"]').textContent()).resolves.toBe('AWS would reject this volume');
		// Pasted HTML is text, not markup.
		await size.fill(XSS);
		await expect.poll(() => root.locator('[data-part="size-error"]').textContent()).toContain(XSS);
		await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
		// URL round trip.
		await size.fill('160');
		await iops.fill('80000');
		await throughput.fill('2000');
		await expect.poll(() => iops.getAttribute('aria-invalid')).toBe(null);
		await expect
			.poll(() => JSON.parse(new URL(page.url()).searchParams.get('gp3') ?? '{}'))
			.toEqual({ sizeGiB: '160', iops: '80000', throughputMiBps: '2000' });
		const url = new URL(page.url());
		const again = await openMounted(site, url.pathname + url.search);
		const root2 = again.page.locator('#gp3-gp3');
		await expect.poll(() => root2.getByLabel('Size (GiB)').inputValue()).toBe('160');
		await expect
			.poll(() => root2.locator('[data-part="summary"]').textContent())
			.toBe('160 GiB, 80,000 IOPS, 2,000 MiB/s');
		expect(again.problems).toEqual(noProblems);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('lifecycle simulator: actions change the state as the engine says, impossible ones explain why, URL round trip', async () => {
		const { page, problems, close } = await openMounted(site, '/storage/');
		const root = page.locator('#lifecycle-life');
		const cell = (label: string) => root.locator('tr', { has: page.locator(`th:text-is("${label}")`) }).locator('td');
		// The page starts after stop → start: instance store emptied, second public address.
		await expect.poll(() => cell('Instance store').textContent()).toBe('Data lost (the disks are empty)');
		await expect.poll(() => cell('Public IPv4 address').textContent()).toBe('203.0.113.11');
		await root.getByRole('button', { name: 'Launch a new instance' }).click();
		await expect.poll(() => cell('Instance store').textContent()).toBe('Data intact');
		await root.getByRole('button', { name: 'Reboot' }).click();
		await expect.poll(() => cell('Instance store').textContent()).toBe('Data intact');
		await root.getByRole('button', { name: 'Hibernate' }).click();
		await expect.poll(() => root.locator('[data-part="decision"]').textContent()).toBe('Stopped (hibernated)');
		await expect(cell('Memory (RAM)').textContent()).resolves.toBe('Saved to the EBS root volume');
		await root.getByRole('button', { name: 'Terminate' }).click();
		const run = simulateLifecycle(lifecycleInstance, ['reboot', 'hibernate', 'terminate']);
		await expect.poll(() => root.locator('[data-part="notes"] li').allTextContents()).toEqual(run.steps[2]!.notes);
		// Starting a terminated instance is impossible: the engine's reason is shown, nothing changes.
		await root.getByRole('button', { name: 'Start' }).click();
		await expect
			.poll(() => root.locator('[data-part="action-error"]').textContent())
			.toContain('The instance is terminated');
		await expect(root.locator('[data-part="decision"]').textContent()).resolves.toBe('Terminated');
		// Keep the root volume: relaunch with DeleteOnTermination unticked replays the same actions.
		await root.getByLabel('Root volume: DeleteOnTermination').uncheck();
		await expect
			.poll(() => cell('Root volume (/dev/xvda)').textContent())
			.toBe('Detached and kept: available, still billed · DeleteOnTermination false');
		// Hibernation off: the replay stops before the hibernate step and says so.
		await root.getByLabel('Hibernation enabled at launch').uncheck();
		await expect
			.poll(() => root.locator('[data-part="action-error"]').textContent())
			.toContain('not enabled when the instance was launched');
		await expect(root.locator('[data-part="decision"]').textContent()).resolves.toBe('Running');
		await expect.poll(() => new URL(page.url()).searchParams.get('life')).toContain('"hibernation":false');
		const url = new URL(page.url());
		const again = await openMounted(site, url.pathname + url.search);
		const root2 = again.page.locator('#lifecycle-life');
		await expect.poll(() => root2.getByLabel('Hibernation enabled at launch').isChecked()).toBe(false);
		await expect.poll(() => root2.getByLabel('Root volume: DeleteOnTermination').isChecked()).toBe(false);
		await expect.poll(() => root2.locator('[data-part="last"]').textContent()).toBe('After: reboot');
		expect(again.problems).toEqual(noProblems);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('DeleteOnTermination simulator on the EBS page starts after terminate', async () => {
		const { page, problems, close } = await openMounted(site, '/storage/ebs/');
		const root = page.locator('#lifecycle-dot');
		await expect.poll(() => root.locator('[data-part="decision"]').textContent()).toBe('Terminated');
		await expect(root.locator('td').allTextContents()).resolves.toEqual(
			expect.arrayContaining([
				'Deleted with its data · DeleteOnTermination true',
				'Detached and kept: available, still billed · DeleteOnTermination false',
			]),
		);
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('storage chooser: ticking needs changes the engine answer; presets; URL round trip', async () => {
		const { page, problems, close } = await openMounted(site, '/storage/');
		const root = page.locator('#chooser-store');
		const decision = root.locator('[data-part="decision"]');
		await expect.poll(() => decision.textContent()).toBe(`Use: ${STORAGE_OPTION_NAMES.efs}`);
		await root.getByRole('button', { name: chooserPresets[2]!.label }).click();
		await expect.poll(() => decision.textContent()).toBe(`Use: ${STORAGE_OPTION_NAMES['instance-store']}`);
		await root.getByLabel('The data must survive the instance being stopped or replaced').check();
		const expected = chooseStorage({ ...chooserPresets[2]!.needs, surviveStop: true });
		await expect.poll(() => decision.textContent()).toBe(`Use: ${STORAGE_OPTION_NAMES[expected.recommendation!]}`);
		await root.getByLabel('Several instances must read and write the same files at the same time').check();
		await root.getByLabel('Operating system of the instances').selectOption('windows');
		await expect.poll(() => decision.textContent()).toBe('None of the three');
		await expect(root.locator('[data-part="summary"]').textContent()).resolves.toContain('FSx for Windows File Server');
		const url = new URL(page.url());
		expect(url.searchParams.get('store')).toContain('"os":"windows"');
		const again = await openMounted(site, url.pathname + url.search);
		await expect
			.poll(() => again.page.locator('#chooser-store [data-part="decision"]').textContent())
			.toBe('None of the three');
		expect(again.problems).toEqual(noProblems);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('AMI copy: each copy gets a new ID; bad IDs are rejected beside the field, as text; URL round trip', async () => {
		const { page, problems, close } = await openMounted(site, '/storage/ami/');
		const root = page.locator('#ami-ami');
		const first = copyAmi(goldenAmi, amiCopyTarget).copy.imageId;
		await expect.poll(() => root.locator('td').allTextContents()).toContain(first);
		await root.getByLabel('Copy to Region').selectOption('ap-northeast-1');
		await root.getByRole('button', { name: 'Copy AMI' }).click();
		const second = copyAmi(goldenAmi, 'ap-northeast-1').copy.imageId;
		await expect.poll(() => root.locator('td').allTextContents()).toContain(second);
		await expect(root.locator('[data-part="decision"]').textContent()).resolves.toBe('2 copies');
		const idField = root.getByLabel('Source AMI ID (in us-east-1)');
		await idField.fill(XSS);
		await expect.poll(() => root.locator('[data-part="image-error"]').textContent()).toContain(XSS);
		await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
		await idField.fill('ami-12345678');
		await expect.poll(() => idField.getAttribute('aria-invalid')).toBe(null);
		const url = new URL(page.url());
		const again = await openMounted(site, url.pathname + url.search);
		const expected = copyAmi({ ...goldenAmi, imageId: 'ami-12345678' }, 'ap-northeast-1').copy.imageId;
		await expect.poll(() => again.page.locator('#ami-ami td').allTextContents()).toContain(expected);
		expect(again.problems).toEqual(noProblems);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('AMI copy: pressing Copy AMI while the AMI ID is invalid records nothing, and says so by name', async () => {
		const { page, problems, close } = await openMounted(site, '/storage/ami/');
		const root = page.locator('#ami-ami');
		const idField = root.getByLabel('Source AMI ID (in us-east-1)');
		const copy = root.getByRole('button', { name: 'Copy AMI' });
		await idField.fill('ami-nothex');
		for (let i = 0; i < 3; i++) await copy.click();
		await expect
			.poll(() => root.locator('[data-part="region-error"]').textContent())
			.toBe('Nothing was copied: fix the Source AMI ID first.');
		// No stale table of copies of the old ID beside the error.
		await expect(root.locator('[data-part="output"] table').count()).resolves.toBe(0);
		await expect(root.locator('[data-part="decision"]').textContent()).resolves.toBe('Fix the source AMI ID');
		await expect(JSON.parse(new URL(page.url()).searchParams.get('ami') ?? '{}').copies).toEqual([amiCopyTarget]);
		// Fixed: only the example's one copy, none of the three refused clicks.
		await idField.fill('ami-12345678');
		await expect.poll(() => root.locator('[data-part="decision"]').textContent()).toBe('1 copy');
		await expect(root.locator('tbody tr').count()).resolves.toBe(2);
		await expect(root.locator('[data-part="region-error"]').isVisible()).resolves.toBe(false);
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('crafted links fall back to the example and say why', async () => {
		const cases = [
			['/storage/ami/', '#ami-ami', 'ami', { imageId: 'ami-12345678', copies: Array(13).fill('eu-west-1') }],
			['/storage/ami/', '#ami-ami', 'ami', { imageId: 'ami-12345678', copies: ['mars-north-1'] }],
			['/storage/ami/', '#ami-ami', 'ami', { imageId: 'x'.repeat(65), copies: [] }],
			[
				'/storage/',
				'#chooser-store',
				'store',
				{ sharedAccess: 1, surviveStop: true, multiAz: true, scratchSpeed: false, os: 'linux' },
			],
			[
				'/storage/',
				'#chooser-store',
				'store',
				{ sharedAccess: true, surviveStop: true, multiAz: true, scratchSpeed: false, os: 'macos' },
			],
			[
				'/storage/',
				'#lifecycle-life',
				'life',
				{
					rootDeleteOnTermination: true,
					dataDeleteOnTermination: false,
					instanceStore: true,
					hibernation: true,
					publicIp: 'auto-assigned',
					actions: ['explode'],
				},
			],
		] as const;
		for (const [path, rootSelector, key, state] of cases) {
			const { page, problems, close } = await openMounted(site, crafted(path, key, state));
			const root = page.locator(rootSelector);
			await expect
				.poll(() => root.locator(':scope > [data-part="notice"]').textContent(), {
					message: `${key} ${JSON.stringify(state)}`,
				})
				.toMatch(/could not be used: .*Showing the page's example instead\./);
			expect(new URL(page.url()).searchParams.get(key)).not.toBeNull();
			expect(problems).toEqual(noProblems);
			await close();
		}
		// The lifecycle example shows its walk-through, as on a fresh page.
		const { page, close } = await openMounted(site, crafted('/storage/', 'life', { actions: 'stop' }));
		await expect
			.poll(() => page.locator('#lifecycle-life [data-part="last"]').textContent())
			.toBe('After: stop → start');
		await close();
	});
});
