/** Browser side of Troubleshooter.astro: shows the chosen symptom's checklist with the same view. */
import { SYMPTOM_GUIDES, troubleshoot, type Symptom } from '../../lib/network';
import { oneOf, record } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { troubleshootView } from './Troubleshooter.views';

const STATE = record({ s: oneOf(...(SYMPTOM_GUIDES.map((g) => g.symptom) as Symptom[])) });

mountWidget<{ stateKey: string }>('troubleshooter', (ctx) => {
	const radios = [...ctx.root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
	const url = ctx.urlState(ctx.initial.stateKey, STATE);
	const show = (symptom: Symptom) => ctx.show('output', troubleshootView(troubleshoot(symptom)));
	const saved = url.read();
	if (saved) {
		for (const radio of radios) radio.checked = radio.value === saved.s;
		show(saved.s);
	}
	for (const radio of radios)
		radio.addEventListener('change', () => {
			const symptom = radio.value as Symptom;
			url.write({ s: symptom });
			show(symptom);
		});
});
