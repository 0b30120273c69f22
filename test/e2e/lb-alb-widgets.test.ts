/**
 * The ALB-half load-balancing widgets in Chromium: listener-rule router, X-Forwarded-For builder, IP-target
 * check, stickiness simulator and certificate selection. Expected answers come from the engine (src/lib/elb).
 */
import { describe, expect, test } from 'vitest';
import { browserAvailable, openPage, useSite } from './harness';
import { albPresets } from '../../src/examples/load-balancing/alb-router';
import { sniCertificateLines } from '../../src/examples/load-balancing/sni-certificates';
import { stickyScript, stickyTargets } from '../../src/examples/load-balancing/sticky-sessions';
import {
	checkIpTarget,
	explainCertificateSelection,
	extractClientIp,
	formatListenerJson,
	parseCertificateLines,
	parseStickinessScript,
	routeRequest,
	simulateStickiness,
} from '../../src/lib/elb';

const noProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
const XSS = '<img src=x onerror=alert(1)>';
const state = (key: string, value: object) => `?${key}=${encodeURIComponent(JSON.stringify(value))}`;

describe.skipIf(!browserAvailable)('ALB, NLB, stickiness and TLS pages in Chromium', () => {
	const site = useSite();

	test('ALB router: presets and typing re-route; errors sit beside the right field; pasted HTML is text; URL round trip', async () => {
		const { page, problems, close } = await openPage(site, '/load-balancing/alb/');
		const root = page.locator('[data-widget="alb-router"]');
		const verdict = root.locator('[data-part="verdict"]');
		await expect(verdict.textContent()).resolves.toContain('Rule 30');

		await root.getByLabel('Example from the notes').selectOption('eu');
		await expect.poll(() => verdict.textContent()).toContain('Rule 60');
		await expect(root.getByLabel('Headers').inputValue()).resolves.toBe('X-Region: EU');

		// Typing a URL re-routes to what the engine says.
		await root.getByLabel('Request URL').fill('https://api.myapp.com/images/x.png');
		const eu = albPresets.find((p) => p.id === 'eu')!;
		const expected = routeRequest(eu.listener, {
			host: 'api.myapp.com',
			path: '/images/x.png',
			method: 'GET',
			headers: { 'X-Region': 'EU' },
		});
		await expect.poll(() => verdict.textContent()).toContain(`Rule ${expected.priority}`);
		const winner = root.locator('[data-part="rows"] > li[data-highlight="true"]');
		await expect(winner.locator('.alb-rules__head').textContent()).resolves.toContain(`Priority ${expected.priority}`);
		// Rows built in the browser still get the component's card styles (scoped CSS reaches them via :global).
		await expect(winner.evaluate((el) => getComputedStyle(el).borderTopStyle)).resolves.toBe('solid');

		// Bad JSON: the error (with line and column) is beside the rules editor.
		const rules = root.getByLabel('Listener rules (JSON)');
		await rules.fill('{\n  "rules": [,]\n}');
		const rulesError = root.locator('[data-part="rules-error"]');
		await expect.poll(() => rulesError.isVisible()).toBe(true);
		await expect(rulesError.textContent()).resolves.toContain('Line 2, column 13');
		await expect(rules.getAttribute('aria-invalid')).resolves.toBe('true');

		// A limit AWS enforces: priority 0.
		await rules.fill(
			formatListenerJson({
				rules: [{ priority: 0, conditions: [{ field: 'path-pattern', values: ['/a'] }], action: 'x' }],
				defaultAction: 'd',
			}),
		);
		await expect.poll(() => rulesError.textContent()).toContain('1 to 50000');

		// Pasted HTML in a header value and in the URL is shown as text, never run.
		await rules.fill(formatListenerJson(eu.listener));
		await root.getByLabel('Request URL').fill('https://www.myapp.com/shop');
		await root.getByLabel('Headers').fill(`X-Region: ${XSS}`);
		await expect.poll(() => root.locator('[data-part="rows"]').textContent()).toContain(XSS);
		await root.getByLabel('Source IP (the TCP peer the ALB sees)').fill(XSS);
		await expect.poll(() => root.locator('[data-part="ip-error"]').textContent()).toContain(XSS);
		await expect(root.locator('img').count()).resolves.toBe(0);

		// URL round trip: the same state opens the same answer.
		const saved = new URL(page.url()).search;
		const again = await openPage(site, `/load-balancing/alb/${saved}`);
		await expect.poll(() => again.page.getByLabel('Source IP (the TCP peer the ALB sees)').inputValue()).toBe(XSS);
		await expect.poll(() => again.page.locator('[data-part="ip-error"]').textContent()).toContain(XSS);
		await again.close();
		const admin = albPresets.find((p) => p.id === 'admin-host')!;
		const linked = await openPage(
			site,
			`/load-balancing/alb/${state('alb', { preset: 'admin-host', rules: formatListenerJson(admin.listener), url: admin.url, method: 'GET', headers: '', ip: '' })}`,
		);
		await expect.poll(() => linked.page.locator('[data-part="verdict"]').textContent()).toContain('Rule 10');
		expect(linked.problems).toEqual(noProblems);
		await linked.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('X-Forwarded-For builder and IP-target check', async () => {
		const { page, problems, close } = await openPage(site, '/load-balancing/alb-target-groups/');
		const xff = page.locator('[data-widget="xff-builder"]');
		const clientIp = xff.locator('[data-part="client-ip"]');
		await expect(clientIp.textContent()).resolves.toContain('Client IP: 198.51.100.7');
		await xff.getByLabel('Client IP').fill('192.0.2.44');
		await expect
			.poll(() => clientIp.textContent())
			.toContain(`Client IP: ${extractClientIp('10.9.9.9, 192.0.2.44, 203.0.113.10', 1).clientIp}`);
		await xff.getByLabel('Proxies you trust in front of the ALB').fill('0');
		await expect.poll(() => clientIp.textContent()).toContain('Client IP: 203.0.113.10');
		await xff.getByLabel('Proxies you trust in front of the ALB').fill('5');
		await expect.poll(() => xff.locator('[data-part="trusted-error"]').isVisible()).toBe(true);
		await xff.getByLabel('X-Forwarded-For processing mode').selectOption('remove');
		await expect.poll(() => clientIp.textContent()).toContain('No X-Forwarded-For reaches the target');
		await xff.getByLabel('Client IP').fill(XSS);
		await expect.poll(() => xff.locator('[data-part="client-error"]').textContent()).toContain(XSS);
		const saved = new URL(page.url()).search;
		expect(saved).toContain('xff=');

		const ip = page.locator('[data-widget="ip-target"]');
		await ip.getByLabel('Target IP address').fill('54.239.28.85');
		await expect.poll(() => ip.locator('[data-part="output"]').textContent()).toContain('Rejected');
		await expect(ip.locator('[data-part="output"]').textContent()).resolves.toContain(
			checkIpTarget('54.239.28.85', ['10.0.0.0/16']).reason,
		);
		await ip.getByLabel('Target IP address').fill('100.64.1.1');
		await expect.poll(() => ip.locator('[data-part="output"]').textContent()).toContain('Allowed');
		await ip.getByLabel('VPC CIDR blocks of the target group').fill('10.0.0.0');
		await expect.poll(() => ip.locator('[data-part="vpc-error"]').isVisible()).toBe(true);
		expect(problems).toEqual(noProblems);
		await close();

		const linked = await openPage(
			site,
			`/load-balancing/alb-target-groups/${state('iptarget', { ip: '8.8.8.8', vpc: '10.0.0.0/16' })}`,
		);
		await expect
			.poll(() => linked.page.locator('[data-widget="ip-target"] [data-part="output"]').textContent())
			.toContain('Rejected');
		await linked.close();
		const back = await openPage(site, `/load-balancing/alb-target-groups/${saved}`);
		await expect
			.poll(() => back.page.locator('[data-widget="xff-builder"] [data-part="client-error"]').textContent())
			.toContain(XSS);
		await back.close();
	});

	test('stickiness simulator: modes, errors beside the input, URL round trip', async () => {
		const { page, problems, close } = await openPage(site, '/load-balancing/sticky-sessions/');
		const root = page.locator('[data-widget="sticky"]');
		await root.getByLabel('Stickiness').selectOption('nlb-source-ip');
		const nlb = simulateStickiness(
			{ mode: 'nlb-source-ip', targets: stickyTargets },
			parseStickinessScript(stickyScript),
		);
		await expect.poll(() => root.locator('[data-part="summary"]').textContent()).toContain(nlb.notes[0]!);
		await root.getByLabel('Duration (seconds)').fill('0');
		await root.getByLabel('Stickiness').selectOption('alb-duration');
		await expect.poll(() => root.locator('[data-part="duration-error"]').textContent()).toContain('1 to 604800');
		await root.getByLabel('Duration (seconds)').fill('60');
		await root.getByLabel('Requests and events').fill(`0 ${XSS} 198.51.100.1`);
		await expect.poll(() => root.locator('[data-part="script-error"]').textContent()).toContain('Line 1');
		await root
			.getByLabel('Requests and events')
			.fill(`0 alice 198.51.100.1\n1 alice 198.51.100.1\n2 ${XSS.replace(/ /g, '_')} 198.51.100.1`);
		await expect.poll(() => root.locator('[data-part="rows"]').textContent()).toContain(XSS.replace(/ /g, '_'));
		await expect(root.locator('[data-part="rows"] img').count()).resolves.toBe(0);
		const saved = new URL(page.url()).search;
		expect(problems).toEqual(noProblems);
		await close();
		const again = await openPage(site, `/load-balancing/sticky-sessions/${saved}`);
		await expect.poll(() => again.page.locator('[data-widget="sticky"] [data-part="rows"] tr').count()).toBe(3);
		await again.close();
	});

	test('certificate selection: hostname, CLB toggle, errors, URL round trip', async () => {
		const { page, problems, close } = await openPage(site, '/load-balancing/sni/');
		const root = page.locator('[data-widget="sni"]');
		const verdict = root.locator('[data-part="verdict"]');
		await root.getByLabel('Hostname the client sends (SNI)').fill('admin.myapp.com');
		const certs = parseCertificateLines(sniCertificateLines);
		await expect
			.poll(() => verdict.textContent())
			.toContain(`Presents: ${explainCertificateSelection(certs, 'admin.myapp.com').certificateId}`);
		await root.getByLabel('Classic Load Balancer (no SNI)').check();
		await expect.poll(() => verdict.textContent()).toContain('Classic Load Balancer has no SNI');
		await root.getByLabel('Classic Load Balancer (no SNI)').uncheck();
		await root.getByLabel('Hostname the client sends (SNI)').fill('');
		await expect.poll(() => verdict.textContent()).toContain('no SNI hostname');
		await root.getByLabel('Hostname the client sends (SNI)').fill(XSS);
		await expect.poll(() => root.locator('[data-part="host-error"]').textContent()).toContain(XSS);
		await root.getByLabel('Listener certificates').fill('a: a.example.com');
		await expect.poll(() => root.locator('[data-part="certs-error"]').textContent()).toContain('default');
		const saved = new URL(page.url()).search;
		expect(problems).toEqual(noProblems);
		await close();
		const again = await openPage(site, `/load-balancing/sni/${saved}`);
		await expect.poll(() => again.page.locator('[data-part="certs-error"]').isVisible()).toBe(true);
		await again.close();
		const tls = await openPage(site, '/load-balancing/ssl-tls-and-acm/');
		await expect(tls.page.locator('#tls-listener [data-part="verdict"]').textContent()).resolves.toContain(
			'Presents: blog-and-docs',
		);
		expect(tls.problems).toEqual(noProblems);
		await tls.close();
	});

	test('issue 18: no URL write on load, bounded inputs, no stale result, messages name the field as the reader sees it', async () => {
		const { page, problems, close } = await openPage(site, '/load-balancing/alb-target-groups/');
		await expect.poll(() => page.locator('[data-widget="xff-builder"]').getAttribute('data-mounted')).toBe('');
		expect(new URL(page.url()).search).toBe('');
		const xff = page.locator('[data-widget="xff-builder"]');
		const trusted = xff.getByLabel('Proxies you trust in front of the ALB');
		await trusted.fill('1e308');
		await expect
			.poll(() => xff.locator('[data-part="trusted-error"]').textContent())
			.toBe('Enter a whole number of trusted proxies from 0 to 10.');
		await expect.poll(() => xff.locator('[data-part="rows"] li').count()).toBe(0);
		await expect.poll(() => xff.locator('[data-part="client-ip"]').textContent()).toContain('Input error');
		await trusted.fill('5');
		await expect.poll(() => xff.locator('[data-part="trusted-error"]').textContent()).not.toContain('trustedProxies');
		const ip = page.locator('[data-widget="ip-target"]');
		await ip.getByLabel('VPC CIDR blocks of the target group').fill('10.0.0.0/16, nope');
		await expect
			.poll(() => ip.locator('[data-part="vpc-error"]').textContent())
			.toContain('"nope" is not a CIDR block');
		await expect(ip.locator('[data-part="vpc-error"]').textContent()).resolves.not.toContain('vpcCidrs');
		await expect.poll(() => ip.locator('[data-part="output"]').textContent()).toContain('Input error');
		expect(problems).toEqual(noProblems);
		await close();

		const alb = await openPage(site, '/load-balancing/alb/');
		const root = alb.page.locator('[data-widget="alb-router"]');
		await expect.poll(() => root.getAttribute('data-mounted')).toBe('');
		expect(new URL(alb.page.url()).search).toBe('');
		const host = 'a'.repeat(100_000);
		await root.getByLabel('Request URL').fill(`https://${host}.example.com/`);
		// The field keeps at most 2,048 characters; the host is then longer than DNS allows and is refused.
		await expect(root.getByLabel('Request URL').inputValue()).resolves.toHaveLength(2048);
		await expect.poll(() => root.locator('[data-part="url-error"]').textContent()).toContain('at most 253');
		await expect.poll(() => root.locator('[data-part="rows"] li').count()).toBe(0);
		expect((await root.textContent())!.length).toBeLessThan(20_000);
		await root
			.getByLabel('Listener rules (JSON)')
			.fill('{"rules":[{"priority":0,"conditions":[],"action":"x"}],"defaultAction":"d"}');
		await root.getByLabel('Request URL').fill('https://myapp.com/');
		await expect.poll(() => root.locator('[data-part="rules-error"]').textContent()).toMatch(/^Rule 1/);
		expect(alb.problems).toEqual(noProblems);
		await alb.close();
	});
});
