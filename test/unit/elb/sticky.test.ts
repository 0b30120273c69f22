/**
 * Sticky sessions. AWS: Sticky sessions for your Application Load Balancer
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html
 * and NLB target group attributes (source IP affinity)
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html#sticky-sessions
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	parseStickinessScript,
	simulateStickiness,
	StickinessError,
	type SimulationEvent,
	type StickinessConfig,
} from '../../../src/lib/elb';
import { targets, req } from './fixtures';

const run = (config: Partial<StickinessConfig>, events: SimulationEvent[]) =>
	simulateStickiness({ mode: 'alb-duration', targets, durationSeconds: 60, ...config }, events);

describe('modes', () => {
	test('no stickiness: round robin, request by request', () => {
		expect(run({ mode: 'none' }, [req(0, 'a'), req(1, 'a'), req(2, 'a')]).requests.map((r) => r.target)).toEqual([
			't1',
			't2',
			't3',
		]);
	});
	test('AWSALB: same target while requests come within the duration; the expiry resets on each request', () => {
		const r = run({ durationSeconds: 60 }, [req(0, 'a'), req(50, 'a'), req(100, 'a'), req(200, 'a')]).requests;
		expect(r.map((x) => [x.target, x.sticky])).toEqual([
			['t1', false],
			['t1', true],
			['t1', true],
			['t2', false],
		]);
		expect(r[3]?.reason).toMatch(/expired/);
		expect(r[0]?.setCookies[0]).toMatch(/^AWSALB → t1, expires at 60 s/);
	});
	test('a client that keeps no cookies is never sticky', () => {
		expect(
			run({}, [req(0, 'curl', undefined, false), req(1, 'curl', undefined, false)]).requests.map((r) => r.target),
		).toEqual(['t1', 't2']);
	});
	test('cookie pointing at an unhealthy target: a new target is chosen and the cookie updated; it stays there after recovery (app cookie)', () => {
		const events: SimulationEvent[] = [
			req(0, 'a'),
			{ kind: 'health', time: 1, target: 't1', healthy: false },
			req(2, 'a'),
			{ kind: 'health', time: 3, target: 't1', healthy: true },
			req(4, 'a'),
		];
		const r = run({ mode: 'alb-app', appCookieName: 'SESSIONID' }, events).requests;
		expect(r.map((x) => x.target)).toEqual(['t1', 't2', 't2']);
		expect(r[1]?.reason).toMatch(/t1 is unhealthy/);
		expect(r[0]?.setCookies).toEqual([
			'SESSIONID (set by the application on t1)',
			'AWSALBAPP → t1, sticky while requests come within 60 s',
		]);
	});
	test('CLB uses the AWSELB cookie', () => {
		expect(run({ mode: 'clb-duration' }, [req(0, 'a')]).requests[0]?.setCookies[0]).toMatch(/^AWSELB/);
	});
	test('NLB: clients behind one NAT share a source IP and all land on one target', () => {
		const result = run({ mode: 'nlb-source-ip' }, [
			req(0, 'a', '203.0.113.50'),
			req(1, 'b', '203.0.113.50'),
			req(2, 'c', '203.0.113.50'),
			req(3, 'd', '198.51.100.9'),
		]);
		expect(result.requests.map((r) => r.target)).toEqual(['t1', 't1', 't1', 't2']);
		expect(result.perTarget).toEqual([
			{ target: 't1', requests: 3 },
			{ target: 't2', requests: 1 },
			{ target: 't3', requests: 0 },
		]);
		expect(result.notes.join(' ')).toMatch(/3 clients share source IP 203.0.113.50/);
	});
	test('every target unhealthy: the load balancer fails open', () => {
		const down = targets.map((t): SimulationEvent => ({ kind: 'health', time: 0, target: t, healthy: false }));
		expect(run({ mode: 'none' }, [...down, req(1, 'a')]).requests[0]?.target).toBe('t1');
	});
});

describe('bad input', () => {
	test('duration 1 s – 7 days for ALB', () => {
		expect(() => run({ durationSeconds: 0 }, [])).toThrow(/1 to 604800/);
		expect(() => run({ durationSeconds: 604801 }, [])).toThrow(StickinessError);
		expect(() => run({ durationSeconds: 604800 }, [])).not.toThrow();
		expect(() => run({ mode: 'alb-app', durationSeconds: 1.5, appCookieName: 'X' }, [])).toThrow(/whole number/);
	});
	test('reserved application cookie names', () => {
		for (const name of ['AWSALB', 'AWSALBAPP', 'AWSALBTG', 'awsalb'])
			expect(() => run({ mode: 'alb-app', appCookieName: name }, [])).toThrow(/reserved/);
		expect(() => run({ mode: 'alb-app', appCookieName: '' }, [])).toThrow(/give the application cookie a name/);
	});
	test('times must not go backwards; unknown target; bad IP', () => {
		expect(() => run({}, [req(5, 'a'), req(4, 'a')])).toThrow(/backwards/);
		expect(() => run({}, [{ kind: 'health', time: 0, target: 'tX', healthy: false }])).toThrow(/unknown target "tX"/);
		expect(() => run({}, [req(0, 'a', '1.2.3')])).toThrow(/not an IP/);
	});
	test('script lines', () => {
		expect(parseStickinessScript('# comment\n0 alice 198.51.100.1\n5 bob 198.51.100.2 no-cookies\n9 t2 down')).toEqual([
			{ kind: 'request', time: 0, client: 'alice', sourceIp: '198.51.100.1' },
			{ kind: 'request', time: 5, client: 'bob', sourceIp: '198.51.100.2', sendsCookies: false },
			{ kind: 'health', time: 9, target: 't2', healthy: false },
		]);
		expect(() => parseStickinessScript('alice 0 1.2.3.4')).toThrow(/line 1/);
		expect(() => parseStickinessScript('0 alice 1.2.3.4\n1 bob nope')).toThrow(/line 2/);
	});
});

describe('properties', () => {
	const eventsArb = fc
		.array(
			fc.record({
				dt: fc.integer({ min: 0, max: 120 }),
				client: fc.constantFrom('a', 'b', 'c', 'd'),
				ip: fc.constantFrom('198.51.100.1', '198.51.100.2', '203.0.113.50'),
			}),
			{ maxLength: 30 },
		)
		.map((list) => {
			let t = 0;
			return list.map((e) => req((t += e.dt), e.client, e.ip));
		});
	test('with all targets healthy, a sticky client repeats the target of its previous request', () => {
		fc.assert(
			fc.property(eventsArb, fc.constantFrom('alb-duration' as const, 'nlb-source-ip' as const), (events, mode) => {
				const { requests } = run({ mode }, events);
				const last = new Map<string, string>();
				for (const r of requests) {
					const key = mode === 'nlb-source-ip' ? r.sourceIp : r.client;
					if (r.sticky) expect(r.target).toBe(last.get(key));
					last.set(key, r.target);
				}
				expect(requests.length).toBe(events.length);
			}),
		);
	});
	test('NLB source-IP: one source IP → one target while all are healthy', () => {
		fc.assert(
			fc.property(eventsArb, (events) => {
				const seen = new Map<string, string>();
				for (const r of run({ mode: 'nlb-source-ip' }, events).requests) {
					expect(r.target).toBe(seen.get(r.sourceIp) ?? r.target);
					seen.set(r.sourceIp, r.target);
				}
			}),
		);
	});
	test('parseStickinessScript throws only StickinessError', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				try {
					parseStickinessScript(text);
				} catch (error) {
					expect(error).toBeInstanceOf(StickinessError);
				}
			}),
		);
	});
});
