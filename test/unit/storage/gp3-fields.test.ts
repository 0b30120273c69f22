import { describe, expect, test } from 'vitest';
import { evaluateGp3Text } from '../../../src/lib/storage';
import { gp3Start } from '../../../src/examples/storage/gp3';
import { GP3_TEXT_FIELDS } from '../../../src/components/storage/Gp3Calculator.fields';

describe('GP3_TEXT_FIELDS', () => {
	test('one field per input key, each with its own data-part', () => {
		expect(GP3_TEXT_FIELDS.map((f) => f.field).sort()).toEqual(Object.keys(gp3Start).sort());
		expect(new Set(GP3_TEXT_FIELDS.map((f) => f.part)).size).toBe(GP3_TEXT_FIELDS.length);
	});

	test('the engine’s error for each unreadable field is found under that field’s key', () => {
		const { errors } = evaluateGp3Text({ sizeGiB: 'x', iops: 'x', throughputMiBps: 'x' });
		expect(errors.map((e) => e.field).sort()).toEqual(GP3_TEXT_FIELDS.map((f) => f.field).sort());
	});
});
