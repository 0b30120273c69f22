/**
 * Reads an IAM credential report (CSV) and flags the problems AWS's best practices warn about.
 *
 * Format: "Getting credential reports for your AWS account", section "Understanding the report format"
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
 * - One row per user; the root user's row is named `<root_account>`.
 * - Booleans are TRUE/FALSE; dates are ISO 8601; `N/A` = not applicable (no password / no key / key
 *   never used); `no_information` = password never used (or not since tracking began, Oct 2014);
 *   `not_supported` = the field doesn't apply to the root user.
 * Checks follow "Security best practices in IAM" (MFA, no root access keys, rotate and remove unused
 * credentials): https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html
 *
 * CSV parsing is papaparse's (quoted fields, CRLF); this module only interprets the cells.
 */
import Papa from 'papaparse';

export const CREDENTIAL_REPORT_COLUMNS = [
	'user',
	'arn',
	'user_creation_time',
	'password_enabled',
	'password_last_used',
	'password_last_changed',
	'password_next_rotation',
	'mfa_active',
	'access_key_1_active',
	'access_key_1_last_rotated',
	'access_key_1_last_used_date',
	'access_key_1_last_used_region',
	'access_key_1_last_used_service',
	'access_key_2_active',
	'access_key_2_last_rotated',
	'access_key_2_last_used_date',
	'access_key_2_last_used_region',
	'access_key_2_last_used_service',
	'cert_1_active',
	'cert_1_last_rotated',
	'cert_2_active',
	'cert_2_last_rotated',
] as const;

export type CredentialReportColumn = (typeof CREDENTIAL_REPORT_COLUMNS)[number];

/** The columns the auditor needs; the certificate columns may be missing from hand-made samples. */
const REQUIRED_COLUMNS: readonly CredentialReportColumn[] = CREDENTIAL_REPORT_COLUMNS.slice(0, 18);

export const ROOT_USER_NAME = '<root_account>';

/** A date, or why there is none. */
export type ReportDate = Date | 'N/A' | 'no_information' | 'not_supported';

export interface AccessKeyStatus {
	slot: 1 | 2;
	active: boolean;
	lastRotated: ReportDate;
	lastUsed: ReportDate;
	lastUsedRegion: string;
	lastUsedService: string;
}

export interface CredentialReportUser {
	/** 1-based line in the CSV, for messages. */
	line: number;
	user: string;
	arn: string;
	isRoot: boolean;
	created: Date;
	/** `not_supported` for the root user. */
	passwordEnabled: boolean | 'not_supported';
	passwordLastUsed: ReportDate;
	passwordLastChanged: ReportDate;
	mfaActive: boolean;
	accessKeys: [AccessKeyStatus, AccessKeyStatus];
}

export type FindingId =
	| 'root-access-key'
	| 'root-no-mfa'
	| 'console-user-no-mfa'
	| 'access-key-old'
	| 'access-key-never-used'
	| 'access-key-unused'
	| 'password-never-used'
	| 'password-unused';

export interface CredentialFinding {
	id: FindingId;
	severity: 'critical' | 'high' | 'medium';
	user: string;
	line: number;
	message: string;
}

export interface AuditOptions {
	/** Access keys older than this many days should be rotated (AWS Trusted Advisor and CIS use 90). */
	maxKeyAgeDays?: number;
	/** Credentials not used for this many days are "unused" and should be removed. */
	unusedDays?: number;
}

export interface CredentialAudit {
	users: CredentialReportUser[];
	findings: CredentialFinding[];
	/** Counts for the summary line. */
	summary: { users: number; findings: number; critical: number; high: number; medium: number };
}

/** Bad CSV or a cell the report format doesn't allow; `line` (1-based) and `column` point at it. */
export class CredentialReportError extends Error {
	override name = 'CredentialReportError';
	constructor(
		message: string,
		readonly line?: number,
		readonly column?: string,
	) {
		super(line === undefined ? message : `Line ${line}${column ? `, column ${column}` : ''}: ${message}`);
	}
}

const DAY_MS = 86_400_000;

function parseBoolean(value: string, line: number, column: string): boolean {
	if (value === 'TRUE' || value === 'true') return true;
	if (value === 'FALSE' || value === 'false') return false;
	throw new CredentialReportError(`expected TRUE or FALSE, found “${value}”.`, line, column);
}

