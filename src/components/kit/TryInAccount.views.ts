/**
 * The "Try it in your account" panel's words: the AWS CLI commands that reproduce a widget's state, the
 * lines on what they leave out, and what AWS will answer. One pure function from the commands to a view,
 * rendered at build time by TryInAccount.astro (highlighted with Shiki) and in the browser by
 * TryInAccount.client.ts (plain monospace), so the page shows the same text with and without JavaScript.
 */
import { formatCliCommand, type CliCommand } from '../../lib/cli';
import { el, wrapAtSeparators, type ViewNode } from './view';

/**
 * The same resources as a CloudFormation template, where that reads more naturally than commands. Built
 * by the widget's own panel view (src/lib/cloudformation), so pages without a template do not ship the
 * YAML writer.
 */
export interface TryInAccountTemplate {
	/** The template as YAML: what its code block shows and its copy button copies. */
	readonly yaml: string;
	/** The file name the deploy command reads, e.g. template.yaml. */
	readonly file: string;
	/** `aws cloudformation deploy` for the template saved as `file`. */
	readonly deploy: CliCommand;
}

export interface TryInAccountContent {
	readonly commands: readonly CliCommand[];
	/** What the commands cannot reproduce as written ("notCovered"), one sentence each. */
	readonly notes?: readonly string[];
	/** One line on what AWS will answer when the reader runs them. */
	readonly answer: string;
	/** Words the reader replaces besides the account and example IDs found on their own. */
	readonly placeholders?: readonly string[];
	readonly template?: TryInAccountTemplate | undefined;
}

/** While the widget's input is invalid the panel says so and shows no command: nothing stale to copy. */
export type TryInAccountState = TryInAccountContent | { readonly invalid: string };

export const TRY_IN_ACCOUNT_INVALID = 'The commands appear here once the input above is valid.';

/** Exactly what the code block shows and the copy button copies: one command per paragraph. */
export function commandsText(commands: readonly CliCommand[]): string {
	return commands.map((command) => formatCliCommand(command)).join('\n\n');
}

// AWS's documented example account, ARNs in it, and the documented example resource IDs
// (vpc-0123456789abcdef0, vol-…, ami-0abcdef1234567890): words the reader must replace with their own.
const EXAMPLE_ACCOUNT = '111122223333';
const BUILT_IN_PLACEHOLDERS = [
	/arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:111122223333:[A-Za-z0-9/_+=.@:*-]*[A-Za-z0-9/_+=.@*-]/g,
	/\b111122223333\b/g,
	/\b[a-z]+-(?:0123456789abcdef0|0abcdef1234567890)\b/g,
];

