/**
 * Views for the load-balancing widgets: pure functions from an engine result to what the widget shows,
 * rendered by <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts).
 */
import { badge, el, type ViewNode } from '../kit/view';
import {
	parseStickinessScript,
	simulateStickiness,
	StickinessError,
	type StickinessMode,
	type StickinessResult,
	explainCertificateSelection,
	parseCertificateLines,
	SniError,
	type CertificateSelection,
	type ListenerCertificate,
	type ChooserAnswer,
	routeRoundRobin,
	type RoundRobinTarget,
	AlbRuleError,
	describeCondition,
	parseHeaderLines,
	parseListenerJson,
	parseRequestUrl,
	routeRequest,
	type Listener,
	type RoutingResult,
	checkIpTarget,
	IpTargetError,
	type IpTargetCheck,
	extractClientIp,
	ForwardedHeaderError,
	parseProxyLines,
	simulateForwarding,
	type ClientIpResult,
	type ForwardingResult,
	type ForwardingScenario,
	type XffMode,
	computeTrafficShares,
	CROSS_ZONE_DEFAULTS,
	CrossZoneError,
	formatShare,
	formatProbe,
	HealthCheckConfigError,
	parseProbeSequence,
	ProbeSequenceError,
	simulateHealthChecks,
	type CrossZoneLoadBalancer,
	type CrossZoneResult,
	type ZoneTargets,
	type HealthCheckConfig,
	type HealthCheckLoadBalancer,
	type HealthCheckProtocol,
	type HealthCheckTimeline,
	type TargetHealthState,
} from '../../lib/elb/index';

// --- Health-check simulator -----------------------------------------------------------------------

export const HEALTH_NUMBER_FIELDS = [
	'intervalSeconds',
	'timeoutSeconds',
	'healthyThreshold',
	'unhealthyThreshold',
] as const;
export type HealthNumberField = (typeof HEALTH_NUMBER_FIELDS)[number];
/** The fields an error can sit beside (each has an error line `${field}-error`). */
export type HealthErrorField = 'protocol' | 'port' | 'path' | 'matcher' | HealthNumberField | 'probes';

/** The form as typed. */
export interface HealthForm {
	loadBalancer: HealthCheckLoadBalancer;
	protocol: HealthCheckProtocol;
	port: string;
	path: string;
	matcher: string;
	intervalSeconds: string;
	timeoutSeconds: string;
	healthyThreshold: string;
	unhealthyThreshold: string;
	grpc: boolean;
	probes: string;
	start: TargetHealthState;
}

export function healthForm(config: HealthCheckConfig, probes: string, start: TargetHealthState): HealthForm {
	return {
		loadBalancer: config.loadBalancer,
		protocol: config.protocol,
		port: String(config.port),
		path: config.path,
		matcher: config.matcher,
		intervalSeconds: String(config.intervalSeconds),
		timeoutSeconds: String(config.timeoutSeconds),
		healthyThreshold: String(config.healthyThreshold),
		unhealthyThreshold: String(config.unhealthyThreshold),
		grpc: config.grpc === true,
		probes,
		start,
	};
}

export interface HealthEvaluation {
	timeline: HealthCheckTimeline | null;
	error: { field: HealthErrorField; message: string } | null;
	start: TargetHealthState;
}

const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function evaluateHealthForm(form: HealthForm): HealthEvaluation {
	const port = form.port.trim();
	const config: HealthCheckConfig = {
		loadBalancer: form.loadBalancer,
		protocol: form.protocol,
		port: port === 'traffic-port' ? 'traffic-port' : toNumber(port),
		path: form.path,
		matcher: form.matcher,
		intervalSeconds: toNumber(form.intervalSeconds),
		timeoutSeconds: toNumber(form.timeoutSeconds),
		healthyThreshold: toNumber(form.healthyThreshold),
		unhealthyThreshold: toNumber(form.unhealthyThreshold),
		...(form.grpc ? { grpc: true } : {}),
	};
	try {
		return {
			timeline: simulateHealthChecks(config, parseProbeSequence(form.probes), form.start),
			error: null,
			start: form.start,
		};
	} catch (error) {
		if (error instanceof HealthCheckConfigError) {
			const field = error.field === 'loadBalancer' || error.field === 'grpc' ? 'protocol' : error.field;
			return { timeline: null, error: { field, message: error.message }, start: form.start };
		}
		if (error instanceof ProbeSequenceError)
			return { timeline: null, error: { field: 'probes', message: error.message }, start: form.start };
		throw error;
	}
}

