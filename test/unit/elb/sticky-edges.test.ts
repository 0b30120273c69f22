/**
 * Sticky sessions at the edges: limits at both ends, cookie names, expiry, health changes, the notes.
 * AWS: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html (duration
 * 1 s – 7 days, AWSALB / AWSALBAPP, reserved cookie-name prefixes AWSALB, AWSALBAPP, AWSALBTG:
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetGroupAttribute.html),
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-sticky-sessions.html (AWSELB).
 */
import { describe, expect, test } from 'vitest';
import {
	parseStickinessScript,
	simulateStickiness,
	StickinessError,
	STICKINESS_LIMITS,
	type SimulationEvent,
	type StickinessConfig,
} from '../../../src/lib/elb';
import { targets, req } from './fixtures';

const health = (time: number, target: string, healthy: boolean): SimulationEvent => ({
	kind: 'health',
	time,
	target,
	healthy,
});
/** Settings over the ALB-cookie default; a setting given as undefined is left out, as a reader's blank field. */
const run = (config: { [K in keyof StickinessConfig]?: StickinessConfig[K] | undefined }, events: SimulationEvent[]) =>
	simulateStickiness({ mode: 'alb-duration', targets, durationSeconds: 60, ...config } as StickinessConfig, events);
/** The error a call raises, to assert its class, field and sentence together. */
function errorOf(call: () => unknown): StickinessError {
	try {
		call();
	} catch (error) {
		return error as StickinessError;
	}
	return expect.unreachable('no error was thrown');
}

describe('configuration limits', () => {
	test('ALB duration: 1 s and 7 days (604800 s) are both allowed, outside is not', () => {
		expect(STICKINESS_LIMITS).toEqual({ minDurationSeconds: 1, maxDurationSeconds: 604800 });
		for (const mode of ['alb-duration', 'alb-app'] as const) {
			for (const durationSeconds of [1, 604800])
				expect(() => run({ mode, durationSeconds, appCookieName: 'SESSIONID' }, [])).not.toThrow();
			const error = errorOf(() => run({ mode, durationSeconds: 604801, appCookieName: 'SESSIONID' }, []));
			expect([error.name, error.path, error.reason]).toEqual([
				'StickinessError',
				'durationSeconds',
				'the stickiness duration must be a whole number of seconds from 1 to 604800 (7 days).',
			]);
		}
	});
	test('CLB cookie expiration: at least 1 s, no 7-day cap', () => {
		expect(() => run({ mode: 'clb-duration', durationSeconds: 30 * 24 * 3600 }, [])).not.toThrow();
		expect(errorOf(() => run({ mode: 'clb-duration', durationSeconds: 0 }, [])).message).toBe(
			'durationSeconds: the cookie expiration period must be a whole number of seconds, at least 1.',
		);
	});
	test('a missing or non-number duration is rejected; modes without cookies need none', () => {
		expect(errorOf(() => run({ durationSeconds: undefined }, [])).path).toBe('durationSeconds');
		expect(errorOf(() => run({ durationSeconds: '60' as unknown as number }, [])).path).toBe('durationSeconds');
		expect(() => run({ mode: 'none', durationSeconds: undefined }, [])).not.toThrow();
		expect(() => run({ mode: 'nlb-source-ip', durationSeconds: undefined }, [])).not.toThrow();
	});
	test('mode and targets', () => {
		expect(errorOf(() => run({ mode: 'lb-cookie' as 'none' }, [])).message).toBe('mode: unknown mode "lb-cookie".');
		expect(errorOf(() => run({ targets: [] }, [])).message).toBe('targets: add at least one target.');
		expect(errorOf(() => run({ targets: 't1' as unknown as string[] }, [])).path).toBe('targets');
		expect(errorOf(() => run({ targets: ['t1', 't1'] }, [])).message).toBe(
			'targets: each target needs a different name.',
		);
	});
	test('application cookie names: an HTTP token, not starting with a reserved prefix', () => {
		const app = (appCookieName: string | undefined) => () => run({ mode: 'alb-app', appCookieName }, []);
		for (const name of ['SESSIONID', 'JSESSIONID', 'my_app-session.v2', 'AWSELB']) expect(app(name)).not.toThrow();
		for (const name of [undefined, '', 'SESSION ID', 'a;b', 'sess=1'])
			expect(errorOf(app(name)).message).toBe(
				'appCookieName: give the application cookie a name (letters, digits, - and _), e.g. "SESSIONID".',
			);
		for (const name of ['AWSALBX', 'awsalbapp-session', 'AWSALBTGsession'])
			expect(errorOf(app(name)).message).toBe(
				`appCookieName: "${name}": names starting with AWSALB, AWSALBAPP, AWSALBTG are reserved for the load balancer; choose another cookie name.`,
			);
	});
});

