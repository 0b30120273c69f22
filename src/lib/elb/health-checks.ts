/**
 * Load-balancer health checks: the success-code matcher and a step-by-step simulation of how a target's
 * health state changes as health-check results arrive.
 *
 * Sources (Elastic Load Balancing docs):
 * - ALB: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html
 * - NLB: https://docs.aws.amazon.com/elasticloadbalancing/latest/network/target-group-health-checks.html
 * - CLB: https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-healthchecks.html
 * - Matcher ranges: https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Matcher.html
 */

export type HealthCheckLoadBalancer = 'alb' | 'nlb' | 'clb';
export type HealthCheckProtocol = 'HTTP' | 'HTTPS' | 'TCP' | 'SSL';
export type TargetHealthState = 'initial' | 'healthy' | 'unhealthy';

/** Which codes a matcher may contain. ALB HTTP 200–499, ALB gRPC 0–99, NLB HTTP 200–599 (API_Matcher). */
export type MatcherKind = 'alb-http' | 'alb-grpc' | 'nlb-http';
export const MATCHER_BOUNDS: Record<MatcherKind, { min: number; max: number; label: string }> = {
	'alb-http': { min: 200, max: 499, label: 'Application Load Balancer HTTP codes must be between 200 and 499' },
	'alb-grpc': { min: 0, max: 99, label: 'gRPC codes must be between 0 and 99' },
	'nlb-http': { min: 200, max: 599, label: 'Network Load Balancer HTTP codes must be between 200 and 599' },
};

export class MatcherError extends Error {
	override name = 'MatcherError';
}

export class HealthCheckConfigError extends Error {
	override name = 'HealthCheckConfigError';
	constructor(
		message: string,
		readonly field: keyof HealthCheckConfig,
	) {
		super(message);
	}
}

export class ProbeSequenceError extends Error {
	override name = 'ProbeSequenceError';
	constructor(
		message: string,
		readonly column: number,
	) {
		super(message);
	}
}

export interface CodeRange {
	from: number;
	to: number;
}

/**
 * Parses a success-code matcher: one code ("200"), a list ("200,202") or a range ("200-299"), or a list mixing
 * both. Spaces around items are tolerated. Throws MatcherError (and nothing else) on any invalid input.
 */
export function parseMatcher(matcher: string, kind: MatcherKind = 'alb-http'): CodeRange[] {
	if (typeof matcher !== 'string')
		throw new MatcherError('The success codes must be text, for example "200" or "200-299".');
	const bounds = MATCHER_BOUNDS[kind];
	if (!bounds) throw new MatcherError(`Unknown matcher kind "${String(kind)}".`);
	if (matcher.trim() === '') throw new MatcherError('Enter at least one success code, for example "200".');
	const ranges: CodeRange[] = [];
	for (const [index, rawItem] of matcher.split(',').entries()) {
		const item = rawItem.trim();
		const position = `item ${index + 1}`;
		if (item === '') throw new MatcherError(`Empty entry at ${position}: remove the extra comma.`);
		const match = /^(\d{1,3})(?:-(\d{1,3}))?$/.exec(item);
		if (!match) throw new MatcherError(`"${item}" (${position}) is not a code or a range like 200-299.`);
		const from = Number(match[1]);
		const to = match[2] === undefined ? from : Number(match[2]);
		for (const code of [from, to]) {
			if (code < bounds.min || code > bounds.max) throw new MatcherError(`${code} is out of range: ${bounds.label}.`);
		}
		if (from > to)
			throw new MatcherError(`Range "${item}" goes backwards: write the lower code first (${to}-${from}).`);
		ranges.push({ from, to });
	}
	return ranges;
}

/** Does `code` count as a successful health check under `matcher`? Throws MatcherError on an invalid matcher. */
export function matchesSuccessCode(matcher: string, code: number, kind: MatcherKind = 'alb-http'): boolean {
	return parseMatcher(matcher, kind).some((range) => code >= range.from && code <= range.to);
}

