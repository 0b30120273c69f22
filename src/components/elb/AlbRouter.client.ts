/** Browser side of AlbRouter.astro: routes the request again on every edit with the same engine and view. */
import { formatListenerJson, REQUEST_URL_LIMITS } from '../../lib/elb/index';
import type { AlbPreset } from '../../examples/load-balancing/alb-router';
import { onFrame } from '../../scripts/dom';
import { record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { albRoutingView, evaluateAlbForm, type AlbField, type AlbForm } from './AlbRouter.views';
import { mountTryInAccount } from '../kit/TryInAccount.client';
import { albCliState } from './alb-cli-views';

export interface AlbInitial {
	presets: AlbPreset[];
}

const FIELDS: AlbField[] = ['rules', 'url', 'method', 'headers', 'ip'];

mountWidget<AlbInitial>('alb-router', (ctx) => {
	const { presets } = ctx.initial;
	// A listener has at most 100 rules of a few hundred characters; the page address caps the total anyway.
	const STATE = record({
		preset: text(64),
		rules: text(20_000),
		url: text(REQUEST_URL_LIMITS.maxUrlLength),
		method: text(40),
		headers: text(4000),
		ip: text(64),
	});
	const preset = ctx.part<HTMLSelectElement>('preset');
	const inputs: Record<AlbField, HTMLInputElement | HTMLTextAreaElement> = {
		rules: ctx.part<HTMLTextAreaElement>('rules'),
		url: ctx.part<HTMLInputElement>('url'),
		method: ctx.part<HTMLInputElement>('method'),
		headers: ctx.part<HTMLTextAreaElement>('headers'),
		ip: ctx.part<HTMLInputElement>('ip'),
	};
	const url = ctx.urlState('alb', STATE);
	const panel = mountTryInAccount(ctx.root);
	const read = (): AlbForm => ({
		rules: inputs.rules.value,
		url: inputs.url.value,
		method: inputs.method.value,
		headers: inputs.headers.value,
		ip: inputs.ip.value,
	});
	const render = () => {
		const evaluation = evaluateAlbForm(read());
		for (const field of FIELDS)
			ctx.fieldError(
				inputs[field],
				`${field}-error`,
				evaluation.error?.field === field ? evaluation.error.message : null,
			);
		ctx.show('output', albRoutingView(evaluation));
		panel.show(albCliState(evaluation));
	};
	const changed = () => {
		url.write({ preset: preset.value, ...read() });
		render();
	};
	const saved = url.read();
	if (saved) {
		if (presets.some((p) => p.id === saved.preset)) preset.value = saved.preset;
		for (const field of FIELDS) inputs[field].value = saved[field];
	}
	render();
	preset.addEventListener('change', () => {
		const chosen = presets.find((p) => p.id === preset.value);
		if (!chosen) return;
		inputs.rules.value = formatListenerJson(chosen.listener);
		inputs.url.value = chosen.url;
		inputs.method.value = chosen.method;
		inputs.headers.value = chosen.headers;
		inputs.ip.value = chosen.sourceIp;
		changed();
	});
	const update = onFrame(changed);
	for (const field of FIELDS) inputs[field].addEventListener('input', update);
});
