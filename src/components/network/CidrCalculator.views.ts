/**
 * Views for CidrCalculator: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { badge, el, tableView, type ViewNode } from '../kit/view';
import { CidrError, classifyIp, cidrContains, parseCidr, parseIp, type ParsedCidr } from '../../lib/network';

/** The CIDR calculator's two fields, read by the engine; each error is the engine's learner message. */
export interface CidrCheck {
	block: ParsedCidr | null;
	cidrError: string | null;
	/** Canonical text of the tested address, or null with ipError. */
	ip: string | null;
	ipError: string | null;
	inside: boolean | null;
	kind: string | null;
}

function attempt<T>(read: () => T): { value: T; error: null } | { value: null; error: string } {
	try {
		return { value: read(), error: null };
	} catch (error) {
		if (error instanceof CidrError) return { value: null, error: error.message };
		throw error;
	}
}

export function checkCidr(cidrText: string, ipText: string): CidrCheck {
	const block = attempt(() => parseCidr(cidrText));
	const ip = attempt(() => parseIp(ipText));
	const both = block.value !== null && ip.value !== null;
	return {
		block: block.value,
		cidrError: block.error,
		ip: ip.value?.text ?? null,
		ipError: ip.error,
		inside: both ? cidrContains(cidrText, ipText) : null,
		kind: ip.value ? classifyIp(ipText) : null,
	};
}

const row = (label: string, value: string, mono = false) =>
	el('tr', {}, el('th', { scope: 'row' }, label), el('td', { class: mono ? 'dla-mono' : undefined }, value));

export function cidrOutputView(check: CidrCheck): ViewNode {
	const { block } = check;
	if (!block) return el('p', {}, badge('warn', 'Fix the CIDR block', 'decision'));
	const size = `${block.size.toLocaleString('en-US')}${block.prefix === 0 ? ' — every address' : block.size === 1n ? ' — exactly one address' : ''}`;
	return [
		check.inside === null
			? el('p', {}, badge('warn', 'Fix the IP address', 'decision'))
			: el(
					'p',
					{ class: 'dla-row' },
					badge(check.inside ? 'allow' : 'deny', check.inside ? 'Inside' : 'Outside', 'decision'),
					' ',
					el('span', {}, `${check.ip} is ${check.inside ? '' : 'not '}in ${block.canonical}.`),
				),
		block.hostBitsSet &&
			el('p', { 'data-part': 'host-bits' }, `Host bits are set: AWS accepts this but stores it as ${block.canonical}.`),
		tableView('The block in numbers', null, [
			row('IP version', `IPv${block.version}`),
			row('Network (as AWS stores it)', block.canonical, true),
			row('First address', block.first, true),
			row('Last address', block.last, true),
			row('Number of addresses', size),
			check.kind !== null && row('Tested address is', check.kind),
		]),
	];
}
