/**
 * Browser side of TryInAccount.astro, driven by the widget it sits in: `const panel =
 * mountTryInAccount(ctx.root)`, then `panel.show(state)` on every render. Each copy button (commands,
 * and the CloudFormation template where the panel has one) copies exactly the text its code block
 * shows; while the widget's input is invalid there is nothing to copy.
 */
import { renderView } from '../../scripts/dom';
import {
	CODE_BLOCKS,
	tryInAccountCopyText,
	tryInAccountTemplateText,
	tryInAccountView,
	type TryInAccountState,
} from './TryInAccount.views';

/** The panel's words with runs of white space as one space: build-time markup and views agree on these. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface TryInAccountPanel {
	show(state: TryInAccountState): void;
}

export const COPIED = 'Copied the commands.';
export const COPIED_TEMPLATE = 'Copied the template.';
export const COPY_UNAVAILABLE =
	'This browser did not let the page copy: the commands are selected, press Ctrl+C (⌘C on a Mac) to copy them.';
export const COPY_TEMPLATE_UNAVAILABLE =
	'This browser did not let the page copy: the template is selected, press Ctrl+C (⌘C on a Mac) to copy it.';

interface Copyable {
	block: keyof typeof CODE_BLOCKS;
	button: HTMLButtonElement;
	copied: string;
	unavailable: string;
	textOf: (state: TryInAccountState) => string | null;
	/** What the block shows now: the build-time (highlighted) text until the reader changes something. */
	shown: string | null;
}

export function mountTryInAccount(root: HTMLElement): TryInAccountPanel {
	const find = <T extends HTMLElement>(name: string) => {
		const found = root.querySelector<T>(`[data-part="${name}"]`);
		if (!found) throw new Error(`Try it in your account: missing data-part="${name}"`);
		return found;
	};
	const body = find('tia-body');
	const status = find('tia-copy-status');
	const codeOf = (block: keyof typeof CODE_BLOCKS) =>
		body.querySelector<HTMLElement>(`[data-part="${CODE_BLOCKS[block]['data-part']}"]`);
	const copyables: Copyable[] = [
		{
			block: 'commands',
			button: find<HTMLButtonElement>('tia-copy'),
			copied: COPIED,
			unavailable: COPY_UNAVAILABLE,
			textOf: tryInAccountCopyText,
			shown: null,
		},
		{
			block: 'template',
			button: find<HTMLButtonElement>('tia-copy-template'),
			copied: COPIED_TEMPLATE,
			unavailable: COPY_TEMPLATE_UNAVAILABLE,
			textOf: tryInAccountTemplateText,
			shown: null,
		},
	];
	// And the lines under the code (notes, AWS's answer), which can change while the code does not.
	let shownWords = words(body.textContent ?? '');

	for (const copyable of copyables) {
		copyable.shown = codeOf(copyable.block)?.textContent ?? null;
		const { button } = copyable;
		// The template button only on panels that have a template.
		button.hidden = copyable.block === 'template' && copyable.shown === null;
		button.disabled = copyable.shown === null;
		button.addEventListener('click', async () => {
			if (copyable.shown === null) return;
			try {
				await navigator.clipboard.writeText(copyable.shown);
				status.textContent = copyable.copied;
			} catch {
				// No clipboard API (an insecure origin, an old browser) or the browser refused.
				const code = codeOf(copyable.block);
				const selection = window.getSelection();
				if (code && selection) selection.selectAllChildren(code);
				status.textContent = copyable.unavailable;
			}
		});
	}

	return {
		show(state) {
			const texts = copyables.map((copyable) => copyable.textOf(state));
			const rendered = renderView(tryInAccountView(state));
			const viewWords = words(rendered.textContent ?? '');
			// Unchanged: keep what is there (the build's highlighting, the reader's selection).
			const same = copyables.every((copyable, i) => texts[i] === copyable.shown);
			if (texts[0] !== null && same && viewWords === shownWords) return;
			body.replaceChildren(rendered);
			shownWords = viewWords;
			copyables.forEach((copyable, i) => {
				const text = texts[i] ?? null;
				copyable.shown = text;
				copyable.button.disabled = text === null;
				// A valid state without a template (a Classic Load Balancer) hides its button; an invalid one
				// only disables it, so the button does not jump away while the reader fixes a field.
				if (copyable.block === 'template' && !('invalid' in state)) copyable.button.hidden = text === null;
			});
			status.textContent = '';
		},
	};
}