function parseDate(value: string, line: number, column: string): ReportDate {
	if (value === 'N/A' || value === 'no_information' || value === 'not_supported') return value;
	// ISO 8601 date-time as AWS writes it, e.g. 2024-03-01T12:00:00+00:00.
	if (
		!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value) ||
		Number.isNaN(Date.parse(value))
	) {
		throw new CredentialReportError(
			`expected an ISO 8601 date-time (e.g. 2024-03-01T12:00:00+00:00), N/A or no_information, found “${value}”.`,
			line,
			column,
		);
	}
	return new Date(value);
}

function ageInDays(date: Date, now: Date): number {
	return Math.floor((now.getTime() - date.getTime()) / DAY_MS);
}

/** The audit's thresholds when none are given: 90 days, as Security Hub controls IAM.3 (key rotation) and IAM.8 (unused credentials). */
export const AUDIT_DEFAULTS = { maxKeyAgeDays: 90, unusedDays: 90 } as const;

/** A reader's sentence for one of papaparse's error codes. */
function csvProblem(code: string, columns: number): string {
	switch (code) {
		case 'TooFewFields':
			return `Too few fields: this row has fewer values than the header's ${columns} columns. Every row needs one value per header column.`;
		case 'TooManyFields':
			return `Too many fields: this row has more values than the header's ${columns} columns. Every row needs one value per header column.`;
		case 'MissingQuotes':
			return 'a quoted value is never closed.';
		case 'InvalidQuotes':
			return 'a quoted value has text right after its closing quote.';
		default:
			return 'this line is not valid CSV.';
	}
}

/** Parses the CSV into typed rows. Throws CredentialReportError on anything malformed. */
export function parseCredentialReport(csv: string): CredentialReportUser[] {
	const text = csv.replace(/^\uFEFF/, '');
	if (text.trim() === '')
		throw new CredentialReportError('The report is empty. Paste the CSV from IAM → Credential report → Download.');
	const parsed = Papa.parse<Record<string, string>>(text.trim(), {
		header: true,
		skipEmptyLines: 'greedy',
		transformHeader: (header) => header.trim(),
	});
	// The header decides first: text that is not a credential report is told so, whatever else is wrong.
	const header = parsed.meta.fields ?? [];
	const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
	if (missing.length > 0) {
		throw new CredentialReportError(
			`This is not a credential report: the header is missing ${missing.slice(0, 4).join(', ')}${missing.length > 4 ? ` and ${missing.length - 4} more` : ''}. The first line must be the column names, starting user,arn,user_creation_time,…`,
			1,
		);
	}
	// papaparse's own messages ("Quoted field unterminated") are not shown: each code gets a sentence.
	// A one-column text has no delimiter to detect; that is not an error in itself.
	const firstError = parsed.errors.find((error) => error.code !== 'UndetectableDelimiter');
	if (firstError) {
		// papaparse rows are 0-based data rows; +2 turns them into 1-based file lines (header = line 1).
		const line = firstError.row === undefined ? undefined : firstError.row + 2;
		throw new CredentialReportError(csvProblem(firstError.code, header.length), line);
	}
	if (parsed.data.length === 0) throw new CredentialReportError('The report has a header but no users.');
	return parsed.data.map((row, index) => {
		const line = index + 2;
		const cell = (column: CredentialReportColumn) => (row[column] ?? '').trim();
		const user = cell('user');
		if (user === '') throw new CredentialReportError('the user name is empty.', line, 'user');
		const isRoot = user === ROOT_USER_NAME;
		const created = parseDate(cell('user_creation_time'), line, 'user_creation_time');
		if (!(created instanceof Date))
			throw new CredentialReportError('the creation time must be a date.', line, 'user_creation_time');
		const passwordEnabledText = cell('password_enabled');
		const passwordEnabled =
			passwordEnabledText === 'not_supported'
				? 'not_supported'
				: parseBoolean(passwordEnabledText, line, 'password_enabled');
		const key = (slot: 1 | 2): AccessKeyStatus => ({
			slot,
			active: parseBoolean(cell(`access_key_${slot}_active`), line, `access_key_${slot}_active`),
			lastRotated: parseDate(cell(`access_key_${slot}_last_rotated`), line, `access_key_${slot}_last_rotated`),
			lastUsed: parseDate(cell(`access_key_${slot}_last_used_date`), line, `access_key_${slot}_last_used_date`),
			lastUsedRegion: cell(`access_key_${slot}_last_used_region`),
			lastUsedService: cell(`access_key_${slot}_last_used_service`),
		});
		return {
			line,
			user,
			arn: cell('arn'),
			isRoot,
			created,
			passwordEnabled,
			passwordLastUsed: parseDate(cell('password_last_used'), line, 'password_last_used'),
			passwordLastChanged: parseDate(cell('password_last_changed'), line, 'password_last_changed'),
			mfaActive: parseBoolean(cell('mfa_active'), line, 'mfa_active'),
			accessKeys: [key(1), key(2)],
		};
	});
}

