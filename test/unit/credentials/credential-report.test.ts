import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	auditCredentialReport,
	CREDENTIAL_REPORT_COLUMNS,
	CredentialReportError,
	LastAccessedError,
	parseCredentialReport,
	reviewLastAccessed,
} from '../../../src/lib/credentials';
import {
	accessAdvisorSample,
	credentialReportNow,
	credentialReportSampleCsv,
} from '../../../src/examples/iam/credential-report-sample';

// Format: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
const header = CREDENTIAL_REPORT_COLUMNS.join(',');
const row = (overrides: Partial<Record<(typeof CREDENTIAL_REPORT_COLUMNS)[number], string>>) => {
	const base: Record<string, string> = {
		user: 'u',
		arn: 'arn:aws:iam::111122223333:user/u',
		user_creation_time: '2025-01-01T00:00:00+00:00',
		password_enabled: 'FALSE',
		password_last_used: 'N/A',
		password_last_changed: 'N/A',
		password_next_rotation: 'N/A',
		mfa_active: 'FALSE',
		access_key_1_active: 'FALSE',
		access_key_1_last_rotated: 'N/A',
		access_key_1_last_used_date: 'N/A',
		access_key_1_last_used_region: 'N/A',
		access_key_1_last_used_service: 'N/A',
		access_key_2_active: 'FALSE',
		access_key_2_last_rotated: 'N/A',
		access_key_2_last_used_date: 'N/A',
		access_key_2_last_used_region: 'N/A',
		access_key_2_last_used_service: 'N/A',
		cert_1_active: 'FALSE',
		cert_1_last_rotated: 'N/A',
		cert_2_active: 'FALSE',
		cert_2_last_rotated: 'N/A',
	};
	return CREDENTIAL_REPORT_COLUMNS.map((column) => overrides[column] ?? base[column]).join(',');
};
const now = new Date('2025-06-01T00:00:00Z');
const ids = (csv: string) => auditCredentialReport(csv, now).findings.map((finding) => finding.id);

describe('auditCredentialReport — the sample on the security-tools page', () => {
	const audit = auditCredentialReport(credentialReportSampleCsv, credentialReportNow);
	test('finds exactly these problems', () => {
		expect(audit.findings.map((finding) => [finding.user, finding.id, finding.severity])).toEqual([
			['<root_account>', 'root-access-key', 'critical'],
			['<root_account>', 'access-key-old', 'medium'],
			['bob', 'console-user-no-mfa', 'high'],
			['carol', 'access-key-old', 'medium'],
			['dave', 'console-user-no-mfa', 'high'],
			['dave', 'password-never-used', 'medium'],
			['erin', 'password-unused', 'medium'],
			['ci-deploy', 'access-key-never-used', 'medium'],
			['legacy-reports', 'access-key-old', 'medium'],
			['legacy-reports', 'access-key-unused', 'medium'],
		]);
		expect(audit.summary).toEqual({ users: 8, findings: 10, critical: 1, high: 2, medium: 7 });
	});
	test('messages carry the ages the page shows', () => {
		const message = (user: string, id: string) =>
			audit.findings.find((finding) => finding.user === user && finding.id === id)!.message;
		expect(message('carol', 'access-key-old')).toMatch(/399 days old \(over 90\)/);
		expect(message('erin', 'password-unused')).toMatch(/181 days ago/);
		expect(message('legacy-reports', 'access-key-unused')).toMatch(/211 days ago/);
	});
	test('parses the special values', () => {
		const root = audit.users[0]!;
		expect(root).toMatchObject({
			user: '<root_account>',
			isRoot: true,
			passwordEnabled: 'not_supported',
			passwordLastChanged: 'not_supported',
			mfaActive: true,
			line: 2,
		});
		expect(audit.users.find((user) => user.user === 'dave')!.passwordLastUsed).toBe('no_information');
		expect(audit.users.find((user) => user.user === 'ci-deploy')!.accessKeys[0].lastUsed).toBe('N/A');
		expect(audit.users[1]!.created.toISOString()).toBe('2021-06-01T10:00:00.000Z');
	});
	test('thresholds are options', () => {
		expect(
			auditCredentialReport(credentialReportSampleCsv, credentialReportNow, {
				maxKeyAgeDays: 400,
				unusedDays: 365,
			}).findings.map((finding) => finding.id),
		).toEqual([
			'root-access-key',
			'access-key-old',
			'console-user-no-mfa',
			'console-user-no-mfa',
			'password-never-used',
			'access-key-never-used',
		]);
		expect(() => auditCredentialReport(credentialReportSampleCsv, credentialReportNow, { maxKeyAgeDays: 0 })).toThrow(
			CredentialReportError,
		);
	});
});