describe('events', () => {
	test('time: 0 or more, finite; equal times are fine; errors name the event', () => {
		expect(run({}, [req(0, 'a'), req(0, 'b')]).requests).toHaveLength(2);
		expect(errorOf(() => run({}, [req(-1, 'a')])).message).toBe(
			'events[0]: time must be a number of seconds, 0 or more.',
		);
		expect(errorOf(() => run({}, [req(Number.NaN, 'a')])).path).toBe('events[0]');
		expect(errorOf(() => run({}, [req(5, 'a'), req(4, 'a')])).reason).toBe(
			'times must not go backwards (4 s comes after 5 s).',
		);
		expect(errorOf(() => run({}, [req(0, 'a'), health(1, 'tX', false)])).message).toBe(
			'events[1]: unknown target "tX"; the targets are t1, t2, t3.',
		);
	});
	test('source IPs are compared in canonical form', () => {
		const r = run({ mode: 'nlb-source-ip' }, [req(0, 'a', '2001:DB8::1'), req(1, 'b', '2001:db8:0::1')]).requests;
		expect(r.map((x) => [x.sourceIp, x.target, x.sticky])).toEqual([
			['2001:db8::1', 't1', false],
			['2001:db8::1', 't1', true],
		]);
	});
});

describe('duration-based cookies', () => {
	test('a request exactly at the expiry is still sticky; one second later is not', () => {
		const atExpiry = run({ durationSeconds: 60 }, [req(0, 'a'), req(60, 'a')]).requests;
		expect(atExpiry.map((r) => [r.target, r.sticky])).toEqual([
			['t1', false],
			['t1', true],
		]);
		expect(atExpiry[1]?.reason).toBe('AWSALB cookie points to t1.');
		expect(atExpiry[1]?.setCookies).toEqual(['AWSALB → t1, expires at 120 s']);
		const late = run({ durationSeconds: 60 }, [req(0, 'a'), req(61, 'a')]).requests[1];
		expect(late).toMatchObject({ target: 't2', sticky: false });
		expect(late?.reason).toBe('The stickiness expired (last valid until 60 s): balanced to t2.');
	});
	test('the first request explains that there is no cookie yet; a cookie-less client is told why', () => {
		const r = run({}, [req(0, 'a'), req(1, 'b', undefined, false)]).requests;
		expect(r[0]?.reason).toBe('No AWSALB cookie yet: balanced to t1.');
		expect(r[1]?.reason).toBe("The client sends no cookies, so it can't stay sticky: balanced to t2.");
	});
	test('a client that stops sending cookies, then sends them again, still holds its old cookie', () => {
		const r = run({}, [req(0, 'a'), req(1, 'a', undefined, false), req(2, 'a')]).requests;
		expect(r.map((x) => [x.target, x.sticky])).toEqual([
			['t1', false],
			['t2', false],
			['t1', true],
		]);
	});
	test('a cookie still valid but pointing at an unhealthy target: the reason is the health, not the expiry', () => {
		const r = run({ durationSeconds: 60 }, [req(0, 'a'), health(30, 't1', false), req(60, 'a')]).requests;
		expect(r[1]).toMatchObject({ target: 't2', sticky: false, reason: 't1 is unhealthy: the session moves to t2.' });
	});
	test('the session moves off an unhealthy target and stays on the new one (duration cookie)', () => {
		const r = run({}, [req(0, 'a'), health(1, 't1', false), req(2, 'a'), health(3, 't1', true), req(4, 'a')]).requests;
		expect(r.map((x) => [x.target, x.sticky])).toEqual([
			['t1', false],
			['t2', false],
			['t2', true],
		]);
		expect(r[1]?.reason).toBe('t1 is unhealthy: the session moves to t2.');
	});
	test('round robin skips unhealthy targets and carries on after the one it picked', () => {
		const r = run({ mode: 'none' }, [health(0, 't2', false), req(1, 'a'), req(2, 'a'), req(3, 'a')]).requests;
		expect(r.map((x) => x.target)).toEqual(['t1', 't3', 't1']);
	});
	test('every target unhealthy: fails open and keeps rotating through all of them', () => {
		const down = targets.map((t) => health(0, t, false));
		expect(
			run({ mode: 'none' }, [...down, req(1, 'a'), req(2, 'a'), req(3, 'a'), req(4, 'a')]).requests.map(
				(r) => r.target,
			),
		).toEqual(['t1', 't2', 't3', 't1']);
	});
	test('CLB sets AWSELB with its expiry', () => {
		expect(run({ mode: 'clb-duration', durationSeconds: 300 }, [req(10, 'a')]).requests[0]?.setCookies).toEqual([
			'AWSELB → t1, expires at 310 s',
		]);
	});
});

