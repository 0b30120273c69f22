/**
 * "Try it in your account" panels in Chromium (EC2, storage, IAM, security-group and load-balancing widgets,
 * the password policy and MFA): each copy button (commands, template) copies exactly
 * the commands the panel shows, the panel follows the widget's input, and while the input is invalid it
 * shows no command and copies nothing. Expected commands come from the same panel views and engines.
 */
import { seriousAxeViolations } from './axe';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, openPage, type Site, useSite } from './harness';
import { calculateGp3, evaluateGp3Text } from '../../src/lib/storage';
import { tryInAccountCopyText } from '../../src/components/kit/TryInAccount.views';
import { COPIED, COPIED_TEMPLATE, COPY_UNAVAILABLE } from '../../src/components/kit/TryInAccount.client';
import { tryInAccountTemplateText, type TryInAccountState } from '../../src/components/kit/TryInAccount.views';
import { HEALTH_CHECK_PRESETS } from '../../src/lib/elb';
import { evaluateHealthForm, healthForm } from '../../src/components/elb/HealthCheckSimulator.views';
import { healthCliState } from '../../src/components/elb/health-cli-views';
import { evaluateSticky } from '../../src/components/elb/Sticky.views';
import { stickyCliState } from '../../src/components/elb/sticky-cli-views';
import { evaluateSni } from '../../src/components/elb/Sni.views';
import { sniCliState } from '../../src/components/elb/sni-cli-views';
import { passwordCliState } from '../../src/components/passwords/password-cli-views';
import { mfaCliState } from '../../src/components/mfa/mfa-cli-views';
import { healthExample } from '../../src/examples/load-balancing/health';
import { defaultStickyPreset, stickyScript, stickyTargets } from '../../src/examples/load-balancing/sticky-sessions';
import { defaultSniExample, sniCertificateLines } from '../../src/examples/load-balancing/sni-certificates';
import { strictCustomPolicy } from '../../src/examples/iam/password-policy';
import { mfaDemoDevice } from '../../src/examples/iam/mfa-demo';
import { evaluateSgState, initialSgState } from '../../src/components/network/security-group-simulator';
import { sgCliState } from '../../src/components/network/sg-cli-views';
import { rulesTableExample } from '../../src/examples/security-groups/rules-table';
import { decoderCliState } from '../../src/components/ec2/decoder-cli-views';
import { decodeTypedName } from '../../src/components/ec2/decoder-views';
import { amiCopyCliState } from '../../src/components/storage/ami-cli-views';
import { gp3CliState } from '../../src/components/storage/gp3-cli-views';
import { amiCopyTarget, goldenAmi } from '../../src/examples/storage/ami-copy';
import { gp3Start } from '../../src/examples/storage/gp3';

/** Opens a page at `width` and waits until its widgets have mounted and rendered once. */
async function openMounted(site: Site, path: string, width = 320, clipboard = true) {
	const opened = await openPage(site, path, { width });
	if (clipboard) await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
	await opened.page.waitForFunction(() =>
		[...document.querySelectorAll<HTMLElement>('[data-widget]')].every((root) => root.dataset['mounted'] !== undefined),
	);
	return opened;
}

const settle = (page: Page) =>
	page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The panel's summary, opened with the keyboard (focus, Enter). */
