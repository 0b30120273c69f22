/** Browser side of Gp3Calculator.astro: re-evaluates on every keystroke with the same engine and view. */
import { evaluateGp3Text, type Gp3TextInput } from '../../lib/storage';
import { onFrame } from '../../scripts/dom';
import { record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { gp3OutputView } from './views';
import { gp3CliState } from './gp3-cli-views';
import { mountTryInAccount } from '../kit/TryInAccount.client';

export interface Gp3Initial {
	stateKey: string;
	presets: { sizeGiB: number; iops?: number; throughputMiBps?: number }[];
}

const FIELDS = [
	{ key: 'sizeGiB', input: 'size', error: 'size-error' },
	{ key: 'iops', input: 'iops', error: 'iops-error' },
	{ key: 'throughputMiBps', input: 'throughput', error: 'throughput-error' },
] as const;

// A number field never needs more than a few digits; 40 leaves room for what a reader may type.
const FIELD_TEXT = text(40);
const STATE = record({ sizeGiB: FIELD_TEXT, iops: FIELD_TEXT, throughputMiBps: FIELD_TEXT });
mountWidget<Gp3Initial>('gp3-calculator', (ctx) => {
	const { stateKey, presets } = ctx.initial;
	const inputs = {
		sizeGiB: ctx.part<HTMLInputElement>('size'),
		iops: ctx.part<HTMLInputElement>('iops'),
		throughputMiBps: ctx.part<HTMLInputElement>('throughput'),
	};
	const url = ctx.urlState(stateKey, STATE);
	const panel = mountTryInAccount(ctx.root);
	const readFields = (): Gp3TextInput => ({
		sizeGiB: inputs.sizeGiB.value,
		iops: inputs.iops.value,
		throughputMiBps: inputs.throughputMiBps.value,
	});
	const render = () => {
		const evaluation = evaluateGp3Text(readFields());
		for (const f of FIELDS) {
			ctx.fieldError(inputs[f.key], f.error, evaluation.errors.find((e) => e.field === f.key)?.message ?? null);
		}
		ctx.show('output', gp3OutputView(evaluation));
		panel.show(gp3CliState(evaluation.result));
	};
	const changed = () => {
		url.write(readFields());
		render();
	};

	const saved = url.read();
	if (saved) for (const f of FIELDS) inputs[f.key].value = saved[f.key];
	render();

	const update = onFrame(changed);
	for (const f of FIELDS) inputs[f.key].addEventListener('input', update);
	for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
		button.addEventListener('click', () => {
			const preset = presets[Number(button.dataset['preset'])];
			if (!preset) return;
			inputs.sizeGiB.value = String(preset.sizeGiB);
			inputs.iops.value = preset.iops === undefined ? '' : String(preset.iops);
			inputs.throughputMiBps.value = preset.throughputMiBps === undefined ? '' : String(preset.throughputMiBps);
			changed();
		});
	}
});
