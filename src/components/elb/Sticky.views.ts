/**
 * Views for Sticky: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { badge, el, tableView, type ViewNode } from '../kit/view';
import {
	parseStickinessScript,
	simulateStickiness,
	StickinessError,
	type StickinessConfig,
	type StickinessMode,
	type StickinessResult,
} from '../../lib/elb/index';
import { capitalize } from './messages';

export interface StickyForm {
	mode: StickinessMode;
	duration: string;
	cookie: string;
	script: string;
}
export type StickyField = 'duration' | 'cookie' | 'script';
export interface StickyEvaluation {
	result: StickinessResult | null;
	/** The settings the requests ran with; null while a field is invalid. */
	config: StickinessConfig | null;
	error: { field: StickyField; message: string } | null;
}

export function evaluateSticky(form: StickyForm, targets: string[]): StickyEvaluation {
	try {
		const events = parseStickinessScript(form.script);
		const config: StickinessConfig = {
			mode: form.mode,
			targets,
			durationSeconds: form.duration.trim() === '' ? Number.NaN : Number(form.duration),
			appCookieName: form.cookie.trim(),
		};
		return { result: simulateStickiness(config, events), config, error: null };
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
		return {
			result: null,
			config: null,
			error: { field, message: where + (where ? error.reason : capitalize(error.reason)) },
		};
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
		tableView(
			'Requests and the target each reached',
			['Request', 'Target', 'Why'],
			result.requests.map((r) =>
				el(
					'tr',
					{ 'data-highlight': r.sticky ? 'true' : undefined },
					el('td', {}, `${r.time} s · ${r.client}`, el('br'), el('span', { class: 'dla-mono sticky-ip' }, r.sourceIp)),
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
			{ bodyAttrs: { 'data-part': 'rows' } },
		),
	];
}
