/**
 * The checks validatePolicy runs: each IAM Access Analyzer policy check it reproduces, by the issue code
 * ValidatePolicy returns (the check's title in UPPER_SNAKE_CASE), with its finding type and title as in
 * "Access Analyzer policy check reference", IAM User Guide:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 * plus this site's own best-practice checks (lower-case codes), which have no Access Analyzer twin.
 */
export type FindingType = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';

interface CheckInfo {
	type: FindingType;
	title: string;
}

const E = 'ERROR' as const;
const S = 'SECURITY_WARNING' as const;
const W = 'WARNING' as const;
const G = 'SUGGESTION' as const;

/** Access Analyzer checks covered, by issue code. */
export const ACCESS_ANALYZER_CHECKS = {
	ARN_ACCOUNT_NOT_ALLOWED: { type: E, title: 'ARN account not allowed' },
	ARN_REGION_NOT_ALLOWED: { type: E, title: 'ARN Region not allowed' },
	DATA_TYPE_MISMATCH: { type: E, title: 'Data type mismatch' },
	DUPLICATE_KEYS_WITH_DIFFERENT_CASE: { type: E, title: 'Duplicate keys with different case' },
	INVALID_ACTION: { type: E, title: 'Invalid action' },
	INVALID_ARN_ACCOUNT: { type: E, title: 'Invalid ARN account' },
	INVALID_ARN_PREFIX: { type: E, title: 'Invalid ARN prefix' },
	INVALID_ARN_REGION: { type: E, title: 'Invalid ARN Region' },
	INVALID_ARN_RESOURCE: { type: E, title: 'Invalid ARN resource' },
	INVALID_ARN_SERVICE_CASE: { type: E, title: 'Invalid ARN service case' },
	INVALID_CONDITION_DATA_TYPE: { type: E, title: 'Invalid condition data type' },
	INVALID_CONDITION_KEY_FORMAT: { type: E, title: 'Invalid condition key format' },
	INVALID_CONDITION_MULTIPLE_BOOLEAN: { type: E, title: 'Invalid condition multiple Boolean' },
	INVALID_CONDITION_OPERATOR: { type: E, title: 'Invalid condition operator' },
	INVALID_EFFECT: { type: E, title: 'Invalid effect' },
	INVALID_GLOBAL_CONDITION_KEY: { type: E, title: 'Invalid global condition key' },
	INVALID_PARTITION: { type: E, title: 'Invalid partition' },
	INVALID_POLICY_ELEMENT: { type: E, title: 'Invalid policy element' },
	INVALID_PRINCIPAL_FORMAT: { type: E, title: 'Invalid principal format' },
	INVALID_PRINCIPAL_KEY: { type: E, title: 'Invalid principal key' },
	INVALID_REGION: { type: E, title: 'Invalid Region' },
	INVALID_SERVICE: { type: E, title: 'Invalid service' },
	INVALID_SERVICE_CONDITION_KEY: { type: E, title: 'Invalid service condition key' },
	INVALID_SERVICE_IN_ACTION: { type: E, title: 'Invalid service in action' },
	INVALID_SERVICE_PRINCIPAL_FORMAT: { type: E, title: 'Invalid service principal format' },
	INVALID_VARIABLE_FOR_OPERATOR: { type: E, title: 'Invalid variable for operator' },
	INVALID_VERSION: { type: E, title: 'Invalid version' },
	JSON_SYNTAX_ERROR: { type: E, title: 'Json syntax error' },
	MISSING_ACTION: { type: E, title: 'Missing action' },
	MISSING_ARN_FIELD: { type: E, title: 'Missing ARN field' },
	MISSING_ARN_REGION: { type: E, title: 'Missing ARN Region' },
	MISSING_EFFECT: { type: E, title: 'Missing effect' },
	MISSING_PRINCIPAL: { type: E, title: 'Missing principal' },
	MISSING_QUALIFIER: { type: E, title: 'Missing qualifier' },
	MISSING_RESOURCE: { type: E, title: 'Missing resource' },
	MISSING_STATEMENT: { type: E, title: 'Missing statement' },
	MISSING_TAG_KEY_IN_CONDITION: { type: E, title: 'Missing tag key in condition' },
	NULL_WITH_IF_EXISTS: { type: E, title: 'Null with if exists' },
	SCP_SYNTAX_ERROR_PRINCIPAL: { type: E, title: 'SCP syntax error principal' },
	UNIQUE_SIDS_REQUIRED: { type: E, title: 'Unique Sids required' },
	UNSUPPORTED_ELEMENT_COMBINATION: { type: E, title: 'Unsupported element combination' },
	UNSUPPORTED_PRINCIPAL: { type: E, title: 'Unsupported principal' },
	UNSUPPORTED_SID: { type: E, title: 'Unsupported Sid' },
	UNSUPPORTED_WILDCARD_IN_PRINCIPAL: { type: E, title: 'Unsupported wildcard in principal' },
	MISSING_BRACE_IN_VARIABLE: { type: E, title: 'Missing brace in variable' },
	UNSUPPORTED_SYMBOL_IN_VARIABLE: { type: E, title: 'Unsupported symbol in variable' },
	MISSING_QUOTE_IN_VARIABLE: { type: E, title: 'Missing quote in variable' },
	UNSUPPORTED_SPACE_IN_VARIABLE: { type: E, title: 'Unsupported space in variable' },
	EMPTY_VARIABLE: { type: E, title: 'Empty variable' },
	VARIABLE_UNSUPPORTED_IN_ELEMENT: { type: E, title: 'Variable unsupported in element' },
	VARIABLE_UNSUPPORTED_IN_VERSION: { type: E, title: 'Variable unsupported in version' },
	PRIVATE_IP_ADDRESS: { type: E, title: 'Private IP address' },
	PRIVATE_NOT_IP_ADDRESS: { type: E, title: 'Private NotIpAddress' },
	POLICY_SIZE_EXCEEDS_SCP_QUOTA: { type: E, title: 'Policy size exceeds SCP quota' },
	MISSING_ACTION_FOR_CONDITION_KEY: { type: E, title: 'Missing action for condition key' },
	UNSUPPORTED_ACTION_IN_POLICY: { type: E, title: 'Unsupported action in policy' },
	RCP_SYNTAX_ERROR_ALLOW: { type: E, title: 'RCP syntax error allow' },
	RCP_SYNTAX_ERROR_PRINCIPAL: { type: E, title: 'RCP syntax error principal' },
	RCP_SYNTAX_ERROR_NOTPRINCIPAL: { type: E, title: 'RCP syntax error NotPrincipal' },
	ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL: { type: E, title: 'Role trust policy syntax error NotPrincipal' },
	ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE: { type: E, title: 'Role trust policy syntax error resource' },
	ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL: {
		type: E,
		title: 'Role trust policy unsupported wildcard in principal',
	},
	MISMATCHED_ACTION_FOR_PRINCIPAL: { type: E, title: 'Mismatched action for principal' },
	CREATE_SLR_WITH_NOT_RESOURCE: { type: W, title: 'Create SLR with NotResource' },
	CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE: { type: W, title: 'Create SLR with star in action and NotResource' },
	CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE: { type: W, title: 'Create SLR with NotAction and NotResource' },
	CREATE_SLR_WITH_STAR_IN_RESOURCE: { type: W, title: 'Create SLR with star in resource' },
	CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE: { type: W, title: 'Create SLR with star in action and resource' },
	CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION: { type: W, title: 'Create SLR with star in resource and NotAction' },
	DEPRECATED_GLOBAL_CONDITION_KEY: { type: W, title: 'Deprecated global condition key' },
	INVALID_DATE_VALUE: { type: W, title: 'Invalid date value' },
	INVALID_ROLE_REFERENCE: { type: W, title: 'Invalid role reference' },
	INVALID_USER_REFERENCE: { type: W, title: 'Invalid user reference' },
	MISSING_VERSION: { type: W, title: 'Missing version' },
	UNIQUE_SIDS_RECOMMENDED: { type: W, title: 'Unique Sids recommended' },
	WILDCARD_WITHOUT_LIKE_OPERATOR: { type: W, title: 'Wildcard without like operator' },
	POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA: { type: W, title: 'Policy size exceeds identity policy quota' },
	TYPE_MISMATCH: { type: W, title: 'Type mismatch' },
	TYPE_MISMATCH_BOOLEAN: { type: W, title: 'Type mismatch Boolean' },
	TYPE_MISMATCH_DATE: { type: W, title: 'Type mismatch date' },
	TYPE_MISMATCH_IP_RANGE: { type: W, title: 'Type mismatch IP range' },
	TYPE_MISMATCH_NUMBER: { type: W, title: 'Type mismatch number' },
	TYPE_MISMATCH_STRING: { type: W, title: 'Type mismatch string' },
	UNSUPPORTED_ACTION_FOR_CONDITION_KEY: { type: W, title: 'Unsupported action for condition key' },
	ALLOW_WITH_NOT_PRINCIPAL: { type: S, title: 'Allow with NotPrincipal' },
	DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: {
		type: S,
		title: 'Deny NotAction with unsupported tag condition key for service',
	},
	DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: {
		type: S,
		title: 'Deny with unsupported tag condition key for service',
	},
	FORALLVALUES_WITH_SINGLE_VALUED_KEY: { type: S, title: 'ForAllValues with single valued key' },
	MISSING_PAIRED_CONDITION_KEYS: { type: S, title: 'Missing paired condition keys' },
	PASS_ROLE_WITH_NOT_RESOURCE: { type: S, title: 'Pass role with NotResource' },
	PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE: { type: S, title: 'Pass role with star in action and NotResource' },
	PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE: { type: S, title: 'Pass role with NotAction and NotResource' },
	PASS_ROLE_WITH_STAR_IN_RESOURCE: { type: S, title: 'Pass role with star in resource' },
	PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE: { type: S, title: 'Pass role with star in action and resource' },
	PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION: { type: S, title: 'Pass role with star in resource and NotAction' },
	MISSING_GITHUB_REPO_CONDITION_KEY: { type: S, title: 'Missing github repo condition key' },
	ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: {
		type: G,
		title: 'Allow NotAction with unsupported tag condition key for service',
	},
	ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: {
		type: G,
		title: 'Allow with unsupported tag condition key for service',
	},
	EMPTY_ARRAY_ACTION: { type: G, title: 'Empty array action' },
	EMPTY_ARRAY_CONDITION: { type: G, title: 'Empty array condition' },
	EMPTY_ARRAY_CONDITION_FORALLVALUES: { type: G, title: 'Empty array condition ForAllValues' },
	EMPTY_ARRAY_CONDITION_FORANYVALUE: { type: G, title: 'Empty array condition ForAnyValue' },
	EMPTY_ARRAY_CONDITION_IFEXISTS: { type: G, title: 'Empty array condition IfExists' },
	EMPTY_ARRAY_PRINCIPAL: { type: G, title: 'Empty array principal' },
	EMPTY_ARRAY_RESOURCE: { type: G, title: 'Empty array resource' },
	EMPTY_OBJECT_CONDITION: { type: G, title: 'Empty object condition' },
	EMPTY_OBJECT_PRINCIPAL: { type: G, title: 'Empty object principal' },
	EMPTY_SID_VALUE: { type: G, title: 'Empty Sid value' },
	IMPROVE_IP_RANGE: { type: G, title: 'Improve IP range' },
	NULL_WITH_QUALIFIER: { type: G, title: 'Null with qualifier' },
	PRIVATE_IP_ADDRESS_SUBSET: { type: G, title: 'Private IP address subset' },
	PRIVATE_NOT_IP_ADDRESS_SUBSET: { type: G, title: 'Private NotIpAddress subset' },
	REDUNDANT_ACTION: { type: G, title: 'Redundant action' },
	REDUNDANT_CONDITION_VALUE_NUM: { type: G, title: 'Redundant condition value num' },
	REDUNDANT_RESOURCE: { type: G, title: 'Redundant resource' },
	REDUNDANT_STATEMENT: { type: G, title: 'Redundant statement' },
	WILDCARD_IN_SERVICE_NAME: { type: G, title: 'Wildcard in service name' },
} satisfies Record<string, CheckInfo>;

