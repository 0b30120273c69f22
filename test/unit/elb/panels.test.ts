/**
 * "Try it in your account" on the health-check, stickiness and SNI widgets, for every page example: the
 * panel's commands parse back into the same service, operation and arguments, the CloudFormation template
 * reads back and says the same settings as the commands, and both are pinned by snapshots.
 */
import { describe, expect, test } from 'vitest';
import { formatCliCommand, parseCliCommand } from '../../../src/lib/cli';
import {
	HEALTH_CHECK_PRESETS,
	healthCheckTemplate,
	httpsListenerTemplate,
	parseCertificateLines,
	RECOMMENDED_SSL_POLICY,
	stickinessAttributes,
	stickinessTemplate,
	type HealthCheckConfig,
} from '../../../src/lib/elb';
import { evaluateHealthForm, healthForm } from '../../../src/components/elb/HealthCheckSimulator.views';
import { healthCliState } from '../../../src/components/elb/health-cli-views';
import { evaluateSticky } from '../../../src/components/elb/Sticky.views';
import { stickyCliState } from '../../../src/components/elb/sticky-cli-views';
import { evaluateSni } from '../../../src/components/elb/Sni.views';
import { sniCliState } from '../../../src/components/elb/sni-cli-views';
import { healthExample } from '../../../src/examples/load-balancing/health';
import { stickyPresets, stickyScript, stickyTargets } from '../../../src/examples/load-balancing/sticky-sessions';
import {
	defaultSniExample,
	defaultTlsExample,
	sniCertificateLines,
	tlsCertificateLines,
} from '../../../src/examples/load-balancing/sni-certificates';
import { content, expectHighlightedLikeView, expectNoCommands, expectPanel, marks } from '../kit/panel-checks';
import { commandsCodeView, type TryInAccountState } from '../../../src/components/kit/TryInAccount.views';

/**
 * A page example: its name, and how to get its panel state. The tables hold inputs only and each test
 * computes the state in its own body: an engine call while the tables are built would run outside every
 * test, and make each engine mutant re-run every related test (`npm run mutation`).
 */
type Example = readonly [string, () => TryInAccountState];

const health = (config: HealthCheckConfig) =>
	healthCliState(evaluateHealthForm(healthForm(config, healthExample.probes, healthExample.start)));
const sticky = (preset: (typeof stickyPresets)[number]) =>
	stickyCliState(
		evaluateSticky(
			{
				mode: preset.mode,
				duration: String(preset.durationSeconds ?? ''),
				cookie: preset.appCookieName ?? '',
				script: stickyScript,
			},
			stickyTargets,
		),
	);
const sni = (certs: string, host: string, clb = false) =>
	sniCliState(evaluateSni({ certs, host, clb, ecdsa: true }), clb);

const healthStates: Example[] = [
	['health check, the page example', () => health(healthExample.config)],
	...Object.entries(HEALTH_CHECK_PRESETS).map(([lb, config]): Example => [
		`health check, ${lb} defaults`,
		() => health(config),
	]),
	[
		'health check, gRPC',
		() => health({ ...HEALTH_CHECK_PRESETS.alb, grpc: true, matcher: '12', path: '/AWS.ALB/healthcheck' }),
	],
];
const stickyStates = stickyPresets.map((p): Example => [`stickiness, ${p.label}`, () => sticky(p)]);
const sniStates: Example[] = [
	['SNI page', () => sni(sniCertificateLines, defaultSniExample.hostname)],
	['SSL/TLS page', () => sni(tlsCertificateLines, defaultTlsExample.hostname)],
	['SNI page, Classic Load Balancer ticked', () => sni(sniCertificateLines, defaultSniExample.hostname, true)],
];
const states = [...healthStates, ...stickyStates, ...sniStates];

describe('every page example: commands parse back, the template reads back', () => {
	test.each(states)('%s', (_, state) => {
		expectPanel(state());
	});
});

describe('snapshots of the commands and the template', () => {
	test.each(states)('%s', (_, state) => {
		const { text, panel } = expectPanel(state());
		expect(text).toMatchSnapshot('commands');
		expect(panel.template?.yaml ?? null).toMatchSnapshot('template');
	});
});

describe('Shiki (build time) shows the same text and marks as the browser views', () => {
	test.each(states)('%s', async (_, state) => {
		await expectHighlightedLikeView(state());
	});
});

/** A parsed option's values by name. */
const option = (command: string, name: string) =>
	parseCliCommand(command).parameters.find((p) => p.name === name)?.values;

