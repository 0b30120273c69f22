/**
 * Views for Forwarded: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { badge, el, type ViewNode } from '../kit/view';
import {
	extractClientIp,
	ForwardedHeaderError,
	parseProxyLines,
	simulateForwarding,
	type ClientIpResult,
	type ForwardingResult,
	type ForwardingScenario,
	type XffMode,
} from '../../lib/elb/index';

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