const healthTone = (state: TargetHealthState) =>
	state === 'healthy' ? 'allow' : state === 'unhealthy' ? 'deny' : 'neutral';

/** The summary and the first `shown` checks (all of them by default). */
export function healthOutputView({ timeline, start }: HealthEvaluation, shown = Number.POSITIVE_INFINITY): ViewNode {
	if (!timeline) return el('p', { 'data-part': 'summary' }, 'Fix the highlighted setting to run the checks.');
	const count = Math.min(shown, timeline.steps.length);
	const visible = timeline.steps.slice(0, count);
	const last = visible[count - 1];
	const current = last ? last.after : start;
	return [
		el(
			'p',
			{ 'data-part': 'summary' },
			count === 0
				? 'Before the first check the target is '
				: `After ${count} of ${timeline.steps.length} checks the target is `,
			badge(healthTone(current), current),
			last?.changed ? ' — it just changed state.' : '',
		),
		el(
			'div',
			{ class: 'dla-table-wrap' },
			el(
				'table',
				{ class: 'dla-table' },
				el(
					'thead',
					{},
					el(
						'tr',
						{},
						['Check', 'Time', 'Answer', 'Result', 'In a row', 'Target state'].map((h) => el('th', { scope: 'col' }, h)),
					),
				),
				el(
					'tbody',
					{ 'data-part': 'rows' },
					visible.map((step, index) =>
						el(
							'tr',
							{
								'data-highlight':
									(index === count - 1 && count < timeline.steps.length) || step.changed ? 'true' : undefined,
							},
							el('td', {}, step.check),
							el('td', {}, `${step.atSeconds} s`),
							el('td', { class: 'dla-mono' }, formatProbe(step.probe)),
							el('td', {}, `${step.passed ? 'pass' : 'fail'} — ${step.why}`),
							el('td', {}, step.passed ? `${step.consecutiveSuccesses} pass` : `${step.consecutiveFailures} fail`),
							el('td', {}, step.changed ? `${step.before} → ${step.after}` : step.after),
						),
					),
				),
			),
		),
	];
}

// --- Cross-zone load balancing --------------------------------------------------------------------

export const CROSS_ZONE_NAMES = ['us-east-1a', 'us-east-1b'] as const;
export const MAX_CROSS_ZONE_TARGETS = 50;

export interface CrossZoneForm {
	/** Target counts per zone, as typed. */
	a: string;
	b: string;
	lb: CrossZoneLoadBalancer;
}

export interface CrossZoneEvaluation {
	lb: CrossZoneLoadBalancer;
	errors: { a: string | null; b: string | null };
	zones: ZoneTargets[];
	shares: { on: CrossZoneResult; off: CrossZoneResult } | null;
}

const COUNT_MESSAGE = `Enter a whole number of targets from 0 to ${MAX_CROSS_ZONE_TARGETS}.`;

export function evaluateCrossZone(form: CrossZoneForm): CrossZoneEvaluation {
	const read = (text: string) => {
		const value = Number(text);
		return text.trim() === '' || !Number.isInteger(value) || value < 0 || value > MAX_CROSS_ZONE_TARGETS ? null : value;
	};
	const counts = [read(form.a), read(form.b)];
	const errors = { a: counts[0] === null ? COUNT_MESSAGE : null, b: counts[1] === null ? COUNT_MESSAGE : null };
	const zones: ZoneTargets[] = CROSS_ZONE_NAMES.map((zone, index) => ({
		zone,
		targets: Array.from({ length: counts[index] ?? 0 }, (_, i) => `${zone}-${i + 1}`),
	}));
	if (errors.a || errors.b) return { lb: form.lb, errors, zones, shares: null };
	try {
		return {
			lb: form.lb,
			errors,
			zones,
			shares: { on: computeTrafficShares(zones, true), off: computeTrafficShares(zones, false) },
		};
	} catch (error) {
		if (!(error instanceof CrossZoneError)) throw error;
		return { lb: form.lb, errors: { a: error.message, b: null }, zones, shares: null };
	}
}

