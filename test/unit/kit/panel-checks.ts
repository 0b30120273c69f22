/**
 * Checks shared by the "Try it in your account" panel tests of each domain (test/unit/<domain>/panel*.test.ts):
 * the text the panel shows is what its copy buttons copy, every command parses back (parseCliCommand)
 * into the same service, operation and arguments, a template reads back as YAML and its deploy command
 * parses too, and the build-time Shiki blocks say exactly the browser's text with the same marks.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { expect } from 'vitest';
import { formatCliCommand, parseCliCommand, type CliCommand } from '../../../src/lib/cli';
import { isViewElement, viewText, type ViewNode } from '../../../src/components/kit/view';
import {
	commandsCodeView,
	commandsText,
	templateView,
	tryInAccountCopyText,
	tryInAccountTemplateText,
	tryInAccountView,
	type TryInAccountContent,
	type TryInAccountState,
} from '../../../src/components/kit/TryInAccount.views';
import { highlightCommands, highlightTemplate } from '../../../src/components/kit/TryInAccount.highlight';
import { readYaml, type ReadValue } from '../cloudformation/yaml-reader';

export function content(state: TryInAccountState): TryInAccountContent {
	if ('invalid' in state) throw new Error(`expected commands, got: ${state.invalid}`);
	return state;
}

/** Every option by name and values: what a round trip must keep. */
export function expectRoundTrip(line: string, command: CliCommand) {
	const parsed = parseCliCommand(line);
	expect(parsed).toMatchObject({ service: command.service, operation: command.operation });
	const options = [...parsed.globalOptions, ...parsed.parameters].map((p) => [p.name, p.values] as const);
	expect(options).toEqual(command.parameters.map((p) => [p.name, p.values]));
	return parsed;
}

/** Marked words in a view, in order. */
export function marks(node: ViewNode): string[] {
	if (Array.isArray(node)) return (node as ViewNode[]).flatMap(marks);
	if (!isViewElement(node)) return [];
	return node.tag === 'mark' ? [viewText(node)] : node.children.flatMap(marks);
}

/** What a panel shows and copies, checked the same way for every example; its template as data. */
export function expectPanel(state: TryInAccountState): {
	panel: TryInAccountContent;
	text: string;
	template: { [key: string]: ReadValue } | null;
} {
	const panel = content(state);
	const text = tryInAccountCopyText(panel)!;
	expect(viewText(commandsCodeView(panel))).toBe(text);
	const lines = text.split(/\n\n(?=aws )/);
	expect(lines).toHaveLength(panel.commands.length);
	lines.forEach((line, i) => expectRoundTrip(line, panel.commands[i]!));
	if (!panel.template) {
		expect(tryInAccountTemplateText(panel)).toBeNull();
		return { panel, text, template: null };
	}
	const yaml = tryInAccountTemplateText(panel)!;
	expect(yaml).toBe(panel.template.yaml);
	// The template's block shows the YAML exactly; the deploy command has its own block, and parses.
	expect(viewText(templateView(panel))).toContain(yaml);
	expect(viewText(tryInAccountView(panel))).toContain(formatCliCommand(panel.template.deploy));
	expectRoundTrip(formatCliCommand(panel.template.deploy), panel.template.deploy);
	return { panel, text, template: readYaml(yaml) };
}

/** Invalid input: nothing to copy and no command in the panel's words. */
export function expectNoCommands(state: TryInAccountState) {
	expect('invalid' in state).toBe(true);
	expect(tryInAccountCopyText(state)).toBeNull();
	expect(tryInAccountTemplateText(state)).toBeNull();
	expect(viewText(tryInAccountView(state))).not.toContain('aws ');
}

function textContent(node: DefaultTreeAdapterMap['node']): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
	return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

const markedIn = (html: string) =>
	[...html.matchAll(/<mark class="dla-tia__placeholder">(.*?)<\/mark>/g)].map((m) => textContent(parse(m[1]!)));

/** The build-time blocks (Shiki) say the same text and mark the same words as the browser's views. */
export async function expectHighlightedLikeView(state: TryInAccountState) {
	const panel = content(state);
	const commands = await highlightCommands(panel);
	expect(textContent(parse(commands))).toBe(commandsText(panel.commands));
	expect(markedIn(commands)).toEqual(marks(commandsCodeView(panel)));
	const template = await highlightTemplate(panel);
	if (!panel.template) return expect(template).toBeNull();
	expect(textContent(parse(template!))).toBe(panel.template.yaml);
	expect(template).toContain('data-part="tia-template"');
	expect(markedIn(template!)).toEqual(marks(withPart(templateView(panel), 'tia-template')));
}

/** The first element of a view with data-part="name" (null when there is none). */
function withPart(node: ViewNode, name: string): ViewNode {
	if (Array.isArray(node)) return (node as ViewNode[]).map((child) => withPart(child, name)).find(Boolean) ?? null;
	if (!isViewElement(node)) return null;
	return node.attrs['data-part'] === name ? node : withPart(node.children, name);
}