describe('application-based cookies', () => {
	test('the application sets its cookie once; the ALB refreshes AWSALBAPP on every request', () => {
		const r = run({ mode: 'alb-app', appCookieName: 'SESSIONID', durationSeconds: 30 }, [
			req(0, 'a'),
			req(10, 'a'),
		]).requests;
		expect(r[1]).toMatchObject({ target: 't1', sticky: true, reason: 'AWSALBAPP cookie points to t1.' });
		expect(r[1]?.setCookies).toEqual(['AWSALBAPP → t1, sticky while requests come within 30 s']);
	});
});

describe('source-IP affinity (NLB)', () => {
	test('a pinned IP whose target fails is re-pinned, and stays on the new target', () => {
		const r = run({ mode: 'nlb-source-ip' }, [
			req(0, 'a'),
			health(1, 't1', false),
			req(2, 'a'),
			health(3, 't1', true),
			req(4, 'a'),
		]).requests;
		expect(r.map((x) => [x.target, x.sticky, x.reason])).toEqual([
			['t1', false, 'First request from 198.51.100.1: picked t1 and pinned that IP to it.'],
			['t2', false, 't1 is unhealthy: 198.51.100.1 is re-pinned to t2.'],
			['t2', true, 'Source IP 198.51.100.1 is pinned to t2 (no cookies involved).'],
		]);
		expect(r.every((x) => x.setCookies.length === 0)).toBe(true);
	});
	test('one client per source IP gives no NAT note', () => {
		expect(run({ mode: 'nlb-source-ip' }, [req(0, 'a', '192.0.2.1'), req(1, 'b', '192.0.2.2')]).notes).toEqual([]);
	});
});

describe('notes: imbalance above 60 % of the requests', () => {
	test('a tie names no target: 2 of 4 is 50 %', () => {
		const r = run({ targets: ['t1', 't2'] }, [req(0, 'a'), req(1, 'a'), req(2, 'b'), req(3, 'b')]);
		expect(r.perTarget).toEqual([
			{ target: 't1', requests: 2 },
			{ target: 't2', requests: 2 },
		]);
		expect(r.notes).toEqual([]);
	});
	test('3 of 5 (60 %) is not flagged; 2 of 3 is', () => {
		const even = run(
			{ mode: 'none', targets: ['t1', 't2'] },
			[0, 1, 2, 3, 4].map((t) => req(t, 'a')),
		);
		expect(even.perTarget).toEqual([
			{ target: 't1', requests: 3 },
			{ target: 't2', requests: 2 },
		]);
		expect(even.notes).toEqual([]);
		const sticky = run({ targets: ['t1', 't2'] }, [req(0, 'a'), req(1, 'a'), req(2, 'b')]);
		expect(sticky.notes).toEqual(['Imbalance: t1 received 2 of 3 requests.']);
	});
	test('the busiest target is named even when it is not the first', () => {
		const r = run({}, [req(0, 'a'), req(1, 'b'), req(2, 'b'), req(3, 'b')]);
		expect(r.notes).toEqual(['Imbalance: t2 received 3 of 4 requests.']);
	});
	test('one target, or no requests, is never an imbalance', () => {
		expect(run({ targets: ['only'] }, [req(0, 'a'), req(1, 'a')]).notes).toEqual([]);
		expect(run({}, []).notes).toEqual([]);
	});
});

describe('script lines', () => {
	test('decimals, CRLF, comments, runs of spaces and tabs, and up/down', () => {
		expect(parseStickinessScript('0.25 alice  \t192.0.2.1\r\n  # note\r\n2 t1 down\n3 t1 up')).toEqual([
			{ kind: 'request', time: 0.25, client: 'alice', sourceIp: '192.0.2.1' },
			{ kind: 'health', time: 2, target: 't1', healthy: false },
			{ kind: 'health', time: 3, target: 't1', healthy: true },
		]);
	});
	test('the time is plain decimal seconds', () => {
		const tooBig = `${'9'.repeat(400)} a 192.0.2.1`; // all digits, but Infinity as a number
		for (const line of [
			'1e3 a 192.0.2.1',
			'x1 a 192.0.2.1',
			'1x a 192.0.2.1',
			'-1 a 192.0.2.1',
			'.5 a 192.0.2.1',
			tooBig,
		])
			expect(errorOf(() => parseStickinessScript(line)).message).toBe(
				'line 1: start with the time in seconds, e.g. "0 alice 198.51.100.7".',
			);
	});
	test('the shape of a line', () => {
		const shape = 'write "TIME CLIENT SOURCE-IP [no-cookies]" or "TIME TARGET down|up".';
		for (const line of ['0 alice', '0 a 192.0.2.1 cookies', '0 a 192.0.2.1 no-cookies extra', '0 t1 down now'])
			expect(errorOf(() => parseStickinessScript(line)).reason).toBe(shape);
		expect(errorOf(() => parseStickinessScript('\n0 a 192.0.2')).message).toBe(
			'line 2: "192.0.2" is not an IP address.',
		);
	});
});