describe('health checks: the template says what the command says', () => {
	test.each(healthStates.filter(([name]) => !name.includes('clb')))('%s', (_, state) => {
		const { text, template } = expectPanel(state());
		const properties = (template!['Resources'] as never)['TargetGroup']['Properties'] as Record<string, unknown>;
		expect(String(properties['HealthCheckIntervalSeconds'])).toBe(option(text, '--health-check-interval-seconds')![0]);
		expect(String(properties['HealthCheckTimeoutSeconds'])).toBe(option(text, '--health-check-timeout-seconds')![0]);
		expect(String(properties['HealthyThresholdCount'])).toBe(option(text, '--healthy-threshold-count')![0]);
		expect(String(properties['UnhealthyThresholdCount'])).toBe(option(text, '--unhealthy-threshold-count')![0]);
		expect(properties['HealthCheckPort']).toBe(option(text, '--health-check-port')![0]);
		expect(properties['HealthCheckProtocol']).toBe(option(text, '--health-check-protocol')![0]);
		expect(properties['HealthCheckPath']).toBe(option(text, '--health-check-path')?.[0]);
		const matcher = option(text, '--matcher')?.[0];
		expect(properties['Matcher']).toEqual(
			matcher === undefined ? undefined : Object.fromEntries([matcher.split('=') as [string, string]]),
		);
		expect(properties['VpcId']).toEqual({ Ref: 'VpcId' });
	});

	test('the page example: /health, 30 s, 5 / 2, HttpCode 200, on the traffic port', () => {
		const template = healthCheckTemplate(healthExample.config)!;
		expect(template.Resources['TargetGroup']!.Properties).toMatchObject({
			HealthCheckPath: '/health',
			HealthCheckPort: 'traffic-port',
			HealthCheckIntervalSeconds: 30,
			HealthyThresholdCount: 5,
			UnhealthyThresholdCount: 2,
			Matcher: { HttpCode: '200' },
		});
	});

	test('gRPC: ProtocolVersion GRPC and a GrpcCode matcher; TCP checks have no path or matcher', () => {
		const grpc = healthCheckTemplate({ ...HEALTH_CHECK_PRESETS.alb, grpc: true, matcher: '12' })!;
		expect(grpc.Resources['TargetGroup']!.Properties).toMatchObject({
			ProtocolVersion: 'GRPC',
			Matcher: { GrpcCode: '12' },
		});
		const tcp = healthCheckTemplate({ ...HEALTH_CHECK_PRESETS.nlb, protocol: 'TCP' })!;
		expect(tcp.Resources['TargetGroup']!.Properties).not.toHaveProperty('Matcher');
		expect(tcp.Resources['TargetGroup']!.Properties).not.toHaveProperty('HealthCheckPath');
		expect(tcp.Resources['TargetGroup']!.Properties).toMatchObject({ Protocol: 'TCP', HealthCheckProtocol: 'TCP' });
	});

	test('a Classic Load Balancer gets configure-health-check and no template', () => {
		const panel = content(health(HEALTH_CHECK_PRESETS.clb));
		expect(panel.commands.map((c) => c.operation)).toEqual(['configure-health-check']);
		expect(panel.template).toBeUndefined();
		expect(healthCheckTemplate(HEALTH_CHECK_PRESETS.clb)).toBeNull();
		expect(marks(commandsCodeView(panel))).toContain('my-classic-lb');
	});
});

