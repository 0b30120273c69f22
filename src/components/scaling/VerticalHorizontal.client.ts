/** Browser side of VerticalHorizontal.astro: re-compares on every change with the same engine and view. */
import { onFrame } from '../../scripts/dom';
import { record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { evaluateScaleCompare, scaleCompareView } from './VerticalHorizontal.views';

export interface ScaleCompareInitial {
	perVcpu: number;
	zones: number;
}

// "1000000" is the largest load the engine accepts; 20 leaves room for spaces and a decimal point.
const STATE = record({ load: text(20), current: text(20) });

mountWidget<ScaleCompareInitial>('scale-compare', (ctx) => {
	const load = ctx.part<HTMLInputElement>('load');
	const current = ctx.part<HTMLSelectElement>('current');
	const url = ctx.urlState('scale', STATE);
	const render = () => {
		const evaluation = evaluateScaleCompare({ ...ctx.initial, load: load.value, current: current.value });
		ctx.fieldError(load, 'load-error', evaluation.loadError);
		ctx.show('output', scaleCompareView(evaluation));
	};
	const changed = () => {
		url.write({ load: load.value, current: current.value });
		render();
	};
	const saved = url.read();
	if (saved) {
		load.value = saved.load;
		if ([...current.options].some((o) => o.value === saved.current)) current.value = saved.current;
	}
	render();
	const update = onFrame(changed);
	load.addEventListener('input', update);
	current.addEventListener('change', update);
});
