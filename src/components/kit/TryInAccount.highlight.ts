/**
 * Build-time highlighting with Shiki: the "Try it in your account" commands and templates, and the
 * policy JSON other components show (highlightLines(), e.g. the annotated policy of PolicyAnnotated.astro). Imported only by
 * TryInAccount.astro's frontmatter, so Shiki never reaches the browser: there the panel shows the same
 * view (TryInAccount.views.ts) in plain monospace.
 *
 * Themes: Starlight's code blocks (Expressive Code) default to its Night Owl pair ("starlight-dark" /
 * "starlight-light", see @astrojs/starlight's expressive-code theming) and this site does not change
 * them, so the panel uses Shiki's bundled night-owl / night-owl-light. The block's background is the
 * site's own (TryInAccount.astro's style), as Expressive Code's is with Starlight's UI colours.
 */
import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { CODE_BLOCKS, commandsText, placeholderRanges, type TryInAccountContent } from './TryInAccount.views';
import { el, type ViewNode } from './view';

const THEMES = { light: 'night-owl-light', dark: 'night-owl' } as const;

// The block's background per theme: Starlight's --sl-color-gray-6 (@astrojs/starlight style/props.css).
const BACKGROUNDS = { light: [236, 238, 243], dark: [35, 39, 47] } as const;
// Expressive Code raises every token to this contrast on the site's code blocks (its default
// minSyntaxHighlightingColorContrast); the panel does the same, so it reads like them and passes WCAG AA.
const MIN_CONTRAST = 5.5;

type Rgb = readonly [number, number, number];
const luminance = (rgb: Rgb) => {
	const [r, g, b] = rgb.map((c) => {
		const v = c / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: Rgb, b: Rgb) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
};
const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** The colour, mixed toward black (light theme) or white (dark) until it reads on the background. */
export function readableOn(hex: string, theme: keyof typeof BACKGROUNDS): string {
	const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
	const background = BACKGROUNDS[theme];
	const target = theme === 'light' ? 0 : 255;
	for (let step = 0; step <= 20; step++) {
		const mixed = rgb.map((c) => c + (target - c) * (step / 20)) as unknown as Rgb;
		if (contrast(mixed, background) >= MIN_CONTRAST) return step === 0 ? hex : toHex(mixed);
	}
	return theme === 'light' ? '#000000' : '#ffffff';
}
// Shell for the commands, YAML for CloudFormation templates, JSON for policy documents.
const LANGS = ['shellscript', 'yaml', 'json'] as const;
export type HighlightLang = (typeof LANGS)[number];

// Only these grammars and themes are loaded, and with Shiki's JavaScript regex engine rather than the
// Oniguruma WebAssembly one: the same tokens for these three grammars (Shiki marks them fully supported;
// the engine throws on a pattern it cannot translate), without instantiating WebAssembly on every build
// (about 80 ms of the build, issue 19).
let highlighter: Promise<HighlighterCore> | undefined;
const getHighlighter = () =>
	(highlighter ??= createHighlighterCore({
		themes: [import('shiki/themes/night-owl-light.mjs'), import('shiki/themes/night-owl.mjs')],
		langs: [import('shiki/langs/shellscript.mjs'), import('shiki/langs/yaml.mjs'), import('shiki/langs/json.mjs')],
		engine: createJavaScriptRegexEngine(),
	}));

/** A Shiki style with each theme's colour raised to the site's code-block contrast. */
const readableStyle = (style: string) =>
	style.replace(
		/--shiki-(light|dark):\s*(#[0-9a-fA-F]{6})(?:[0-9a-fA-F]{2})?/g,
		(_, theme: 'light' | 'dark', hex: string) => `--shiki-${theme}:${readableOn(hex, theme)}`,
	);

/** Token colours raised to the site's code-block contrast, as --shiki-light / --shiki-dark variables. */
export const readableTokens = {
	span(node: { properties: Record<string, unknown> }) {
		const style = node.properties['style'];
		if (typeof style === 'string') node.properties['style'] = readableStyle(style);
	},
};

/**
 * `text` highlighted line by line as views: each line's tokens as spans whose style holds the two themes'
 * colours (--shiki-light / --shiki-dark; the component's CSS picks one), the same text as the line.
 * For components that lay out lines themselves (markers beside a policy's lines).
 */
export async function highlightLines(text: string, lang: HighlightLang): Promise<ViewNode[]> {
	const { tokens } = (await getHighlighter()).codeToTokens(text, { lang, themes: THEMES, defaultColor: false });
	return tokens.map((line) =>
		line.map((token) => {
			const style = Object.entries(token.htmlStyle ?? {})
				.map(([name, value]) => `${name}:${value}`)
				.join(';');
			return style === '' ? token.content : el('span', { style: readableStyle(style) }, token.content);
		}),
	);
}

/**
 * `text` as a highlighted `<pre>` with the given attributes and the placeholders `<mark>`ed: the same
 * text and marks as the view the browser renders.
 */
export async function highlightCode(
	text: string,
	lang: HighlightLang,
	attributes: Record<string, string | number>,
	placeholders: readonly string[] = [],
): Promise<string> {
	return (await getHighlighter()).codeToHtml(text, {
		lang,
		themes: THEMES,
		// Colours come as --shiki-light / --shiki-dark variables; TryInAccount.astro picks one per theme.
		defaultColor: false,
		decorations: placeholderRanges(text, placeholders).map(({ start, end }) => ({
			start,
			end,
			tagName: 'mark',
			properties: { class: 'dla-tia__placeholder' },
			alwaysWrap: true,
		})),
		transformers: [
			{
				...readableTokens,
				pre(node) {
					node.properties = { class: 'dla-mono dla-tia__code dla-tia__code--highlighted', ...attributes };
				},
			},
		],
	});
}

/** The commands' code block as HTML: same text, attributes and `<mark>`ed placeholders as commandsCodeView(). */
export function highlightCommands(content: TryInAccountContent): Promise<string> {
	const text = commandsText(content.commands);
	return highlightCode(text, 'shellscript', { ...CODE_BLOCKS.commands, tabindex: 0 }, content.placeholders);
}

/** The template's code block as HTML (YAML), or null when the panel has no template. */
export async function highlightTemplate(content: TryInAccountContent): Promise<string | null> {
	if (!content.template) return null;
	return highlightCode(content.template.yaml, 'yaml', { ...CODE_BLOCKS.template, tabindex: 0 }, content.placeholders);
}
