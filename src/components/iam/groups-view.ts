/**
 * Views of the group-membership explorer (GroupExplorer.astro and GroupExplorer.client.ts): the
 * users × groups matrix of checkboxes, the two pickers and the per-user summary.
 */
import { describeUser, summarizeMembership, type GroupDirectory } from '../../lib/iam-groups';
import { badge, el, tableView, type ViewNode } from '../kit/view';

/**
 * The matrix in its labelled scroll region. `id` is the widget's id: cells and headers get ids from it,
 * so each checkbox is labelled "user group".
 */
export function membershipMatrixView(directory: GroupDirectory, id: string): ViewNode {
	const groupId = (gi: number) => `${id}-g-${gi}`;
	const userId = (ui: number) => `${id}-u-${ui}`;
	return tableView(
		'Users and their groups',
		['User', ...directory.groups.map((g, gi) => el('th', { scope: 'col', id: groupId(gi) }, g.name))],
		directory.users.map((user, ui) =>
			el(
				'tr',
				{},
				el('th', { scope: 'row', id: userId(ui) }, user),
				directory.groups.map((g, gi) =>
					el(
						'td',
						{},
						el('input', {
							type: 'checkbox',
							id: `${id}-m-${ui}-${gi}`,
							'data-user': user,
							'data-group': g.name,
							checked: g.members.includes(user),
							'aria-labelledby': `${userId(ui)} ${groupId(gi)}`,
						}),
					),
				),
			),
		),
		{ caption: 'Which user is in which group', captionHidden: true },
	);
}

/** The "add this member" picker: users, then groups (to let the reader try nesting one). */
export const memberOptionsView = (directory: GroupDirectory): ViewNode => [
	directory.users.map((u) => el('option', { value: u }, `${u} (user)`)),
	directory.groups.map((g) => el('option', { value: g.name }, `${g.name} (group)`)),
];

export const targetOptionsView = (directory: GroupDirectory): ViewNode =>
	directory.groups.map((g) => el('option', { value: g.name }, g.name));

export function membershipSummaryView(directory: GroupDirectory): ViewNode {
	return el(
		'ul',
		{ class: 'dla-list', 'data-part': 'users' },
		summarizeMembership(directory).perUser.map((m) =>
			el(
				'li',
				{ 'data-user': m.user },
				badge(
					m.groups.length === 0 ? 'warn' : m.groups.length > 1 ? 'allow' : 'neutral',
					m.groups.length === 0 ? 'no group' : `${m.groups.length} group${m.groups.length === 1 ? '' : 's'}`,
				),
				' ',
				describeUser(m),
			),
		),
	);
}
