/**
 * The IAM policy engine: parse, lint, validate (Access Analyzer checks), summarize and evaluate AWS IAM
 * policies, with a trace a learner can read. Pure TypeScript, no DOM, deterministic. The catalogue
 * (actions, resource types, condition keys) loads lazily, one chunk per service (catalog.ts);
 * evaluation never needs it.
 */
export { evaluate, POLICY_TYPE_NAMES } from './evaluate';
export type {
	ContextValue,
	Decision,
	EvaluationInput,
	EvaluationResult,
	Policy,
	TracePolicyType,
	TraceStep,
} from './evaluate';
export { ArnParseError, PolicyParseError, PolicyRequestError } from './errors';
export { parseArn, tryParseArn } from './arn';
export type { Arn } from './arn';
export { checkPolicy, CURRENT_VERSION } from './policy';
export type { CheckResult, Finding, PolicyDocument, PolicyType, PrincipalElement, Statement } from './policy';
export { lintPolicy, loadActionCatalog } from './lint';
export type { ActionCatalog, LintFinding, LintOptions } from './lint';
export { CONDITION_OPERATOR_NAMES, parseOperator } from './conditions';
export { wildcardMatch } from './wildcard';
export { parseRequestPrincipal, describePrincipalKind } from './principal';
export { RCP_SERVICES } from './organization';
export type { RequestPrincipal, PrincipalKind } from './principal';
export { buildPlaygroundInput, evaluatePlayground } from './playground';
export type {
	EditedPolicySetting,
	PlaygroundError,
	PlaygroundEvaluation,
	PlaygroundField,
	PlaygroundText,
} from './playground';

import { parsePolicyAs, type PolicyDocument, type PolicyType } from './policy';
import type { ValidateOptions, ValidationFinding } from './validate/validate';
import type { PolicySummary } from './summary/summary';

/**
 * Parses a policy's JSON text and checks it against the policy grammar (and the rules of
 * `policyType`, e.g. no Principal in an identity policy). Throws PolicyParseError with 1-based
 * `.line` and `.column` for the first error. The document can be passed to evaluate() as it is;
 * parsed as the type it is evaluated as, it is not parsed again.
 */
export function parsePolicy(text: string, policyType: PolicyType = 'any'): PolicyDocument {
	return parsePolicyAs(text, policyType);
}
export { simulateCustomPolicy, createPolicyCommand, contextEntry } from './cli-export';
export type { SimulationExport, SimulatorContextEntry, SimulatorContextType } from './cli-export';

export type { ValidationFinding, ValidateOptions } from './validate/validate';
export type { AccessAnalyzerPolicyType, ValidationPolicyType } from './validate/context';
export { VALIDATION_POLICY_TYPES } from './validate/context';
export { ACCESS_ANALYZER_CHECKS, OWN_CHECKS } from './validate/checks';
export type { FindingType, IssueCode } from './validate/checks';
export { ACCESS_LEVELS, loadCatalogIndex, loadService, loadServices, matchActions, servicesInText } from './catalog';
export type { AccessLevel, CatalogAction, CatalogIndex, CatalogResourceType, ServiceCatalog } from './catalog';
export { accessLevelText } from './summary/access-level';
export type { ActionGroup, LevelCount, PolicySummary, ServiceSummary, StatementExplanation } from './summary/summary';
export type { TruthRow, TruthTable } from './summary/truth-table';
export { ACTION_LIST_LIMIT, ACTION_QUERY_MAX_LENGTH, lookupActions, lookupInCatalog } from './browse';
export type { ActionLookup } from './browse';

/**
 * validatePolicy and summarizePolicy load their modules on first use (both are async anyway): a page
 * whose widgets import this index for evaluate() does not ship the validator up front, and an editor
 * fetches it on the reader's first edit. A static re-export would put both in every IAM page's bundle.
 */
export async function validatePolicy(text: string, options?: ValidateOptions): Promise<ValidationFinding[]> {
	return (await import('./validate/validate')).validatePolicy(text, options);
}
/** Throws PolicyParseError (with line and column) for text that is not JSON. */
export async function summarizePolicy(text: string): Promise<PolicySummary> {
	return (await import('./summary/summary')).summarizePolicy(text);
}
