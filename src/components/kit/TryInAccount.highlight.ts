/**
 * Build-time highlighting of the "Try it in your account" commands with Shiki. Imported only by
 * TryInAccount.astro's frontmatter, so Shiki never reaches the browser: there the panel shows the same
 * view (TryInAccount.views.ts) in plain monospace.
 *
 * Themes: Starlight's code blocks (Expressive Code) default to its Night Owl pair ("starlight-dark" /
 * "starlight-light", see @astrojs/starlight's expressive-code theming) and this site does not change
 * them, so the panel uses Shiki's bundled night-owl / night-owl-light. The block's background is the
 * site's own (TryInAccount.astro's style), as Expressive Code's is with Starlight's UI colours.
 */
import { createHighlighter, type Highlighter } from 'shiki';
import { commandsText, placeholderRanges, type TryInAccountContent } from './TryInAccount.views';

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
const LANG = 'shellscript';

let highlighter: Promise<Highlighter> | undefined;
const getHighlighter = () => (highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: [LANG] }));

/** The code block as HTML: same text, attributes and `<mark>`ed placeholders as commandsCodeView(). */
export async function highlightCommands(content: TryInAccountContent): Promise<string> {
	const text = commandsText(content.commands);
	return (await getHighlighter()).codeToHtml(text, {
		lang: LANG,
		themes: THEMES,
		// Colours come as --shiki-light / --shiki-dark variables; TryInAccount.astro picks one per theme.
		defaultColor: false,
		decorations: placeholderRanges(text, content.placeholders).map(({ start, end }) => ({
			start,
			end,
			tagName: 'mark',
			properties: { class: 'dla-tia__placeholder' },
			alwaysWrap: true,
		})),
		transformers: [
			{
				span(node) {
					const style = node.properties['style'];
					if (typeof style !== 'string') return;
					node.properties['style'] = style.replace(
						/--shiki-(light|dark):(#[0-9a-fA-F]{6})(?:[0-9a-fA-F]{2})?/g,
						(_, theme: 'light' | 'dark', hex: string) => `--shiki-${theme}:${readableOn(hex, theme)}`,
					);
				},
				pre(node) {
					node.properties = {
						class: 'dla-mono dla-tia__code dla-tia__code--highlighted',
						'data-part': 'tia-code',
						tabindex: 0,
						'aria-label': 'AWS CLI commands',
					};
				},
			},
		],
	});
}
