/**
 * The users and groups from the notes' diagram (D01): Developers, Audit Team, Operations;
 * Zid in two groups, Kasoon in none. Used by the page, the group-membership explorer and its test.
 *
 * IAM group names can't contain spaces, so "Audit Team" becomes the group AuditTeam.
 */
import type { GroupDirectory } from '../../lib/iam-groups';

export const usersAndGroups: GroupDirectory = {
	users: ['Michael', 'Jennifer', 'Joey', 'Zid', 'Ferns', 'Kasoon'],
	groups: [
		{ name: 'Developers', members: ['Michael', 'Jennifer', 'Joey'] },
		{ name: 'AuditTeam', members: ['Zid'] },
		{ name: 'Operations', members: ['Zid', 'Ferns'] },
	],
};
