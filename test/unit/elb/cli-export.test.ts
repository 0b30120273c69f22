/** Load-balancing "try it in your account" commands for the page examples: they parse back and carry the widget's settings. */
import { describe, expect, test } from 'vitest';
import { formatCliCommand, parseCliCommand, type CliCommand } from '../../../src/lib/cli';
import {
	createRuleCommand,
	HEALTH_CHECK_PRESETS,
	healthCheckCommand,
	httpsListenerCommands,
	parseCertificateLines,
	RECOMMENDED_SSL_POLICY,
	ruleAction,
	stickinessCommand,
	type StickinessMode,
} from '../../../src/lib/elb';
import { microservicesListener, myappListener } from '../../../src/examples/load-balancing/alb-router';
import { sniCertificateLines } from '../../../src/examples/load-balancing/sni-certificates';

function roundTrip(command: CliCommand) {
	const parsed = parseCliCommand(formatCliCommand(command));
	expect(parsed).toMatchObject({ service: command.service, operation: command.operation });
	expect(parsed.parameters.map((p) => ({ name: p.name, values: p.values }))).toEqual(command.parameters);
	return parsed;
}
const value = (parsed: ReturnType<typeof parseCliCommand>, name: string) =>
	parsed.parameters.find((p) => p.name === name)?.values;

describe.each([
	['myapp', myappListener],
	['microservices', microservicesListener],
])('create-rule for every rule of the %s listener', (_, listener) => {
	test.each(listener.rules.map((r) => [r.priority, r] as const))('priority %i', (_, rule) => {
		const parsed = roundTrip(createRuleCommand(rule));
		expect(parsed.apiAction).toBe('elbv2:CreateRule');
		expect(value(parsed, '--priority')).toEqual([String(rule.priority)]);
		const conditions = JSON.parse(value(parsed, '--conditions')![0]!);
		expect(conditions.map((c: { Field: string }) => c.Field)).toEqual(rule.conditions.map((c) => c.field));
	});
});

test('rule actions: forward, redirect to HTTPS, fixed response', () => {
	expect(ruleAction('forward to images-tg')).toMatchObject({
		Type: 'forward',
		TargetGroupArn: expect.stringMatching(/targetgroup\/images-tg\//),
	});
	expect(ruleAction('redirect to https://#{host}:443/#{path}?#{query} (HTTP 302)')).toMatchObject({
		Type: 'redirect',
		RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_302' },
	});
	expect(ruleAction('fixed response 404')).toMatchObject({
		Type: 'fixed-response',
		FixedResponseConfig: { StatusCode: '404' },
	});
});

describe('health checks', () => {
	test.each(Object.entries(HEALTH_CHECK_PRESETS))('%s defaults', (lb, config) => {
		const parsed = roundTrip(healthCheckCommand(config));
		if (lb === 'clb') {
			expect(parsed.apiAction).toBe('elb:ConfigureHealthCheck');
			expect(value(parsed, '--health-check')![0]).toContain(`Interval=${config.intervalSeconds}`);
		} else {
			expect(parsed.apiAction).toBe('elbv2:CreateTargetGroup');
			expect(value(parsed, '--health-check-interval-seconds')).toEqual([String(config.intervalSeconds)]);
			expect(value(parsed, '--unhealthy-threshold-count')).toEqual([String(config.unhealthyThreshold)]);
		}
	});

	test('gRPC target groups use GrpcCode and protocol version GRPC', () => {
		const parsed = roundTrip(healthCheckCommand({ ...HEALTH_CHECK_PRESETS.alb, grpc: true, matcher: '12' }));
		expect(value(parsed, '--matcher')).toEqual(['GrpcCode=12']);
		expect(value(parsed, '--protocol-version')).toEqual(['GRPC']);
	});
});

test.each<[StickinessMode, RegExp]>([
	['alb-duration', /stickiness.type,Value=lb_cookie.*duration_seconds,Value=3600/],
	['alb-app', /stickiness.type,Value=app_cookie.*cookie_name,Value=SESSIONID/],
	['nlb-source-ip', /stickiness.type,Value=source_ip/],
	['none', /stickiness.enabled,Value=false/],
])('stickiness %s', (mode, attributes) => {
	const parsed = roundTrip(
		stickinessCommand({ mode, targets: ['a', 'b'], durationSeconds: 3600, appCookieName: 'SESSIONID' }),
	);
	expect(value(parsed, '--attributes')!.join(' ')).toMatch(attributes);
});

test('Classic load balancer stickiness is a cookie policy', () => {
	const parsed = roundTrip(stickinessCommand({ mode: 'clb-duration', targets: ['a'], durationSeconds: 60 }));
	expect(parsed.apiAction).toBe('elb:CreateLbCookieStickinessPolicy');
});

test('HTTPS listener for the SNI example: explicit security policy, default certificate, the others for SNI', () => {
	const certificates = parseCertificateLines(sniCertificateLines);
	const [listener, extra] = httpsListenerCommands(certificates).map(roundTrip);
	expect(value(listener!, '--ssl-policy')).toEqual([RECOMMENDED_SSL_POLICY]);
	expect(value(listener!, '--certificates')).toEqual([expect.stringMatching(/certificate\/myapp-default$/)]);
	expect(value(extra!, '--certificates')).toHaveLength(certificates.length - 1);
	expect(httpsListenerCommands([])).toEqual([]);
});
