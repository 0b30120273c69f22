/**
 * Views for Troubleshooter: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { el, type ViewNode } from '../kit/view';
import { type SymptomGuide } from '../../lib/network';

export function troubleshootView(guide: SymptomGuide): ViewNode {
	return [
		el('p', { class: 'dla-mono' }, guide.looksLike),
		el('p', {}, el('strong', {}, guide.meaning)),
		el(
			'ol',
			{ class: 'dla-list' },
			guide.steps.map((s) => el('li', {}, el('strong', {}, s.check), ' ', s.why)),
		),
	];
}
