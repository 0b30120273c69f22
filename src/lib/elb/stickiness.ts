/**
 * Sticky sessions (session affinity) as a request-by-request simulation.
 *
 * - ALB duration-based: the load balancer's own cookie `AWSALB`, duration 1 s – 7 days; its expiry is reset
 *   on every request; a cookie pointing at an unhealthy/deregistered target is replaced.
 * - ALB application-based: the target sets an application cookie (named per target group); the ALB adds
 *   `AWSALBAPP`. The client must send both back. If the target fails, the session is re-stuck to a new
 *   target and stays there even when the old one recovers.
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html
 * - CLB duration-based: the `AWSELB` cookie.
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-sticky-sessions.html
 * - NLB: no cookies; stickiness by source IP, so every client behind one NAT address lands on one target.
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html#sticky-sessions
 *
 * Deterministic: a new session picks the next healthy target round robin (ALB's default algorithm; an NLB
 * really picks by a flow hash, which a learner can't predict either way).
 */
import { formatIp, parseIp } from './alb-ip';

export type StickinessMode = 'none' | 'alb-duration' | 'alb-app' | 'clb-duration' | 'nlb-source-ip';
export const STICKINESS_LIMITS = { minDurationSeconds: 1, maxDurationSeconds: 7 * 24 * 60 * 60 } as const;
/**
 * Cookie-name prefixes the ALB reserves: an application cookie's name can't start with them
 * (stickiness.app_cookie.cookie_name, https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetGroupAttribute.html).
 */
export const RESERVED_COOKIE_NAMES = ['AWSALB', 'AWSALBAPP', 'AWSALBTG'] as const;

export interface StickinessConfig {
	mode: StickinessMode;
	targets: string[];
	/** Stickiness duration in seconds (ALB modes and CLB). */
	durationSeconds?: number;
	/** Application cookie name for `alb-app`. */
	appCookieName?: string;
}
export type SimulationEvent =
	| { kind: 'request'; time: number; client: string; sourceIp: string; sendsCookies?: boolean }
	| { kind: 'health'; time: number; target: string; healthy: boolean };

export interface RoutedRequest {
	time: number;
	client: string;
	sourceIp: string;
	target: string;
	sticky: boolean;
	reason: string;
	/** Cookies the response sets, e.g. "AWSALB → target-1, expires at 3610 s". */
	setCookies: string[];
}
export interface StickinessResult {
	requests: RoutedRequest[];
	/** Requests per target, in the order targets were given. */
	perTarget: { target: string; requests: number }[];
	notes: string[];
}

export class StickinessError extends Error {
	override name = 'StickinessError';
	constructor(
		/** The sentence alone, for a widget that shows it beside the field it belongs to. */
		readonly reason: string,
		/** Where: a setting (`durationSeconds`), `events[3]` or `line 4` of a script; every error has one. */
		readonly path: string,
	) {
		super(`${path}: ${reason}`);
	}
}

function validateConfig(config: StickinessConfig): void {
	const modes: StickinessMode[] = ['none', 'alb-duration', 'alb-app', 'clb-duration', 'nlb-source-ip'];
	if (!modes.includes(config.mode)) throw new StickinessError(`unknown mode "${String(config.mode)}".`, 'mode');
	if (!Array.isArray(config.targets) || config.targets.length === 0)
		throw new StickinessError('add at least one target.', 'targets');
	if (new Set(config.targets).size !== config.targets.length)
		throw new StickinessError('each target needs a different name.', 'targets');
	if (config.mode === 'alb-duration' || config.mode === 'alb-app' || config.mode === 'clb-duration') {
		const d = config.durationSeconds;
		const max = config.mode === 'clb-duration' ? Number.MAX_SAFE_INTEGER : STICKINESS_LIMITS.maxDurationSeconds;
		// Number.isInteger is false for anything that is not a number, so it doubles as the type check.
		if (!Number.isInteger(d) || (d as number) < STICKINESS_LIMITS.minDurationSeconds || (d as number) > max) {
			throw new StickinessError(
				config.mode === 'clb-duration'
					? 'the cookie expiration period must be a whole number of seconds, at least 1.'
					: `the stickiness duration must be a whole number of seconds from 1 to ${STICKINESS_LIMITS.maxDurationSeconds} (7 days).`,
				'durationSeconds',
			);
		}
	}
	if (config.mode === 'alb-app') {
		const name = config.appCookieName;
		// An HTTP cookie name is a token (RFC 6265, RFC 9110). The pattern sits here, not in a module constant, so
		// that its mutants are tested by the tests that reach it rather than by every test (`npm run mutation`).
		if (name === undefined || !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name))
			throw new StickinessError(
				'give the application cookie a name (letters, digits, - and _), e.g. "SESSIONID".',
				'appCookieName',
			);
		if (RESERVED_COOKIE_NAMES.some((prefix) => name.toUpperCase().startsWith(prefix)))
			throw new StickinessError(
				`"${name}": names starting with ${RESERVED_COOKIE_NAMES.join(', ')} are reserved for the load balancer; choose another cookie name.`,
				'appCookieName',
			);
	}
}

