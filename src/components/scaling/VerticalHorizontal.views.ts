/**
 * Views for VerticalHorizontal: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { badge, el, type ViewNode } from '../kit/view';
import { compareScalingApproaches, ScalingConfigError, type ScalingComparison } from '../../lib/scaling/index';

export interface ScaleCompareInput {
	/** As typed; empty or not a number is an error, not a default. */
	load: string;
	perVcpu: number;
	current: string;
	zones: number;
}

export interface ScaleCompareEvaluation {
	result: ScalingComparison | null;
	loadError: string | null;
}

export function evaluateScaleCompare(input: ScaleCompareInput): ScaleCompareEvaluation {
	const load = input.load.trim() === '' ? Number.NaN : Number(input.load);
	try {
		return { result: compareScalingApproaches(load, input.perVcpu, input.current, input.zones), loadError: null };
	} catch (error) {
		if (!(error instanceof ScalingConfigError)) throw error;
		return { result: null, loadError: error.message };
	}
}

export function scaleCompareView({ result }: ScaleCompareEvaluation): ViewNode {
	if (!result)
		return el(
			'p',
			{ class: 'dla-row' },
			badge('warn', 'Fix the load', 'decision'),
			' ',
			'Enter the load above to compare.',
		);
	const { vertical, horizontal } = result;
	return el(
		'div',
		{ class: 'dla-grid dla-grid--2' },
		el(
			'div',
			{},
			el('p', {}, el('strong', {}, 'Vertical (scale up)')),
			el(
				'p',
				{ 'data-part': 'vertical' },
				vertical.size
					? `One ${vertical.size.name}${vertical.needsStop ? ' — stop the instance, change its type, start it (downtime)' : ' — no change needed'}.`
					: 'No single t2 size is big enough: vertical scaling has hit its limit.',
			),
			el('p', { 'data-part': 'vertical-az' }, 'If its Availability Zone fails: 0 requests/s can be served.'),
		),
		el(
			'div',
			{},
			el('p', {}, el('strong', {}, 'Horizontal (scale out)')),
			el(
				'p',
				{ 'data-part': 'horizontal' },
				`${horizontal.instances} × ${horizontal.size.name} (${horizontal.perZone.join(' + ')} per zone), added without downtime.`,
			),
			el(
				'p',
				{ 'data-part': 'horizontal-az' },
				`If one Availability Zone fails: ${horizontal.capacityAfterZoneLoss} requests/s can still be served.`,
			),
		),
	);
}
