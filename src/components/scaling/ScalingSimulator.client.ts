/** Browser side of ScalingSimulator.astro: re-simulates on every change with the same engine and views. */
import type { AutoScalingConfig } from '../../lib/scaling/index';
import { onFrame } from '../../scripts/dom';
import { boolean, oneOf, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import {
	ASG_FIELDS,
	asgActivityView,
	asgInspectView,
	asgOutputView,
	evaluateAsg,
	type AsgField,
} from './ScalingSimulator.views';

export interface AsgInitial {
	config: AutoScalingConfig;
	curves: Record<string, number[]>;
	failMinute: number;
	peakLoad: number;
	stateKey: string;
}

// The settings are small whole numbers (at most 100 instances, 1,440 minutes); 12 characters is plenty.
const SETTING = text(12);
const VALUES = record(
	Object.fromEntries(ASG_FIELDS.map((field) => [field, SETTING])) as Record<AsgField, typeof SETTING>,
);

mountWidget<AsgInitial>('asg-sim', (ctx) => {
	const { config, curves, failMinute, peakLoad, stateKey } = ctx.initial;
	const curveIds = Object.keys(curves);
	const url = ctx.urlState(stateKey, record({ values: VALUES, curve: oneOf(...curveIds), fail: boolean }));
	const inputs = Object.fromEntries(ASG_FIELDS.map((field) => [field, ctx.part<HTMLInputElement>(field)])) as Record<
		AsgField,
		HTMLInputElement
	>;
	const curve = ctx.part<HTMLSelectElement>('curve');
	const fail = ctx.part<HTMLInputElement>('fail');
	const minute = ctx.part<HTMLInputElement>('minute');
	const read = () => ({
		values: Object.fromEntries(ASG_FIELDS.map((field) => [field, inputs[field].value])) as Record<AsgField, string>,
		curve: curve.value,
		fail: fail.checked,
	});
	let evaluation = evaluateAsg({ config, ...read(), load: curves[curve.value] ?? [], failMinute });

	const inspect = () => {
		const selected = Number(minute.value);
		ctx.show('inspect', asgInspectView(evaluation, selected));
		for (const bars of ['load-bars', 'instance-bars'])
			[...(ctx.parts(bars)[0]?.children ?? [])].forEach((bar, i) => {
				if (i === selected) bar.setAttribute('data-selected', 'true');
				else bar.removeAttribute('data-selected');
			});
	};
	const render = () => {
		const state = read();
		const load = curves[state.curve] ?? [];
		evaluation = evaluateAsg({ config, ...state, load, failMinute });
		for (const field of ASG_FIELDS)
			ctx.fieldError(
				inputs[field],
				`${field}-error`,
				evaluation.error?.field === field ? evaluation.error.message : null,
			);
		minute.max = String(Math.max(load.length - 1, 0));
		ctx.show('output', asgOutputView(evaluation, peakLoad, Number(minute.value)));
		ctx.show('activity', asgActivityView(evaluation));
		inspect();
	};
	const changed = () => {
		url.write(read());
		render();
	};

	const saved = url.read();
	if (saved) {
		for (const field of ASG_FIELDS) inputs[field].value = saved.values[field];
		curve.value = saved.curve;
		fail.checked = saved.fail;
	}
	render();

	const update = onFrame(changed);
	for (const field of ASG_FIELDS) inputs[field].addEventListener('input', update);
	curve.addEventListener('change', update);
	fail.addEventListener('change', update);
	minute.addEventListener('input', inspect);
});