interface Session {
	target: string;
	/** Time after which the stickiness is no longer valid. */
	expiresAt: number;
}

export function simulateStickiness(config: StickinessConfig, events: SimulationEvent[]): StickinessResult {
	validateConfig(config);
	const healthy = new Map(config.targets.map((t) => [t, true]));
	const cookieSessions = new Map<string, Session>(); // client → session held in its cookie jar
	const ipSessions = new Map<string, string>(); // source IP → target (NLB)
	const counts = new Map<string, number>(); // target → requests routed to it
	const requests: RoutedRequest[] = [];
	let next = 0;
	let lastTime = -Infinity;
	const duration = config.durationSeconds ?? 0;
	const cookieName =
		config.mode === 'alb-duration' ? 'AWSALB' : config.mode === 'clb-duration' ? 'AWSELB' : 'AWSALBAPP';

	const pickRoundRobin = (): string => {
		const count = config.targets.length;
		const inTurn = (i: number) => config.targets[(next + i) % count] as string;
		let i = 0;
		while (i < count && !healthy.get(inTurn(i))) i++;
		// With every target unhealthy, i ends at count, which is next's own turn again: the ALB "fails open"
		// and keeps rotating through all of them.
		const chosen = inTurn(i);
		next = (next + i + 1) % count;
		return chosen;
	};

	events.forEach((event, index) => {
		const at = `events[${index}]`;
		if (!Number.isFinite(event.time) || event.time < 0)
			throw new StickinessError('time must be a number of seconds, 0 or more.', at);
		if (event.time < lastTime)
			throw new StickinessError(`times must not go backwards (${event.time} s comes after ${lastTime} s).`, at);
		lastTime = event.time;
		if (event.kind === 'health') {
			if (!healthy.has(event.target))
				throw new StickinessError(
					`unknown target "${event.target}"; the targets are ${config.targets.join(', ')}.`,
					at,
				);
			healthy.set(event.target, event.healthy);
			return;
		}
		const ip = parseIp(event.sourceIp);
		if (!ip) throw new StickinessError(`"${event.sourceIp}" is not an IP address.`, at);
		const sourceIp = formatIp(ip);
		const sendsCookies = event.sendsCookies ?? true;
		let target: string;
		let sticky = false;
		let reason: string;
		const setCookies: string[] = [];

		if (config.mode === 'none') {
			target = pickRoundRobin();
			reason = 'Stickiness off: each request is balanced on its own (round robin).';
		} else if (config.mode === 'nlb-source-ip') {
			const pinned = ipSessions.get(sourceIp);
			if (pinned === undefined) {
				target = pickRoundRobin();
				reason = `First request from ${sourceIp}: picked ${target} and pinned that IP to it.`;
			} else if (healthy.get(pinned)) {
				target = pinned;
				sticky = true;
				reason = `Source IP ${sourceIp} is pinned to ${pinned} (no cookies involved).`;
			} else {
				target = pickRoundRobin();
				reason = `${pinned} is unhealthy: ${sourceIp} is re-pinned to ${target}.`;
			}
			ipSessions.set(sourceIp, target);
		} else {
			const session = sendsCookies ? cookieSessions.get(event.client) : undefined;
			if (session && event.time <= session.expiresAt && healthy.get(session.target)) {
				target = session.target;
				sticky = true;
				reason = `${cookieName} cookie points to ${target}.`;
			} else {
				target = pickRoundRobin();
				reason = !sendsCookies
					? `The client sends no cookies, so it can't stay sticky: balanced to ${target}.`
					: !session
						? `No ${cookieName} cookie yet: balanced to ${target}.`
						: event.time > session.expiresAt
							? `The stickiness expired (last valid until ${session.expiresAt} s): balanced to ${target}.`
							: `${session.target} is unhealthy: the session moves to ${target}.`;
			}
			// Duration-based cookies (and the AWSALBAPP check) restart on every request.
			if (sendsCookies) cookieSessions.set(event.client, { target, expiresAt: event.time + duration });
			if (config.mode === 'alb-app') {
				if (!sticky) setCookies.push(`${config.appCookieName} (set by the application on ${target})`);
				setCookies.push(`AWSALBAPP → ${target}, sticky while requests come within ${duration} s`);
			} else {
				setCookies.push(`${cookieName} → ${target}, expires at ${event.time + duration} s`);
			}
		}
		counts.set(target, (counts.get(target) ?? 0) + 1);
		requests.push({ time: event.time, client: event.client, sourceIp, target, sticky, reason, setCookies });
	});

	const perTarget = config.targets.map((t) => ({ target: t, requests: counts.get(t) ?? 0 }));
	const notes: string[] = [];
	const total = requests.length;
	// Only one target can get more than 60 % of the requests; with no requests, 0 / 0 is NaN: no note.
	const busiest = perTarget.find((t) => t.requests / total > 0.6);
	if (busiest && config.targets.length > 1) {
		notes.push(`Imbalance: ${busiest.target} received ${busiest.requests} of ${total} requests.`);
	}
	if (config.mode === 'nlb-source-ip') {
		const clientsPerIp = new Map<string, Set<string>>();
		for (const r of requests) clientsPerIp.set(r.sourceIp, (clientsPerIp.get(r.sourceIp) ?? new Set()).add(r.client));
		for (const [ip, clients] of clientsPerIp) {
			if (clients.size > 1)
				notes.push(`${clients.size} clients share source IP ${ip} (a NAT), so all of them stick to the same target.`);
		}
	}
	return { requests, perTarget, notes };
}

