/** Public surface of the credentials engine: access key IDs, the CLI credential chain, credential reports, last-accessed data, CLI commands. */
export {
	AccessKeyIdError,
	accessKeyIdParts,
	DOCUMENTED_EXAMPLE_ACCESS_KEY_ID,
	DOCUMENTED_EXAMPLE_SECRET_ACCESS_KEY,
	ID_PREFIXES,
	looksLikeSecretAccessKey,
	parseAccessKeyId,
} from './access-key';
export type { AccessKeyIdAnalysis, AccessKeyKind, IdPrefix } from './access-key';
export { CLI_CREDENTIAL_CHAIN, CredentialChainError, resolveCredentialSource } from './credential-chain';
export type { ChainResolution, CredentialSource, CredentialSourceId } from './credential-chain';
export {
	AUDIT_DEFAULTS,
	auditCredentialReport,
	CREDENTIAL_REPORT_COLUMNS,
	CredentialReportError,
	parseCredentialReport,
	ROOT_USER_NAME,
} from './credential-report';
export type {
	AccessKeyStatus,
	AuditOptions,
	CredentialAudit,
	CredentialFinding,
	CredentialReportUser,
	FindingId,
	ReportDate,
} from './credential-report';
export { LAST_ACCESSED_TRACKING_DAYS, LastAccessedError, reviewLastAccessed } from './last-accessed';
export type { LastAccessedRow, ServiceLastAccessed } from './last-accessed';
// The CLI reader lives in src/lib/cli; re-exported here for the CLI and SDK page's widgets.
export { CliCommandError, parseCliCommand, tokenize } from '../cli';
export type { CliOption, ParsedCliCommand } from '../cli';
