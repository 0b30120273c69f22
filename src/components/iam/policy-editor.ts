/**
 * Views of the policy editor's validation findings (validatePolicy): the underlines drawn behind the
 * textarea, and the list of findings ordered by severity. Pure functions of the text and the findings,
 * rendered by <View> at build time and by ctx.show() in the browser. The list (or, for a JSON syntax
 * error, the field's error) is what assistive technology reads; the underline layer is decorative
 * (aria-hidden) and only mirrors it.
 * Technique: a <pre> behind a transparent textarea with the same font, padding and white-space, scrolled
 * with it (PolicyEditor.client.ts), because a textarea cannot style parts of its own text.
 */
import type { FindingType, ValidationFinding } from '../../lib/iam';
import {
	badge,
	codeTokens,
	el,
	keepHyphenatedWhole,
	type BadgeTone,
	type ViewElement,
	type ViewNode,
} from '../kit/view';

/** Shown instead of findings when the catalogue's chunks cannot be fetched (offline on a first visit). */
export const CATALOG_UNAVAILABLE =
	"The checks need AWS's service catalogue from this site, which did not load. Reload the page to try again.";

/**
 * Said by the findings list while the text is not JSON: the syntax error itself is the field's error,
 * beside the editor with its line and column, and the list does not repeat it.
 */
export const NO_CHECKS = 'No checks until the policy is valid JSON.';

/** The JSON syntax error, if any: the field's error beside the editor, and the only thing said of it. */
export const syntaxErrorOf = (findings: readonly ValidationFinding[]): string | null =>
	findings.find((f) => f.issueCode === 'JSON_SYNTAX_ERROR')?.message ?? null;

/** Most severe first, as Access Analyzer's console lists them. */
export const SEVERITY_ORDER: readonly FindingType[] = ['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION'];
const RANK: Record<FindingType, number> = { ERROR: 0, SECURITY_WARNING: 1, WARNING: 2, SUGGESTION: 3 };

export const FINDING_TYPE_LABEL: Record<FindingType, string> = {
	ERROR: 'Error',
	SECURITY_WARNING: 'Security warning',
	WARNING: 'Warning',
	SUGGESTION: 'Suggestion',
};
const PLURAL: Record<FindingType, string> = {
	ERROR: 'errors',
	SECURITY_WARNING: 'security warnings',
	WARNING: 'warnings',
	SUGGESTION: 'suggestions',
};
const TONE: Record<FindingType, BadgeTone> = {
	ERROR: 'deny',
	SECURITY_WARNING: 'deny',
	WARNING: 'warn',
	SUGGESTION: 'neutral',
};

type Positioned = Pick<ValidationFinding, 'findingType' | 'line' | 'column' | 'endLine' | 'endColumn'>;

/** ERROR, SECURITY_WARNING, WARNING, SUGGESTION; within a severity, by position in the text. */
export function bySeverity<F extends Positioned>(findings: readonly F[]): F[] {
	return [...findings].sort(
		(a, b) =>
			RANK[a.findingType] - RANK[b.findingType] ||
			a.line - b.line ||
			a.column - b.column ||
			a.endLine - b.endLine ||
			a.endColumn - b.endColumn,
	);
}

/** How many findings of each severity, in severity order (severities without findings left out). */
export function severityCounts(findings: readonly Positioned[]): { type: FindingType; count: number }[] {
	return SEVERITY_ORDER.map((type) => ({ type, count: findings.filter((f) => f.findingType === type).length })).filter(
		(c) => c.count > 0,
	);
}

/** A range of the text in UTF-16 offsets, as a textarea's selection counts them; `end` is exclusive. */
export interface TextRange {
	start: number;
	end: number;
}

/**
 * The offset of a 1-based line and column (validatePolicy's positions: lines end at "\n", columns count
 * UTF-16 code units), clamped into the text so a stale or out-of-range position never escapes it.
 */
export function offsetOf(text: string, line: number, column: number): number {
	let offset = 0;
	for (let l = 1; l < line; l++) {
		const next = text.indexOf('\n', offset);
		if (next < 0) return text.length;
		offset = next + 1;
	}
	const lineEnd = text.indexOf('\n', offset);
	const limit = lineEnd < 0 ? text.length : lineEnd + 1;
	return Math.min(offset + Math.max(column - 1, 0), limit, text.length);
}

/** A finding's span as offsets (start ≤ end, both inside the text). */
export function rangeOf(text: string, f: Positioned): TextRange {
	const start = offsetOf(text, f.line, f.column);
	return { start, end: Math.max(start, offsetOf(text, f.endLine, f.endColumn)) };
}

