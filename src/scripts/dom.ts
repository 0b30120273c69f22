/**
 * The only way widget scripts build DOM: text goes in as text nodes, never as HTML, so reader input
 * (`<img src=x onerror=…>`) is always shown, never run.
 */
import { isViewElement, viewAttributes, type ViewNode } from '../components/kit/view';
import { withBase } from './base-path.mjs';

/** Attributes holding one URL: a root-relative one (`/iam/roles/`) gets the site's base path. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster']);

/**
 * An attribute as the browser sets it: as the build wrote it into the page (scripts/base-path.mjs), so a
 * link in a view re-rendered after an edit keeps the base path of a sub-path deploy.
 */
export function attributeValue(name: string, value: string, base: string = import.meta.env.BASE_URL): string {
	return URL_ATTRIBUTES.has(name) ? withBase(base, value) : value;
}

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Attrs = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) {
		if (value === null || value === undefined || value === false) continue;
		if (/^on/i.test(name)) throw new Error(`h(): event handler attribute ${name} is not allowed; use addEventListener`);
		element.setAttribute(name, value === true ? '' : attributeValue(name, String(value)));
	}
	append(element, ...children);
	return element;
}

export function append(parent: Node, ...children: Child[]): void {
	for (const child of children) {
		if (child === null || child === undefined || child === false) continue;
		parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
	}
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
	parent.replaceChildren();
	append(parent, ...children);
}

/**
 * Shows (or clears, with `null`) an error message beside an input, wired for screen readers:
 * the input gets aria-invalid and aria-describedby pointing at the message element.
 */
export function showFieldError(input: HTMLElement, errorElement: HTMLElement, message: string | null): void {
	if (!errorElement.id) errorElement.id = `${input.id || 'field'}-error`;
	errorElement.textContent = message ?? '';
	errorElement.hidden = message === null;
	if (message === null) {
		input.removeAttribute('aria-invalid');
	} else {
		input.setAttribute('aria-invalid', 'true');
		const describedBy = new Set((input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
		describedBy.add(errorElement.id);
		input.setAttribute('aria-describedby', [...describedBy].join(' '));
	}
}

/** Runs `update` at most once per animation frame, for re-evaluating on every keystroke. */
export function onFrame(update: () => void): () => void {
	let queued = false;
	return () => {
		if (queued) return;
		queued = true;
		requestAnimationFrame(() => {
			queued = false;
			update();
		});
	};
}

/** Finds every instance of a widget on the page by its `data-widget` name. */
export function widgetRoots(name: string): HTMLElement[] {
	return [...document.querySelectorAll<HTMLElement>(`[data-widget="${name}"]`)];
}

/** Reads a required descendant by `data-part`, failing loudly in development if the markup drifted. */
export function part<T extends HTMLElement = HTMLElement>(root: HTMLElement, name: string): T {
	const found = root.querySelector<T>(`[data-part="${name}"]`);
	if (!found) throw new Error(`widget ${root.dataset['widget']}: missing data-part="${name}"`);
	return found;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Renders a view (src/components/kit/view.ts) to DOM nodes: the browser twin of View.astro. Elements
 * inside an <svg> are created in the SVG namespace.
 */
export function renderView(node: ViewNode, inSvg = false): Node {
	if (node === null || node === undefined || node === false) return document.createDocumentFragment();
	if (typeof node === 'string' || typeof node === 'number') return document.createTextNode(String(node));
	if (!isViewElement(node)) {
		const fragment = document.createDocumentFragment();
		for (const child of node as readonly ViewNode[]) fragment.appendChild(renderView(child, inSvg));
		return fragment;
	}
	const svg = inSvg || node.tag === 'svg';
	const element = svg ? document.createElementNS(SVG_NS, node.tag) : document.createElement(node.tag);
	for (const [name, value] of viewAttributes(node.attrs)) element.setAttribute(name, attributeValue(name, value));
	for (const child of node.children) element.appendChild(renderView(child, svg && node.tag !== 'foreignObject'));
	return element;
}

/** Replaces the children of `parent` with a rendered view. */
export function showView(parent: Element, view: ViewNode): void {
	parent.replaceChildren(renderView(view, parent instanceof SVGElement));
}
