/**
 * Browser side of TryInAccount.astro, driven by the widget it sits in: `const panel =
 * mountTryInAccount(ctx.root)`, then `panel.show(state)` on every render. The copy button copies exactly
 * the text the code block shows; while the widget's input is invalid there is nothing to copy.
 */
import { renderView } from '../../scripts/dom';
import { tryInAccountCopyText, tryInAccountView, type TryInAccountState } from './TryInAccount.views';

/** The panel's words with runs of white space as one space: build-time markup and views agree on these. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface TryInAccountPanel {
	show(state: TryInAccountState): void;
}

export const COPIED = 'Copied the commands.';
export const COPY_UNAVAILABLE =
	'This browser did not let the page copy: the commands are selected, press Ctrl+C (⌘C on a Mac) to copy them.';

export function mountTryInAccount(root: HTMLElement): TryInAccountPanel {
	const find = <T extends HTMLElement>(name: string) => {
		const found = root.querySelector<T>(`[data-part="${name}"]`);
		if (!found) throw new Error(`Try it in your account: missing data-part="${name}"`);
		return found;
	};
	const body = find('tia-body');
	const copy = find<HTMLButtonElement>('tia-copy');
	const status = find('tia-copy-status');
	const codeText = () => body.querySelector('[data-part="tia-code"]')?.textContent ?? null;
	// What the block shows now: the build-time (highlighted) commands until the reader changes something.
	let shown: string | null = codeText();
	// And the lines under it (notes, AWS's answer), which can change while the commands do not.
	let shownWords = words(body.textContent ?? '');

	const selectCode = () => {
		const code = body.querySelector('[data-part="tia-code"]');
		const selection = window.getSelection();
		if (!code || !selection) return;
		selection.selectAllChildren(code);
	};

	copy.hidden = false;
	copy.disabled = shown === null;
	copy.addEventListener('click', async () => {
		if (shown === null) return;
		try {
			await navigator.clipboard.writeText(shown);
			status.textContent = COPIED;
		} catch {
			// No clipboard API (an insecure origin, an old browser) or the browser refused.
			selectCode();
			status.textContent = COPY_UNAVAILABLE;
		}
	});

	return {
		show(state) {
			const text = tryInAccountCopyText(state);
			const rendered = renderView(tryInAccountView(state));
			const viewWords = words(rendered.textContent ?? '');
			// Unchanged: keep what is there (the build's highlighting, the reader's selection).
			if (text !== null && text === shown && viewWords === shownWords) return;
			body.replaceChildren(rendered);
			shown = text;
			shownWords = viewWords;
			copy.disabled = text === null;
			status.textContent = '';
		},
	};
}