/** A piece of the text; `mark` is the index of the most severe finding covering it, or null. */
export interface Segment extends TextRange {
	text: string;
	mark: number | null;
}

/**
 * Splits the text at every span's ends. Each piece is marked with the most severe span covering it (the
 * first listed among equals); a span of no characters (an error at the very end) becomes an empty
 * marked piece at its place. The pieces, in order, are exactly the text.
 */
export function markSegments(text: string, spans: readonly (TextRange & { rank: number })[]): Segment[] {
	const clamp = (n: number) => Math.max(0, Math.min(Math.trunc(n) || 0, text.length));
	const ranges = spans.map((s) => {
		const start = clamp(s.start);
		return { start, end: Math.max(start, clamp(s.end)), rank: s.rank };
	});
	const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
	const coverOf = (start: number, end: number): number | null => {
		let best: number | null = null;
		ranges.forEach((r, i) => {
			const covers = start === end ? r.start === start && r.end === start : r.start <= start && r.end >= end;
			if (covers && (best === null || r.rank < ranges[best]!.rank)) best = i;
		});
		return best;
	};
	const segments: Segment[] = [];
	const push = (start: number, end: number) => {
		const mark = coverOf(start, end);
		const last = segments[segments.length - 1];
		if (start === end && mark === null) return;
		if (last && start !== end && last.end === start && last.start !== last.end && last.mark === mark) {
			last.end = end;
			last.text = text.slice(last.start, end);
		} else segments.push({ start, end, text: text.slice(start, end), mark });
	};
	for (let i = 0; i < cuts.length; i++) {
		const at = cuts[i]!;
		push(at, at); // an empty span here, if any
		const next = cuts[i + 1];
		if (next !== undefined) push(at, next);
	}
	return segments;
}

/**
 * The underline layer's content: the text with each finding's span in a <mark>, most severe on top.
 * A final newline gets a space after it, so the layer is as tall as the textarea's last empty line.
 */
export function findingMarksView(text: string, findings: readonly Positioned[]): ViewNode {
	const sorted = bySeverity(findings);
	const segments = markSegments(
		text,
		sorted.map((f) => ({ ...rangeOf(text, f), rank: RANK[f.findingType] })),
	);
	return [
		segments.map((s) =>
			s.mark === null
				? s.text
				: el(
						'mark',
						{ class: 'iam-mark', 'data-severity': sorted[s.mark]!.findingType, 'data-finding': s.mark },
						s.text,
					),
		),
		text.endsWith('\n') || text === '' ? ' ' : null,
	];
}

function countsText(findings: readonly Positioned[]): string {
	const counts = severityCounts(findings);
	if (counts.length === 0) return 'No findings.';
	const total = findings.length;
	const parts = counts.map(({ type, count }) =>
		count === 1 ? `1 ${FINDING_TYPE_LABEL[type].toLowerCase()}` : `${count} ${PLURAL[type]}`,
	);
	return `${total} finding${total === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

function findingItem(text: string, f: ValidationFinding, index: number, editorId: string): ViewElement {
	const { start, end } = rangeOf(text, f);
	return el(
		'li',
		{ 'data-severity': f.findingType, 'data-code': f.issueCode },
		badge(TONE[f.findingType], FINDING_TYPE_LABEL[f.findingType]),
		' ',
		el('code', { class: 'iam-finding-code' }, ...keepHyphenatedWhole(f.issueCode)),
		' ',
		el(
			'a',
			{ class: 'iam-finding-at', href: `#${editorId}`, 'data-finding': index, 'data-start': start, 'data-end': end },
			`Line ${f.line}, column ${f.column}`,
		),
		': ',
		el('a', { href: f.learnMoreLink }, codeTokens(f.message)),
	);
}

/**
 * The findings, most severe first, with the count per severity. Each position is a link to the editor
 * (`#editorId`); in the browser, activating it selects the finding's span in the textarea. While the
 * text is not JSON the list says only NO_CHECKS: the syntax error is the field's error (syntaxErrorOf).
 */
export function findingsView(text: string, findings: readonly ValidationFinding[], editorId: string): ViewNode {
	const counts = (said: string) => el('p', { class: 'iam-finding-counts', 'data-part': 'finding-counts' }, said);
	if (syntaxErrorOf(findings) !== null) return counts(NO_CHECKS);
	const sorted = bySeverity(findings);
	return [
		counts(countsText(sorted)),
		sorted.length > 0 &&
			el(
				'ol',
				{ class: 'dla-list iam-findings', 'data-part': 'finding-list' },
				sorted.map((f, i) => findingItem(text, f, i, editorId)),
			),
	];
}
