import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	GROUPS_PER_USER_QUOTA,
	IamGroupError,
	addToGroup,
	createGroup,
	deleteGroup,
	describeUser,
	groupsOf,
	nameProblem,
	removeFromGroup,
	setMembership,
	summarizeMembership,
	validateDirectory,
	type GroupDirectory,
} from '../../../src/lib/iam-groups';
import { usersAndGroups } from '../../../src/examples/iam/users-and-groups';

const codeOf = (fn: () => unknown): string | undefined => {
	try {
		fn();
	} catch (error) {
		return error instanceof IamGroupError ? error.code : `not an IamGroupError: ${String(error)}`;
	}
	return undefined;
};

describe('the notes’ example (src/examples/iam/users-and-groups.ts)', () => {
	test('is a valid directory', () => expect(() => validateDirectory(usersAndGroups)).not.toThrow());
	test('Zid is in two groups, Kasoon in none', () => {
		const summary = summarizeMembership(usersAndGroups);
		expect(summary.inSeveralGroups).toEqual(['Zid']);
		expect(summary.inNoGroup).toEqual(['Kasoon']);
		expect(summary.perUser.map(describeUser)).toEqual([
			'Michael is in 1 group: Developers.',
			'Jennifer is in 1 group: Developers.',
			'Joey is in 1 group: Developers.',
			'Zid is in 2 groups: AuditTeam, Operations — and gets the permissions of all of them.',
			'Ferns is in 1 group: Operations.',
			'Kasoon is in no group: only policies attached to Kasoon directly apply.',
		]);
	});
});

// IAM user groups: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html
describe('groups can’t be nested', () => {
	test('adding a group to a group is rejected', () => {
		expect(codeOf(() => addToGroup(usersAndGroups, 'Operations', 'Developers'))).toBe('nested-group');
		expect(() => addToGroup(usersAndGroups, 'operations', 'Developers')).toThrow("Groups can't be nested");
	});
	test('a directory that nests a group is rejected when loaded', () => {
		const nested: GroupDirectory = {
			...usersAndGroups,
			groups: [...usersAndGroups.groups, { name: 'All', members: ['Developers'] }],
		};
		expect(codeOf(() => validateDirectory(nested))).toBe('nested-group');
	});
});

// IAM quotas: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
describe('10 groups per user', () => {
	const withGroups = (n: number): GroupDirectory => {
		let dir: GroupDirectory = usersAndGroups;
		for (let i = 1; i <= n; i++) dir = createGroup(dir, `Extra${i}`);
		return dir;
	};
	test('the 10th group is fine, the 11th is rejected', () => {
		let dir = withGroups(9);
		for (let i = 1; i <= 8; i++) dir = addToGroup(dir, 'Zid', `Extra${i}`);
		expect(groupsOf(dir, 'Zid')).toHaveLength(GROUPS_PER_USER_QUOTA);
		expect(codeOf(() => addToGroup(dir, 'Zid', 'Extra9'))).toBe('quota');
		expect(() => addToGroup(dir, 'Zid', 'Extra9')).toThrow(/already in 10 groups/);
		// Re-adding an existing membership is a no-op, not a quota error.
		expect(addToGroup(dir, 'Zid', 'Extra1')).toBe(dir);
	});
	test('a loaded directory over the quota is rejected', () => {
		const dir = withGroups(11);
		const over: GroupDirectory = {
			...dir,
			groups: dir.groups.map((g) => ({
				name: g.name,
				members: [...g.members.filter((m) => m !== 'Kasoon'), 'Kasoon'],
			})),
		};
		expect(codeOf(() => validateDirectory(over))).toBe('quota');
	});
});

describe('names', () => {
	test('IAM name rules', () => {
		expect(nameProblem('Audit Team', 'group')).toBe(
			'A group name may contain only letters, digits and + = , . @ _ - (not space).',
		);
		expect(nameProblem('a'.repeat(128), 'group')).toBeNull();
		expect(nameProblem('a'.repeat(129), 'group')).toContain('at most 128');
		expect(nameProblem('a'.repeat(65), 'user')).toContain('at most 64');
		expect(nameProblem('<img src=x onerror=alert(1)>', 'group')).toContain('"<"');
		expect(nameProblem('', 'group')).toContain('empty');
	});
	test('group names are unique ignoring case', () => {
		expect(codeOf(() => createGroup(usersAndGroups, 'DEVELOPERS'))).toBe('duplicate-name');
		expect(createGroup(usersAndGroups, '  Admins ').groups.at(-1)).toEqual({ name: 'Admins', members: [] });
	});
	test('unknown users and groups', () => {
		expect(codeOf(() => addToGroup(usersAndGroups, 'Nobody', 'Developers'))).toBe('unknown-user');
		expect(codeOf(() => addToGroup(usersAndGroups, 'Zid', 'Nowhere'))).toBe('unknown-group');
	});
});

describe('membership operations', () => {
	test('checkbox semantics and delete', () => {
		const dir = setMembership(usersAndGroups, 'Kasoon', 'Developers', true);
		expect(groupsOf(dir, 'Kasoon')).toEqual(['Developers']);
		expect(groupsOf(setMembership(dir, 'Kasoon', 'Developers', false), 'Kasoon')).toEqual([]);
		expect(groupsOf(deleteGroup(usersAndGroups, 'Operations'), 'Zid')).toEqual(['AuditTeam']);
		expect(groupsOf(usersAndGroups, 'Zid')).toEqual(['AuditTeam', 'Operations']); // immutable
		expect(removeFromGroup(usersAndGroups, 'Kasoon', 'Developers')).toBe(usersAndGroups);
	});
	test('property: random toggles never break a rule', () => {
		const users = usersAndGroups.users;
		const groups = usersAndGroups.groups.map((g) => g.name);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...users), fc.constantFrom(...groups), fc.boolean()), { maxLength: 40 }),
				(ops) => {
					let dir = usersAndGroups;
					for (const [user, group, on] of ops) dir = setMembership(dir, user, group, on);
					validateDirectory(dir);
					const summary = summarizeMembership(dir);
					return (
						summary.perUser.every((u) => u.groups.length <= GROUPS_PER_USER_QUOTA) &&
						summary.inNoGroup.every((u) => groupsOf(dir, u).length === 0)
					);
				},
			),
		);
	});
});
