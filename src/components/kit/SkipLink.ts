/**
 * Finds where the page's first live example starts, for the "Skip to the first example" link
 * (SkipLinkPageFrame.astro). Reads the rendered HTML of the page's main content: every example is a
 * `<section class="dla-example …" id="…">` (kit/LiveExample.astro).
 */

/** A start tag with its attributes; values are double-quoted in Astro's output and may contain `>`. */
const SECTION_START = /<section((?:\s+[^\s"'>/=]+(?:\s*=\s*"[^"]*")?)*)\s*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*"([^"]*)")?/g;

function attributes(source: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const [, name, value] of source.matchAll(ATTRIBUTE)) if (name) out.set(name.toLowerCase(), value ?? '');
	return out;
}

/** The id of the first `.dla-example` section in `html`, or undefined when the page has none. */
export function firstExampleId(html: string): string | undefined {
	for (const [, attrs] of html.matchAll(SECTION_START)) {
		const parsed = attributes(attrs ?? '');
		const classes = (parsed.get('class') ?? '').split(/\s+/);
		const id = parsed.get('id');
		if (classes.includes('dla-example') && id) return id;
	}
	return undefined;
}