export function crossZoneView({ lb, zones, shares }: CrossZoneEvaluation): ViewNode {
	const defaults = CROSS_ZONE_DEFAULTS[lb];
	const perTarget = (result: CrossZoneResult, zone: ZoneTargets) =>
		zone.targets.length ? formatShare(result.shares.find((s) => s.zone === zone.zone)?.share ?? 0) : '—';
	return [
		el(
			'p',
			{ 'data-part': 'default' },
			`Default: ${defaults.control}${defaults.interAzCharge ? ' Inter-AZ data is charged when it is on.' : ''}`,
		),
		shares
			? el(
					'div',
					{ class: 'dla-table-wrap' },
					el(
						'table',
						{ class: 'dla-table' },
						el(
							'thead',
							{},
							el(
								'tr',
								{},
								['Zone', 'Targets', 'Each target, cross-zone ON', 'Each target, cross-zone OFF'].map((h) =>
									el('th', { scope: 'col' }, h),
								),
							),
						),
						el(
							'tbody',
							{ 'data-part': 'rows' },
							zones.map((zone) =>
								el(
									'tr',
									{},
									el('td', {}, zone.zone),
									el('td', {}, zone.targets.length),
									el('td', {}, perTarget(shares.on, zone)),
									el('td', {}, perTarget(shares.off, zone)),
								),
							),
						),
					),
				)
			: el('p', { class: 'dla-row' }, badge('warn', 'Fix the target counts', 'decision'), ' ', 'to see the shares.'),
	];
}

// --- X-Forwarded-For builder ----------------------------------------------------------------------

/** The trusted-proxy count a reader may set; a real chain in front of an ALB is a few hops at most. */
export const MAX_TRUSTED_PROXIES = 10;

export const LISTENER_CHOICES = ['https:443', 'http:80', 'http:8080'] as const;
export type ListenerChoice = (typeof LISTENER_CHOICES)[number];

export interface ForwardedForm {
	client: string;
	forged: string;
	proxies: string;
	protocol: ListenerChoice;
	mode: XffMode;
	trusted: string;
}
export type ForwardedField = 'client' | 'forged' | 'proxies' | 'trusted';

export interface ForwardedEvaluation {
	error: { field: ForwardedField; message: string } | null;
	result: ForwardingResult | null;
	/** The client IP read from the header, or why the header cannot be trusted; null when no header arrives. */
	client: { ok: true; value: ClientIpResult } | { ok: false; message: string } | null;
}

function fieldOfPath(path: string): ForwardedField {
	if (path === 'clientIp') return 'client';
	return path.startsWith('proxies') || path.startsWith('line') ? 'proxies' : 'forged';
}

export function evaluateForwarding(form: ForwardedForm, alb: ForwardingScenario['alb']): ForwardedEvaluation {
	const none = { result: null, client: null };
	const trusted = Number(form.trusted);
	if (form.trusted.trim() === '' || !Number.isInteger(trusted) || trusted < 0 || trusted > MAX_TRUSTED_PROXIES)
		return {
			...none,
			error: { field: 'trusted', message: `Enter a whole number of trusted proxies from 0 to ${MAX_TRUSTED_PROXIES}.` },
		};
	const [protocol, port] = form.protocol.split(':');
	let result: ForwardingResult;
	try {
		result = simulateForwarding({
			clientIp: form.client.trim(),
			clientXff: form.forged,
			proxies: parseProxyLines(form.proxies),
			alb: { ...alb, protocol: protocol === 'http' ? 'http' : 'https', port: Number(port), xffMode: form.mode },
		});
	} catch (error) {
		if (!(error instanceof ForwardedHeaderError)) throw error;
		const field = fieldOfPath(error.path);
		// A proxy line's number is the reader's own reference, so it stays in the message.
		const message = error.path.startsWith('line') ? error.message : error.reason;
		return { ...none, error: { field, message: message.charAt(0).toUpperCase() + message.slice(1) } };
	}
	const header = result.atTarget.headers['X-Forwarded-For'];
	if (!header) return { error: null, result, client: null };
	try {
		return { error: null, result, client: { ok: true, value: extractClientIp(header, trusted) } };
	} catch (error) {
		if (!(error instanceof ForwardedHeaderError)) throw error;
		const message = error.reason.charAt(0).toUpperCase() + error.reason.slice(1);
		return { error: { field: 'trusted', message }, result, client: { ok: false, message } };
	}
}