export interface HealthCheckConfig {
	loadBalancer: HealthCheckLoadBalancer;
	protocol: HealthCheckProtocol;
	/** ALB only: the target group speaks gRPC, so the matcher holds gRPC status codes (0–99). */
	grpc?: boolean;
	/** A port number, or "traffic-port" (the port each target receives traffic on; ALB/NLB default). */
	port: number | 'traffic-port';
	/** Ping path for HTTP/HTTPS checks. */
	path: string;
	/** Success codes for HTTP/HTTPS checks. CLB accepts only 200. Ignored for TCP/SSL. */
	matcher: string;
	intervalSeconds: number;
	timeoutSeconds: number;
	healthyThreshold: number;
	unhealthyThreshold: number;
}

/**
 * Default settings per load balancer (console defaults; verify in the guides above).
 * ALB: HTTP, traffic port, "/", 200, 30 s / 5 s, 5 / 2. NLB with an HTTP check: matcher 200-399,
 * timeout 6 s, 5 / 2. CLB (console): HTTP:80/index.html, 30 s / 5 s, healthy 10 / unhealthy 2, only 200 succeeds.
 */
export const HEALTH_CHECK_PRESETS: Record<HealthCheckLoadBalancer, HealthCheckConfig> = {
	alb: {
		loadBalancer: 'alb',
		protocol: 'HTTP',
		port: 'traffic-port',
		path: '/',
		matcher: '200',
		intervalSeconds: 30,
		timeoutSeconds: 5,
		healthyThreshold: 5,
		unhealthyThreshold: 2,
	},
	nlb: {
		loadBalancer: 'nlb',
		protocol: 'HTTP',
		port: 'traffic-port',
		path: '/',
		matcher: '200-399',
		intervalSeconds: 30,
		timeoutSeconds: 6,
		healthyThreshold: 5,
		unhealthyThreshold: 2,
	},
	clb: {
		loadBalancer: 'clb',
		protocol: 'HTTP',
		port: 80,
		path: '/index.html',
		matcher: '200',
		intervalSeconds: 30,
		timeoutSeconds: 5,
		healthyThreshold: 10,
		unhealthyThreshold: 2,
	},
};

const PROTOCOLS: Record<HealthCheckLoadBalancer, HealthCheckProtocol[]> = {
	alb: ['HTTP', 'HTTPS'],
	nlb: ['TCP', 'HTTP', 'HTTPS'],
	clb: ['TCP', 'SSL', 'HTTP', 'HTTPS'],
};
const LB_NAMES: Record<HealthCheckLoadBalancer, string> = {
	alb: 'Application Load Balancer',
	nlb: 'Network Load Balancer',
	clb: 'Classic Load Balancer',
};

function requireInteger(
	config: HealthCheckConfig,
	field: keyof HealthCheckConfig,
	label: string,
	min: number,
	max: number,
): void {
	// Number.isInteger is false for anything that is not a number, so it doubles as the type check.
	if (!Number.isInteger(config[field])) throw new HealthCheckConfigError(`${label} must be a whole number.`, field);
	const value = config[field] as number;
	if (value < min || value > max)
		throw new HealthCheckConfigError(`${label} must be between ${min} and ${max} (you entered ${value}).`, field);
}

export function usesHttp(config: Pick<HealthCheckConfig, 'protocol'>): boolean {
	return config.protocol === 'HTTP' || config.protocol === 'HTTPS';
}

export function matcherKindFor(config: Pick<HealthCheckConfig, 'loadBalancer' | 'grpc'>): MatcherKind {
	if (config.loadBalancer === 'nlb') return 'nlb-http';
	return config.grpc ? 'alb-grpc' : 'alb-http';
}

