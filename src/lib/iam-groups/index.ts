/**
 * IAM group-membership engine: the public surface of src/lib/iam-groups
 * (users, groups, "groups can't be nested", 10 groups per user).
 */
export {
	GROUPS_PER_USER_QUOTA,
	GROUP_NAME_MAX,
	USER_NAME_MAX,
	IamGroupError,
	nameProblem,
	isGroup,
	groupsOf,
	validateDirectory,
	addToGroup,
	removeFromGroup,
	setMembership,
	createGroup,
	deleteGroup,
	summarizeMembership,
	describeUser,
	type IamGroupErrorCode,
	type GroupDirectory,
	type UserMembership,
	type MembershipSummary,
} from './membership';
