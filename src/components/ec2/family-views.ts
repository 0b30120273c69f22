/** The family explorer's views: the count line (build time and browser) and the table (build time). */
import { CATEGORY_LABELS, PROCESSOR_LABELS, type FamilyRow } from '../../lib/ec2';
import { el, keepHyphenatedWhole, tableView, type ViewElement, type ViewNode } from '../kit/view';

/** The family explorer's count line. */
export function familyCountView(shown: number, total: number): ViewNode {
	return shown === total ? `Showing all ${total} families.` : `Showing ${shown} of ${total} families.`;
}

/** The instance-type decoder a family's name links to: its widget id and URL state key. */
export interface DecoderLink {
	id: string;
	stateKey: string;
}

const FAMILY_COLUMNS = ['Family', 'Category', 'Gen.', 'Processor', 'Capabilities', 'Sizes'];

/** A family's sizes, shortened to the smallest and largest when there are more than three. */
const sizesText = (sizes: readonly string[]) =>
	sizes.length <= 3 ? sizes.join(', ') : `${sizes[0]} … ${sizes[sizes.length - 1]} (${sizes.length} sizes)`;

/**
 * Every family in one table. A row carries what the filters match in data attributes, so the script
 * only hides rows and the catalogue is never shipped as JavaScript. A family's name links to the
 * decoder with the family's first size loaded.
 */
export function familyTableView(rows: readonly FamilyRow[], decoder: DecoderLink): ViewElement {
	const decodeHref = (name: string) =>
		`?${decoder.stateKey}=${encodeURIComponent(JSON.stringify({ name }))}#${decoder.id}`;
	return tableView(
		'Instance families',
		FAMILY_COLUMNS,
		rows.map((row) =>
			el(
				'tr',
				{
					'data-family': row.family,
					'data-category': row.category,
					'data-processor': row.processor ?? 'none',
					'data-capabilities': ` ${row.capabilities.join(' ')} `,
				},
				el(
					'th',
					{ scope: 'row', class: 'dla-mono' },
					el('a', { href: decodeHref(`${row.family}.${row.sizes[0]}`) }, keepHyphenatedWhole(row.family)),
				),
				el('td', {}, CATEGORY_LABELS[row.category]),
				el('td', {}, row.generation ?? '—'),
				el('td', {}, row.processor ? PROCESSOR_LABELS[row.processor].replace(' processor', '') : 'not in the name'),
				el('td', { class: 'dla-mono' }, row.capabilities.join(' ') || '—'),
				el('td', { class: 'dla-mono' }, keepHyphenatedWhole(sizesText(row.sizes))),
			),
		),
		{ bodyAttrs: { 'data-part': 'rows' } },
	);
}
