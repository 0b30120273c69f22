/**
 * Views of the EC2 widgets (decoder, On-Demand billing, user data builder, family explorer): pure
 * functions from an engine result to a view, rendered by View.astro at build time and by ctx.show() in
 * the browser, so both say the same words.
 */
import {
	BillingInputError,
	InstanceTypeError,
	billOnDemandUsage,
	closestOfferedNames,
	UserDataError,
	analyzeUserData,
	buildUserDataScript,
	parseDurations,
	type BillingPlatform,
	type UserDataOptions,
	describeInstanceType,
	parseInstanceType,
	type InstanceTypeDescription,
	type OnDemandBill,
	type UserDataReport,
} from '../../lib/ec2';
import { badge, el, type ViewNode } from '../kit/view';

/** Dollars with thousands separators and 4 decimals: per-second bills are fractions of a cent. */
export const money4 = (value: number) =>
	`$${value.toLocaleString('en-US', { minimumFractionDigits: 4, maximumFractionDigits: 4 })}`;
const seconds = (s: number) => `${s.toLocaleString('en-US')} s`;

/** What the decoder makes of a typed name: a description, or the parser's reason; and a suggestion. */
export type DecodedName =
	| { ok: true; typed: string; description: InstanceTypeDescription; suggestion: string | null }
	| { ok: false; reason: string; suggestion: string | null };

/** The parser is strict; the widget forgives case and surrounding space and shows the canonical form. */
export function decodeTypedName(typed: string): DecodedName {
	const tidy = typed.trim().toLowerCase();
	try {
		const description = describeInstanceType(parseInstanceType(tidy));
		const suggestion = description.offered
			? null
			: (description.nearestOffered ?? closestOfferedNames(tidy, 1).find((name) => name !== tidy) ?? null);
		return { ok: true, typed, description, suggestion };
	} catch (error) {
		if (!(error instanceof InstanceTypeError)) throw error;
		return { ok: false, reason: error.reason, suggestion: error.suggestion };
	}
}

const chip = (kind: string, text: string) => el('span', { class: 'ec2-chip', 'data-kind': kind }, text);

function statusLine(d: InstanceTypeDescription, typed: string): ViewNode {
	const readAs = typed !== d.parsed.name ? ` (read as ${d.parsed.name})` : '';
	if (d.offered)
		return el(
			'p',
			{ class: 'dla-row' },
			badge('allow', 'Offered by EC2', 'status'),
			' ',
			el(
				'span',
				{},
				`${d.parsed.name} is a `,
				el('a', { href: d.categoryUrl }, d.categoryLabel.toLowerCase()),
				` instance type${readAs}.`,
			),
		);
	const sizes =
		d.familySizes.length > 0
			? `EC2 offers ${d.parsed.family} in: ${d.familySizes.join(', ')}.`
			: `EC2 offers no ${d.parsed.family} family.`;
	return el(
		'p',
		{ class: 'dla-row' },
		badge('warn', 'Well-formed, but not offered', 'status'),
		' ',
		el('span', {}, `${d.parsed.name} follows the naming rules${readAs}, but EC2 has no such instance type. ${sizes}`),
	);
}

/** The decoder's output: status, the name as coloured chips, a table of parts, the relative size. */
export function decoderView(decoded: DecodedName): ViewNode {
	if (!decoded.ok)
		return el(
			'p',
			{ class: 'dla-row' },
			badge('deny', 'Not an instance type name', 'status'),
			' ',
			el('span', {}, 'Fix the name above to see its parts.'),
		);
	const d = decoded.description;
	return [
		statusLine(d, decoded.typed),
		el(
			'p',
			{ class: 'ec2-strip dla-mono', 'aria-hidden': 'true' },
			d.parts.map((p) => chip(p.kind, p.text)),
		),
		el(
			'div',
			{ class: 'dla-table-wrap', role: 'region', 'aria-label': 'Parts of the name', tabindex: 0 },
			el(
				'table',
				{ class: 'dla-table' },
				el(
					'thead',
					{},
					el(
						'tr',
						{},
						['Part', 'In the name', 'Meaning'].map((t) => el('th', { scope: 'col' }, t)),
					),
				),
				el(
					'tbody',
					{},
					d.parts.map((p) =>
						el(
							'tr',
							{ 'data-kind': p.kind },
							el('th', { scope: 'row' }, p.label),
							el('td', { class: 'dla-mono' }, chip(p.kind, p.text)),
							el('td', {}, p.meaning),
						),
					),
				),
			),
		),
		el('p', { 'data-part': 'relative' }, d.relative.explanation),
	];
}