/**
 * Parses a request script, one event per line:
 *   `0 alice 198.51.100.7`          a request at 0 s from client alice, source IP 198.51.100.7
 *   `5 bob 198.51.100.7 no-cookies` a client that does not keep cookies
 *   `30 target-2 down` / `60 target-2 up`  target health changes
 */
export function parseStickinessScript(text: string): SimulationEvent[] {
	const events: SimulationEvent[] = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		const at = `line ${index + 1}`;
		const parts = line.split(/\s+/);
		const time = Number(parts[0]);
		// split() always gives a first part; 400 digits pass the pattern but are Infinity.
		if (!/^\d+(\.\d+)?$/.test(parts[0] as string) || !Number.isFinite(time))
			throw new StickinessError(`start with the time in seconds, e.g. "0 alice 198.51.100.7".`, at);
		if (parts.length === 3 && (parts[2] === 'down' || parts[2] === 'up')) {
			events.push({ kind: 'health', time, target: parts[1] as string, healthy: parts[2] === 'up' });
			return;
		}
		if (parts.length < 3 || parts.length > 4 || (parts.length === 4 && parts[3] !== 'no-cookies')) {
			throw new StickinessError('write "TIME CLIENT SOURCE-IP [no-cookies]" or "TIME TARGET down|up".', at);
		}
		if (!parseIp(parts[2] as string)) throw new StickinessError(`"${parts[2]}" is not an IP address.`, at);
		events.push({
			kind: 'request',
			time,
			client: parts[1] as string,
			sourceIp: parts[2] as string,
			...(parts[3] ? { sendsCookies: false } : {}),
		});
	});
	return events;
}
