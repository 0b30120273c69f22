/**
 * What the every-page checks measure inside a page (test/e2e/site-pages.test.ts), one function per
 * check, each a single round trip to the page. Moved here unchanged from site-pages, phone and
 * widget-parity, so one visit of a page can run all of them.
 */
import type { Page } from 'playwright-core';

/** The smallest size a diagram label may render at on a phone (src/styles/diagrams.css). */
export const MIN_LABEL_PX = 11;

/** Waits two animation frames: widgets render on mount, some after one frame. */
export const settle = (page: Page) =>
	page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * Words of 3–24 letters or digits inside widgets whose boxes lie on more than one line; in code also
 * hyphenated tokens of up to 24 characters (us-east-1, my-bucket-name, instance-state-name), however
 * long the code around them: a browser breaks after a hyphen, and a value split there ("us-" / "east-1")
 * reads as two. Code may wrap after its separators instead (wrapAtSeparators in src/components/kit/view.ts).
 */
export function brokenWords(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const CODE = 'code, pre, kbd, samp, textarea, .dla-mono';
		const out: string[] = [];
		/** Whether `text` at `index` in `node` lies on more than one line. */
		const onSeveralLines = (node: Text, index: number, text: string) => {
			const range = document.createRange();
			range.setStart(node, index);
			range.setEnd(node, index + text.length);
			const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
			if (rects.length < 2) return false;
			const tops = rects.map((r) => r.top);
			const height = Math.min(...rects.map((r) => r.height));
			return Math.max(...tops) - Math.min(...tops) > height / 2;
		};
		const where = (parent: Element) =>
			`${parent.tagName.toLowerCase()}${parent.className ? `.${String(parent.className).trim().split(/\s+/).join('.')}` : ''}`;
		for (const root of document.querySelectorAll<HTMLElement>('[data-widget]')) {
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				const parent = node.parentElement;
				if (!parent || parent.closest('script, style, template, textarea')) continue;
				const code = parent.closest(CODE);
				for (const match of node.data.matchAll(/[\p{L}\p{N}]+/gu)) {
					const word = match[0];
					if (word.length < 3 || word.length > 24) continue;
					if (code !== null) {
						// The token around the word up to whitespace, across the code element's child elements
						// (e.g. highlighted bytes): a long ARN, hex digest or JSON line may wrap inside code.
						const start = document.createRange();
						start.setStart(code, 0);
						start.setEnd(node, match.index);
						const text = code.textContent ?? '';
						const offset = start.toString().length;
						const before = text.slice(0, offset).split(/\s/).pop() ?? '';
						const after = text.slice(offset + word.length).split(/\s/)[0] ?? '';
						if (before.length + word.length + after.length > 24) continue;
					}
					if (onSeveralLines(node, match.index, word)) out.push(`"${word}" in #${root.id} ${where(parent)}`);
				}
				if (code === null) continue; // in prose a compound (least-privilege) may break at its hyphen
				for (const match of node.data.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)) {
					const token = match[0];
					if (token.length <= 24 && onSeveralLines(node, match.index, token))
						out.push(`"${token}" (split at a hyphen) in #${root.id} ${where(parent)}`);
				}
			}
		}
		return out;
	});
}

/**
 * Elements that stick out past their widget's right edge without a scroll container between them and
 * the widget (which a reader would see cut off, or as sideways scroll of the whole page).
 */
export function overflowingWidgets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
			out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px`);
		for (const root of document.querySelectorAll<HTMLElement>('[data-widget]')) {
			const right = root.getBoundingClientRect().right;
			for (const el of root.querySelectorAll<HTMLElement>('*')) {
				const rect = el.getBoundingClientRect();
				if (rect.width === 0 || rect.right <= right + 1) continue;
				let clipped = false;
				for (let up = el.parentElement; up && up !== root; up = up.parentElement)
					if (getComputedStyle(up).overflowX !== 'visible') clipped = true;
				if (clipped) continue;
				const cls =
					typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
				out.push(
					`#${root.id} ${el.tagName.toLowerCase()}${cls} ends at ${Math.round(rect.right)} > ${Math.round(right)}`,
				);
				if (out.length > 5) return out;
			}
		}
		return out;
	});
}

/** Code-like elements in <main> whose rendered font is proportional. */
export function proportionalCode(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const canvas = document.createElement('canvas').getContext('2d')!;
		const out: string[] = [];
		const fields = document.querySelectorAll<HTMLElement>(
			'main :is(textarea, input[spellcheck="false"], .dla-mono, code, pre, kbd, samp)',
		);
		for (const field of fields) {
			const style = getComputedStyle(field);
			canvas.font = `${style.fontSize} ${style.fontFamily}`;
			const narrow = canvas.measureText('iiiiiiiiii').width;
			const wide = canvas.measureText('MMMMMMMMMM').width;
			if (Math.abs(narrow - wide) > 0.5) {
				const id = field.id ? `#${field.id}` : '';
				const cls =
					typeof field.className === 'string' && field.className
						? `.${field.className.trim().split(/\s+/).join('.')}`
						: '';
				out.push(`${field.tagName.toLowerCase()}${id}${cls}: ${style.fontFamily}`);
			}
		}
		return out;
	});
}

/**
 * Diagram labels (SVG <text> in a drawing with role="img") that render below MIN_LABEL_PX, and drawings
 * wider than the column whose figure is not a focusable, named scroll region.
 */
