/** Browser side of CrossZoneDemo.astro: recomputes the shares on every change with the same engine and view. */
import { onFrame } from '../../scripts/dom';
import { oneOf, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { crossZoneView, evaluateCrossZone, type CrossZoneForm } from './CrossZoneDemo.views';

// A count is at most two digits; 8 leaves room for what a reader may type.
const STATE = record({ a: text(8), b: text(8), lb: oneOf('alb', 'nlb', 'gwlb', 'clb') });

mountWidget('cross-zone', (ctx) => {
	const a = ctx.part<HTMLInputElement>('a');
	const b = ctx.part<HTMLInputElement>('b');
	const lb = ctx.part<HTMLSelectElement>('lb');
	const url = ctx.urlState('xz', STATE);
	const read = (): CrossZoneForm => ({ a: a.value, b: b.value, lb: lb.value as CrossZoneForm['lb'] });
	const render = () => {
		const evaluation = evaluateCrossZone(read());
		ctx.fieldError(a, 'a-error', evaluation.errors.a);
		ctx.fieldError(b, 'b-error', evaluation.errors.b);
		ctx.show('output', crossZoneView(evaluation));
	};
	const changed = () => {
		url.write(read());
		render();
	};
	const saved = url.read();
	if (saved) {
		a.value = saved.a;
		b.value = saved.b;
		lb.value = saved.lb;
	}
	render();
	const update = onFrame(changed);
	for (const control of [a, b]) control.addEventListener('input', update);
	lb.addEventListener('change', update);
});
