/**
 * The instance-type decoder's views, in their own module: they need the offered-types catalogue, which
 * only the decoder's page should ship.
 */
import {
	InstanceTypeError,
	closestOfferedNames,
	describeInstanceType,
	parseInstanceType,
	type InstanceTypeDescription,
} from '../../lib/ec2';
import { badge, el, tableView, type ViewNode } from '../kit/view';

/** The decoder field's limit: the longest offered name is about 25 characters; 64 leaves room for typos. */
export const NAME_MAX_LENGTH = 64;

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
		tableView(
			'Parts of the name',
			['Part', 'In the name', 'Meaning'],
			[
				d.parts.map((p) =>
					el(
						'tr',
						{ 'data-kind': p.kind },
						el('th', { scope: 'row' }, p.label),
						el('td', { class: 'dla-mono' }, chip(p.kind, p.text)),
						el('td', {}, p.meaning),
					),
				),
			],
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
