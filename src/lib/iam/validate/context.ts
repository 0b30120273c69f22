/** What every check receives: the text, the policy type, the loaded catalogue and a way to report. */
import type { CatalogAction, CatalogIndex, ServiceCatalog } from '../catalog';
import type { IssueCode } from './checks';
import type { Span } from './document';

/**
 * The policy types Access Analyzer's ValidatePolicy knows, with the trust policy of a role (a resource
 * policy with its own rules) and RCPs named on their own.
 */
export type ValidationPolicyType =
	'identity' | 'resource' | 'scp' | 'rcp' | 'permissionsBoundary' | 'session' | 'roleTrust';

export const VALIDATION_POLICY_TYPES: readonly ValidationPolicyType[] = [
	'identity',
	'resource',
	'scp',
	'rcp',
	'permissionsBoundary',
	'session',
	'roleTrust',
];

export interface Context {
	text: string;
	policyType: ValidationPolicyType;
	index: CatalogIndex;
	services: ReadonlyMap<string, ServiceCatalog>;
	/** "Version": "2012-10-17": policy variables are variables, not literal text. */
	variablesEnabled: boolean;
	add(code: IssueCode, span: Span, message: string): void;
	/** Action pattern (lower case) → the catalogue actions it matches, computed once per validation. */
	expansions: Map<string, CatalogAction[] | undefined>;
}

/** Identity-like policies: attached to a principal, no Principal element. */
export const isIdentityLike = (t: ValidationPolicyType): boolean =>
	t === 'identity' || t === 'permissionsBoundary' || t === 'session';

/** Policies that must name a principal. */
export const needsPrincipal = (t: ValidationPolicyType): boolean =>
	t === 'resource' || t === 'roleTrust' || t === 'rcp';

export const hasWildcard = (s: string): boolean => /[*?]/.test(s);

/** Access Analyzer's own names for policy types (ValidatePolicy's `policyType`, plus the trust-policy resource type). */
export type AccessAnalyzerPolicyType =
	| 'IDENTITY_POLICY'
	| 'RESOURCE_POLICY'
	| 'SERVICE_CONTROL_POLICY'
	| 'RESOURCE_CONTROL_POLICY'
	| 'AWS::IAM::AssumeRolePolicyDocument';

const ALIASES: Record<string, ValidationPolicyType> = {
	identity_policy: 'identity',
	resource_policy: 'resource',
	service_control_policy: 'scp',
	resource_control_policy: 'rcp',
	'aws::iam::assumerolepolicydocument': 'roleTrust',
	trust: 'roleTrust',
	'role-trust': 'roleTrust',
	'permissions-boundary': 'permissionsBoundary',
	boundary: 'permissionsBoundary',
};

/** Our names, case-insensitively, or Access Analyzer's; throws for anything else. */
export function normalizePolicyType(type: string): ValidationPolicyType {
	const lower = type.toLowerCase();
	const own = VALIDATION_POLICY_TYPES.find((t) => t.toLowerCase() === lower);
	const found = own ?? ALIASES[lower];
	if (!found) throw new RangeError(`Unknown policy type "${type}". Use one of: ${VALIDATION_POLICY_TYPES.join(', ')}.`);
	return found;
}
