/**
 * X-Forwarded-For / -Proto / -Port: what each hop adds on the way client → proxies → ALB → target, and
 * how a target recovers the client's IP when it knows how many proxies in front of the ALB it trusts.
 *
 * AWS, "HTTP headers and Application Load Balancers":
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/x-forwarded-headers.html
 * - X-Forwarded-For, mode `append` (default): the ALB adds the IP of the peer that connected to it (creating
 *   the header if absent); `preserve` passes the header on unchanged; `remove` deletes it. With
 *   `routing.http.xff_client_port.enabled` the ALB appends ip:port. Left-most = the original client,
 *   followed by each proxy in order.
 * - X-Forwarded-Proto: the protocol (http/https) the client used to reach the ALB.
 * - X-Forwarded-Port: the listener port the client connected to.
 * Only entries added by systems you control can be trusted: a client can send any X-Forwarded-For it likes,
 * so read the header from the right, skipping one entry per trusted proxy.
 */
import { formatIp, parseIp } from './alb-ip';

export type XffMode = 'append' | 'preserve' | 'remove';
export interface Proxy {
	name: string;
	ip: string;
}
export interface ForwardingScenario {
	clientIp: string;
	/** X-Forwarded-For the client itself sends (empty = none). A client can put anything here. */
	clientXff?: string;
	/** Proxies between the client and the ALB (e.g. a corporate proxy, a CDN), in order. Each appends its peer's IP. */
	proxies: Proxy[];
	alb: {
		protocol: 'http' | 'https';
		port: number;
		/** The ALB node's private IP: what the target sees as the TCP source. */
		privateIp: string;
		xffMode?: XffMode;
		/** routing.http.xff_client_port.enabled: append ip:port instead of ip. */
		includeClientPort?: boolean;
		/** Source port of the connection the ALB receives (for includeClientPort). */
		peerPort?: number;
	};
}
export interface ForwardedHeaders {
	'X-Forwarded-For'?: string;
	'X-Forwarded-Proto'?: string;
	'X-Forwarded-Port'?: string;
}
export interface Hop {
	from: string;
	to: string;
	/** The address the receiving side sees as the TCP peer. */
	tcpSourceIp: string;
	headers: ForwardedHeaders;
	note: string;
}
export interface ForwardingResult {
	hops: Hop[];
	/** What the target receives. */
	atTarget: Hop;
}

/**
 * `path` says which input was wrong, for code (`clientIp`, `proxies[1].ip`, `line 2`); `reason` is the
 * sentence alone, for a widget that shows it beside the field the reader typed in.
 */
export class ForwardedHeaderError extends Error {
	override name = 'ForwardedHeaderError';
	constructor(
		readonly reason: string,
		readonly path = '',
	) {
		super(path ? `${path}: ${reason}` : reason);
	}
}

function requireIp(text: unknown, path: string, what: string): string {
	const ip = typeof text === 'string' ? parseIp(text) : null;
	if (!ip) throw new ForwardedHeaderError(`${what} "${String(text)}" is not an IPv4 or IPv6 address.`, path);
	return formatIp(ip);
}

const join = (list: string[]) => list.join(', ');

export function simulateForwarding(scenario: ForwardingScenario): ForwardingResult {
	const clientIp = requireIp(scenario.clientIp, 'clientIp', 'client IP');
	const { alb } = scenario;
	const albIp = requireIp(alb.privateIp, 'alb.privateIp', 'ALB private IP');
	if (!Number.isInteger(alb.port) || alb.port < 1 || alb.port > 65535)
		throw new ForwardedHeaderError('the listener port must be 1–65535.', 'alb.port');
	if (alb.protocol !== 'http' && alb.protocol !== 'https')
		throw new ForwardedHeaderError('an ALB listener is HTTP or HTTPS.', 'alb.protocol');
	const mode = alb.xffMode ?? 'append';
	const hops: Hop[] = [];
	let xff = scenario.clientXff?.trim() ? parseXForwardedFor(scenario.clientXff).map((e) => e.text) : [];
	let peer = clientIp;
	let peerName = 'client';
	const first: ForwardedHeaders = xff.length ? { 'X-Forwarded-For': join(xff) } : {};
	hops.push({
		from: 'client',
		to: scenario.proxies[0]?.name ?? 'ALB',
		tcpSourceIp: clientIp,
		headers: first,
		note: xff.length
			? 'The client sent its own X-Forwarded-For: nothing checks it, so treat it as untrusted.'
			: 'The client sends no X-Forwarded-For.',
	});
	scenario.proxies.forEach((proxy, i) => {
		const ip = requireIp(proxy.ip, `proxies[${i}].ip`, `${proxy.name || 'proxy'} IP`);
		xff = [...xff, peer];
		hops.push({
			from: proxy.name,
			to: scenario.proxies[i + 1]?.name ?? 'ALB',
			tcpSourceIp: ip,
			headers: { 'X-Forwarded-For': join(xff) },
			note: `${proxy.name} appends the IP of its peer (${peerName}, ${peer}).`,
		});
		peer = ip;
		peerName = proxy.name;
	});
	const headers: ForwardedHeaders = {};
	let note: string;
	if (mode === 'append') {
		const port = alb.peerPort ?? 50000;
		const entry = alb.includeClientPort ? (peer.includes(':') ? `[${peer}]:${port}` : `${peer}:${port}`) : peer;
		xff = [...xff, entry];
		headers['X-Forwarded-For'] = join(xff);
		note = `The ALB appends the IP that connected to it (${peerName}, ${entry}) and sets the protocol and port the client used.`;
	} else if (mode === 'preserve') {
		if (xff.length) headers['X-Forwarded-For'] = join(xff);
		note = 'Mode preserve: the ALB passes X-Forwarded-For on unchanged.';
	} else {
		note = 'Mode remove: the ALB deletes X-Forwarded-For before forwarding.';
	}
	headers['X-Forwarded-Proto'] = alb.protocol;
	headers['X-Forwarded-Port'] = String(alb.port);
	const atTarget: Hop = {
		from: 'ALB',
		to: 'target',
		tcpSourceIp: albIp,
		headers,
		note: `${note} The target's TCP peer is the ALB (${albIp}), never the client.`,
	};
	hops.push(atTarget);
	return { hops, atTarget };
}

