import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	HEALTH_CHECK_PRESETS,
	HealthCheckConfigError,
	MatcherError,
	ProbeSequenceError,
	matchesSuccessCode,
	parseMatcher,
	parseProbeSequence,
	simulateHealthChecks,
	validateHealthCheckConfig,
	type HealthCheckConfig,
	type Probe,
} from '../../../src/lib/elb/index';
import { healthExample, presetComparisonProbes } from '../../../src/examples/load-balancing/health';

// Matcher examples and ranges: https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Matcher.html
describe('success-code matcher (API_Matcher)', () => {
	test('the documented forms: one code, a list and a range', () => {
		expect(matchesSuccessCode('200', 200)).toBe(true);
		expect(matchesSuccessCode('200', 201)).toBe(false);
		expect(matchesSuccessCode('200,202', 202)).toBe(true);
		expect(matchesSuccessCode('200,202', 201)).toBe(false);
		expect(matchesSuccessCode('200-299', 250)).toBe(true);
		expect(matchesSuccessCode('200-299', 300)).toBe(false);
		expect(matchesSuccessCode('200-299,404', 404)).toBe(true);
	});
	test('ALB HTTP codes must be 200–499; NLB accepts 200–599; gRPC 0–99 (default 12)', () => {
		expect(() => parseMatcher('500')).toThrow(MatcherError);
		expect(() => parseMatcher('199-299')).toThrow(/between 200 and 499/);
		expect(matchesSuccessCode('200-599', 503, 'nlb-http')).toBe(true);
		expect(() => parseMatcher('600', 'nlb-http')).toThrow(/between 200 and 599/);
		expect(matchesSuccessCode('12', 12, 'alb-grpc')).toBe(true);
		expect(matchesSuccessCode('0-5', 3, 'alb-grpc')).toBe(true);
		expect(() => parseMatcher('100', 'alb-grpc')).toThrow(/between 0 and 99/);
	});
	test('bad matchers throw MatcherError with a readable message', () => {
		expect(() => parseMatcher('')).toThrow(/at least one/);
		expect(() => parseMatcher('200,')).toThrow(/extra comma/);
		expect(() => parseMatcher('299-200')).toThrow(/backwards/);
		expect(() => parseMatcher('2xx')).toThrow(/not a code/);
		expect(() => parseMatcher('200-')).toThrow(MatcherError);
		expect(() => parseMatcher('<img src=x onerror=alert(1)>')).toThrow(MatcherError);
	});
	test('property: parsing never throws anything but MatcherError', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9,\- ]{0,12}$/), fc.anything()), (input) => {
				try {
					parseMatcher(input as string);
				} catch (error) {
					expect(error).toBeInstanceOf(MatcherError);
				}
			}),
			{ numRuns: 500 },
		);
	});
	test('property: a code is matched exactly when it lies in one of the parsed ranges', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 200, max: 499 }),
				fc.integer({ min: 200, max: 499 }),
				fc.integer({ min: 100, max: 599 }),
				(a, b, code) => {
					const [low, high] = a <= b ? [a, b] : [b, a];
					expect(matchesSuccessCode(`${low}-${high}`, code)).toBe(code >= low && code <= high);
				},
			),
		);
	});
});

