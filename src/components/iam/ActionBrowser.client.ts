/** Browser side of ActionBrowser.astro: looks the typed action up (loading only that service's chunk). */
import { lookupActions, ACTION_QUERY_MAX_LENGTH, type ActionLookup } from '../../lib/iam';
import { onFrame } from '../../scripts/dom';
import { text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { actionBrowserView } from './action-browser-views';

export interface ActionBrowserInitial {
	stateKey: string;
}

mountWidget<ActionBrowserInitial>('action-browser', (ctx) => {
	const input = ctx.part<HTMLInputElement>('query');
	const output = ctx.part('output');
	const url = ctx.urlState(ctx.initial.stateKey, text(ACTION_QUERY_MAX_LENGTH));
	let latest = 0;
	const render = async () => {
		const ticket = ++latest;
		output.setAttribute('aria-busy', 'true');
		let lookup: ActionLookup;
		try {
			lookup = await lookupActions(input.value);
		} catch {
			if (ticket !== latest) return;
			ctx.fieldError(input, 'query-error', 'This service could not be loaded. Check the connection and try again.');
			ctx.show(
				output,
				actionBrowserView({
					query: input.value,
					error: 'load',
					actions: [],
					resourceTypes: [],
					data: { version: '', awsDate: '', generated: '' },
				}),
			);
			output.removeAttribute('aria-busy');
			return;
		}
		if (ticket !== latest) return; // a newer keystroke is being looked up: never show a stale result
		ctx.fieldError(input, 'query-error', lookup.error ?? null);
		ctx.show(output, actionBrowserView(lookup));
		output.removeAttribute('aria-busy');
	};
	const changed = () => {
		url.write(input.value);
		void render();
	};

	const saved = url.read();
	if (saved !== null) {
		input.value = saved;
		void render();
	}
	input.addEventListener('input', onFrame(changed));
	for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
		button.addEventListener('click', () => {
			input.value = button.dataset['preset'] ?? '';
			changed();
			input.focus();
		});
	}
});
