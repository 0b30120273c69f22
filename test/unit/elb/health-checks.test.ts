import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	HEALTH_CHECK_PRESETS,
	HealthCheckConfigError,
	MatcherError,
	ProbeSequenceError,
	formatProbe,
	matchesSuccessCode,
	parseMatcher,
	parseProbeSequence,
	simulateHealthChecks,
	validateHealthCheckConfig,
	type HealthCheckConfig,
	type MatcherKind,
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

/** The error a config raises, for asserting its class, field and message together. */
function configError(config: HealthCheckConfig): HealthCheckConfigError {
	try {
		validateHealthCheckConfig(config);
	} catch (error) {
		return error as HealthCheckConfigError;
	}
	return expect.unreachable('the config was accepted');
}

describe('matcher edges (API_Matcher)', () => {
	test('spaces around items are tolerated; a whitespace-only matcher is empty', () => {
		expect(parseMatcher(' 200 , 202 ')).toEqual([
			{ from: 200, to: 200 },
			{ from: 202, to: 202 },
		]);
		expect(() => parseMatcher('   ')).toThrow(/at least one success code/);
	});
	test('the range bounds are inclusive at both ends', () => {
		expect(parseMatcher('200-499')).toEqual([{ from: 200, to: 499 }]);
		expect(matchesSuccessCode('0-99', 0, 'alb-grpc')).toBe(true);
		expect(matchesSuccessCode('0-99', 99, 'alb-grpc')).toBe(true);
		expect(matchesSuccessCode('200-599', 599, 'nlb-http')).toBe(true);
	});
	test('codes are whole items: no prefix, no fourth digit', () => {
		expect(() => parseMatcher('x200')).toThrow(/"x200" \(item 1\) is not a code/);
		expect(() => parseMatcher('1200')).toThrow(MatcherError);
		expect(() => parseMatcher('200,,202')).toThrow(/Empty entry at item 2/);
	});
	test('an unknown matcher kind is a MatcherError, not a crash', () => {
		expect(() => parseMatcher('200', 'clb-http' as MatcherKind)).toThrow(MatcherError);
	});
	test('the errors carry their class names', () => {
		expect(() => parseMatcher('')).toThrow(expect.objectContaining({ name: 'MatcherError' }));
		expect(() => parseProbeSequence('')).toThrow(expect.objectContaining({ name: 'ProbeSequenceError' }));
		expect(configError({ ...HEALTH_CHECK_PRESETS.alb, healthyThreshold: 11 }).name).toBe('HealthCheckConfigError');
	});
});