export interface TextRange {
	readonly start: number;
	readonly end: number;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Non-overlapping placeholder ranges in `text`, in order; an ARN wins over the account inside it. */
export function placeholderRanges(text: string, extra: readonly string[] = []): TextRange[] {
	const patterns = [
		...BUILT_IN_PLACEHOLDERS,
		...extra.filter(Boolean).map((word) => new RegExp(`(?<![A-Za-z0-9-])${escapeRegExp(word)}(?![A-Za-z0-9-])`, 'g')),
	];
	const found: TextRange[] = [];
	for (const pattern of patterns)
		for (const match of text.matchAll(pattern)) {
			const range = { start: match.index, end: match.index + match[0].length };
			if (!found.some((r) => range.start < r.end && r.start < range.end)) found.push(range);
		}
	return found.sort((a, b) => a.start - b.start);
}

/** The code's text split into plain runs and `<mark>`ed placeholders. */
function markedCode(text: string, ranges: readonly TextRange[]): ViewNode[] {
	const out: ViewNode[] = [];
	let at = 0;
	for (const { start, end } of ranges) {
		if (start > at) out.push(text.slice(at, start));
		out.push(el('mark', { class: 'dla-tia__placeholder' }, text.slice(start, end)));
		at = end;
	}
	if (at < text.length) out.push(text.slice(at));
	return out;
}

// The quoting is POSIX (bash, zsh). https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters-quoting-strings.html
export const POWERSHELL_NOTE =
	"Written for bash and zsh. In PowerShell, end continued lines with a backtick (`) instead of \\, write a ' inside single quotes as '' (not '\\''), and in Windows PowerShell 5.1 also write each double quote inside a JSON argument as \\\".";

export const PLACEHOLDER_LEGEND_LEAD = 'Marked words are examples: replace them with your own';

/**
 * The legend names the placeholders the commands contain, so the words say it without the marking: a
 * line, then one word per item, marked as in the code. Each word wraps after its separators (a long ARN
 * breaks between its parts on a phone, never mid-word).
 */
export function placeholderLegend(text: string, ranges: readonly TextRange[]): ViewNode {
	if (ranges.length === 0) return null;
	const words = [...new Set(ranges.map((r) => text.slice(r.start, r.end)))];
	const account = words.some((w) => w.includes(EXAMPLE_ACCOUNT))
		? ` (${EXAMPLE_ACCOUNT} is AWS's example account)`
		: '';
	return [
		el('p', { class: 'dla-tia__line', 'data-part': 'tia-legend' }, `${PLACEHOLDER_LEGEND_LEAD}${account}:`),
		el(
			'ul',
			{ class: 'dla-list dla-tia__notes', 'data-part': 'tia-placeholders' },
			words.map((word) => el('li', {}, el('code', { class: 'dla-mono dla-tia__placeholder' }, wrapAtSeparators(word)))),
		),
	];
}

/** The attributes of each code block, shared with the build-time (Shiki) rendering. */
export const CODE_BLOCKS = {
	commands: { 'data-part': 'tia-code', 'aria-label': 'AWS CLI commands' },
	template: { 'data-part': 'tia-template', 'aria-label': 'CloudFormation template (YAML)' },
	deploy: { 'data-part': 'tia-deploy', 'aria-label': 'AWS CLI command that deploys the template' },
} as const;

function codeBlockView(text: string, block: keyof typeof CODE_BLOCKS, placeholders?: readonly string[]): ViewNode {
	return el(
		'pre',
		{ class: 'dla-mono dla-tia__code', ...CODE_BLOCKS[block], tabindex: 0 },
		el('code', {}, ...markedCode(text, placeholderRanges(text, placeholders))),
	);
}

/** The code block as a view: the browser's rendering, and the fallback text of the build-time one. */
export function commandsCodeView(content: TryInAccountContent): ViewNode {
	return codeBlockView(commandsText(content.commands), 'commands', content.placeholders);
}

/**
 * The line that introduces the template, and the command that deploys it in its own block: one option
 * per line like the commands above, and a line too long for a phone scrolls inside the block (in running
 * text it broke after "--" and inside the ARNs).
 */
export function templateLeadView(template: TryInAccountTemplate, placeholders?: readonly string[]): ViewNode {
	return [
		el(
			'p',
			{ class: 'dla-tia__line', 'data-part': 'tia-template-lead' },
			el('strong', {}, 'Or as CloudFormation: '),
			`save the template below as ${template.file} and deploy it with:`,
		),
		codeBlockView(formatCliCommand(template.deploy), 'deploy', placeholders),
	];
}

/** The template's lead line and its code block (the browser's rendering). */
export function templateView(content: TryInAccountContent): ViewNode {
	const template = content.template;
	if (!template) return null;
	return [
		templateLeadView(template, content.placeholders),
		codeBlockView(template.yaml, 'template', content.placeholders),
	];
}

/** Everything the panel's code shows, for the placeholder legend. */
function shownCode(content: TryInAccountContent): string {
	const template = content.template;
	const commands = commandsText(content.commands);
	return template ? `${commands}\n\n${formatCliCommand(template.deploy)}\n\n${template.yaml}` : commands;
}

/** The lines under the code: placeholders, what is not covered, what AWS answers. */
export function commandsNotesView(content: TryInAccountContent): ViewNode {
	const text = shownCode(content);
	const notes = content.notes ?? [];
	return [
		placeholderLegend(text, placeholderRanges(text, content.placeholders)),
		notes.length > 0 &&
			el(
				'ul',
				{ class: 'dla-list dla-tia__notes', 'data-part': 'tia-notes' },
				notes.map((note) => el('li', {}, note)),
			),
		el('p', { class: 'dla-tia__line', 'data-part': 'tia-answer' }, el('strong', {}, 'AWS answers: '), content.answer),
		el('p', { class: 'dla-tia__line dla-tia__shell' }, POWERSHELL_NOTE),
	];
}

/** The whole panel body for a state: the commands and their lines, or why there are none. */
export function tryInAccountView(state: TryInAccountState): ViewNode {
	if ('invalid' in state) return el('p', { class: 'dla-tia__line', 'data-part': 'tia-invalid' }, state.invalid);
	return [commandsCodeView(state), templateView(state), commandsNotesView(state)];
}

/** The text the copy button copies for a state; null when there is nothing to copy. */
export function tryInAccountCopyText(state: TryInAccountState): string | null {
	return 'invalid' in state ? null : commandsText(state.commands);
}

/** The text the template's copy button copies for a state; null when there is no template. */
export function tryInAccountTemplateText(state: TryInAccountState): string | null {
	return 'invalid' in state ? null : (state.template?.yaml ?? null);
}