/** This site's own checks (no Access Analyzer twin). */
export const OWN_CHECKS = {
	'allow-not-action': { type: W, title: 'Allow with NotAction' },
	'allow-not-resource': { type: W, title: 'Allow with NotResource' },
	'full-admin': { type: W, title: 'Full administrator access' },
	'service-wildcard': { type: G, title: 'Every action of a service' },
} satisfies Record<string, CheckInfo>;

export type AccessAnalyzerCode = keyof typeof ACCESS_ANALYZER_CHECKS;
export type OwnCode = keyof typeof OWN_CHECKS;
export type IssueCode = AccessAnalyzerCode | OwnCode;

const REFERENCE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html';
const TYPE_ANCHOR: Record<FindingType, string> = {
	ERROR: 'error',
	SECURITY_WARNING: 'security-warning',
	WARNING: 'general-warning',
	SUGGESTION: 'suggestion',
};

export function checkInfo(code: IssueCode): CheckInfo {
	return (
		(ACCESS_ANALYZER_CHECKS as Record<string, CheckInfo>)[code] ?? (OWN_CHECKS as Record<string, CheckInfo>)[code]!
	);
}

/** The reference page's anchor for an Access Analyzer check; this site's best-practices page for its own. */
export function learnMoreLink(code: IssueCode): string {
	if (!(code in ACCESS_ANALYZER_CHECKS)) return '/iam/best-practices/';
	const { type, title } = checkInfo(code);
	const slug = title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${REFERENCE}#access-analyzer-reference-policy-checks-${TYPE_ANCHOR[type]}-${slug}`;
}
