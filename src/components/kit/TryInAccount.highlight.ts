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
