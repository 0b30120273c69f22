/**
 * Views for Chooser: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { badge, el, type ViewNode } from '../kit/view';
import { type ChooserAnswer } from '../../lib/elb/index';

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
