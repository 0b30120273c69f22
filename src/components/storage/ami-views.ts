/** The AMI copy visualiser's views (its own module, so other storage pages do not ship the AMI engine). */
import { copyAmi, type AmiCopy, type AmiImage } from '../../lib/storage';
import { badge, el, keepHyphenatedWhole, tableView, type ViewNode } from '../kit/view';

/**
 * Copies `image` to each Region in `regions`, in order; a repeated Region gets the next copy number, so
 * every copy is a distinct AMI. Throws StorageInputError when the image ID is not an AMI ID.
 */
export function copySeries(image: AmiImage, regions: readonly string[]): AmiCopy[] {
	return regions.map((region, index) => {
		const nth = regions.slice(0, index + 1).filter((r) => r === region).length;
		return copyAmi(image, region, nth);
	});
}

const amiRow = (label: string, image: AmiImage, highlight: boolean) =>
	el(
		'tr',
		{ 'data-highlight': highlight ? 'true' : undefined },
		el('th', { scope: 'row' }, label),
		// An ID (ami-0abcdef1234567890) is kept whole at its hyphen on a phone; the table scrolls instead.
		el('td', { class: 'dla-mono' }, ...keepHyphenatedWhole(image.imageId)),
		el('td', { class: 'dla-mono' }, ...keepHyphenatedWhole(image.snapshotIds.join(', '))),
	);

/** What the AMI copy visualiser shows: the source, every copy with its new ID, the last copy's notes. */
export function amiCopyView(source: AmiImage, copies: readonly AmiCopy[]): ViewNode {
	const last = copies.at(-1);
	return [
		el(
			'p',
			{ class: 'dla-row' },
			badge('neutral', `${copies.length} cop${copies.length === 1 ? 'y' : 'ies'}`, 'decision'),
			' ',
			el('span', {}, 'Each copy is a separate AMI with its own ID.'),
		),
		tableView(
			'The source AMI and its copies',
			['Region', 'AMI ID', 'Snapshots'],
			[
				amiRow(`${source.region} (source)`, source, false),
				copies.map((c, i) => amiRow(`${c.copy.region} (copy ${i + 1})`, c.copy, i === copies.length - 1)),
			],
		),
		last
			? el(
					'ul',
					{ class: 'dla-list', 'data-part': 'notes' },
					last.notes.map((note) => el('li', {}, note)),
				)
			: el('p', {}, 'No copies yet: choose a Region and press Copy AMI.'),
	];
}

/** The AMI copy output while the source AMI ID is invalid: no table, so no copy of a wrong ID. */
export function amiCopyErrorView(pending: number): ViewNode {
	return el(
		'p',
		{ class: 'dla-row' },
		badge('warn', 'Fix the source AMI ID', 'decision'),
		' ',
		el(
			'span',
			{},
			pending === 0
				? 'Copies need a valid source AMI ID.'
				: `Copies need a valid source AMI ID; the ${pending === 1 ? 'copy' : `${pending} copies`} made so far will show again once it is fixed.`,
		),
	);
}

/** An AMI ID is at most 21 characters (ami- and 17 hex digits); the field leaves room to see a typo. */
export const AMI_ID_FIELD_MAX = 64;
/** The visualiser's own cap on copies, so its table stays readable. */
export const AMI_MAX_COPIES = 12;