export interface XffEntry {
	/** The entry as written (trimmed). */
	text: string;
	ip: string;
	port?: number;
}

/** Splits an X-Forwarded-For value into entries: IPv4, IPv4:port, IPv6, [IPv6] or [IPv6]:port. */
export function parseXForwardedFor(header: string): XffEntry[] {
	if (typeof header !== 'string') throw new ForwardedHeaderError('the header value must be text.');
	if (header.trim() === '') throw new ForwardedHeaderError('the header is empty.');
	return header.split(',').map((raw, i) => {
		const text = raw.trim();
		const where = `entry ${i + 1}`;
		if (text === '') throw new ForwardedHeaderError('empty entry (two commas in a row, or a trailing comma).', where);
		let host = text;
		let port: number | undefined;
		const bracket = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
		const v4port = /^([\d.]+):(\d{1,5})$/.exec(text);
		if (bracket) {
			host = bracket[1] as string;
			if (bracket[2] !== undefined) port = Number(bracket[2]);
		} else if (v4port) {
			host = v4port[1] as string;
			port = Number(v4port[2]);
		}
		const ip = parseIp(host);
		if (!ip || (bracket && ip.version !== 6))
			throw new ForwardedHeaderError(`"${text}" is not an IP address (optionally with :port).`, where);
		if (port !== undefined && (port < 1 || port > 65535))
			throw new ForwardedHeaderError(`port ${port} in "${text}" is outside 1–65535.`, where);
		return { text, ip: formatIp(ip), ...(port === undefined ? {} : { port }) };
	});
}

export interface ClientIpResult {
	clientIp: string;
	/** Index (0-based, from the left) of the entry taken as the client. */
	index: number;
	entries: XffEntry[];
	/** Entries left of the client: supplied before any trusted hop, so possibly forged. */
	untrusted: XffEntry[];
	explanation: string;
}

/**
 * The client IP as seen by the ALB's `append` mode: the right-most entry is the peer the ALB saw; each
 * trusted proxy in front of the ALB adds one more entry, so skip `trustedProxies` entries from the right.
 */
export function extractClientIp(header: string, trustedProxies: number): ClientIpResult {
	if (!Number.isInteger(trustedProxies) || trustedProxies < 0)
		throw new ForwardedHeaderError(
			'the number of trusted proxies must be a whole number, 0 or more.',
			'trustedProxies',
		);
	const entries = parseXForwardedFor(header);
	const index = entries.length - 1 - trustedProxies;
	if (index < 0) {
		throw new ForwardedHeaderError(
			`the header has ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}, but ${trustedProxies} trusted prox${trustedProxies === 1 ? 'y' : 'ies'} plus the ALB should have added ${trustedProxies + 1}: this request did not come the way you expect, so don't trust it.`,
			'trustedProxies',
		);
	}
	const chosen = entries[index] as XffEntry;
	const untrusted = entries.slice(0, index);
	const explanation =
		(trustedProxies === 0
			? `The ALB appended the address that connected to it: ${chosen.ip} is the client.`
			: `Skip ${trustedProxies} entr${trustedProxies === 1 ? 'y' : 'ies'} from the right (your trusted prox${trustedProxies === 1 ? 'y' : 'ies'}): ${chosen.ip} is the client.`) +
		(untrusted.length
			? ` Ignore ${untrusted.map((e) => e.text).join(', ')}: the client could have sent ${untrusted.length === 1 ? 'it' : 'them'}.`
			: '');
	return { clientIp: chosen.ip, index, entries, untrusted, explanation };
}

/** Parses proxies typed one per line as "name IP" (the name may contain spaces), e.g. "corporate proxy 203.0.113.10". */
export function parseProxyLines(text: string): Proxy[] {
	const proxies: Proxy[] = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		if (line === '') return;
		const cut = line.lastIndexOf(' ');
		const ip = line.slice(cut + 1);
		const name = cut < 0 ? `proxy ${proxies.length + 1}` : line.slice(0, cut).trim();
		if (!parseIp(ip))
			throw new ForwardedHeaderError(
				`write a proxy as "name IP", e.g. "corporate proxy 203.0.113.10" ("${ip}" is not an IP address).`,
				`line ${index + 1}`,
			);
		proxies.push({ name, ip });
	});
	return proxies;
}