/** "Did you mean …?" with a button that loads the suggestion; nothing when there is none. */
export function suggestionView(suggestion: string | null): ViewNode {
	if (!suggestion) return null;
	return [
		'Did you mean ',
		el('button', { type: 'button', class: 'dla-button dla-mono', 'data-part': 'suggestion' }, suggestion),
		'?',
	];
}

/** The running-times field's limit: 100 runs (the engine's cap) of up to ~20 characters each. */
export const RUNS_MAX_LENGTH = 2000;

export interface BillEvaluation {
	bill: OnDemandBill | null;
	runsError: string | null;
	priceError: string | null;
}

/** Bills the typed running times at the typed price; each field's problem is reported beside it. */
export function evaluateBill(runsText: string, priceText: string, platform: BillingPlatform): BillEvaluation {
	const problem = (read: () => void): string | null => {
		try {
			read();
			return null;
		} catch (error) {
			if (error instanceof BillingInputError) return error.message;
			throw error;
		}
	};
	let runSeconds: number[] = [];
	const runsError = problem(() => (runSeconds = parseDurations(runsText)));
	const hourlyPrice = priceText.trim() === '' ? Number.NaN : Number(priceText);
	// The engine owns the price bounds: billing no runs checks only the price.
	const priceError = problem(() => billOnDemandUsage({ runSeconds: [], hourlyPrice, platform }));
	const bill = runsError || priceError ? null : billOnDemandUsage({ runSeconds, hourlyPrice, platform });
	return { bill, runsError, priceError };
}

/** The bill for a list of runs: the total, then one row per run with the reason it was billed so. */
export function billingView(bill: OnDemandBill | null): ViewNode {
	if (!bill)
		return el(
			'p',
			{ 'data-part': 'summary', class: 'dla-row' },
			badge('warn', 'Fix the highlighted input', 'decision'),
			' ',
			el('span', {}, 'No bill is shown until every field is valid.'),
		);
	return [
		el(
			'p',
			{ 'data-part': 'summary' },
			el(
				'strong',
				{},
				`Billed ${seconds(bill.totalBilledSeconds)} for ${seconds(bill.totalRanSeconds)} of running: ${money4(bill.totalCost)}`,
			),
			` (${bill.granularity === 'per-second' ? 'per second, 60-second minimum' : 'per started hour'})`,
		),
		el(
			'div',
			{ class: 'dla-table-wrap', role: 'region', 'aria-label': 'Bill per run', tabindex: 0 },
			el(
				'table',
				{ class: 'dla-table' },
				el(
					'thead',
					{},
					el(
						'tr',
						{},
						['Run', 'Ran', 'Billed', 'Cost', 'Why'].map((t) => el('th', { scope: 'col' }, t)),
					),
				),
				el(
					'tbody',
					{},
					bill.runs.map((r, i) =>
						el(
							'tr',
							{},
							el('th', { scope: 'row' }, String(i + 1)),
							el('td', {}, seconds(r.ranSeconds)),
							el('td', {}, seconds(r.billedSeconds)),
							el('td', {}, money4(r.cost)),
							el('td', {}, r.reason ?? 'Billed as run.'),
						),
					),
				),
			),
		),
	];
}

export interface UserDataEvaluation {
	result: { script: string; report: UserDataReport } | null;
	error: string | null;
}

/** Builds the script from the ticked options; a bad extra command is the one error the form can have. */
export function evaluateUserData(options: UserDataOptions): UserDataEvaluation {
	try {
		const script = buildUserDataScript(options);
		return { result: { script, report: analyzeUserData(script) }, error: null };
	} catch (error) {
		if (!(error instanceof UserDataError)) throw error;
		return { result: null, error: error.message };
	}
}

/** The generated script and what cloud-init does with it; while the form is invalid, neither. */
export function userDataView(result: { script: string; report: UserDataReport } | null): ViewNode {
	return [
		el(
			'pre',
			{ class: 'dla-mono ec2-udata-script', 'data-part': 'script', tabindex: 0, 'aria-label': 'Generated user data' },
			result ? result.script : 'Fix the extra commands to see the script.',
		),
		el(
			'ul',
			{ class: 'dla-list', 'data-part': 'facts' },
			result?.report.facts.map((fact) => el('li', {}, fact)),
		),
	];
}

/** The family explorer's count line. */
export function familyCountView(shown: number, total: number): ViewNode {
	return shown === total ? `Showing all ${total} families.` : `Showing ${shown} of ${total} families.`;
}

/** The decoder field's limit: the longest offered name is about 25 characters; 64 leaves room for typos. */
export const NAME_MAX_LENGTH = 64;