/** Checks every documented limit; throws HealthCheckConfigError naming the field. */
export function validateHealthCheckConfig(config: HealthCheckConfig): void {
	const lb = config.loadBalancer;
	if (!(lb in PROTOCOLS))
		throw new HealthCheckConfigError(`Unknown load balancer "${String(lb)}": use alb, nlb or clb.`, 'loadBalancer');
	if (!PROTOCOLS[lb].includes(config.protocol)) {
		throw new HealthCheckConfigError(
			`A ${LB_NAMES[lb]} health check can use ${PROTOCOLS[lb].join(', ')} — not ${String(config.protocol)}.`,
			'protocol',
		);
	}
	if (config.grpc && lb !== 'alb')
		throw new HealthCheckConfigError('gRPC health checks exist only on Application Load Balancers.', 'grpc');
	if (config.port === 'traffic-port') {
		if (lb === 'clb')
			throw new HealthCheckConfigError(
				'A Classic Load Balancer needs an explicit health-check port (1–65535).',
				'port',
			);
	} else {
		requireInteger(config, 'port', 'The port', 1, 65535);
	}
	// Intervals and thresholds: same ranges on all three guides; CLB's timeout tops out at 60 s, ELBv2's at 120 s.
	requireInteger(config, 'intervalSeconds', 'The interval', 5, 300);
	requireInteger(config, 'timeoutSeconds', 'The timeout', 2, lb === 'clb' ? 60 : 120);
	if (config.timeoutSeconds >= config.intervalSeconds) {
		throw new HealthCheckConfigError(
			`The timeout (${config.timeoutSeconds} s) must be shorter than the interval (${config.intervalSeconds} s).`,
			'timeoutSeconds',
		);
	}
	requireInteger(config, 'healthyThreshold', 'The healthy threshold', 2, 10);
	requireInteger(config, 'unhealthyThreshold', 'The unhealthy threshold', 2, 10);
	if (usesHttp(config)) {
		if (typeof config.path !== 'string' || !config.path.startsWith('/'))
			throw new HealthCheckConfigError('The path must start with "/", for example /health.', 'path');
		if (config.path.length > 1024) throw new HealthCheckConfigError('The path can be at most 1024 characters.', 'path');
		if (lb === 'clb') {
			// CLB: "Any answer other than 200 OK within the timeout period is considered unhealthy."
			if (config.matcher.trim() !== '200')
				throw new HealthCheckConfigError(
					'A Classic Load Balancer counts only 200 OK as healthy; its success codes cannot be changed.',
					'matcher',
				);
		} else {
			try {
				parseMatcher(config.matcher, matcherKindFor(config));
			} catch (error) {
				// parseMatcher throws MatcherError and nothing else (property-tested).
				throw new HealthCheckConfigError((error as MatcherError).message, 'matcher');
			}
		}
	}
}

/** One health-check result the target gives. */
export type Probe =
	{ kind: 'status'; code: number; latencySeconds?: number } | { kind: 'timeout' } | { kind: 'refused' };

/**
 * Parses a sequence like "200, 200, 503, timeout, refused, 200@7" — a status code (HTTP, or gRPC for a gRPC
 * check), optionally "@seconds" for how long the answer took; "timeout" = no answer; "refused" = connection refused.
 */
export function parseProbeSequence(text: string): Probe[] {
	const probes: Probe[] = [];
	const tokenPattern = /[^\s,]+/g;
	if (text.length > 2000) throw new ProbeSequenceError('The sequence is too long (at most 2000 characters).', 1);
	for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
		const token = match[0];
		const column = match.index + 1;
		const lower = token.toLowerCase();
		if (lower === 'timeout') probes.push({ kind: 'timeout' });
		else if (lower === 'refused') probes.push({ kind: 'refused' });
		else {
			const status = /^(\d{1,3})(?:@(\d{1,3}(?:\.\d+)?)s?)?$/.exec(token);
			if (!status) {
				throw new ProbeSequenceError(
					`Column ${column}: "${token}" is not a status code (like 200), "200@7" (answered after 7 s), "timeout" or "refused".`,
					column,
				);
			}
			const probe: Probe = { kind: 'status', code: Number(status[1]) };
			if (status[2] !== undefined) probe.latencySeconds = Number(status[2]);
			probes.push(probe);
		}
		if (probes.length > 200) throw new ProbeSequenceError('At most 200 health checks per sequence.', column);
	}
	if (probes.length === 0)
		throw new ProbeSequenceError('Enter at least one result, for example "200, 500, timeout".', 1);
	return probes;
}

