/** Browser side of Forwarded.astro: rebuilds the hops on every edit with the same engine and view. */
import type { ForwardingScenario } from '../../lib/elb/index';
import { onFrame } from '../../scripts/dom';
import { oneOf, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import {
	evaluateForwarding,
	forwardedView,
	LISTENER_CHOICES,
	type ForwardedField,
	type ForwardedForm,
} from './Forwarded.views';

export interface ForwardedInitial {
	alb: ForwardingScenario['alb'];
}

// An address is at most 45 characters; a header or a proxy list of a few hops fits well in 1,000.
const STATE = record({
	client: text(64),
	forged: text(1000),
	proxies: text(1000),
	protocol: oneOf(...LISTENER_CHOICES),
	mode: oneOf('append', 'preserve', 'remove'),
	trusted: text(8),
});
const FIELDS: ForwardedField[] = ['client', 'forged', 'proxies', 'trusted'];

mountWidget<ForwardedInitial>('xff-builder', (ctx) => {
	const inputs = {
		client: ctx.part<HTMLInputElement>('client'),
		forged: ctx.part<HTMLInputElement>('forged'),
		proxies: ctx.part<HTMLTextAreaElement>('proxies'),
		protocol: ctx.part<HTMLSelectElement>('protocol'),
		mode: ctx.part<HTMLSelectElement>('mode'),
		trusted: ctx.part<HTMLInputElement>('trusted'),
	};
	const url = ctx.urlState('xff', STATE);
	const read = (): ForwardedForm => ({
		client: inputs.client.value,
		forged: inputs.forged.value,
		proxies: inputs.proxies.value,
		protocol: inputs.protocol.value as ForwardedForm['protocol'],
		mode: inputs.mode.value as ForwardedForm['mode'],
		trusted: inputs.trusted.value,
	});
	const render = () => {
		const evaluation = evaluateForwarding(read(), ctx.initial.alb);
		for (const field of FIELDS)
			ctx.fieldError(
				inputs[field],
				`${field}-error`,
				evaluation.error?.field === field ? evaluation.error.message : null,
			);
		ctx.show('output', forwardedView(evaluation));
	};
	const changed = () => {
		url.write(read());
		render();
	};
	const saved = url.read();
	if (saved) for (const [key, value] of Object.entries(saved)) inputs[key as keyof typeof inputs].value = value;
	render();
	const update = onFrame(changed);
	for (const control of Object.values(inputs)) {
		control.addEventListener('input', update);
		control.addEventListener('change', update);
	}
});
