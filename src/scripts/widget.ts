/**
 * The one start-up path for every widget. A widget's `<Widget>.client.ts` calls
 *
 *   mountWidget<Initial>('gp3-calculator', (ctx) => { ... });
 *
 * and gets, per instance on the page: its root, the build-time data from `data-initial`, typed lookups
 * of its parts, field errors, view rendering, and URL state that is checked on read, capped on write and
 * explained in the frame's notice line. A setup that throws leaves the build-time output in place and
 * says the example is not interactive, instead of a widget that silently does nothing.
 *
 * The module loads when the widget comes near the viewport (./widget-loader.ts), so a reader may have
 * typed into a field or clicked a button before setup ran: such edits are replayed as input/change
 * events once it has, then the button clicked last is clicked again.
 */
import type { ViewNode } from '../components/kit/view';
import { part as findPart, showFieldError, showView, widgetRoots } from './dom';
import type { Shape } from './state-shape';
import { decodeUrlState, URL_STATE_MAX_LENGTH, writeUrlState } from './url-state';
import { CLICKED_BEFORE_MOUNT } from './widget-loader';

export interface UrlStateBinding<T> {
	/** The checked state from the link, or null (absent, or invalid: the notice then says why). */
	read(): T | null;
	/** Call only after the reader changed something. Too long to share: the notice says so. */
	write(state: T | null): void;
}

export interface WidgetContext<Initial> {
	readonly root: HTMLElement;
	readonly initial: Initial;
	/** A required descendant by `data-part`. */
	part<T extends HTMLElement = HTMLElement>(name: string): T;
	/** Every descendant with this `data-part`. */
	parts<T extends HTMLElement = HTMLElement>(name: string): T[];
	/** Shows (message) or clears (null) the error beside `input`, in the element `data-part={errorPart}`. */
	fieldError(input: HTMLElement, errorPart: string, message: string | null): void;
	/** Renders a view into a part (or element), replacing what was there. */
	show(target: string | Element, view: ViewNode): void;
	/** The frame's notice line (share-link messages); null hides it. */
	notice(message: string | null): void;
	urlState<T>(stateKey: string, shape: Shape<T>, maxLength?: number): UrlStateBinding<T>;
}

const NOTICE_TOO_LONG =
	'This example is too long to keep in the page address, so the address no longer shares it. Use the copy button or copy the text instead.';

export function mountWidget<Initial = undefined>(name: string, setup: (ctx: WidgetContext<Initial>) => void): void {
	for (const root of widgetRoots(name)) {
		if (root.dataset['mounted'] !== undefined) continue;
		root.dataset['mounted'] = '';
		const ctx = createContext<Initial>(root);
		const edited = editedFields(root);
		const clicked = root.querySelector<HTMLElement>(`[${CLICKED_BEFORE_MOUNT}]`);
		clicked?.removeAttribute(CLICKED_BEFORE_MOUNT);
		try {
			setup(ctx);
			for (const field of edited) replayEdit(field);
			replayClick(clicked);
		} catch (error) {
			console.error(`widget ${name}:`, error);
			ctx.notice('This example could not start in your browser; what you see is its initial state.');
		}
	}
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Fields whose value differs from the markup's: edited by the reader before the widget's script ran. */
function editedFields(root: HTMLElement): Field[] {
	return [...root.querySelectorAll<Field>('input, textarea, select')].filter((field) => {
		if (field instanceof HTMLSelectElement) return field.selectedIndex !== defaultIndex(field);
		if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio'))
			return field.checked !== field.defaultChecked;
		return field.value !== field.defaultValue;
	});
}

/** A drop-down without a `selected` option shows its first one. */
function defaultIndex(select: HTMLSelectElement): number {
	const marked = [...select.options].findIndex((option) => option.defaultSelected);
	return marked >= 0 || select.multiple || select.size > 1 ? marked : 0;
}

/** Clicks the button again if setup left it on the page and usable (not replaced, hidden or disabled). */
function replayClick(button: HTMLElement | null): void {
	if (!button?.isConnected || button.closest('[hidden]') || (button instanceof HTMLButtonElement && button.disabled))
		return;
	button.click();
}

function replayEdit(field: Field): void {
	const choice = field instanceof HTMLSelectElement || field.type === 'checkbox' || field.type === 'radio';
	field.dispatchEvent(new Event(choice ? 'change' : 'input', { bubbles: true }));
}

function createContext<Initial>(root: HTMLElement): WidgetContext<Initial> {
	const part = <T extends HTMLElement = HTMLElement>(name: string) => findPart<T>(root, name);
	const noticeElement = root.querySelector<HTMLElement>(':scope > [data-part="notice"]');
	const notice = (message: string | null) => {
		if (!noticeElement) return;
		noticeElement.textContent = message ?? '';
		noticeElement.hidden = message === null;
	};
	return {
		root,
		initial: (root.dataset['initial'] === undefined ? undefined : JSON.parse(root.dataset['initial'])) as Initial,
		part,
		parts: <T extends HTMLElement = HTMLElement>(name: string) => [
			...root.querySelectorAll<T>(`[data-part="${name}"]`),
		],
		fieldError: (input, errorPart, message) => showFieldError(input, part(errorPart), message),
		show: (target, view) => showView(typeof target === 'string' ? part(target) : target, view),
		notice,
		urlState: <T>(stateKey: string, shape: Shape<T>, maxLength = URL_STATE_MAX_LENGTH) => ({
			read() {
				const decoded = decodeUrlState(window.location.search, stateKey, shape, maxLength);
				if (decoded.status === 'invalid')
					notice(`This link's example could not be used: ${decoded.reason}. Showing the page's example instead.`);
				return decoded.status === 'ok' ? decoded.value : null;
			},
			write(state: T | null) {
				notice(writeUrlState(stateKey, state, maxLength) === 'too-long' ? NOTICE_TOO_LONG : null);
			},
		}),
	};
}
