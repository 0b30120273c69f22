/**
 * Views of the credentials widgets (access key inspector, CLI command reader, credential chain,
 * credential-report auditor) and tables: pure functions from engine results to markup, rendered by
 * <View> at build time and by ctx.show() in the browser, so both say the same words.
 */
import type {
	AccessKeyIdAnalysis,
	AccessKeyKind,
	ChainResolution,
	CredentialAudit,
	CredentialFinding,
	CredentialSourceId,
	IdPrefix,
	LastAccessedRow,
	ParsedCliCommand,
} from '../../lib/credentials';
import {
	badge,
	codeTokens,
	el,
	tableView,
	wrapAtSeparators,
	type BadgeTone,
	type ViewElement,
	type ViewNode,
} from '../kit/view';

const KIND_LABEL: Record<AccessKeyKind, string> = {
	'long-term': 'Long-term access key',
	temporary: 'Temporary access key',
	'not-an-access-key': 'Not an access key',
	unknown: 'Unknown prefix',
};
const KIND_TONE: Record<AccessKeyKind, BadgeTone> = {
	'long-term': 'warn',
	temporary: 'allow',
	'not-an-access-key': 'deny',
	unknown: 'deny',
};

export const SECRET_WARNING =
	'This looks like a SECRET access key. Never paste a real secret anywhere. It has not been saved or sent.';

/** What the inspector shows for an ID; with no analysis (the input is empty) it shows nothing. */
export function accessKeyView(analysis: AccessKeyIdAnalysis | null): ViewNode {
	if (!analysis) return null;
	return [
		// A secret is never echoed back in large type. Where the ID does not fit a phone's line, it wraps
		// between the prefix and the rest (<wbr>), not mid-word.
		el(
			'p',
			{ class: 'anatomy dla-mono', 'data-part': 'anatomy' },
			analysis.looksLikeSecret
				? '(secret hidden)'
				: [el('mark', {}, analysis.id.slice(0, 4)), el('wbr'), analysis.id.slice(4)],
		),
		el(
			'p',
			{ 'data-part': 'kind' },
			badge(KIND_TONE[analysis.kind], KIND_LABEL[analysis.kind]),
			' ',
			el('strong', {}, analysis.prefix),
			` — ${analysis.entity}`,
		),
		el(
			'p',
			{ 'data-part': 'shape' },
			analysis.wellFormed ? badge('allow', 'Well formed') : badge('deny', 'Not a valid access key ID'),
			analysis.wellFormed ? ' 20 characters, upper-case letters and digits.' : '',
		),
		analysis.problems.length > 0 &&
			el(
				'ul',
				{ class: 'dla-list', 'data-part': 'problems' },
				analysis.problems.map((problem) => el('li', {}, problem)),
			),
		analysis.isDocumentedExample &&
			el(
				'p',
				{ 'data-part': 'example' },
				'This is AWS’s documented example ID: it ends in EXAMPLE and belongs to no account.',
			),
	];
}

/** The unique-ID prefixes AWS documents, in the inspector's details box. */
export function idPrefixesTableView(prefixes: readonly IdPrefix[]): ViewElement {
	return tableView(
		'IAM unique-ID prefixes',
		['Prefix', 'What it identifies'],
		prefixes.map((entry) => el('tr', {}, el('td', {}, el('code', {}, entry.prefix)), el('td', {}, entry.entity))),
	);
}

/**
 * An option's value as code that wraps only at its spaces and after its separators (wrapAtSeparators):
 * in plain text "Name=instance-state-name,Values=running" wrapped at its hyphens on a phone, as
 * "Name=instance-" / "state-" / "name,Values=running".
 */
function optionValueView(value: string): ViewElement {
	return el(
		'code',
		{},
		value.split(/(\s+)/).map((token) => (/\s/.test(token) ? token : wrapAtSeparators(token))),
	);
}

/** How the CLI reads a command; with no command (it is invalid) it says so, and shows no stale reading. */
export function cliCommandView(parsed: ParsedCliCommand | null): ViewNode {
	if (!parsed)
		return el('p', { 'data-part': 'parts' }, 'No reading until the command is fixed (see the message above).');
	const options = [
		...parsed.globalOptions.map((option) => ({ ...option, scope: 'CLI (global)' })),
		...parsed.parameters.map((option) => ({ ...option, scope: 'API parameter' })),
	];
	return [
		el(
			'dl',
			{ class: 'parts', 'data-part': 'parts' },
			el('dt', {}, 'Service'),
			el('dd', {}, el('code', {}, parsed.service)),
			el('dt', {}, 'Operation'),
			el('dd', {}, el('code', {}, parsed.operation)),
			el('dt', {}, 'API action'),
			el('dd', {}, parsed.apiAction ? el('code', {}, parsed.apiAction) : parsed.note),
		),
		tableView(
			'Options of the command',
			['Option', 'Value', 'Belongs to'],
			options.map((option) =>
				el(
					'tr',
					{},
					el('td', {}, el('code', {}, option.name)),
					el('td', {}, option.value === null ? '(flag)' : optionValueView(option.value)),
					el('td', {}, option.scope),
				),
			),
			{ bodyAttrs: { 'data-part': 'options' } },
		),
	];
}

export type ChainStatus = 'used' | 'shadowed' | 'empty' | 'not-reached';