export function forwardedView({ error, result, client }: ForwardedEvaluation): ViewNode {
	const field = (name: string, value: string | undefined) => [
		el('dt', {}, name),
		el('dd', { class: 'dla-mono' }, value ?? '—'),
	];
	const hops =
		result && (!error || client)
			? result.hops.map((hop) =>
					el(
						'li',
						{ 'data-highlight': hop.to === 'target' ? 'true' : undefined },
						el('strong', {}, `${hop.from} → ${hop.to}`),
						el(
							'dl',
							{},
							field('TCP source seen', hop.tcpSourceIp),
							field('X-Forwarded-For', hop.headers['X-Forwarded-For']),
							field('X-Forwarded-Proto', hop.headers['X-Forwarded-Proto']),
							field('X-Forwarded-Port', hop.headers['X-Forwarded-Port']),
						),
						el('p', {}, hop.note),
					),
				)
			: [];
	const clientLine =
		error && !client
			? [badge('warn', 'Input error'), ' Fix the field marked above.']
			: client === null
				? [
						badge('warn', 'No X-Forwarded-For reaches the target'),
						' With this mode the target cannot learn the client IP from the header.',
					]
				: client.ok
					? [badge('allow', `Client IP: ${client.value.clientIp}`), ' ', client.value.explanation]
					: [badge('deny', 'Not trustworthy'), ' ', client.message];
	return [
		el('ol', { class: 'xff-hops', 'data-part': 'rows' }, hops),
		el('p', { 'data-part': 'client-ip' }, clientLine),
	];
}

// --- IP target check ------------------------------------------------------------------------------

export interface IpTargetForm {
	ip: string;
	/** Comma-separated VPC CIDR blocks, as typed. */
	vpc: string;
}
export interface IpTargetEvaluation {
	result: IpTargetCheck | null;
	error: { field: 'ip' | 'vpc'; message: string } | null;
}

export function evaluateIpTarget(form: IpTargetForm): IpTargetEvaluation {
	const blocks = form.vpc
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	try {
		return { result: checkIpTarget(form.ip.trim(), blocks), error: null };
	} catch (error) {
		if (!(error instanceof IpTargetError)) throw error;
		// error.reason, not error.message: the reader sees "VPC CIDR blocks", never the engine's "vpcCidrs[0]".
		return { result: null, error: { field: error.path === 'ip' ? 'ip' : 'vpc', message: error.reason } };
	}
}

export function ipTargetView({ result }: IpTargetEvaluation): ViewNode {
	if (!result) return [badge('warn', 'Input error'), ' Fix the field marked above.'];
	return [badge(result.allowed ? 'allow' : 'deny', result.allowed ? 'Allowed' : 'Rejected'), ' ', result.reason];
}

// --- ALB listener-rule router ---------------------------------------------------------------------

export interface AlbForm {
	rules: string;
	url: string;
	method: string;
	headers: string;
	ip: string;
}
export type AlbField = keyof AlbForm;

export interface AlbEvaluation {
	listener: Listener | null;
	result: RoutingResult | null;
	error: { field: AlbField; message: string } | null;
}

const ALB_STATUS_TEXT = {
	selected: 'wins',
	shadowed: 'matches too, but a lower number won first',
	'no-match': 'no match',
} as const;

