/**
 * The EC2 chapter's widgets in Chromium: instance-type decoder, family explorer, purchasing calculator
 * and On-Demand billing. Expected answers come from the engine (src/lib/ec2), never typed by hand.
 */
import { describe, expect, test } from 'vitest';
import { everyWidgetMounted } from './every-widget';
import { browserAvailable, openPage, type Site, useSite } from './harness';
import {
	InstanceTypeError,
	analyzeUserData,
	buildUserDataScript,
	billOnDemandUsage,
	comparePurchasingOptions,
	describeInstanceType,
	familyRows,
	parseInstanceType,
	formatMoney,
} from '../../src/lib/ec2';
import { purchasingExample } from '../../src/examples/ec2/purchasing-sample';
import { userDataBuilderStart } from '../../src/examples/ec2/user-data';

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
	`${path}?${new URLSearchParams({ [key]: typeof state === 'string' ? state : JSON.stringify(state) })}`;

function reasonFor(name: string): string {
	try {
		parseInstanceType(name);
	} catch (error) {
		return (error as InstanceTypeError).reason;
	}
	throw new Error(`${name} parses`);
}

describe.skipIf(!browserAvailable)('EC2 chapter in Chromium', () => {
	const site = useSite();

	test('decoder: typing decodes, errors sit beside the input with a suggestion, pasted HTML is text, URL round trip', async () => {
		const { page, problems, close } = await openMounted(site, '/ec2/instance-types/');
		const root = page.locator('#instance-type-decoder');
		const input = root.getByLabel('Instance type name');
		const status = root.locator('[data-part="status"]');

		// Valid input (case and spaces tidied) → the engine's parts, in order.
		await input.fill('  C7GN.16xlarge ');
		const expected = describeInstanceType('c7gn.16xlarge');
		await expect.poll(() => status.textContent()).toBe('Offered by EC2');
		await expect
			.poll(() => root.locator('tbody tr td.dla-mono').allTextContents())
			.toEqual(expected.parts.map((p) => p.text));
		await expect(root.locator('[data-part="relative"]').textContent()).resolves.toBe(expected.relative.explanation);
		await expect(root.locator('[data-part="output"]').textContent()).resolves.toContain('read as c7gn.16xlarge');

		// Well-formed but not offered.
		await input.fill('m5.nano');
		await expect.poll(() => status.textContent()).toBe('Well-formed, but not offered');
		await expect(root.locator('[data-part="suggestion"]').textContent()).resolves.toBe(
			describeInstanceType('m5.nano').nearestOffered,
		);

		// Malformed: the engine's reason beside the input, and a did-you-mean button that fixes it.
		await input.fill('m5.xxlarge');
		await expect.poll(() => root.locator('[data-part="name-error"]').textContent()).toBe(reasonFor('m5.xxlarge'));
		await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
		await root.locator('[data-part="suggestion"]').click();
		await expect.poll(() => input.inputValue()).toBe('m5.2xlarge');
		await expect.poll(() => status.textContent()).toBe('Offered by EC2');
		await expect(input.getAttribute('aria-invalid')).resolves.toBe(null);

		// Another service's name.
		await input.fill('db.m5.large');
		await expect.poll(() => root.locator('[data-part="name-error"]').textContent()).toContain('Amazon RDS');

		// Pasted HTML is shown as text.
		await input.fill(XSS);
		await expect.poll(() => root.locator('[data-part="name-error"]').isVisible()).toBe(true);
		await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);

		// URL round trip.
		await input.fill('u7i-12tb.224xlarge');
		await expect
			.poll(() => new URL(page.url()).searchParams.get('itype'))
			.toBe(JSON.stringify({ name: 'u7i-12tb.224xlarge' }));
		const url = new URL(page.url());
		const again = await openMounted(site, url.pathname + url.search);
		const root2 = again.page.locator('#instance-type-decoder');
		await expect.poll(() => root2.getByLabel('Instance type name').inputValue()).toBe('u7i-12tb.224xlarge');
		await expect
			.poll(() => root2.locator('tbody tr td.dla-mono').allTextContents())
			.toEqual(describeInstanceType('u7i-12tb.224xlarge').parts.map((p) => p.text));
		expect(again.problems).toEqual(noProblems);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('family explorer: filters rows by data attributes, keeps filters in the URL', async () => {
		const { page, problems, close } = await openMounted(site, '/ec2/instance-types/');
		const root = page.locator('#family-explorer');
		const rows = familyRows();
		await expect(root.locator('tbody tr:visible').count()).resolves.toBe(rows.length);
		await root.getByLabel('Category').selectOption('hpc-optimized');
		await root.getByLabel('Processor letter').selectOption('graviton');
		const expected = rows
			.filter((r) => r.category === 'hpc-optimized' && r.processor === 'graviton')
			.map((r) => r.family);
		await expect.poll(() => root.locator('tbody tr:visible th').allTextContents()).toEqual(expected);
		await expect(root.locator('[data-part="count"]').textContent()).resolves.toBe(
			`Showing ${expected.length} of ${rows.length} families.`,
		);
		const url = new URL(page.url());
		const again = await openMounted(site, url.pathname + url.search);
		await expect
			.poll(() => again.page.locator('#family-explorer tbody tr:visible th').allTextContents())
			.toEqual(expected);
		// A family's name links to the decoder with that family loaded.
		const first = again.page.locator('#family-explorer tbody tr:visible th a').first();
		const family = await first.textContent();
		await Promise.all([again.page.waitForEvent('load'), first.click()]);
		await everyWidgetMounted(again.page);
		const smallest = rows.find((r) => r.family === family)!.sizes[0];
		await expect
			.poll(() => again.page.locator('#instance-type-decoder').getByLabel('Instance type name').inputValue())
			.toBe(`${family}.${smallest}`);
		await expect
			.poll(() => again.page.locator('#instance-type-decoder [data-part="status"]').textContent())
			.toBe('Offered by EC2');
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('purchasing calculator: usage changes the engine’s answer, bad input errors beside the field, URL round trip', async () => {
		const { page, problems, close } = await openMounted(site, '/ec2/purchasing-options/');
		const root = page.locator('#purchasing-calculator');
		const hours = root.getByLabel('Hours each instance runs per month (0–730)');
		const overhead = root.getByLabel('Spot: extra hours to redo interrupted work (%)');
		await hours.fill('730');
		await overhead.fill('300');
		await root.getByLabel('Commitment term to compare').selectOption('3');
		const input = {
			...purchasingExample,
			hoursPerMonth: 730,
			spotInterruptionOverheadPercent: 300,
			termYears: 3 as const,
		};
		const comparison = comparePurchasingOptions(input);
		const cheapest = comparison.options.find((o) => o.id === comparison.cheapest)!;
		await expect
			.poll(() => root.locator('[data-part="verdict"]').textContent())
			.toBe(`Cheapest at 730 h/month: ${cheapest.label}`);
		await expect(root.locator(`tr[data-option="${cheapest.id}"]`).getAttribute('data-highlight')).resolves.toBe('true');
		await expect(root.locator(`tr[data-option="on-demand"] td`).first().textContent()).resolves.toBe(
			formatMoney(comparison.options[0]!.totalCost),
		);
		await expect(root.locator('[data-part="chart"] svg line.ec2-line').count()).resolves.toBe(
			comparison.options.length,
		);

		// Out of range: the engine's message beside the field.
		await hours.fill('800');
		await expect
			.poll(() => root.locator('[data-part="hours-error"]').textContent())
			.toBe('Hours per month must be between 0 and 730.');
		await expect(hours.getAttribute('aria-invalid')).resolves.toBe('true');
		// A number input cannot hold HTML; the On-Demand price field neither — typing it leaves the page intact.
		await root.locator('summary').click();
		await root.getByLabel('On-Demand, per hour').pressSequentially(XSS);
		await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
		await root.getByLabel('On-Demand, per hour').fill('0.2');
		await hours.fill('100');
		await expect.poll(() => new URL(page.url()).searchParams.get('buy')).toContain('"h":100');
		const url = new URL(page.url());
		const again = await openMounted(site, url.pathname + url.search);
		const root2 = again.page.locator('#purchasing-calculator');
		const expected = comparePurchasingOptions({
			...input,
			hoursPerMonth: 100,
			prices: { ...input.prices, onDemandHourly: 0.2 },
		});
		await expect
			.poll(() => root2.locator('[data-part="verdict"]').textContent())
			.toBe(`Cheapest at 100 h/month: ${expected.options.find((o) => o.id === expected.cheapest)!.label}`);
		await expect(root2.getByLabel('On-Demand, per hour').inputValue()).resolves.toBe('0.2');
		expect(again.problems).toEqual(noProblems);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('On-Demand billing: 45 s is billed as 60 s, errors beside the input, pasted HTML is text', async () => {
		const { page, problems, close } = await openMounted(site, '/ec2/purchasing-options/');
		const root = page.locator('#on-demand-billing');
		const runs = root.getByLabel('Running times');
		await runs.fill('45s, 61');
		const bill = billOnDemandUsage({ runSeconds: [45, 61], hourlyPrice: 0.096, platform: 'linux' });
		await expect
			.poll(() => root.locator('[data-part="summary"] strong').textContent())
			.toBe(
				`Billed ${bill.totalBilledSeconds} s for ${bill.totalRanSeconds} s of running: $${bill.totalCost.toFixed(4)}`,
			);
		await root.getByLabel('Operating system / AMI').selectOption('suse');
		await expect.poll(() => root.locator('[data-part="summary"]').textContent()).toContain('per started hour');
		await runs.fill(XSS);
		await expect.poll(() => root.locator('[data-part="runs-error"]').textContent()).toContain(XSS);
		await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
		const url = new URL(page.url());
		const again = await openMounted(site, url.pathname + url.search);
		await expect
			.poll(() => again.page.locator('#on-demand-billing').getByLabel('Running times').inputValue())
			.toBe(XSS);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('user data builder: options change the script, every boot wraps it, pasted HTML stays text, URL round trip', async () => {
		const { page, problems, close } = await openMounted(site, '/ec2/configuration/');
		const root = page.locator('#user-data-builder');
		const script = root.locator('[data-part="script"]');
		await expect.poll(() => script.textContent()).toBe(buildUserDataScript(userDataBuilderStart));
		await root.getByLabel('Run on every boot, not only the first').check();
		const extra = root.getByLabel('Extra commands (one per line, run last as root)');
		await extra.fill(`echo '${XSS}' > /tmp/x`);
		const options = { ...userDataBuilderStart, runOnEveryBoot: true, extraCommands: `echo '${XSS}' > /tmp/x` };
		const expected = buildUserDataScript(options);
		await expect.poll(() => script.textContent()).toBe(expected);
		await expect(root.locator('[data-part="facts"] li').first().textContent()).resolves.toBe(
			analyzeUserData(expected).facts[0],
		);
		await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
		// Unticking the web server disables the home-page option.
		await root.getByLabel('Install and start a web server (httpd)').uncheck();
		await expect(root.getByLabel('Write a home page (needs the web server)').isDisabled()).resolves.toBe(true);
		// Control characters are refused beside the field.
		await extra.fill('ok\u0007bell');
		await expect.poll(() => root.locator('[data-part="extra-error"]').textContent()).toContain('control characters');
		await expect(script.textContent()).resolves.toBe('Fix the extra commands to see the script.');
		await extra.fill('date');
		await expect.poll(() => new URL(page.url()).searchParams.get('udata')).toContain('"extraCommands":"date"');
		const url = new URL(page.url());
		const again = await openMounted(site, url.pathname + url.search);
		const root2 = again.page.locator('#user-data-builder');
		await expect
			.poll(() => root2.locator('[data-part="script"]').textContent())
			.toBe(buildUserDataScript({ ...options, installWebServer: false, extraCommands: 'date' }));
		expect(again.problems).toEqual(noProblems);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('crafted links fall back to the example and say why: 1e30 prices, wrong types, unknown options', async () => {
		const cases = [
			['/ec2/purchasing-options/', '#on-demand-billing', 'bill', { runs: '1h', price: 1e30, platform: 'linux' }],
			['/ec2/purchasing-options/', '#purchasing-calculator', 'buy', { t: 1, p: { od: 1e30 } }],
			['/ec2/purchasing-options/', '#purchasing-calculator', 'buy', { t: 1, n: 1.5 }],
			['/ec2/instance-types/', '#instance-type-decoder', 'itype', { name: { toString: 1 } }],
			['/ec2/instance-types/', '#family-explorer', 'families', { category: 'x', processor: '', capability: '' }],
			['/ec2/configuration/', '#user-data-builder', 'udata', '{"updatePackages":tru'],
		] as const;
		for (const [path, rootSelector, key, state] of cases) {
			const { page, problems, close } = await openMounted(site, crafted(path, key, state));
			const root = page.locator(rootSelector);
			await expect
				.poll(() => root.locator(':scope > [data-part="notice"]').textContent(), {
					message: `${key} ${JSON.stringify(state)}`,
				})
				.toMatch(/could not be used: .*Showing the page's example instead\./);
			await expect(root.textContent()).resolves.not.toMatch(/\de\+\d/);
			expect(problems).toEqual(noProblems);
			await close();
		}
		// The On-Demand example is billed as on a fresh page.
		const { page, close } = await openMounted(
			site,
			crafted('/ec2/purchasing-options/', 'bill', { runs: '1h', price: 1e30, platform: 'linux' }),
		);
		await expect(
			page.locator('#on-demand-billing').getByLabel('On-Demand price per hour (USD)').inputValue(),
		).resolves.toBe('0.096');
		await close();
	});

	test('a price past the bound is refused beside its field, by name, with no stale result', async () => {
		const { page, problems, close } = await openMounted(site, '/ec2/purchasing-options/');
		const billing = page.locator('#on-demand-billing');
		await billing.getByLabel('On-Demand price per hour (USD)').fill('1e30');
		await expect
			.poll(() => billing.locator('[data-part="price-error"]').textContent())
			.toBe('The hourly price must be a number of dollars from 0 to 10,000.');
		await expect(billing.locator('[data-part="output"] table').count()).resolves.toBe(0);
		await expect(billing.locator('[data-part="output"]').textContent()).resolves.toContain('Fix the highlighted input');
		// The link keeps the runs typed but not the refused price.
		await billing.getByLabel('Running times').fill('2h');
		await expect
			.poll(() => JSON.parse(new URL(page.url()).searchParams.get('bill') ?? '{}'))
			.toEqual({ runs: '2h', platform: 'linux' });
		// A large valid price prints with separators, never in exponent notation.
		await billing.getByLabel('On-Demand price per hour (USD)').fill('10000');
		await billing.getByLabel('Running times').fill('100h');
		await expect
			.poll(() => billing.locator('[data-part="summary"] strong').textContent())
			.toBe('Billed 360,000 s for 360,000 s of running: $1,000,000.0000');

		const calculator = page.locator('#purchasing-calculator');
		await calculator.locator('summary').click();
		const onDemand = calculator.getByLabel('On-Demand, per hour');
		await onDemand.fill('1e30');
		await expect
			.poll(() => calculator.locator('[data-part="price-od-error"]').textContent())
			.toBe('“On-Demand, per hour” must be from $0 to $10,000.');
		await expect(onDemand.getAttribute('aria-invalid')).resolves.toBe('true');
		await expect(calculator.locator('[data-part="output"] table').count()).resolves.toBe(0);
		await expect(calculator.locator('[data-part="verdict"]').textContent()).resolves.toBe(
			'Fix the highlighted input to compare options',
		);
		await calculator.getByLabel('Instances per Dedicated Host').fill('2.5');
		await expect
			.poll(() => calculator.locator('[data-part="price-perhost-error"]').textContent())
			.toBe('“Instances per Dedicated Host” must be a whole number from 1 to 1,000.');
		await calculator.getByLabel('Number of instances').fill('0');
		await onDemand.fill('0.1');
		await calculator.getByLabel('Instances per Dedicated Host').fill('48');
		await expect
			.poll(() => calculator.locator('[data-part="instances-error"]').textContent())
			.toBe('Number of instances must be between 1 and 100000.');
		await expect(calculator.locator('[data-part="output"] table').count()).resolves.toBe(0);
		expect(problems).toEqual(noProblems);
		await close();
	});
});