export function formatProbe(probe: Probe): string {
	if (probe.kind === 'timeout') return 'timeout';
	if (probe.kind === 'refused') return 'refused';
	return probe.latencySeconds === undefined ? String(probe.code) : `${probe.code}@${probe.latencySeconds}`;
}

export interface HealthCheckStep {
	/** 1-based check number. */
	check: number;
	/** Seconds since the first check (checks are one interval apart). */
	atSeconds: number;
	probe: Probe;
	passed: boolean;
	/** Why the check passed or failed, in words. */
	why: string;
	consecutiveSuccesses: number;
	consecutiveFailures: number;
	before: TargetHealthState;
	after: TargetHealthState;
	changed: boolean;
}

export interface HealthCheckTimeline {
	steps: HealthCheckStep[];
	final: TargetHealthState;
	/** Checks needed from the initial state to healthy, as applied (ALB: 1, per its guide). */
	initialPassesNeeded: number;
}

function judgeProbe(config: HealthCheckConfig, probe: Probe): { passed: boolean; why: string } {
	if (probe.kind === 'timeout')
		return { passed: false, why: `no answer within the ${config.timeoutSeconds} s timeout` };
	if (probe.kind === 'refused') return { passed: false, why: 'connection refused' };
	if (probe.latencySeconds !== undefined && probe.latencySeconds > config.timeoutSeconds) {
		return {
			passed: false,
			why: `answered after ${probe.latencySeconds} s, later than the ${config.timeoutSeconds} s timeout`,
		};
	}
	if (!usesHttp(config)) {
		// A TCP/SSL check only opens a connection; any answer at all means the port is accepting connections.
		return { passed: true, why: `${config.protocol} connection opened` };
	}
	if (config.loadBalancer === 'clb') {
		return probe.code === 200
			? { passed: true, why: '200 OK' }
			: { passed: false, why: `${probe.code} is not 200 OK (a Classic Load Balancer accepts only 200)` };
	}
	const ok = matchesSuccessCode(config.matcher, probe.code, matcherKindFor(config));
	const codeName = config.grpc ? `gRPC code ${probe.code}` : `${probe.code}`;
	return ok
		? { passed: true, why: `${codeName} is in ${config.matcher}` }
		: { passed: false, why: `${codeName} is not in ${config.matcher}` };
}

/**
 * Runs the checks in order. Rules (per the guides): a healthy target becomes unhealthy after
 * `unhealthyThreshold` consecutive failures; an unhealthy one becomes healthy after `healthyThreshold`
 * consecutive successes; any opposite result resets the count. A newly registered ALB target "must pass one
 * health check to be considered healthy"; the NLB and CLB guides give no separate count, so a new target
 * there needs `healthyThreshold` successes in this model.
 */
export function simulateHealthChecks(
	config: HealthCheckConfig,
	probes: readonly Probe[],
	start: TargetHealthState = 'initial',
): HealthCheckTimeline {
	validateHealthCheckConfig(config);
	const initialPassesNeeded = config.loadBalancer === 'alb' ? 1 : config.healthyThreshold;
	let state = start;
	let successes = 0;
	let failures = 0;
	const steps: HealthCheckStep[] = probes.map((probe, index) => {
		const { passed, why } = judgeProbe(config, probe);
		if (passed) {
			successes += 1;
			failures = 0;
		} else {
			failures += 1;
			successes = 0;
		}
		const before = state;
		// Only one of the two counts is non-zero, and reaching a threshold of the state a target is already
		// in changes nothing, so the counts alone decide.
		const passesNeeded = state === 'initial' ? initialPassesNeeded : config.healthyThreshold;
		if (successes >= passesNeeded) state = 'healthy';
		else if (failures >= config.unhealthyThreshold) state = 'unhealthy';
		return {
			check: index + 1,
			atSeconds: index * config.intervalSeconds,
			probe,
			passed,
			why,
			consecutiveSuccesses: successes,
			consecutiveFailures: failures,
			before,
			after: state,
			changed: before !== state,
		};
	});
	return { steps, final: state, initialPassesNeeded };
}