describe('stickiness: the template’s attributes are the command’s', () => {
	test.each(stickyStates.filter(([name]) => !name.includes('CLB')))('%s', (_, state) => {
		const { text, template } = expectPanel(state());
		const properties = (template!['Resources'] as never)['TargetGroup']['Properties'] as Record<string, unknown>;
		const fromCommand = option(text, '--attributes')!.map((pair) => {
			const [, key, value] = /^Key=([^,]+),Value=(.*)$/.exec(pair)!;
			return { Key: key, Value: value };
		});
		expect(properties['TargetGroupAttributes']).toEqual(fromCommand);
	});

	test('attribute values are strings in the template (quoted where YAML would read a number or boolean)', () => {
		const { template, panel } = expectPanel(sticky(stickyPresets.find((p) => p.mode === 'alb-duration')!));
		expect(panel.template!.yaml).toContain("Value: 'true'");
		expect(panel.template!.yaml).toContain("Value: '60'");
		const attributes = (template!['Resources'] as never)['TargetGroup']['Properties']['TargetGroupAttributes'];
		expect(attributes).toContainEqual({ Key: 'stickiness.lb_cookie.duration_seconds', Value: '60' });
	});

	test('NLB source-IP affinity is a TCP target group with stickiness.type source_ip', () => {
		const template = stickinessTemplate({ mode: 'nlb-source-ip', targets: ['a'] })!;
		expect(template.Resources['TargetGroup']!.Properties).toMatchObject({ Protocol: 'TCP' });
		expect(stickinessAttributes({ mode: 'nlb-source-ip', targets: ['a'] })).toContainEqual({
			Key: 'stickiness.type',
			Value: 'source_ip',
		});
	});

	test('the application cookie named in the widget is the one in the attributes and the note', () => {
		const preset = { ...stickyPresets.find((p) => p.mode === 'alb-app')!, appCookieName: 'JSESSIONID' };
		const panel = content(sticky(preset));
		expect(formatCliCommand(panel.commands[0]!)).toContain('Key=stickiness.app_cookie.cookie_name,Value=JSESSIONID');
		expect(panel.notes?.join(' ')).toContain('JSESSIONID cookie');
	});

	test('a Classic Load Balancer: the cookie policy, then the listener that uses it; no template', () => {
		const panel = content(sticky(stickyPresets.find((p) => p.mode === 'clb-duration')!));
		expect(panel.commands.map((c) => c.operation)).toEqual([
			'create-lb-cookie-stickiness-policy',
			'set-load-balancer-policies-of-listener',
		]);
		const [policy, listener] = panel.commands.map((c) => formatCliCommand(c));
		expect(option(listener!, '--policy-names')).toEqual(option(policy!, '--policy-name'));
		expect(option(policy!, '--cookie-expiration-period')).toEqual(['60']);
		expect(panel.template).toBeUndefined();
		expect(stickinessTemplate({ mode: 'clb-duration', targets: ['a'], durationSeconds: 60 })).toBeNull();
	});
});

describe('HTTPS listener with SNI', () => {
	test('the template: an explicit security policy, the default certificate on the listener, one ListenerCertificate per other certificate', () => {
		const certificates = parseCertificateLines(sniCertificateLines);
		const { template, text } = expectPanel(sni(sniCertificateLines, defaultSniExample.hostname));
		const resources = template!['Resources'] as Record<string, { Type: string; Properties: Record<string, unknown> }>;
		const listener = resources['HttpsListener']!;
		expect(listener.Properties).toMatchObject({ SslPolicy: RECOMMENDED_SSL_POLICY, Protocol: 'HTTPS', Port: 443 });
		expect(listener.Properties['Certificates']).toEqual([
			{ CertificateArn: expect.stringMatching(/certificate\/myapp-default$/) },
		]);
		const extra = Object.values(resources).filter((r) => r.Type === 'AWS::ElasticLoadBalancingV2::ListenerCertificate');
		expect(extra).toHaveLength(certificates.length - 1);
		for (const r of extra) {
			expect(r.Properties['Certificates']).toHaveLength(1);
			expect(r.Properties['ListenerArn']).toEqual({ Ref: 'HttpsListener' });
		}
		// The same certificates as add-listener-certificates.
		const added = text.split('\n\n')[1]!;
		expect(option(added, '--certificates')).toEqual(
			extra.map(
				(r) => `CertificateArn=${(r.Properties['Certificates'] as { CertificateArn: string }[])[0]!.CertificateArn}`,
			),
		);
		expect(httpsListenerTemplate([])).toBeNull();
	});

	test('the notes say why --ssl-policy is explicit, and that a Classic Load Balancer has no SNI', () => {
		const alb = content(sni(sniCertificateLines, defaultSniExample.hostname));
		expect(alb.notes?.join(' ')).toContain('ELBSecurityPolicy-2016-08');
		expect(alb.notes?.join(' ')).not.toContain('Classic');
		const clb = content(sni(sniCertificateLines, defaultSniExample.hostname, true));
		expect(clb.notes?.join(' ')).toContain('Classic Load Balancer has no SNI');
	});
});

describe('invalid input: no commands and no template to copy', () => {
	test.each([
		['a health check timeout longer than the interval', () => health({ ...healthExample.config, timeoutSeconds: 60 })],
		[
			'a health-check answer the simulator cannot read',
			() => healthCliState(evaluateHealthForm(healthForm(healthExample.config, '200, maybe', 'initial'))),
		],
		[
			'a stickiness duration over 7 days',
			() => sticky({ ...stickyPresets.find((p) => p.mode === 'alb-duration')!, durationSeconds: 604801 }),
		],
		[
			'a reserved application cookie name',
			() => sticky({ ...stickyPresets.find((p) => p.mode === 'alb-app')!, appCookieName: 'AWSALB' }),
		],
		['a certificate line without a name', () => sni('[default]', 'api.myapp.com')],
	] satisfies Example[])('%s', (_, state) => {
		expectNoCommands(state());
	});
});