/** `rules[1].conditions[0].values[2]` as the reader counts: "Rule 2, condition 1, value 3". */
export function describeRulePath(path: string): string {
	const names: Record<string, string> = { rules: 'Rule', conditions: 'condition', values: 'value' };
	const parts = [...path.matchAll(/([a-zA-Z]+)(?:\[(\d+)\])?/g)].map(([, name = '', index]) =>
		index === undefined ? name : `${names[name] ?? name} ${Number(index) + 1}`,
	);
	return parts.join(', ');
}

function albErrorField(path: string): AlbField {
	if (path === 'url' || path === 'headers') return path;
	if (path.startsWith('request.sourceIp')) return 'ip';
	if (path.startsWith('request.method')) return 'method';
	if (path.startsWith('request')) return 'url';
	return 'rules';
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function evaluateAlbForm(form: AlbForm): AlbEvaluation {
	try {
		const listener = parseListenerJson(form.rules);
		const url = parseRequestUrl(form.url);
		const result = routeRequest(listener, {
			host: url.host,
			path: url.path,
			method: form.method.trim(),
			headers: parseHeaderLines(form.headers),
			sourceIp: form.ip.trim(),
		});
		return { listener, result, error: null };
	} catch (error) {
		if (!(error instanceof AlbRuleError)) throw error;
		const field = albErrorField(error.path);
		const where = field === 'rules' && error.path ? `${describeRulePath(error.path)}: ` : '';
		return { listener: null, result: null, error: { field, message: where + capitalize(error.reason) } };
	}
}

export function albRoutingView({ listener, result }: AlbEvaluation): ViewNode {
	if (!listener || !result)
		return [
			el(
				'p',
				{ 'data-part': 'verdict' },
				badge('warn', 'Input error'),
				' Fix the field marked above to route the request.',
			),
			el('ol', { class: 'alb-rules', 'data-part': 'rows' }),
		];
	const byPriority = new Map(listener.rules.map((r) => [r.priority, r]));
	return [
		el(
			'p',
			{ 'data-part': 'verdict' },
			badge('allow', result.priority === 'default' ? 'Default rule' : `Rule ${result.priority}`),
			' ',
			result.action,
		),
		el(
			'ol',
			{ class: 'alb-rules', 'data-part': 'rows' },
			result.evaluations.map((e) =>
				el(
					'li',
					{ 'data-highlight': e.status === 'selected' ? 'true' : undefined, 'data-status': e.status },
					el(
						'p',
						{ class: 'alb-rules__head' },
						el('strong', {}, `Priority ${e.priority}`),
						` — ${ALB_STATUS_TEXT[e.status]}`,
					),
					el(
						'ul',
						{ class: 'dla-list' },
						(byPriority.get(e.priority)?.conditions ?? []).map((c) =>
							el('li', { class: 'dla-mono' }, describeCondition(c)),
						),
					),
					el('p', { class: 'alb-rules__action' }, `→ ${e.action}`),
					el(
						'ul',
						{ class: 'dla-list alb-rules__why' },
						e.conditions.map((c) => el('li', {}, `${c.matched ? '✔ ' : '✘ '}${c.reason}`)),
					),
				),
			),
			el(
				'li',
				{ 'data-highlight': result.priority === 'default' ? 'true' : undefined, 'data-status': 'default' },
				el(
					'p',
					{ class: 'alb-rules__head' },
					el('strong', {}, 'Default rule'),
					` — ${result.priority === 'default' ? 'wins: no other rule matched' : 'not reached: a rule above matched first'}`,
				),
				el('p', { class: 'alb-rules__action' }, `→ ${listener.defaultAction}`),
			),
		),
	];
}

// --- Round robin ----------------------------------------------------------------------------------

/** Requests dealt so far: a running tally the reader adds to with the send buttons. */
export interface RoundRobinTally {
	counts: Record<string, number>;
	/** The last assignments, oldest first (at most RECENT_SHOWN). */
	recent: string[];
	cursor: number;
	failOpen: boolean;
}
const RECENT_SHOWN = 12;

export function dealRequests(
	targets: readonly RoundRobinTarget[],
	n: number,
	tally?: RoundRobinTally,
): RoundRobinTally {
	const result = routeRoundRobin(targets, n, tally?.cursor ?? 0);
	const counts = { ...(tally?.counts ?? {}) };
	for (const [name, value] of Object.entries(result.counts)) counts[name] = (counts[name] ?? 0) + value;
	return {
		counts,
		recent: [...(tally?.recent ?? []), ...result.assignments].slice(-RECENT_SHOWN),
		cursor: result.nextCursor,
		failOpen: result.failOpen,
	};
}

export function roundRobinView(targets: readonly RoundRobinTarget[], tally: RoundRobinTally): ViewNode {
	const sent = Object.values(tally.counts).reduce((a, b) => a + b, 0);
	const failOpen = targets.every((t) => !t.healthy);
	return [
		el(
			'p',
			{ 'data-part': 'summary' },
			`${sent} requests sent${failOpen ? ' (fail open: no healthy target, so every target is used)' : ''}.`,
		),
		el(
			'div',
			{ class: 'dla-table-wrap' },
			el(
				'table',
				{ class: 'dla-table' },
				el(
					'thead',
					{},
					el(
						'tr',
						{},
						['Target', 'Health', 'Requests'].map((h) => el('th', { scope: 'col' }, h)),
					),
				),
				el(
					'tbody',
					{ 'data-part': 'rows' },
					targets.map((t) =>
						el(
							'tr',
							{},
							el('td', {}, t.name),
							el('td', {}, t.healthy ? 'healthy' : 'unhealthy'),
							el('td', {}, tally.counts[t.name] ?? 0),
						),
					),
				),
			),
		),
		el('p', { class: 'dla-mono', 'data-part': 'recent' }, `Last requests: ${tally.recent.join(' → ') || '—'}`),
	];
}

// --- Load-balancer chooser ------------------------------------------------------------------------

export const CHOOSER_PROTOCOLS = ['http', 'https', 'tcp', 'tls', 'udp', 'ip'] as const;

export function chooserView(answer: ChooserAnswer): ViewNode {
	return [
		el('p', {}, 'Choose: ', badge('allow', answer.name, 'choice')),
		el(
			'ul',
			{ class: 'dla-list', 'data-part': 'reasons' },
			answer.reasons.map((reason) => el('li', {}, reason)),
		),
		el(
			'ul',
			{ class: 'dla-list', 'data-part': 'caveats' },
			answer.caveats.map((caveat) => el('li', {}, `Caveat: ${caveat}`)),
		),
	];
}

// --- Certificate selection (SNI) ------------------------------------------------------------------

export interface SniForm {
	certs: string;
	host: string;
	clb: boolean;
	ecdsa: boolean;
}
export interface SniEvaluation {
	certificates: ListenerCertificate[];
	result: CertificateSelection | null;
	error: { field: 'certs' | 'host'; message: string } | null;
}

export function evaluateSni(form: SniForm): SniEvaluation {
	try {
		const certificates = parseCertificateLines(form.certs);
		const result = explainCertificateSelection(certificates, form.host, {
			sni: !form.clb,
			clientSupportsEcdsa: form.ecdsa,
		});
		return { certificates, result, error: null };
	} catch (error) {
		if (!(error instanceof SniError)) throw error;
		if (error.path === 'serverName')
			return { certificates: [], result: null, error: { field: 'host', message: capitalize(error.reason) } };
		const certificate = /^certificates\[(\d+)\]$/.exec(error.path);
		const where = certificate
			? `Certificate ${Number(certificate[1]) + 1}: `
			: error.path
				? `${capitalize(error.path)}: `
				: '';
		return {
			certificates: [],
			result: null,
			error: { field: 'certs', message: where + (where ? error.reason : capitalize(error.reason)) },
		};
	}
}

const SNI_KIND_TEXT = { exact: 'exact name', wildcard: 'wildcard', none: 'no match' } as const;

export function sniView({ certificates, result }: SniEvaluation): ViewNode {
	if (!result)
		return [el('p', { 'data-part': 'verdict' }, badge('warn', 'Input error'), ' Fix the field marked above.')];
	const good = result.reason === 'exact' || result.reason === 'wildcard' || result.coversHostname === true;
	return [
		el(
			'p',
			{ 'data-part': 'verdict' },
			badge(good ? 'allow' : 'warn', `Presents: ${result.certificateId}`),
			' ',
			result.explanation,
		),
		el(
			'div',
			{ class: 'dla-table-wrap' },
			el(
				'table',
				{ class: 'dla-table' },
				el(
					'thead',
					{},
					el(
						'tr',
						{},
						['Certificate', 'Names', 'Compared with the hostname', 'Presented?'].map((h) =>
							el('th', { scope: 'col' }, h),
						),
					),
				),
				el(
					'tbody',
					{ 'data-part': 'rows' },
					result.matches.map((m, i) =>
						el(
							'tr',
							{ 'data-highlight': m.chosen ? 'true' : undefined },
							el('td', {}, `${m.id}${m.isDefault ? ' (default)' : ''}`),
							el('td', { class: 'dla-mono' }, certificates[i]?.domains.join(', ') ?? ''),
							el('td', {}, `${SNI_KIND_TEXT[m.kind]}: ${m.note}`),
							el('td', {}, m.chosen ? 'yes' : 'no'),
						),
					),
				),
			),
		),
	];
}

// --- Stickiness simulator -------------------------------------------------------------------------

export interface StickyForm {
	mode: StickinessMode;
	duration: string;
	cookie: string;
	script: string;
}
export type StickyField = 'duration' | 'cookie' | 'script';
export interface StickyEvaluation {
	result: StickinessResult | null;
	error: { field: StickyField; message: string } | null;
}

export function evaluateSticky(form: StickyForm, targets: string[]): StickyEvaluation {
	try {
		const events = parseStickinessScript(form.script);
		const result = simulateStickiness(
			{
				mode: form.mode,
				targets,
				durationSeconds: form.duration.trim() === '' ? Number.NaN : Number(form.duration),
				appCookieName: form.cookie.trim(),
			},
			events,
		);
		return { result, error: null };
	} catch (error) {
		if (!(error instanceof StickinessError)) throw error;
		const field: StickyField =
			error.path === 'durationSeconds' ? 'duration' : error.path === 'appCookieName' ? 'cookie' : 'script';
		const event = /^events\[(\d+)\]$/.exec(error.path);
		const where = event
			? `Request or event ${Number(event[1]) + 1}: `
			: error.path.startsWith('line')
				? `${capitalize(error.path)}: `
				: '';
		return { result: null, error: { field, message: where + (where ? error.reason : capitalize(error.reason)) } };
	}
}

export function stickyView({ result }: StickyEvaluation): ViewNode {
	if (!result)
		return el(
			'ul',
			{ class: 'dla-list', 'data-part': 'summary' },
			el('li', {}, badge('warn', 'Input error'), ' Fix the field marked above.'),
		);
	return [
		el(
			'ul',
			{ class: 'dla-list', 'data-part': 'summary' },
			result.perTarget.map((t) => el('li', {}, `${t.target}: ${t.requests} request${t.requests === 1 ? '' : 's'}`)),
			result.notes.map((n) => el('li', {}, el('strong', {}, n))),
		),
		el(
			'div',
			{ class: 'dla-table-wrap' },
			el(
				'table',
				{ class: 'dla-table' },
				el(
					'thead',
					{},
					el(
						'tr',
						{},
						['Request', 'Target', 'Why'].map((h) => el('th', { scope: 'col' }, h)),
					),
				),
				el(
					'tbody',
					{ 'data-part': 'rows' },
					result.requests.map((r) =>
						el(
							'tr',
							{ 'data-highlight': r.sticky ? 'true' : undefined },
							el(
								'td',
								{},
								`${r.time} s · ${r.client}`,
								el('br'),
								el('span', { class: 'dla-mono sticky-ip' }, r.sourceIp),
							),
							el('td', {}, `${r.target}${r.sticky ? ' (sticky)' : ''}`),
							el(
								'td',
								{},
								r.reason,
								r.setCookies.length > 0 && [
									el('br'),
									el('span', { class: 'sticky-cookies' }, `Sets: ${r.setCookies.join('; ')}`),
								],
							),
						),
					),
				),
			),
		),
	];
}
