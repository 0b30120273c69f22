/** Browser side of AccessKeyInspector.astro: the same engine and view on every keystroke. */
import { AccessKeyIdError, parseAccessKeyId, type AccessKeyIdAnalysis } from '../../lib/credentials';
import { named } from '../../scripts/named-shape';
import { record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { accessKeyView, SECRET_WARNING } from './views';

export interface AccessKeyInitial {
	value: string;
	stateKey: string;
}

// An access key ID is 16 to 128 characters (IAM API Reference, AccessKey.AccessKeyId); 20 in practice.
const STATE = named(record({ id: text(128) }), { id: 'Access key ID' });

mountWidget<AccessKeyInitial>('access-key', (ctx) => {
	const { value: example, stateKey } = ctx.initial;
	const input = ctx.part<HTMLInputElement>('input');
	const url = ctx.urlState(stateKey, STATE);

	/** The analysis, or null with the reason shown beside the input. */
	const analyse = (): AccessKeyIdAnalysis | null => {
		try {
			const analysis = parseAccessKeyId(input.value);
			ctx.fieldError(input, 'input-error', analysis.looksLikeSecret ? SECRET_WARNING : null);
			return analysis;
		} catch (error) {
			if (!(error instanceof AccessKeyIdError)) throw error;
			ctx.fieldError(input, 'input-error', error.message);
			return null;
		}
	};
	const render = () => ctx.show('output', accessKeyView(analyse()));
	const changed = () => {
		const analysis = analyse();
		// A secret is never stored in the link; neither is an invalid ID or the page's own example.
		const id = analysis?.id;
		url.write(!analysis || analysis.looksLikeSecret || id === example ? null : { id: id! });
		ctx.show('output', accessKeyView(analysis));
	};

	const saved = url.read();
	if (saved) input.value = saved.id;
	render();

	input.addEventListener('input', changed);
	for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('button[data-example]'))
		button.addEventListener('click', () => {
			input.value = button.dataset['example'] ?? '';
			changed();
		});
});