describe('health-check settings limits', () => {
	const alb = HEALTH_CHECK_PRESETS.alb;
	test('the presets are valid and match the documented defaults', () => {
		for (const preset of Object.values(HEALTH_CHECK_PRESETS))
			expect(() => validateHealthCheckConfig(preset)).not.toThrow();
		expect(alb).toMatchObject({
			protocol: 'HTTP',
			path: '/',
			matcher: '200',
			intervalSeconds: 30,
			timeoutSeconds: 5,
			healthyThreshold: 5,
			unhealthyThreshold: 2,
		});
		expect(HEALTH_CHECK_PRESETS.nlb).toMatchObject({ matcher: '200-399', timeoutSeconds: 6 });
		expect(HEALTH_CHECK_PRESETS.clb).toMatchObject({
			path: '/index.html',
			healthyThreshold: 10,
			unhealthyThreshold: 2,
		});
	});
	const bad: [Partial<HealthCheckConfig>, keyof HealthCheckConfig, RegExp][] = [
		[{ intervalSeconds: 4 }, 'intervalSeconds', /between 5 and 300/],
		[{ intervalSeconds: 301 }, 'intervalSeconds', /between 5 and 300/],
		[{ timeoutSeconds: 1 }, 'timeoutSeconds', /between 2 and 120/],
		[{ timeoutSeconds: 30, intervalSeconds: 30 }, 'timeoutSeconds', /shorter than the interval/],
		[{ healthyThreshold: 1 }, 'healthyThreshold', /between 2 and 10/],
		[{ unhealthyThreshold: 11 }, 'unhealthyThreshold', /between 2 and 10/],
		[{ path: 'health' }, 'path', /start with/],
		[{ matcher: '500' }, 'matcher', /200 and 499/],
		[{ protocol: 'TCP' }, 'protocol', /HTTP, HTTPS/],
		[{ port: 70000 }, 'port', /between 1 and 65535/],
		[{ intervalSeconds: 2.5 }, 'intervalSeconds', /whole number/],
	];
	test.each(bad)('ALB %o is rejected on %s', (change, field, message) => {
		try {
			validateHealthCheckConfig({ ...alb, ...change });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(HealthCheckConfigError);
			expect((error as HealthCheckConfigError).field).toBe(field);
			expect((error as Error).message).toMatch(message);
		}
	});
	test('CLB: only 200 counts, timeout at most 60 s, explicit port; NLB allows TCP; gRPC only on ALB', () => {
		expect(() => validateHealthCheckConfig({ ...HEALTH_CHECK_PRESETS.clb, matcher: '200-299' })).toThrow(/only 200 OK/);
		expect(() =>
			validateHealthCheckConfig({ ...HEALTH_CHECK_PRESETS.clb, timeoutSeconds: 61, intervalSeconds: 120 }),
		).toThrow(/between 2 and 60/);
		expect(() => validateHealthCheckConfig({ ...HEALTH_CHECK_PRESETS.clb, port: 'traffic-port' })).toThrow(/explicit/);
		expect(() => validateHealthCheckConfig({ ...HEALTH_CHECK_PRESETS.nlb, protocol: 'TCP' })).not.toThrow();
		expect(() => validateHealthCheckConfig({ ...HEALTH_CHECK_PRESETS.nlb, grpc: true })).toThrow(/gRPC/);
	});
});

describe('probe sequence parser', () => {
	test('codes, latency, timeout and refused', () => {
		expect(parseProbeSequence('200, 503 timeout,refused 200@7')).toEqual([
			{ kind: 'status', code: 200 },
			{ kind: 'status', code: 503 },
			{ kind: 'timeout' },
			{ kind: 'refused' },
			{ kind: 'status', code: 200, latencySeconds: 7 },
		]);
	});
	test('bad tokens give the column', () => {
		try {
			parseProbeSequence('200, ok');
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ProbeSequenceError);
			expect((error as ProbeSequenceError).column).toBe(6);
			expect((error as Error).message).toMatch(/Column 6: "ok"/);
		}
		expect(() => parseProbeSequence('  ')).toThrow(/at least one/);
	});
});

const pass: Probe = { kind: 'status', code: 200 };
const fail: Probe = { kind: 'status', code: 500 };

