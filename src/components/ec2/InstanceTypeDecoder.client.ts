/** Browser side of InstanceTypeDecoder.astro: decodes the name on every keystroke with the same view. */
import { onFrame } from '../../scripts/dom';
import { record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { NAME_MAX_LENGTH, decodeTypedName, decoderView, suggestionView } from './decoder-views';
import { decoderCliState } from './decoder-cli-views';
import { mountTryInAccount } from '../kit/TryInAccount.client';

export interface DecoderInitial {
	stateKey: string;
}

const STATE = record({ name: text(NAME_MAX_LENGTH) });

mountWidget<DecoderInitial>('instance-type-decoder', (ctx) => {
	const input = ctx.part<HTMLInputElement>('name');
	const suggestLine = ctx.part('suggest');
	const url = ctx.urlState(ctx.initial.stateKey, STATE);
	const panel = mountTryInAccount(ctx.root);

	const render = () => {
		const decoded = decodeTypedName(input.value);
		ctx.fieldError(input, 'name-error', decoded.ok ? null : decoded.reason);
		ctx.show(suggestLine, suggestionView(decoded.suggestion));
		suggestLine.hidden = decoded.suggestion === null;
		ctx.show('output', decoderView(decoded));
		panel.show(decoderCliState(decoded));
	};
	const changed = () => {
		url.write({ name: input.value });
		render();
	};

	const saved = url.read();
	if (saved) input.value = saved.name;
	render();

	input.addEventListener('input', onFrame(changed));
	suggestLine.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('[data-part="suggestion"]');
		if (!button) return;
		input.value = button.textContent ?? '';
		changed();
		input.focus();
	});
	for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
		button.addEventListener('click', () => {
			input.value = button.dataset['preset'] ?? '';
			changed();
		});
	}
});
