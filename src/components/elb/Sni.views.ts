/**
 * Views for Sni: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { badge, el, tableView, type ViewNode } from '../kit/view';
import {
	explainCertificateSelection,
	parseCertificateLines,
	SniError,
	type CertificateSelection,
	type ListenerCertificate,
} from '../../lib/elb/index';
import { capitalize } from './messages';

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
		tableView(
			'Certificates on the listener',
			['Certificate', 'Names', 'Compared with the hostname', 'Presented?'],
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
			{ bodyAttrs: { 'data-part': 'rows' } },
		),
	];
}