// Ranges: ALB https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html,
// NLB …/network/target-group-health-checks.html, CLB …/classic/elb-healthchecks.html; the path is 1–1024
// characters (HealthCheckPath, https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html).
describe('health-check settings: every limit at both ends', () => {
	const { alb, nlb, clb } = HEALTH_CHECK_PRESETS;
	test('interval 5–300, timeout 2–120 (CLB 2–60), thresholds 2–10 are inclusive', () => {
		for (const ok of [
			{ intervalSeconds: 5, timeoutSeconds: 2 },
			{ intervalSeconds: 300, timeoutSeconds: 120 },
			{ healthyThreshold: 2, unhealthyThreshold: 10 },
			{ healthyThreshold: 10, unhealthyThreshold: 2 },
			{ port: 1 },
			{ port: 65535 },
		])
			expect(() => validateHealthCheckConfig({ ...alb, ...ok })).not.toThrow();
		expect(() => validateHealthCheckConfig({ ...clb, intervalSeconds: 120, timeoutSeconds: 60 })).not.toThrow();
		expect(configError({ ...alb, port: 0 }).field).toBe('port');
		expect(configError({ ...alb, timeoutSeconds: 121, intervalSeconds: 300 }).message).toMatch(/between 2 and 120/);
	});
	test('a non-number setting is rejected as not a whole number', () => {
		const error = configError({ ...alb, intervalSeconds: '30' as unknown as number });
		expect([error.field, error.message]).toEqual(['intervalSeconds', 'The interval must be a whole number.']);
	});
	test('the path: starts with "/", at most 1024 characters', () => {
		expect(() => validateHealthCheckConfig({ ...alb, path: `/${'a'.repeat(1023)}` })).not.toThrow();
		const long = configError({ ...alb, path: `/${'a'.repeat(1024)}` });
		expect([long.field, long.message]).toEqual(['path', 'The path can be at most 1024 characters.']);
		expect(configError({ ...alb, path: undefined as unknown as string }).field).toBe('path');
	});
	test('protocols per load balancer: ALB HTTP/HTTPS, NLB TCP/HTTP/HTTPS, CLB also SSL', () => {
		expect(() => validateHealthCheckConfig({ ...alb, protocol: 'HTTPS' })).not.toThrow();
		expect(() => validateHealthCheckConfig({ ...clb, protocol: 'SSL', port: 443 })).not.toThrow();
		expect(() => validateHealthCheckConfig({ ...clb, protocol: 'TCP' })).not.toThrow();
		const nlbSsl = configError({ ...nlb, protocol: 'SSL' });
		expect([nlbSsl.field, nlbSsl.message]).toEqual([
			'protocol',
			'A Network Load Balancer health check can use TCP, HTTP, HTTPS — not SSL.',
		]);
		const unknown = configError({ ...alb, loadBalancer: 'glb' as 'alb' });
		expect([unknown.field, unknown.message]).toEqual([
			'loadBalancer',
			'Unknown load balancer "glb": use alb, nlb or clb.',
		]);
	});
	test('TCP checks ignore the path and the matcher', () => {
		expect(() => validateHealthCheckConfig({ ...nlb, protocol: 'TCP', path: '', matcher: '' })).not.toThrow();
	});
	test('HTTPS checks validate the path and the matcher like HTTP ones', () => {
		expect(configError({ ...alb, protocol: 'HTTPS', path: 'health' }).field).toBe('path');
		expect(configError({ ...alb, protocol: 'HTTPS', matcher: '500' }).field).toBe('matcher');
	});
	test('the matcher range follows the load balancer: NLB 200–599, ALB 200–499, ALB gRPC 0–99', () => {
		expect(() => validateHealthCheckConfig({ ...nlb, matcher: '200-599' })).not.toThrow();
		expect(configError({ ...alb, matcher: '200-599' }).message).toMatch(/between 200 and 499/);
		expect(() => validateHealthCheckConfig({ ...alb, grpc: true, matcher: '0-99' })).not.toThrow();
		expect(configError({ ...alb, grpc: true, matcher: '200' }).message).toMatch(/between 0 and 99/);
		const nlbGrpc = configError({ ...nlb, grpc: true });
		expect([nlbGrpc.field, nlbGrpc.message]).toEqual([
			'grpc',
			'gRPC health checks exist only on Application Load Balancers.',
		]);
	});
	test('CLB: an explicit port and exactly 200 (spaces tolerated), reported on the right field', () => {
		expect(configError({ ...clb, port: 'traffic-port' }).field).toBe('port');
		expect(configError({ ...clb, matcher: '200,302' }).field).toBe('matcher');
		expect(() => validateHealthCheckConfig({ ...clb, matcher: ' 200 ' })).not.toThrow();
	});
	test('simulating an invalid config throws instead of inventing a timeline', () => {
		expect(() => simulateHealthChecks({ ...alb, healthyThreshold: 1 }, [pass])).toThrow(HealthCheckConfigError);
	});
});