describe('auditCredentialReport — single rules', () => {
	test('root without MFA is critical', () => {
		expect(
			ids(
				[
					header,
					row({
						user: '<root_account>',
						password_enabled: 'not_supported',
						password_last_changed: 'not_supported',
						password_next_rotation: 'not_supported',
					}),
				].join('\n'),
			),
		).toEqual(['root-no-mfa']);
	});
	test('a user without a password needs no MFA finding', () => {
		expect(ids([header, row({})].join('\n'))).toEqual([]);
	});
	test('key exactly 90 days old is fine, 91 is old', () => {
		const key = (date: string) =>
			row({
				access_key_1_active: 'TRUE',
				access_key_1_last_rotated: date,
				access_key_1_last_used_date: '2025-05-31T00:00:00+00:00',
			});
		expect(ids([header, key('2025-03-03T00:00:00+00:00')].join('\n'))).toEqual([]);
		expect(ids([header, key('2025-03-02T00:00:00+00:00')].join('\n'))).toEqual(['access-key-old']);
	});
	test('inactive keys are ignored however old', () => {
		expect(
			ids(
				[header, row({ access_key_2_active: 'FALSE', access_key_2_last_rotated: '2015-01-01T00:00:00+00:00' })].join(
					'\n',
				),
			),
		).toEqual([]);
	});
	test('second key is audited too', () => {
		expect(
			auditCredentialReport(
				[header, row({ access_key_2_active: 'TRUE', access_key_2_last_rotated: '2025-05-01T00:00:00+00:00' })].join(
					'\n',
				),
				now,
			).findings[0]!.message,
		).toMatch(/Access key 2 is active but has never been used/);
	});
	test('CRLF line ends, a BOM, quoted fields and a missing cert column set are accepted', () => {
		const shortHeader = CREDENTIAL_REPORT_COLUMNS.slice(0, 18).join(',');
		const shortRow = row({ user: '"quoted"' }).split(',').slice(0, 18).join(',');
		expect(parseCredentialReport(`\uFEFF${shortHeader}\r\n${shortRow}\r\n`)[0]!.user).toBe('quoted');
	});
});

describe('malformed input gives a clear error, never a crash', () => {
	const error = (csv: string) => {
		try {
			parseCredentialReport(csv);
		} catch (caught) {
			return caught as CredentialReportError;
		}
		throw new Error('no error');
	};
	test('empty', () => {
		expect(error('   ')).toBeInstanceOf(CredentialReportError);
		expect(error('').message).toMatch(/empty/);
	});
	test('not a credential report', () => {
		expect(error('name,age\nalice,30').message).toMatch(
			/^Line 1: This is not a credential report: the header is missing user, arn, user_creation_time, password_enabled and 14 more/,
		);
	});
	test('header only', () => {
		expect(error(header).message).toMatch(/no users/);
	});
	test('row with a missing field names the line', () => {
		const broken = row({}).split(',').slice(0, 10).join(',');
		const caught = error([header, row({}), broken].join('\n'));
		expect(caught.line).toBe(3);
		expect(caught.message).toMatch(/^Line 3: Too few fields/);
	});
	test('bad boolean and bad date name line and column', () => {
		const bool = error([header, row({ mfa_active: 'yes' })].join('\n'));
		expect([bool.line, bool.column, bool.message]).toEqual([
			2,
			'mfa_active',
			'Line 2, column mfa_active: expected TRUE or FALSE, found “yes”.',
		]);
		const date = error([header, row({ password_last_used: '01/02/2025' })].join('\n'));
		expect(date.column).toBe('password_last_used');
		expect(error([header, row({ user_creation_time: 'N/A' })].join('\n')).message).toMatch(
			/creation time must be a date/,
		);
	});
	test('unclosed quote', () => {
		expect(error(`${header}\n"alice,${row({}).split(',').slice(1).join(',')}`).message).toMatch(
			/never closed|Too few fields/,
		);
	});
	test("garbage gets the report's own message, never the CSV parser's", () => {
		for (const garbage of ['hello world\nfoo bar', '{"json": true}', '<html><body>hi</body></html>', 'a,b\n"x"y,z'])
			expect(error(garbage).message).toMatch(/^Line 1: This is not a credential report/);
		const quoted = error(`${header}\n"alice${row({}).slice(row({}).indexOf(','))}`);
		expect(quoted.message).not.toMatch(/Quoted field unterminated|auto-detect|Trailing quote/);
		const extra = error([header, `${row({})},surplus`].join('\n'));
		expect(extra.message).toMatch(/^Line 2: Too many fields: this row has more values than the header's \d+ columns/);
	});
	test('HTML in a cell is kept as text', () => {
		expect(parseCredentialReport([header, row({ user: '<img src=x onerror=alert(1)>' })].join('\n'))[0]!.user).toBe(
			'<img src=x onerror=alert(1)>',
		);
	});
	test('arbitrary text either parses or throws CredentialReportError (property)', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), (text) => {
				try {
					auditCredentialReport(text, now);
				} catch (caught) {
					expect(caught).toBeInstanceOf(CredentialReportError);
				}
			}),
		);
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 30 }), (cells) => {
				try {
					auditCredentialReport(`${header}\n${cells.join(',')}`, now);
				} catch (caught) {
					expect(caught).toBeInstanceOf(CredentialReportError);
				}
			}),
		);
	});
});

describe('Access Advisor review (security-tools page table)', () => {
	test('the Developers sample', () => {
		expect(
			reviewLastAccessed(accessAdvisorSample.services, accessAdvisorSample.now).map((entry) => [
				entry.service,
				entry.daysSince,
				entry.verdict,
			]),
		).toEqual([
			['Amazon EC2', 0, 'recently-used'],
			['AWS Lambda', 1, 'recently-used'],
			['Amazon S3', 139, 'unused-for-a-while'],
			['Amazon DynamoDB', null, 'never-used'],
		]);
	});
	test('bad dates throw', () => {
		expect(() =>
			reviewLastAccessed([{ service: 'X', namespace: 'x', grantedBy: 'P', lastAccessed: 'yesterday' }], now),
		).toThrow(LastAccessedError);
		expect(() =>
			reviewLastAccessed([{ service: 'X', namespace: 'x', grantedBy: 'P', lastAccessed: '2030-01-01T00:00:00Z' }], now),
		).toThrow(/after/);
	});
});
