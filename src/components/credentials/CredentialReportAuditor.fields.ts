/** The credential-report auditor's settings, as data: CredentialReportAuditor.astro loops over them. */
import { AUDIT_DEFAULTS } from '../../lib/credentials';

// The audit settings, in the form's order. `part` is the data-part the client script reads (its error is
// `<part>-error`); `id` is the suffix of the element id. A day count is a number from 1 to 3650, the range
// the client script checks.
const days = { type: 'number', min: '1', max: '3650' } as const;
export interface AuditSetting {
	id: string;
	part: string;
	label: string;
	hint?: string;
	type: 'date' | 'number';
	min?: string;
	max?: string;
	value: string | number;
}
/** The settings, the date field showing `asOf` (YYYY-MM-DD) and the day counts the defaults. */
export function auditSettings(asOf: string): AuditSetting[] {
	return [
		{
			id: 'asof',
			part: 'asOf',
			label: 'Audit as of (date)',
			hint: `The sample is dated ${asOf}.`,
			type: 'date',
			value: asOf,
		},
		{
			id: 'age',
			part: 'maxKeyAgeDays',
			label: 'Rotate keys older than (days)',
			...days,
			value: AUDIT_DEFAULTS.maxKeyAgeDays,
		},
		{ id: 'unused', part: 'unusedDays', label: 'Unused after (days)', ...days, value: AUDIT_DEFAULTS.unusedDays },
	];
}
