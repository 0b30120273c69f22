/** The storage chooser's view (its own module, so other storage pages do not ship the chooser engine). */
import { STORAGE_OPTION_NAMES, type StorageChoice } from '../../lib/storage';
import { badge, el, tableView, type ViewNode } from '../kit/view';

/** What the storage chooser shows for one set of needs. */
export function chooserView(choice: StorageChoice): ViewNode {
	return [
		el(
			'p',
			{ class: 'dla-row' },
			badge(
				choice.recommendation ? 'allow' : 'warn',
				choice.recommendation ? `Use: ${STORAGE_OPTION_NAMES[choice.recommendation]}` : 'None of the three',
				'decision',
			),
			' ',
			el('span', { 'data-part': 'summary' }, choice.summary),
		),
		tableView(
			'Storage options compared',
			['Option', 'Fits?', 'Why'],
			[
				choice.verdicts.map((v) =>
					el(
						'tr',
						{ 'data-highlight': v.option === choice.recommendation ? 'true' : undefined },
						el('th', { scope: 'row' }, STORAGE_OPTION_NAMES[v.option]),
						el('td', {}, v.fits ? 'Yes' : 'No'),
						el(
							'td',
							{},
							el(
								'ul',
								{ class: 'dla-list' },
								v.reasons.map((r) => el('li', {}, `${r.fits ? 'OK: ' : 'No: '}${r.text}`)),
							),
						),
					),
				),
			],
		),
	];
}