describe('simulateHealthChecks', () => {
	const alb = HEALTH_CHECK_PRESETS.alb;
	test('ALB: a newly registered target "must pass one health check to be considered healthy"', () => {
		const timeline = simulateHealthChecks(alb, [pass]);
		expect(timeline.final).toBe('healthy');
		expect(timeline.initialPassesNeeded).toBe(1);
	});
	test('a healthy target turns unhealthy only after UnhealthyThresholdCount (2) consecutive failures', () => {
		const states = simulateHealthChecks(alb, [fail, pass, fail, fail], 'healthy').steps.map((step) => step.after);
		expect(states).toEqual(['healthy', 'healthy', 'healthy', 'unhealthy']);
	});
	test('an unhealthy target needs HealthyThresholdCount (5) consecutive successes', () => {
		const states = simulateHealthChecks(
			alb,
			[pass, pass, pass, pass, fail, pass, pass, pass, pass, pass],
			'unhealthy',
		).steps.map((step) => step.after);
		expect(states.lastIndexOf('unhealthy')).toBe(8);
		expect(states[9]).toBe('healthy');
	});
	test('an answer later than the timeout is a failure; TCP checks pass on any answer', () => {
		const late = simulateHealthChecks(alb, [{ kind: 'status', code: 200, latencySeconds: 6 }]).steps[0]!;
		expect(late.passed).toBe(false);
		expect(late.why).toMatch(/later than the 5 s timeout/);
		const tcp = { ...HEALTH_CHECK_PRESETS.nlb, protocol: 'TCP' as const, timeoutSeconds: 10 };
		expect(simulateHealthChecks(tcp, [{ kind: 'status', code: 500 }]).steps[0]!.passed).toBe(true);
		expect(simulateHealthChecks(tcp, [{ kind: 'refused' }]).steps[0]!.passed).toBe(false);
	});
	test('CLB: "Any answer other than 200 OK within the timeout period is considered unhealthy"', () => {
		const steps = simulateHealthChecks(HEALTH_CHECK_PRESETS.clb, parseProbeSequence('200, 204, 302')).steps;
		expect(steps.map((step) => step.passed)).toEqual([true, false, false]);
	});
	test('the page example: healthy at check 1, unhealthy at check 6, healthy again at check 11', () => {
		const timeline = simulateHealthChecks(
			healthExample.config,
			parseProbeSequence(healthExample.probes),
			healthExample.start,
		);
		expect(
			timeline.steps.filter((step) => step.changed).map((step) => [step.check, step.after, step.atSeconds]),
		).toEqual([
			[1, 'healthy', 0],
			[6, 'unhealthy', 150],
			[11, 'healthy', 300],
		]);
		expect(timeline.final).toBe('healthy');
	});
	test('the preset comparison: 302 and 404 pass only where the matcher allows them', () => {
		const probes = parseProbeSequence(presetComparisonProbes);
		const passed = (config: HealthCheckConfig) => simulateHealthChecks(config, probes).steps.map((step) => step.passed);
		expect(passed(HEALTH_CHECK_PRESETS.alb)).toEqual([true, false, false, true, true]);
		expect(passed(HEALTH_CHECK_PRESETS.nlb)).toEqual([true, true, false, true, true]);
		expect(passed(HEALTH_CHECK_PRESETS.clb)).toEqual([true, false, false, true, true]);
	});
	test('property: state changes only after the threshold count of consecutive results', () => {
		const probe = fc.constantFrom<Probe>(
			pass,
			fail,
			{ kind: 'timeout' },
			{ kind: 'refused' },
			{ kind: 'status', code: 404 },
		);
		fc.assert(
			fc.property(
				fc.array(probe, { maxLength: 60 }),
				fc.integer({ min: 2, max: 10 }),
				fc.integer({ min: 2, max: 10 }),
				fc.constantFrom('initial', 'healthy', 'unhealthy' as const),
				fc.constantFrom('alb', 'nlb', 'clb' as const),
				(probes, healthyThreshold, unhealthyThreshold, start, lb) => {
					const config = { ...HEALTH_CHECK_PRESETS[lb], healthyThreshold, unhealthyThreshold };
					const timeline = simulateHealthChecks(config, probes, start);
					for (const step of timeline.steps) {
						if (!step.changed) continue;
						if (step.after === 'unhealthy') expect(step.consecutiveFailures).toBe(unhealthyThreshold);
						if (step.after === 'healthy')
							expect(step.consecutiveSuccesses).toBe(
								step.before === 'initial' ? timeline.initialPassesNeeded : healthyThreshold,
							);
					}
					// A target never flips on a result of the same kind as its state.
					for (const step of timeline.steps) {
						if (step.changed) expect(step.passed).toBe(step.after === 'healthy');
					}
				},
			),
			{ numRuns: 300 },
		);
	});
});
