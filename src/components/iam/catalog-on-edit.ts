/**
 * When a policy widget fetches the action catalogue (the per-service chunks, ≈90 KB gzipped for the
 * common services): only once the reader starts changing the policy. The build already rendered the
 * page's own example checked against the catalogue, so a reader who only reads needs none of it.
 */
import { loadActionCatalog, type ActionCatalog } from '../../lib/iam';

/** Events that mean the reader is about to change the policy: focusing a field, typing, choosing, clicking a button. */
const FIRST_EDIT_EVENTS = ['focusin', 'input', 'change', 'click'] as const;

/**
 * Calls `loaded` with the catalogue after the reader's first edit inside `root` (or at once when
 * `now` is true, e.g. a shared link whose policy the build did not check). A clicked element that is
 * not a control (text, headings) does not count. A failed fetch leaves the widget without the
 * catalogue: it still evaluates, and the linter only skips the "action does not exist" check.
 */
export function loadCatalogOnFirstEdit(root: HTMLElement, loaded: (catalog: ActionCatalog) => void, now = false): void {
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		for (const type of FIRST_EDIT_EVENTS) root.removeEventListener(type, onEvent, true);
		loadActionCatalog()
			.then(loaded)
			.catch(() => undefined);
	};
	const onEvent = (event: Event) => {
		if (event.target instanceof Element && event.target.closest('textarea, input, select, button')) start();
	};
	if (now) start();
	else for (const type of FIRST_EDIT_EVENTS) root.addEventListener(type, onEvent, true);
}