export function smallDiagramText(page: Page): Promise<string[]> {
	return page.evaluate((minPx) => {
		const out: string[] = [];
		// Drawings, not a widget's own charts or QR codes (those scale with their widget).
		for (const svg of document.querySelectorAll<SVGSVGElement>('main svg[role="img"]:not([data-widget] svg)')) {
			const name = svg.querySelector('title')?.textContent ?? svg.id;
			for (const text of svg.querySelectorAll('text')) {
				const scale = text.getScreenCTM()?.a ?? 1;
				const size = parseFloat(getComputedStyle(text).fontSize) * scale;
				if (size < minPx - 0.05) out.push(`"${text.textContent?.trim()}" in "${name}": ${size.toFixed(1)} px`);
			}
			const scroller = svg.closest<HTMLElement>('.dla-diagram-scroller');
			if (scroller === null || scroller.tabIndex !== 0 || !scroller.getAttribute('aria-labelledby'))
				out.push(`"${name}" is not in a focusable, named .dla-diagram-scroller`);
		}
		return out;
	}, MIN_LABEL_PX);
}

/** The page's first example and where the "Skip to the first example" link points. */
export function skipLink(page: Page): Promise<{ firstExample: string | null; href: string | null }> {
	return page.evaluate(() => ({
		firstExample: document.querySelector('main .dla-example[id]')?.id ?? null,
		href: document.querySelector('a.dla-skip-link')?.getAttribute('href') ?? null,
	}));
}

export interface LayoutShift {
	value: number;
	sources: string[];
}

/**
 * The layout shifts a page has recorded since it started loading (not caused by input), from a buffered
 * PerformanceObserver read after the load event and a pause in which late work (fonts, idle callbacks,
 * timers) lands.
 */
export function layoutShifts(page: Page): Promise<LayoutShift[]> {
	return page.evaluate(
		() =>
			new Promise<LayoutShift[]>((resolve) => {
				const shifts: LayoutShift[] = [];
				const describe = (node: Node | null | undefined) => {
					if (!(node instanceof Element)) return node?.nodeName ?? '?';
					return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}`;
				};
				type Shift = PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
				};
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as Shift[]) {
						if (entry.hadRecentInput) continue;
						shifts.push({
							value: entry.value,
							sources: (entry.sources ?? []).map(
								(s) =>
									`${describe(s.node)} ${Math.round(s.previousRect.x)},${Math.round(s.previousRect.y)} ${Math.round(s.previousRect.width)}x${Math.round(s.previousRect.height)} → ${Math.round(s.currentRect.x)},${Math.round(s.currentRect.y)} ${Math.round(s.currentRect.width)}x${Math.round(s.currentRect.height)} @${Math.round(entry.startTime)}ms`,
							),
						});
					}
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(shifts), 700);
			}),
	);
}

/**
 * Edits and clicks every control of every widget, in the page (one round trip, so the whole site takes
 * seconds), so each widget's input handlers run under the CSP. Returns the number of widgets.
 */
export function exerciseWidgets(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const roots = [...document.querySelectorAll<HTMLElement>('[data-widget]')];
		const fire = (el: Element, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));
		for (const root of roots) {
			for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
				'textarea, input:not([type=checkbox]):not([type=radio]):not([type=range]):not([type=hidden]):not([type=file])',
			)) {
				if (field.disabled || field.readOnly) continue;
				const original = field.value;
				field.value = `${original}x`;
				fire(field, 'input');
				field.value = original;
				fire(field, 'input');
				fire(field, 'change');
			}
			for (const select of root.querySelectorAll('select')) fire(select, 'change');
			for (const box of root.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]')) {
				box.click();
				if (box.type === 'checkbox') box.click();
			}
			for (const button of [...root.querySelectorAll<HTMLButtonElement>('button[type=button]')].slice(0, 6))
				if (!button.disabled) button.click();
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
		return roots.length;
	});
}

/** The elements that stick out past the viewport, to make a horizontal-scroll failure actionable. */
export function widestElements(page: Page, width: number): Promise<string> {
	return page.evaluate((width) => {
		const out: string[] = [];
		for (const el of document.querySelectorAll('body *')) {
			const rect = el.getBoundingClientRect();
			if (rect.right > width + 1 && out.length < 5)
				out.push(
					`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} (right ${Math.round(rect.right)})`,
				);
		}
		return out.join(', ');
	}, width);
}

/**
 * The text of every widget on the page, by id: hidden elements, scripts and parts marked
 * `data-client-only` left out (widget-parity compares it with JavaScript off and on).
 */
export function widgetTexts(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() => {
		const texts: Record<string, string> = {};
		for (const root of document.querySelectorAll<HTMLElement>('[data-widget]')) {
			const copy = root.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('[hidden], [data-client-only], script, style, template').forEach((e) => e.remove());
			texts[root.id || root.dataset['widget']!] = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
		}
		return texts;
	});
}

/**
 * Table scrollers (`.dla-table-wrap`, tableView() in src/components/kit/view.ts) that a keyboard or
 * screen-reader user could not reach or tell apart: each must be a focusable (`tabindex="0"`), named
 * `role="region"`, and names must differ within a widget (widgets rebuild their tables in the browser).
 */
export function unnamedTableScrollers(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const namesByWidget = new Map<Element | null, string[]>();
		for (const wrap of document.querySelectorAll<HTMLElement>('main .dla-table-wrap')) {
			const name = wrap.getAttribute('aria-label');
			const where = `${wrap.closest('[data-widget]')?.id ?? 'page'} .dla-table-wrap "${name ?? ''}"`;
			if (wrap.getAttribute('tabindex') !== '0' || wrap.getAttribute('role') !== 'region' || !name)
				out.push(`${where}: not a focusable, named region`);
			const widget = wrap.closest('[data-widget]');
			const names = namesByWidget.get(widget) ?? [];
			if (widget !== null && name && names.includes(name)) out.push(`${where}: the name is used twice in its widget`);
			namesByWidget.set(widget, [...names, name ?? '']);
		}
		return out;
	});
}
