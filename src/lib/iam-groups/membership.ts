/**
 * IAM user groups: who is in which group, with the rules IAM enforces.
 *
 * - A group contains users only: groups can't be nested.
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html
 * - A user can be in at most 10 groups (a quota that can't be raised); a user need not be in any
 *   group, and there is no default "all users" group.
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 * - Group names: up to 128 characters, letters, digits and + = , . @ _ -; unique in the account,
 *   ignoring case (you can't have both ADMINS and admins). Same page, "IAM name requirements".
 *
 * The directory is immutable: every operation returns a new one.
 */

export const GROUPS_PER_USER_QUOTA = 10;
export const GROUP_NAME_MAX = 128;
export const USER_NAME_MAX = 64;
const NAME_CHARS = /^[A-Za-z0-9+=,.@_-]+$/;

export type IamGroupErrorCode =
	'nested-group' | 'quota' | 'unknown-user' | 'unknown-group' | 'invalid-name' | 'duplicate-name';

export class IamGroupError extends Error {
	override readonly name = 'IamGroupError';
	readonly code: IamGroupErrorCode;
	constructor(code: IamGroupErrorCode, message: string) {
		super(message);
		this.code = code;
	}
}

export interface GroupDirectory {
	users: readonly string[];
	/** Group name → member user names, in the order they were added. */
	groups: readonly { name: string; members: readonly string[] }[];
}

export interface UserMembership {
	user: string;
	groups: string[];
}

