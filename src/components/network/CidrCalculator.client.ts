/** Browser side of CidrCalculator.astro: re-reads both fields on every keystroke with the same engine and view. */
import { onFrame } from '../../scripts/dom';
import { record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { checkCidr, cidrOutputView } from './CidrCalculator.views';

export interface CidrInitial {
	stateKey: string;
	presets: { cidr: string; ip: string }[];
}

// The longest IPv6 CIDR block is 43 characters (39 + "/128"); 64 leaves room for spaces a reader types.
const STATE = record({ cidr: text(64), ip: text(64) });

mountWidget<CidrInitial>('cidr-calculator', (ctx) => {
	const { presets, stateKey } = ctx.initial;
	const cidrInput = ctx.part<HTMLInputElement>('cidr');
	const ipInput = ctx.part<HTMLInputElement>('ip');
	const url = ctx.urlState(stateKey, STATE);
	const render = () => {
		const check = checkCidr(cidrInput.value, ipInput.value);
		ctx.fieldError(cidrInput, 'cidr-error', check.cidrError);
		ctx.fieldError(ipInput, 'ip-error', check.ipError);
		ctx.show('output', cidrOutputView(check));
	};
	const changed = () => {
		url.write({ cidr: cidrInput.value, ip: ipInput.value });
		render();
	};

	const saved = url.read();
	if (saved) {
		cidrInput.value = saved.cidr;
		ipInput.value = saved.ip;
	}
	render();

	const update = onFrame(changed);
	cidrInput.addEventListener('input', update);
	ipInput.addEventListener('input', update);
	for (const button of ctx.parts<HTMLButtonElement>('preset')) {
		button.addEventListener('click', () => {
			const preset = presets[Number(button.dataset['preset'])];
			if (!preset) return;
			cidrInput.value = preset.cidr;
			ipInput.value = preset.ip;
			changed();
		});
	}
});