export const CHAIN_STATUS_TEXT: Record<ChainStatus, string> = {
	used: 'USED — the CLI stops here',
	shadowed: 'has credentials, but never reached',
	empty: 'checked — nothing here',
	'not-reached': 'not reached',
};

export function chainStatus(resolution: ChainResolution, sourceId: CredentialSourceId): ChainStatus {
	if (resolution.used?.id === sourceId) return 'used';
	if (resolution.shadowed.some((source) => source.id === sourceId)) return 'shadowed';
	if (resolution.checkedEmpty.some((source) => source.id === sourceId)) return 'empty';
	return 'not-reached';
}

// What a source's detail names that a reader types: CLI options (--profile), environment variables and
// config keys (AWS_ACCESS_KEY_ID, role_arn), paths (~/.aws/config) and API actions (sts:AssumeRole).
const CONFIG_WORD =
	/(?<![\w-])(?:--[a-z][a-z-]*|~\/[\w./-]*\w|[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+|[a-z0-9]+:[A-Z][A-Za-z]+)/g;

/**
 * A credential source's detail with the words a reader types in <code>, monospaced (CredentialChain.astro
 * sizes it so web_identity_token_file fits a 320 px phone's line whole; in prose it broke mid-word).
 */
export function chainDetailView(detail: string): ViewNode[] {
	return codeTokens(detail, { pattern: CONFIG_WORD });
}

export function chainSummary(resolution: ChainResolution): string {
	const used = resolution.used
		? `The CLI uses: ${resolution.used.name}.`
		: 'No credentials found: “Unable to locate credentials”.';
	const shadowed =
		resolution.shadowed.length > 0
			? ` Never reached: ${resolution.shadowed.map((source) => source.name).join(', ')}.`
			: '';
	return used + shadowed;
}

const SEVERITY_TONE: Record<CredentialFinding['severity'], BadgeTone> = {
	critical: 'deny',
	high: 'deny',
	medium: 'warn',
};

/** The audit's summary, findings table and clean users; with no audit (bad input) it says so. */
export function auditView(audit: CredentialAudit | null, waiting: string): ViewNode {
	if (!audit) return el('p', { 'data-part': 'summary' }, waiting);
	const { summary } = audit;
	const clean = audit.users
		.filter((user) => !audit.findings.some((finding) => finding.user === user.user))
		.map((user) => user.user);
	return [
		el(
			'p',
			{ 'data-part': 'summary' },
			`${summary.users} users, ${summary.findings} findings: ${summary.critical} critical, ${summary.high} high, ${summary.medium} medium.`,
		),
		tableView(
			'Credential report findings',
			['Severity', 'User', 'Finding', 'Line'],
			audit.findings.map((finding) =>
				el(
					'tr',
					{ 'data-finding': finding.id },
					el('td', {}, badge(SEVERITY_TONE[finding.severity], finding.severity)),
					el('td', {}, el('code', {}, finding.user)),
					el('td', {}, finding.message),
					el('td', {}, finding.line),
				),
			),
			{ bodyAttrs: { 'data-part': 'findings' } },
		),
		el('p', { 'data-part': 'clean' }, `No findings for: ${clean.join(', ') || 'nobody'}.`),
	];
}

/** A row of plain data cells. */
const cellsRow = (cells: readonly ViewNode[]) =>
	el(
		'tr',
		{},
		cells.map((cell) => el('td', {}, cell)),
	);

/** The example CLI commands with the API action each calls (cli-and-sdk page). */
export function cliCommandsTableView(rows: readonly { command: string; what: string; parsed: ParsedCliCommand }[]) {
	return tableView(
		'Example AWS CLI commands',
		['Command', 'What it does', 'API action (as in a policy)'],
		rows.map((row) =>
			cellsRow([
				el('code', {}, row.command),
				row.what,
				row.parsed.apiAction ? el('code', {}, row.parsed.apiAction) : row.parsed.note,
			]),
		),
		{
			caption: 'Example AWS CLI commands and the API action each one calls',
			captionHidden: true,
			inProse: true,
		},
	);
}

const VERDICT_TONE: Record<LastAccessedRow['verdict'], BadgeTone> = {
	'recently-used': 'allow',
	'unused-for-a-while': 'warn',
	'never-used': 'deny',
};
const VERDICT_LABEL: Record<LastAccessedRow['verdict'], string> = {
	'recently-used': 'In use',
	'unused-for-a-while': 'Unused for a while',
	'never-used': 'Not accessed',
};

/** What the Access Advisor tab shows for one entity (security-tools page). */
export function accessAdvisorView(entity: string, asOf: Date, rows: readonly LastAccessedRow[]) {
	return tableView(
		'Access Advisor example',
		['Service', 'Granted by', 'Last accessed', 'Review'],
		rows.map((row) =>
			cellsRow([
				[row.service, ' ', el('code', {}, row.namespace)],
				row.grantedBy,
				row.lastAccessed === null
					? 'Not accessed in the tracking period'
					: `${row.lastAccessed.slice(0, 10)} (${row.daysSince} days ago)`,
				[badge(VERDICT_TONE[row.verdict], VERDICT_LABEL[row.verdict]), ' ', row.advice],
			]),
		),
		{
			caption: ['Access Advisor for ', el('strong', {}, entity), `, as of ${asOf.toISOString().slice(0, 10)}`],
			inProse: true,
		},
	);
}