export interface MembershipSummary {
	perUser: UserMembership[];
	/** Users in no group at all (they get permissions only from policies attached to them directly). */
	inNoGroup: string[];
	/** Users in two or more groups (they get the union of those groups' permissions). */
	inSeveralGroups: string[];
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Why `name` is not a valid IAM name of this kind, or null. */
export function nameProblem(name: string, kind: 'group' | 'user'): string | null {
	const max = kind === 'group' ? GROUP_NAME_MAX : USER_NAME_MAX;
	if (name.length === 0) return `A ${kind} name can't be empty.`;
	if (name.length > max) return `A ${kind} name has at most ${max} characters; this one has ${name.length}.`;
	if (!NAME_CHARS.test(name)) {
		const bad = [...new Set([...name].filter((c) => !/[A-Za-z0-9+=,.@_-]/.test(c)))];
		const shown = bad.map((c) => (c === ' ' ? 'space' : `"${c}"`)).join(', ');
		return `A ${kind} name may contain only letters, digits and + = , . @ _ - (not ${shown}).`;
	}
	return null;
}

export function isGroup(dir: GroupDirectory, name: string): boolean {
	return dir.groups.some((g) => sameName(g.name, name));
}

function findGroup(dir: GroupDirectory, name: string): { name: string; members: readonly string[] } {
	const group = dir.groups.find((g) => sameName(g.name, name));
	if (!group) throw new IamGroupError('unknown-group', `There is no group named "${name}".`);
	return group;
}

export function groupsOf(dir: GroupDirectory, user: string): string[] {
	return dir.groups.filter((g) => g.members.includes(user)).map((g) => g.name);
}

/** Checks a whole directory (e.g. one read from a shared URL) against every rule. */
export function validateDirectory(dir: GroupDirectory): void {
	const seenUsers: string[] = [];
	for (const user of dir.users) {
		const problem = nameProblem(user, 'user');
		if (problem) throw new IamGroupError('invalid-name', problem);
		if (seenUsers.some((u) => sameName(u, user)))
			throw new IamGroupError('duplicate-name', `The user name "${user}" is used twice.`);
		seenUsers.push(user);
	}
	const seenGroups: string[] = [];
	for (const group of dir.groups) {
		const problem = nameProblem(group.name, 'group');
		if (problem) throw new IamGroupError('invalid-name', problem);
		if (seenGroups.some((g) => sameName(g, group.name)))
			throw new IamGroupError('duplicate-name', `A group named "${group.name}" already exists (names ignore case).`);
		seenGroups.push(group.name);
		for (const member of group.members) {
			if (dir.groups.some((g) => sameName(g.name, member))) throw nestingError(member, group.name);
			if (!dir.users.includes(member))
				throw new IamGroupError('unknown-user', `"${member}" in group ${group.name} is not a user in this account.`);
		}
	}
	for (const user of dir.users) {
		const count = groupsOf(dir, user).length;
		if (count > GROUPS_PER_USER_QUOTA) throw quotaError(user);
	}
}

function nestingError(member: string, group: string): IamGroupError {
	return new IamGroupError(
		'nested-group',
		`Groups can't be nested: "${member}" is a group, and an IAM group can contain only users. Add ${member}'s users to ${group} instead.`,
	);
}

function quotaError(user: string): IamGroupError {
	return new IamGroupError(
		'quota',
		`${user} is already in ${GROUPS_PER_USER_QUOTA} groups, the most an IAM user can belong to (this quota can't be raised). Remove ${user} from a group first.`,
	);
}

/** Adds `member` to `group`. Rejects groups as members (no nesting) and the 11th group for a user. */
export function addToGroup(dir: GroupDirectory, member: string, group: string): GroupDirectory {
	const target = findGroup(dir, group);
	if (isGroup(dir, member)) throw nestingError(member, target.name);
	if (!dir.users.includes(member))
		throw new IamGroupError('unknown-user', `"${member}" is not a user in this account.`);
	if (target.members.includes(member)) return dir;
	if (groupsOf(dir, member).length >= GROUPS_PER_USER_QUOTA) throw quotaError(member);
	return {
		...dir,
		groups: dir.groups.map((g) => (g === target ? { name: g.name, members: [...g.members, member] } : g)),
	};
}

export function removeFromGroup(dir: GroupDirectory, user: string, group: string): GroupDirectory {
	const target = findGroup(dir, group);
	if (!target.members.includes(user)) return dir;
	return {
		...dir,
		groups: dir.groups.map((g) => (g === target ? { name: g.name, members: g.members.filter((m) => m !== user) } : g)),
	};
}

/** Checkbox semantics: make `user` a member of `group` or not. */
export function setMembership(dir: GroupDirectory, user: string, group: string, member: boolean): GroupDirectory {
	return member ? addToGroup(dir, user, group) : removeFromGroup(dir, user, group);
}

/** Creates an empty group. Names are trimmed; checked against IAM's name rules and existing groups. */
export function createGroup(dir: GroupDirectory, rawName: string): GroupDirectory {
	const name = rawName.trim();
	const problem = nameProblem(name, 'group');
	if (problem) throw new IamGroupError('invalid-name', problem);
	const existing = dir.groups.find((g) => sameName(g.name, name));
	if (existing)
		throw new IamGroupError(
			'duplicate-name',
			`A group named "${existing.name}" already exists (IAM names ignore case).`,
		);
	return { ...dir, groups: [...dir.groups, { name, members: [] }] };
}

/** Deletes a group (its users stay; they just lose that group's permissions). */
export function deleteGroup(dir: GroupDirectory, group: string): GroupDirectory {
	const target = findGroup(dir, group);
	return { ...dir, groups: dir.groups.filter((g) => g !== target) };
}

export function summarizeMembership(dir: GroupDirectory): MembershipSummary {
	const perUser = dir.users.map((user) => ({ user, groups: groupsOf(dir, user) }));
	return {
		perUser,
		inNoGroup: perUser.filter((u) => u.groups.length === 0).map((u) => u.user),
		inSeveralGroups: perUser.filter((u) => u.groups.length >= 2).map((u) => u.user),
	};
}

/** One sentence per user, as the page prints it. */
export function describeUser(membership: UserMembership): string {
	const { user, groups } = membership;
	if (groups.length === 0) return `${user} is in no group: only policies attached to ${user} directly apply.`;
	if (groups.length === 1) return `${user} is in 1 group: ${groups[0]}.`;
	return `${user} is in ${groups.length} groups: ${groups.join(', ')} — and gets the permissions of all of them.`;
}
