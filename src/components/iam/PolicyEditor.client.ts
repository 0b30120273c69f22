/**
 * Browser side of PolicyEditor.astro, driven by the widget it sits in: `const editor =
 * mountPolicyEditor(ctx.root, textarea)`, then `editor.showFindings(text, findings)` on every render.
 * Keeps the underline layer scrolled with the textarea, and makes each finding's position link select
 * that finding's span in the textarea.
 */
import type { ValidationFinding } from '../../lib/iam';
import { showView } from '../../scripts/dom';
import { findingMarksView } from './policy-editor';

export interface PolicyEditor {
	/** Redraws the underlines for `text` (the textarea's value when the findings were computed). */
	showFindings(text: string, findings: readonly ValidationFinding[]): void;
}

export function mountPolicyEditor(root: HTMLElement, textarea: HTMLTextAreaElement): PolicyEditor {
	const marks = textarea.parentElement?.querySelector<HTMLElement>('[data-part="marks"]');
	if (!marks) throw new Error('Policy editor: missing data-part="marks"');
	const follow = () => {
		marks.scrollTop = textarea.scrollTop;
		marks.scrollLeft = textarea.scrollLeft;
	};
	textarea.addEventListener('scroll', follow);
	// The position links are in the findings list, which is re-rendered: one listener on the widget.
	root.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-start][data-end]');
		if (!link || !root.contains(link)) return;
		event.preventDefault();
		textarea.focus();
		textarea.setSelectionRange(Number(link.dataset['start']), Number(link.dataset['end']));
		follow();
	});
	return {
		showFindings(text, findings) {
			showView(marks, findingMarksView(text, findings));
			follow();
		},
	};
}
