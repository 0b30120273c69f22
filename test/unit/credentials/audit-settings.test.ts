import { describe, expect, test } from 'vitest';
import { AUDIT_DEFAULTS } from '../../../src/lib/credentials';
import { auditSettings } from '../../../src/components/credentials/CredentialReportAuditor.fields';

describe('auditSettings', () => {
	const settings = auditSettings('2025-06-01');

	test('every element id and data-part is distinct', () => {
		expect(new Set(settings.map((s) => s.id)).size).toBe(settings.length);
		expect(new Set(settings.map((s) => s.part)).size).toBe(settings.length);
	});

	test('the date shows the as-of day and each day count shows its default', () => {
		expect(settings[0]).toMatchObject({ part: 'asOf', type: 'date', value: '2025-06-01' });
		for (const [key, value] of Object.entries(AUDIT_DEFAULTS))
			expect(settings.find((s) => s.part === key)).toMatchObject({ type: 'number', value });
	});
});