/** Audits a credential report as of `now` (passed in, so results are reproducible). */
export function auditCredentialReport(csv: string, now: Date, options: AuditOptions = {}): CredentialAudit {
	const maxKeyAgeDays = options.maxKeyAgeDays ?? AUDIT_DEFAULTS.maxKeyAgeDays;
	const unusedDays = options.unusedDays ?? AUDIT_DEFAULTS.unusedDays;
	for (const [name, value] of [
		['maxKeyAgeDays', maxKeyAgeDays],
		['unusedDays', unusedDays],
	] as const) {
		if (!Number.isInteger(value) || value < 1 || value > 3650)
			throw new CredentialReportError(`${name} must be a whole number of days from 1 to 3650 (got ${value}).`);
	}
	const users = parseCredentialReport(csv);
	const findings: CredentialFinding[] = [];
	const add = (user: CredentialReportUser, id: FindingId, severity: CredentialFinding['severity'], message: string) =>
		findings.push({ id, severity, user: user.user, line: user.line, message });

	for (const user of users) {
		const activeKeys = user.accessKeys.filter((key) => key.active);
		if (user.isRoot) {
			for (const key of activeKeys)
				add(
					user,
					'root-access-key',
					'critical',
					`The root user has an active access key (key ${key.slot}). Delete it: root keys can do anything and can't be limited by policies.`,
				);
			if (!user.mfaActive)
				add(user, 'root-no-mfa', 'critical', 'The root user has no MFA device. Enable MFA on the root user first.');
		} else if (user.passwordEnabled === true && !user.mfaActive) {
			add(user, 'console-user-no-mfa', 'high', 'Can sign in to the console with a password but has no MFA device.');
		}
		for (const key of activeKeys) {
			if (key.lastRotated instanceof Date) {
				const age = ageInDays(key.lastRotated, now);
				if (age > maxKeyAgeDays)
					add(
						user,
						'access-key-old',
						'medium',
						`Access key ${key.slot} is ${age} days old (over ${maxKeyAgeDays}). Rotate it: create a second key, switch, then deactivate and delete the old one.`,
					);
			}
			if (key.lastUsed instanceof Date) {
				const idle = ageInDays(key.lastUsed, now);
				if (idle > unusedDays)
					add(
						user,
						'access-key-unused',
						'medium',
						`Access key ${key.slot} was last used ${idle} days ago. Deactivate it if nothing needs it.`,
					);
			} else {
				add(
					user,
					'access-key-never-used',
					'medium',
					`Access key ${key.slot} is active but has never been used. Remove keys nobody uses.`,
				);
			}
		}
		if (user.passwordEnabled === true) {
			if (user.passwordLastUsed === 'no_information')
				add(
					user,
					'password-never-used',
					'medium',
					'Has a console password that has never been used. Remove it if the person does not need the console.',
				);
			else if (user.passwordLastUsed instanceof Date) {
				const idle = ageInDays(user.passwordLastUsed, now);
				if (idle > unusedDays)
					add(
						user,
						'password-unused',
						'medium',
						`Last signed in with the password ${idle} days ago. Consider removing the password.`,
					);
			}
		}
	}
	const count = (severity: CredentialFinding['severity']) =>
		findings.filter((finding) => finding.severity === severity).length;
	return {
		users,
		findings,
		summary: {
			users: users.length,
			findings: findings.length,
			critical: count('critical'),
			high: count('high'),
			medium: count('medium'),
		},
	};
}
