import { describe, expect, test } from 'vitest';
import { ageInDays, checkedLabel, FactError, facts, factsByAge, getFact } from '../../../src/lib/facts';

describe('dates shown and reported for facts', () => {
	test('checkedLabel gives month and year', () => {
		expect(checkedLabel('2026-12-01')).toBe('Dec 2026');
		expect(checkedLabel('2025-01-15')).toBe('Jan 2025');
	});

	test.each(['2026-13-01', '2026-1-1', 'Dec 2026', ''])('checkedLabel rejects "%s"', (date) => {
		expect(() => checkedLabel(date)).toThrow(FactError);
	});

	test('ageInDays counts whole days, across a leap day', () => {
		expect(ageInDays('2026-11-27', '2026-12-01')).toBe(4);
		expect(ageInDays('2028-02-28', '2028-03-01')).toBe(2);
		expect(ageInDays('2026-12-01', '2026-12-01')).toBe(0);
	});

	test('factsByAge lists every fact, oldest check first', () => {
		const rows = factsByAge('2026-12-01');
		expect(rows).toHaveLength(Object.keys(facts).length);
		const ages = rows.map((r) => r.ageDays);
		expect(ages).toEqual([...ages].sort((a, b) => b - a));
		expect(rows[0]?.id).toBe('ec2SampleOnDemandHourly');
	});

	test('getFact finds a fact and names an unknown id', () => {
		expect(getFact('acmPublicCertificateValidity').value).toBe(198);
		expect(() => getFact('acmValidity')).toThrow(/No fact is registered as "acmValidity"/);
		expect(() => getFact('toString')).toThrow(FactError);
	});

	test('the gp3 figures share one check date (GP3_LIMITS.checked reports it)', () => {
		const gp3 = Object.entries(facts).filter(([id]) => id.startsWith('gp3'));
		expect(gp3.length).toBeGreaterThanOrEqual(8);
		expect(new Set(gp3.map(([, fact]) => fact.checked)).size).toBe(1);
	});
});
