/**
 * The load-balancing basics widgets in Chromium (health checks, round robin, cross-zone, chooser, the
 * LB security-group chain and the Auto Scaling simulators). Expected answers come from the engines.
 */
import { describe, expect, test } from 'vitest';
import { browserAvailable, openPage, useSite } from './harness';
import {
	HEALTH_CHECK_PRESETS,
	chooseLoadBalancer,
	computeTrafficShares,
	formatShare,
	parseProbeSequence,
	simulateHealthChecks,
	DEFAULT_NEEDS,
} from '../../src/lib/elb/index';
import { compareScalingApproaches, simulateAutoScaling } from '../../src/lib/scaling/index';
import { evaluateAllConnections } from '../../src/lib/network';
import { healthExample } from '../../src/examples/load-balancing/health';
import {
	scalingConfig,
	scalingLoad,
	verticalHorizontalExample,
	zoneFailure,
} from '../../src/examples/load-balancing/index';
import { lbSgExample } from '../../src/examples/load-balancing/lb-sg';

const noProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
const XSS = '<img src=x onerror=alert(1)>';

describe.skipIf(!browserAvailable)('Load balancing basics in Chromium', () => {
	const site = useSite();

	test('health-check simulator: steps, flips after the threshold, shows errors as text, round-trips the URL', async () => {
		const { page, problems, close } = await openPage(site, '/load-balancing/health-checks/');
		const root = page.locator('#health-check');
		const summary = root.locator('[data-part="summary"]');
		const expected = simulateHealthChecks(
			healthExample.config,
			parseProbeSequence(healthExample.probes),
			healthExample.start,
		);
		await expect.poll(() => root.locator('[data-part="rows"] tr').count()).toBe(expected.steps.length);
		await root.getByRole('button', { name: 'Reset' }).click();
		await expect.poll(() => root.locator('[data-part="rows"] tr').count()).toBe(0);
		for (let i = 0; i < 6; i += 1) await root.getByRole('button', { name: 'Next check' }).click();
		await expect
			.poll(() => summary.textContent())
			.toContain(`After 6 of ${expected.steps.length} checks the target is ${expected.steps[5]!.after}`);
		await expect(summary.textContent()).resolves.toContain('just changed state');
		// Raise the unhealthy threshold: 503 + timeout is no longer enough.
		await root.getByLabel('Unhealthy threshold').fill('3');
		const raised = simulateHealthChecks(
			{ ...healthExample.config, unhealthyThreshold: 3 },
			parseProbeSequence(healthExample.probes),
			'initial',
		);
		await expect.poll(() => summary.textContent()).toContain(`the target is ${raised.final}`);
		await expect
			.poll(() => root.locator('[data-part="rows"] tr td:last-child').allTextContents())
			.not.toContain('healthy → unhealthy');
		// Invalid input: matcher out of range, and HTML pasted into the sequence.
		const matcher = root.getByLabel('Success codes');
		await matcher.fill('500');
		await expect.poll(() => root.locator('[data-part="matcher-error"]').textContent()).toContain('between 200 and 499');
		await expect(matcher.getAttribute('aria-invalid')).resolves.toBe('true');
		await matcher.fill('200-399');
		await expect.poll(() => matcher.getAttribute('aria-invalid')).toBe(null);
		const probes = root.getByLabel('What the target answers, check by check');
		await probes.fill(XSS);
		await expect.poll(() => root.locator('[data-part="probes-error"]').textContent()).toContain('<img');
		await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
		// gRPC: the matcher switches to gRPC code 12 and gRPC codes are judged against it.
		await root.getByLabel(/gRPC target group/).check();
		await expect.poll(() => matcher.inputValue()).toBe('12');
		await probes.fill('12, 2, 2');
		await expect
			.poll(() => root.locator('[data-part="rows"] tr:nth-child(2) td:nth-child(4)').textContent())
			.toContain('gRPC code 2 is not in 12');
		await root.getByLabel(/gRPC target group/).uncheck();
		await expect.poll(() => matcher.inputValue()).toBe('200');
		await probes.fill('200, 302, 302');
		// Preset switch fills in the NLB defaults.
		await root.getByLabel('Load balancer defaults').selectOption('nlb');
		await expect.poll(() => matcher.inputValue()).toBe(HEALTH_CHECK_PRESETS.nlb.matcher);
		await expect
			.poll(() => root.getByLabel('Timeout (s)').inputValue())
			.toBe(String(HEALTH_CHECK_PRESETS.nlb.timeoutSeconds));
		// URL round trip.
		await expect.poll(() => new URL(page.url()).searchParams.get('hc')).toContain('200-399');
		const url = new URL(page.url());
		const again = await openPage(site, url.pathname + url.search);
		const root2 = again.page.locator('#health-check');
		await expect.poll(() => root2.getByLabel('Success codes').inputValue()).toBe('200-399');
		await expect
			.poll(() => root2.getByLabel('What the target answers, check by check').inputValue())
			.toBe('200, 302, 302');
		await expect.poll(() => root2.locator('[data-part="rows"] tr').count()).toBe(3);
		expect(again.problems).toEqual(noProblems);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('round robin and cross-zone widgets follow the engine', async () => {
		const { page, problems, close } = await openPage(site, '/load-balancing/load-balancing-basics/');
		const rr = page.locator('#round-robin');
		await rr.getByLabel('web-2').uncheck();
		await rr.getByRole('button', { name: 'Reset counts' }).click();
		await expect.poll(() => rr.locator('[data-part="rows"] tr:nth-child(2) td:last-child').textContent()).toBe('0');
		await expect.poll(() => rr.locator('[data-part="rows"] tr:nth-child(1) td:last-child').textContent()).toBe('5');
		await expect.poll(() => new URL(page.url()).searchParams.get('rr')).toContain('web-2');
		const xz = page.locator('#cross-zone');
		await xz.getByLabel('Targets in zone A').fill('1');
		await xz.getByLabel('Targets in zone B').fill('3');
		const zones = [
			{ zone: 'a', targets: ['a1'] },
			{ zone: 'b', targets: ['b1', 'b2', 'b3'] },
		];
		const off = computeTrafficShares(zones, false).shares;
		await expect
			.poll(() => xz.locator('[data-part="rows"] tr:nth-child(1) td:nth-child(4)').textContent())
			.toBe(formatShare(off[0]!.share));
		await expect
			.poll(() => xz.locator('[data-part="rows"] tr:nth-child(2) td:nth-child(3)').textContent())
			.toBe(formatShare(0.25));
		await xz.getByLabel('Targets in zone A').fill('-2');
		await expect.poll(() => xz.locator('[data-part="a-error"]').textContent()).toContain('whole number');
		await xz.getByLabel('Targets in zone A').fill('1');
		await xz.getByLabel('Load balancer type').selectOption('nlb');
		await expect.poll(() => xz.locator('[data-part="default"]').textContent()).toContain('Off by default');
		const url = new URL(page.url());
		const again = await openPage(site, url.pathname + url.search);
		await expect.poll(() => again.page.locator('#cross-zone').getByLabel('Targets in zone B').inputValue()).toBe('3');
		await expect.poll(() => again.page.locator('#round-robin').getByLabel('web-2').isChecked()).toBe(false);
		expect(again.problems).toEqual(noProblems);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('chooser answers like the engine and keeps its state in the URL', async () => {
		const { page, problems, close } = await openPage(site, '/load-balancing/load-balancer-types/');
		const root = page.locator('#lb-chooser');
		await root.getByLabel('What do clients speak?').selectOption('udp');
		await expect
			.poll(() => root.locator('[data-part="choice"]').textContent())
			.toBe(chooseLoadBalancer({ ...DEFAULT_NEEDS, protocol: 'udp', contentRouting: true }).name);
		await root.getByLabel('Send traffic through firewalls / IDS appliances').check();
		await expect.poll(() => root.locator('[data-part="choice"]').textContent()).toBe('Gateway Load Balancer (GWLB)');
		const url = new URL(page.url());
		const again = await openPage(site, url.pathname + url.search);
		await expect
			.poll(() => again.page.locator('#lb-chooser [data-part="choice"]').textContent())
			.toBe('Gateway Load Balancer (GWLB)');
		expect(again.problems).toEqual(noProblems);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('security-group chain: each connection is allowed or blocked as the network engine says', async () => {
		const { page, problems, close } = await openPage(site, '/load-balancing/load-balancer-security-groups/');
		const root = page.locator('#sg-lbsg');
		const decision = root.locator('[data-part="output"] [data-part="decision"]');
		for (const { preset, result } of evaluateAllConnections(lbSgExample)) {
			await root.getByRole('button', { name: preset.label, exact: true }).click();
			await expect.poll(() => decision.textContent()).toBe(result.allowed ? 'Allowed' : 'Blocked');
		}
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('scaling simulator: fail AZ-a, bad input, URL round trip', async () => {
		const { page, problems, close } = await openPage(site, '/load-balancing/');
		const root = page.locator('#asg-sim');
		const summary = root.locator('[data-part="summary"]');
		await root.getByLabel(/Fail eu-west-1a/).check();
		const failed = simulateAutoScaling(scalingConfig, scalingLoad, zoneFailure);
		await expect
			.poll(() => summary.textContent())
			.toContain(`about ${failed.totalDropped.toLocaleString('en')} requests could not be served`);
		await expect.poll(() => root.locator('[data-part="rows"]').textContent()).toContain('eu-west-1a failed');
		const max = root.getByLabel('Maximum');
		await max.fill('1');
		await expect.poll(() => root.locator('[data-part="minSize-error"]').textContent()).toContain('cannot be greater');
		await max.fill('12');
		const bigger = simulateAutoScaling({ ...scalingConfig, maxSize: 12 }, scalingLoad, zoneFailure);
		await expect.poll(() => summary.textContent()).toContain(`Peak ${bigger.peakInstances} instances`);
		await expect.poll(() => new URL(page.url()).searchParams.get('asg')).toContain('12');
		const url = new URL(page.url());
		const again = await openPage(site, url.pathname + url.search);
		await expect.poll(() => again.page.locator('#asg-sim').getByLabel('Maximum').inputValue()).toBe('12');
		await expect
			.poll(() =>
				again.page
					.locator('#asg-sim')
					.getByLabel(/Fail eu-west-1a/)
					.isChecked(),
			)
			.toBe(true);
		expect(again.problems).toEqual(noProblems);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('vertical vs horizontal: load changes the answer, bad input shows an error, state round-trips', async () => {
		const { page, problems, close } = await openPage(site, '/load-balancing/');
		const root = page.locator('#scale-compare');
		const load = root.getByLabel('Load (requests/s)');
		await load.fill('1000');
		const big = compareScalingApproaches(
			1000,
			verticalHorizontalExample.perVcpu,
			't2.micro',
			verticalHorizontalExample.zones,
		);
		await expect.poll(() => root.locator('[data-part="vertical"]').textContent()).toContain('hit its limit');
		await expect
			.poll(() => root.locator('[data-part="horizontal"]').textContent())
			.toContain(`${big.horizontal.instances} × t2.micro`);
		await load.fill('-5');
		await expect.poll(() => root.locator('[data-part="load-error"]').textContent()).toContain('from 0 to');
		await load.fill('1000');
		await expect.poll(() => new URL(page.url()).searchParams.get('scale')).toContain('"1000"');
		const url = new URL(page.url());
		const again = await openPage(site, url.pathname + url.search);
		await expect
			.poll(() => again.page.locator('#scale-compare').getByLabel('Load (requests/s)').inputValue())
			.toBe('1000');
		expect(again.problems).toEqual(noProblems);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('issue 18: no URL write on load; cross-zone and scale-compare show no stale result beside an error', async () => {
		const { page, problems, close } = await openPage(site, '/load-balancing/');
		const compare = page.locator('#scale-compare');
		await expect.poll(() => compare.getAttribute('data-mounted')).toBe('');
		expect(new URL(page.url()).search).toBe('');
		await compare.getByLabel('Load (requests/s)').fill('-5');
		await expect.poll(() => compare.locator('[data-part="load-error"]').isVisible()).toBe(true);
		await expect.poll(() => compare.locator('[data-part="horizontal"]').count()).toBe(0);
		await close();
		expect(problems).toEqual(noProblems);

		const basics = await openPage(site, '/load-balancing/load-balancing-basics/');
		const xz = basics.page.locator('#cross-zone');
		await expect.poll(() => xz.getAttribute('data-mounted')).toBe('');
		expect(new URL(basics.page.url()).search).toBe('');
		await xz.getByLabel('Targets in zone A').fill('0');
		await xz.getByLabel('Targets in zone B').fill('0');
		await expect.poll(() => xz.locator('[data-part="a-error"]').textContent()).toContain('at least one target');
		await expect.poll(() => xz.locator('[data-part="rows"]').count()).toBe(0);
		expect(basics.problems).toEqual(noProblems);
		await basics.close();
	});
});