describe('probe sequence edges', () => {
	test('latency: up to three digits, decimals, an optional "s"', () => {
		expect(parseProbeSequence('200@30 200@2.25 200@7s 0')).toEqual([
			{ kind: 'status', code: 200, latencySeconds: 30 },
			{ kind: 'status', code: 200, latencySeconds: 2.25 },
			{ kind: 'status', code: 200, latencySeconds: 7 },
			{ kind: 'status', code: 0 },
		]);
		expect(parseProbeSequence('TIMEOUT Refused')).toEqual([{ kind: 'timeout' }, { kind: 'refused' }]);
	});
	test('a token is a whole code: no prefix, no fourth digit, nothing after the latency', () => {
		for (const token of ['x200', '2000', '200@7x', '200@1.x'])
			expect(() => parseProbeSequence(token)).toThrow(ProbeSequenceError);
	});
	test('at most 2000 characters and 200 checks (inclusive)', () => {
		expect(parseProbeSequence(`200${' '.repeat(1997)}`)).toHaveLength(1);
		expect(() => parseProbeSequence(`200${' '.repeat(1998)}`)).toThrow(/too long/);
		expect(parseProbeSequence(Array(200).fill('200').join(','))).toHaveLength(200);
		try {
			parseProbeSequence(Array(201).fill('200').join(','));
			expect.unreachable();
		} catch (error) {
			expect(error).toMatchObject({ column: 801, message: 'At most 200 health checks per sequence.' });
		}
	});
	test('formatProbe writes each probe back in the syntax the parser reads', () => {
		const text = '200 503@2.5 timeout refused 12';
		const probes = parseProbeSequence(text);
		expect(probes.map(formatProbe).join(' ')).toBe(text);
	});
});

describe('judging one check', () => {
	const { alb, nlb, clb } = HEALTH_CHECK_PRESETS;
	const first = (config: HealthCheckConfig, probe: Probe) => simulateHealthChecks(config, [probe]).steps[0]!;
	test('an answer within the timeout counts, even exactly at it; later is a failure', () => {
		expect(first(alb, { kind: 'status', code: 200, latencySeconds: 4 }).passed).toBe(true);
		expect(first(alb, { kind: 'status', code: 200, latencySeconds: 5 }).passed).toBe(true);
		expect(first(alb, { kind: 'status', code: 200, latencySeconds: 5.5 }).passed).toBe(false);
	});
	test('no answer fails every protocol, TCP included', () => {
		const tcp = { ...nlb, protocol: 'TCP' as const };
		expect(first(tcp, { kind: 'timeout' })).toMatchObject({ passed: false, why: 'no answer within the 6 s timeout' });
		expect(first(alb, { kind: 'refused' })).toMatchObject({ passed: false, why: 'connection refused' });
		expect(first(tcp, pass).why).toBe('TCP connection opened');
	});
	test('the explanation names the code and the matcher (gRPC codes say so)', () => {
		expect(first(alb, fail).why).toBe('500 is not in 200');
		expect(first({ ...alb, protocol: 'HTTPS' }, fail).passed).toBe(false);
		expect(first({ ...alb, grpc: true, matcher: '12' }, { kind: 'status', code: 12 })).toMatchObject({
			passed: true,
			why: 'gRPC code 12 is in 12',
		});
	});
	test('CLB explains that only 200 OK counts', () => {
		expect(first(clb, { kind: 'status', code: 204 }).why).toBe(
			'204 is not 200 OK (a Classic Load Balancer accepts only 200)',
		);
		expect(first(clb, pass).why).toBe('200 OK');
	});
});

describe('state changes from the initial state', () => {
	const { alb, nlb } = HEALTH_CHECK_PRESETS;
	const states = (config: HealthCheckConfig, probes: Probe[]) =>
		simulateHealthChecks(config, probes).steps.map((step) => step.after);
	test('a new target that fails UnhealthyThresholdCount checks in a row becomes unhealthy', () => {
		expect(states(alb, [fail, fail])).toEqual(['initial', 'unhealthy']);
	});
	test('NLB: a new target needs HealthyThresholdCount successes in this model', () => {
		const timeline = simulateHealthChecks(nlb, [pass, pass, pass, pass, pass]);
		expect(timeline.initialPassesNeeded).toBe(5);
		expect(timeline.steps.map((step) => step.after)).toEqual(['initial', 'initial', 'initial', 'initial', 'healthy']);
	});
});