async function openPanel(page: Page, widget: string) {
	const summary = page.locator(`[data-widget="${widget}"] .dla-tia summary`);
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-widget="${widget}"] details.dla-tia[open]`).count()).resolves.toBe(1);
}

const codeText = (page: Page, widget: string) =>
	page.locator(`[data-widget="${widget}"] [data-part="tia-code"]`).textContent({ timeout: 5_000 });
const codeCount = (page: Page, widget: string) =>
	page.locator(`[data-widget="${widget}"] [data-part="tia-code"]`).count();
const templateText = (page: Page, widget: string) =>
	page.locator(`[data-widget="${widget}"] [data-part="tia-template"]`).textContent({ timeout: 5_000 });

/**
 * The panel shows `state`'s commands (and template, if any), and each copy button copies exactly the
 * text its block shows; the template button is hidden on a panel without a template.
 */
async function expectShownAndCopied(page: Page, widget: string, state: TryInAccountState) {
	const root = `[data-widget="${widget}"]`;
	const commands = tryInAccountCopyText(state)!;
	await expect.poll(() => codeText(page, widget)).toBe(commands);
	await page.locator(`${root} [data-part="tia-copy"]`).click();
	await expect.poll(() => page.locator(`${root} [data-part="tia-copy-status"]`).textContent()).toBe(COPIED);
	await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(commands);
	const template = tryInAccountTemplateText(state);
	const copyTemplate = page.locator(`${root} [data-part="tia-copy-template"]`);
	if (template === null) {
		await expect(page.locator(`${root} [data-part="tia-template"]`).count()).resolves.toBe(0);
		await expect(copyTemplate.isHidden()).resolves.toBe(true);
		return;
	}
	await expect(templateText(page, widget)).resolves.toBe(template);
	await copyTemplate.click();
	await expect.poll(() => page.locator(`${root} [data-part="tia-copy-status"]`).textContent()).toBe(COPIED_TEMPLATE);
	await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(template);
}

/** Invalid input: no code block, both buttons disabled. */
async function expectNothingToCopy(page: Page, widget: string) {
	const root = `[data-widget="${widget}"]`;
	await expect.poll(() => codeCount(page, widget)).toBe(0);
	await expect(page.locator(`${root} [data-part="tia-template"]`).count()).resolves.toBe(0);
	await expect(page.locator(`${root} [data-part="tia-invalid"]`).isVisible()).resolves.toBe(true);
	await expect(page.locator(`${root} [data-part="tia-copy"]`).isDisabled()).resolves.toBe(true);
	await expect(page.locator(`${root} [data-part="tia-copy-template"]`).isDisabled()).resolves.toBe(true);
}

describe.skipIf(!browserAvailable)('Try it in your account panels in Chromium', () => {
	const site = useSite();

	test('gp3: highlighted on load; keyboard copy copies exactly the shown text; follows the input; nothing stale while invalid; 320 px', async () => {
		const { page, problems, close } = await openMounted(site, '/storage/ebs/');
		try {
			const widget = 'gp3-calculator';
			await openPanel(page, widget);
			const initial = tryInAccountCopyText(gp3CliState(evaluateGp3Text(gp3Start).result));
			// Build-time Shiki highlighting stays until the reader changes something.
			await expect(page.locator('.dla-tia__code--highlighted').count()).resolves.toBe(1);
			await expect(codeText(page, widget)).resolves.toBe(initial);
			await expect(page.locator('[data-widget="gp3-calculator"] mark').first().textContent()).resolves.toBe(
				'us-east-1a',
			);

			// Keyboard: Tab from the summary to the (scrollable) code block, then to the copy button; Enter.
			const copy = page.locator('[data-widget="gp3-calculator"] [data-part="tia-copy"]');
			await page.keyboard.press('Tab');
			await expect(page.evaluate(() => document.activeElement?.getAttribute('data-part'))).resolves.toBe('tia-code');
			await page.keyboard.press('Tab');
			await expect(page.evaluate(() => document.activeElement?.getAttribute('data-part'))).resolves.toBe('tia-copy');
			await page.keyboard.press('Enter');
			await expect
				.poll(() => page.locator('[data-widget="gp3-calculator"] [data-part="tia-copy-status"]').textContent())
				.toBe(COPIED);
			await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(initial);

			// A new size: the panel follows, unhighlighted, and copies the new text.
			const size = page.locator('[data-widget="gp3-calculator"] [data-part="size"]');
			await size.fill('200');
			await settle(page);
			const changed = tryInAccountCopyText(
				gp3CliState(calculateGp3({ sizeGiB: 200, iops: 6000, throughputMiBps: 500 })),
			);
			await expect(codeText(page, widget)).resolves.toBe(changed);
			await expect(page.locator('.dla-tia__code--highlighted').count()).resolves.toBe(0);
			await copy.click();
			await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(changed);

			// Invalid: no command beside the error, the button is disabled, the clipboard keeps the last copy.
			await size.fill('abc');
			await settle(page);
			await expect(codeCount(page, widget)).resolves.toBe(0);
			await expect(page.locator('[data-widget="gp3-calculator"] [data-part="tia-invalid"]').isVisible()).resolves.toBe(
				true,
			);
			await expect(copy.isDisabled()).resolves.toBe(true);
			await expect(
				page.locator('[data-widget="gp3-calculator"] [data-part="tia-copy-status"]').textContent(),
			).resolves.toBe('');

			// Fixed again: the commands come back.
			await size.fill('100');
			await settle(page);
			await expect(codeText(page, widget)).resolves.toBe(initial);
			await expect(copy.isDisabled()).resolves.toBe(false);

			// 320 px with the panel open: the page does not scroll sideways (the code block scrolls itself).
			await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
			expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] });
		} finally {
			await close();
		}
	});

	test('instance-type decoder: the command follows the name; an unknown or unoffered name shows none', async () => {
		const { page, problems, close } = await openMounted(site, '/ec2/instance-types/');
		try {
			const widget = 'instance-type-decoder';
			await openPanel(page, widget);
			const name = page.locator('[data-widget="instance-type-decoder"] [data-part="name"]');
			await name.fill('c7gn.16xlarge');
			await settle(page);
			await expect(codeText(page, widget)).resolves.toBe(
				tryInAccountCopyText(decoderCliState(decodeTypedName('c7gn.16xlarge'))),
			);
			await expect(codeText(page, widget)).resolves.toContain('arm64');
			for (const bad of ['m5.', 'm5.3xlarge']) {
				await name.fill(bad);
				await settle(page);
				await expect(codeCount(page, widget), bad).resolves.toBe(0);
				await expect(
					page.locator('[data-widget="instance-type-decoder"] [data-part="tia-copy"]').isDisabled(),
				).resolves.toBe(true);
			}
			await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
			expect(problems.pageErrors).toEqual([]);
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('user data builder: the script in --user-data follows the boxes; an invalid extra command shows no command', async () => {
		const { page, problems, close } = await openMounted(site, '/ec2/configuration/');
		try {
			const widget = 'user-data-builder';
			await openPanel(page, widget);
			await expect(codeText(page, widget)).resolves.toContain('dnf install -y httpd');
			await page.locator('[data-widget="user-data-builder"] [data-part="installWebServer"]').uncheck();
			await settle(page);
			await expect(codeText(page, widget)).resolves.not.toContain('httpd');
			const script = await page.locator('[data-widget="user-data-builder"] [data-part="script"]').textContent();
			const { parseCliCommand } = await import('../../src/lib/cli');
			const shown = (await codeText(page, widget))!;
			expect(parseCliCommand(shown).parameters.find((p) => p.name === '--user-data')?.value).toBe(script);
			const extra = page.locator('[data-widget="user-data-builder"] [data-part="extraCommands"]');
			// Over the engine's 8 KB limit for extra commands: an error beside the field and no command.
			await extra.fill('echo hello\n'.repeat(800));
			await settle(page);
			await expect(
				page.locator('[data-widget="user-data-builder"] [data-part="extra-error"]').isVisible(),
			).resolves.toBe(true);
			await expect(codeCount(page, widget)).resolves.toBe(0);
			await expect(page.locator('[data-widget="user-data-builder"] [data-part="tia-copy"]').isDisabled()).resolves.toBe(
				true,
			);
			expect(problems.pageErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('AMI copy: one copy-image per recorded copy; an invalid ID or no copies shows none', async () => {
		const { page, problems, close } = await openMounted(site, '/storage/ami/');
		try {
			const widget = 'ami-copy';
			await openPanel(page, widget);
			await expect(codeText(page, widget)).resolves.toBe(
				tryInAccountCopyText(amiCopyCliState(goldenAmi, [amiCopyTarget], true)),
			);
			await page.locator('[data-widget="ami-copy"] [data-part="region"]').selectOption('ap-northeast-1');
			await page.locator('[data-widget="ami-copy"] [data-part="copy"]').click();
			await settle(page);
			await expect(codeText(page, widget)).resolves.toBe(
				tryInAccountCopyText(amiCopyCliState(goldenAmi, [amiCopyTarget, 'ap-northeast-1'], true)),
			);
			const image = page.locator('[data-widget="ami-copy"] [data-part="image"]');
			await image.fill('ami-nothex');
			await settle(page);
			await expect(codeCount(page, widget)).resolves.toBe(0);
			await image.fill(goldenAmi.imageId);
			await page.locator('[data-widget="ami-copy"] [data-part="reset"]').click();
			await settle(page);
			await expect(codeCount(page, widget)).resolves.toBe(0);
			await expect(page.locator('[data-widget="ami-copy"] [data-part="tia-invalid"]').textContent()).resolves.toContain(
				'Copy AMI',
			);
			expect(problems.pageErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('policy playground: simulate-custom-policy follows the edited policy; invalid JSON shows no command', async () => {
		const { page, problems, close } = await openMounted(site, '/iam/permissions/');
		try {
			const widget = 'policy-playground';
			await openPanel(page, widget);
			const shown = (await codeText(page, widget))!;
			expect(shown).toMatch(/^aws iam simulate-custom-policy/);
			await page.locator('[data-widget="policy-playground"] [data-part="tia-copy"]').click();
			await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
			const action = page.locator('[data-widget="policy-playground"] [data-part="action"]');
			await action.fill('s3:PutObject');
			await settle(page);
			await expect(codeText(page, widget)).resolves.toContain('--action-names s3:PutObject');
			const policy = page.locator('[data-widget="policy-playground"] [data-part="policy"]');
			await policy.fill('{ "Version": ');
			await settle(page);
			await expect(codeCount(page, widget)).resolves.toBe(0);
			await expect(page.locator('[data-widget="policy-playground"] [data-part="tia-copy"]').isDisabled()).resolves.toBe(
				true,
			);
			expect(problems.pageErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('security-group simulator: the commands follow an edited rule; a backwards port range shows none', async () => {
		const { page, problems, close } = await openMounted(site, '/security-groups/rules/');
		try {
			const widget = 'security-group-simulator';
			await openPanel(page, widget);
			const root = page.locator('#sg-sgrules');
			await expectShownAndCopied(
				page,
				widget,
				sgCliState(evaluateSgState(rulesTableExample, initialSgState(rulesTableExample))),
			);
			await expect(templateText(page, widget)).resolves.toContain('AWS::EC2::SecurityGroup');
			await root.getByLabel('sg-web inbound rule 2: source (CIDR or sg-…)').fill('198.51.100.0/24');
			await settle(page);
			await expect.poll(() => codeText(page, widget)).toContain('198.51.100.0/24');
			await expect.poll(() => templateText(page, widget)).toContain("CidrIp: '198.51.100.0/24'");
			await root.getByLabel('sg-web inbound rule 1: port range').fill('90-80');
			await settle(page);
			await expect.poll(() => codeCount(page, widget)).toBe(0);
			await expect(root.locator('[data-part="tia-copy"]').isDisabled()).resolves.toBe(true);
			expect(problems.pageErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('ALB router: one create-rule per rule; invalid rules JSON shows none', async () => {
		const { page, problems, close } = await openMounted(site, '/load-balancing/alb/');
		try {
			const widget = 'alb-router';
			await openPanel(page, widget);
			const root = page.locator('[data-widget="alb-router"]');
			const first = (await codeText(page, widget))!;
			expect(first).toContain('aws elbv2 create-rule');
			expect(first.split('aws elbv2 create-rule').length - 1).toBe(
				JSON.parse(await root.getByLabel('Listener rules (JSON)').inputValue()).rules.length,
			);
			await root.getByLabel('Listener rules (JSON)').fill('{ "rules": [');
			await settle(page);
			await expect.poll(() => codeCount(page, widget)).toBe(0);
			await expect(root.locator('[data-part="tia-copy"]').isDisabled()).resolves.toBe(true);
			expect(problems.pageErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('health checks: commands and template copied exactly; they follow the settings; a Classic Load Balancer has no template; invalid shows none', async () => {
		const { page, problems, close } = await openMounted(site, '/load-balancing/health-checks/');
		try {
			const widget = 'health-check';
			const root = page.locator(`[data-widget="${widget}"]`);
			await openPanel(page, widget);
			// Highlighted at build time: both blocks.
			await expect(root.locator('.dla-tia__code--highlighted').count()).resolves.toBe(2);
			const form = healthForm(healthExample.config, healthExample.probes, healthExample.start);
			await expectShownAndCopied(page, widget, healthCliState(evaluateHealthForm(form)));
			await root.locator('[data-part="intervalSeconds"]').fill('10');
			await settle(page);
			const faster = healthCliState(evaluateHealthForm({ ...form, intervalSeconds: '10' }));
			await expectShownAndCopied(page, widget, faster);
			await expect(templateText(page, widget)).resolves.toContain('HealthCheckIntervalSeconds: 10');
			await root.locator('[data-part="timeoutSeconds"]').fill('60');
			await settle(page);
			await expectNothingToCopy(page, widget);
			await root.locator('[data-part="preset"]').selectOption('clb');
			await settle(page);
			await expectShownAndCopied(
				page,
				widget,
				healthCliState(evaluateHealthForm(healthForm(HEALTH_CHECK_PRESETS.clb, form.probes, form.start))),
			);
			await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
			expect(problems.pageErrors).toEqual([]);
			expect(problems.consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('stickiness: the attributes follow the mode and cookie; a reserved cookie name shows none', async () => {
		const { page, problems, close } = await openMounted(site, '/load-balancing/sticky-sessions/');
		try {
			const widget = 'sticky';
			const root = page.locator(`[data-widget="${widget}"]`);
			await openPanel(page, widget);
			const form = {
				mode: defaultStickyPreset.mode,
				duration: String(defaultStickyPreset.durationSeconds),
				cookie: defaultStickyPreset.appCookieName ?? '',
				script: stickyScript,
			};
			await expectShownAndCopied(page, widget, stickyCliState(evaluateSticky(form, stickyTargets)));
			await root.locator('[data-part="mode"]').selectOption('alb-app');
			await root.locator('[data-part="cookie"]').fill('JSESSIONID');
			await settle(page);
			const app = stickyCliState(evaluateSticky({ ...form, mode: 'alb-app', cookie: 'JSESSIONID' }, stickyTargets));
			await expectShownAndCopied(page, widget, app);
			await expect(codeText(page, widget)).resolves.toContain('Value=JSESSIONID');
			await root.locator('[data-part="cookie"]').fill('AWSALB');
			await settle(page);
			await expectNothingToCopy(page, widget);
			expect(problems.pageErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('SNI: the listener, its certificates and the template follow the list; invalid certificates show none', async () => {
		const { page, problems, close } = await openMounted(site, '/load-balancing/sni/');
		try {
			const widget = 'sni';
			const root = page.locator(`[data-widget="${widget}"]`);
			await openPanel(page, widget);
			const form = { certs: sniCertificateLines, host: defaultSniExample.hostname, clb: false, ecdsa: true };
			await expectShownAndCopied(page, widget, sniCliState(evaluateSni(form), false));
			const fewer = sniCertificateLines.split('\n').slice(0, 2).join('\n');
			await root.locator('[data-part="certs"]').fill(fewer);
			await settle(page);
			await expectShownAndCopied(page, widget, sniCliState(evaluateSni({ ...form, certs: fewer }), false));
			await root.locator('[data-part="certs"]').fill('no-names-here');
			await settle(page);
			await expectNothingToCopy(page, widget);
			expect(problems.pageErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('password policy: every setting in the command; the default policy deletes it; a policy AWS rejects shows none', async () => {
		const { page, problems, close } = await openMounted(site, '/iam/password-policy/');
		try {
			const widget = 'password-policy';
			const root = page.locator(`[data-widget="${widget}"]`);
			await openPanel(page, widget);
			await expectShownAndCopied(page, widget, passwordCliState(strictCustomPolicy));
			await root.locator('[data-part="hardExpiry"]').check();
			await settle(page);
			await expectShownAndCopied(page, widget, passwordCliState({ ...strictCustomPolicy, hardExpiry: true }));
			await root.locator('[data-part="minimumPasswordLength"]').fill('5');
			await settle(page);
			await expectNothingToCopy(page, widget);
			await root.locator('[data-part="minimumPasswordLength"]').fill('14');
			await root.locator('[data-part="kind-default"]').check();
			await settle(page);
			await expectShownAndCopied(page, widget, passwordCliState({ kind: 'default' }));
			expect(problems.pageErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('MFA: create-virtual-mfa-device then enable-mfa-device, placeholders marked; an invalid secret shows none', async () => {
		const { page, problems, close } = await openMounted(site, '/iam/mfa/');
		try {
			const widget = 'totp-demo';
			const root = page.locator(`[data-widget="${widget}"]`);
			await openPanel(page, widget);
			await expectShownAndCopied(page, widget, mfaCliState(mfaDemoDevice, true));
			await expect(root.locator('[data-part="tia-code"] mark').allTextContents()).resolves.toEqual(
				expect.arrayContaining(['123456', '789012', 'demo-user']),
			);
			await root.locator('[data-part="secret"]').fill('not base32!');
			await settle(page);
			await expectNothingToCopy(page, widget);
			await root.locator('[data-part="secret"]').fill(mfaDemoDevice.secret);
			await settle(page);
			await expectShownAndCopied(page, widget, mfaCliState(mfaDemoDevice, true));
			expect(problems.pageErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('open panels, highlighted (light and dark) and plain, have no serious or critical axe violations', async () => {
		const found: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			for (const [path, widget] of [
				['/storage/ebs/', 'gp3-calculator'],
				['/ec2/configuration/', 'user-data-builder'],
				['/load-balancing/health-checks/', 'health-check'],
			] as const) {
				const { page, close } = await openPage(site, path, { width: 360, colorScheme });
				try {
					await page.waitForFunction(() => document.querySelector('[data-widget][data-mounted]') !== null);
					await openPanel(page, widget);
					const check = async (state: string) => {
						for (const v of await seriousAxeViolations(page, { include: ['.dla-tia'] }))
							found.push(`${path} ${colorScheme} ${state}: ${v}`);
					};
					await check('highlighted');
					if (widget === 'gp3-calculator') {
						await page.locator('[data-widget="gp3-calculator"] [data-part="size"]').fill('300');
						await settle(page);
						await check('plain');
					}
				} finally {
					await close();
				}
			}
		}
		expect(found).toEqual([]);
		// Six page loads with axe (three panels, two colour schemes) on a shared machine.
	}, 150_000);

	test('without a clipboard API the button selects the commands and says how to copy them', async () => {
		const { page, context, close } = await openPage(site, '/storage/ebs/', { width: 320 });
		try {
			await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
			await page.reload({ waitUntil: 'load' });
			await page.waitForFunction(() => document.querySelector('[data-widget="gp3-calculator"][data-mounted]') !== null);
			await openPanel(page, 'gp3-calculator');
			await page.locator('[data-widget="gp3-calculator"] [data-part="tia-copy"]').click();
			await expect
				.poll(() => page.locator('[data-widget="gp3-calculator"] [data-part="tia-copy-status"]').textContent())
				.toBe(COPY_UNAVAILABLE);
			const shown = await codeText(page, 'gp3-calculator');
			await expect(page.evaluate(() => window.getSelection()?.toString())).resolves.toBe(shown);
		} finally {
			await close();
		}
	});
});
