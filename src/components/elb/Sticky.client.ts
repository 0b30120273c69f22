/** Browser side of Sticky.astro: replays the script on every edit with the same engine and view. */
import type { StickinessMode } from '../../lib/elb/index';
import { onFrame } from '../../scripts/dom';
import { oneOf, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { mountTryInAccount } from '../kit/TryInAccount.client';
import { stickyCliState } from './sticky-cli-views';
import { evaluateSticky, stickyView, type StickyField, type StickyForm } from './Sticky.views';

export interface StickyInitial {
	targets: string[];
	modes: StickinessMode[];
}

const FIELDS: StickyField[] = ['duration', 'cookie', 'script'];

mountWidget<StickyInitial>('sticky', (ctx) => {
	const { targets, modes } = ctx.initial;
	// A cookie name is a short token; a script of a few dozen lines fits in 4,000 characters.
	const STATE = record({ mode: oneOf(...modes), duration: text(12), cookie: text(200), script: text(4000) });
	const mode = ctx.part<HTMLSelectElement>('mode');
	const inputs = {
		duration: ctx.part<HTMLInputElement>('duration'),
		cookie: ctx.part<HTMLInputElement>('cookie'),
		script: ctx.part<HTMLTextAreaElement>('script'),
	};
	const url = ctx.urlState('sticky', STATE);
	const panel = mountTryInAccount(ctx.root);
	const read = (): StickyForm => ({
		mode: mode.value as StickinessMode,
		duration: inputs.duration.value,
		cookie: inputs.cookie.value,
		script: inputs.script.value,
	});
	const render = () => {
		const evaluation = evaluateSticky(read(), targets);
		for (const field of FIELDS)
			ctx.fieldError(
				inputs[field],
				`${field}-error`,
				evaluation.error?.field === field ? evaluation.error.message : null,
			);
		ctx.show('output', stickyView(evaluation));
		panel.show(stickyCliState(evaluation));
	};
	const changed = () => {
		url.write(read());
		render();
	};
	const saved = url.read();
	if (saved) {
		mode.value = saved.mode;
		for (const field of FIELDS) inputs[field].value = saved[field];
	}
	render();
	const update = onFrame(changed);
	for (const field of FIELDS) inputs[field].addEventListener('input', update);
	mode.addEventListener('change', update);
});
