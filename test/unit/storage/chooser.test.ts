import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { StorageInputError, chooseStorage, type StorageNeeds } from '../../../src/lib/storage';
import { chooserPresets, chooserStart } from '../../../src/examples/storage/chooser';

const needs = (overrides: Partial<StorageNeeds> = {}): StorageNeeds => ({
	sharedAccess: false,
	surviveStop: false,
	multiAz: false,
	os: 'linux',
	scratchSpeed: false,
	...overrides,
});
const fits = (n: StorageNeeds) => Object.fromEntries(chooseStorage(n).verdicts.map((v) => [v.option, v.fits]));

describe('decision table', () => {
	test('no needs: everything fits, EBS is the default', () => {
		expect(fits(needs())).toEqual({ ebs: true, efs: true, 'instance-store': true });
		expect(chooseStorage(needs()).recommendation).toBe('ebs');
	});
	test('shared access rules out EBS and instance store (EBS attaches to one instance; Multi-Attach is io1/io2 only)', () => {
		expect(fits(needs({ sharedAccess: true }))).toEqual({ ebs: false, efs: true, 'instance-store': false });
		expect(chooseStorage(needs({ sharedAccess: true })).recommendation).toBe('efs');
	});
	test('surviving a stop rules out instance store only', () => {
		expect(fits(needs({ surviveStop: true }))).toEqual({ ebs: true, efs: true, 'instance-store': false });
	});
	test('multi-AZ rules out EBS (one AZ) and instance store', () => {
		expect(fits(needs({ multiAz: true }))).toEqual({ ebs: false, efs: true, 'instance-store': false });
	});
	test('Windows rules out EFS (not supported on Windows)', () => {
		expect(fits(needs({ os: 'windows' }))).toEqual({ ebs: true, efs: false, 'instance-store': true });
		const choice = chooseStorage(needs({ os: 'windows', sharedAccess: true }));
		expect(choice.recommendation).toBeNull();
		expect(choice.summary).toContain('FSx for Windows File Server');
	});
	test('scratch speed prefers instance store but never rules anything out', () => {
		expect(chooseStorage(needs({ scratchSpeed: true })).recommendation).toBe('instance-store');
		expect(fits(needs({ scratchSpeed: true }))).toEqual({ ebs: true, efs: true, 'instance-store': true });
		expect(chooseStorage(needs({ scratchSpeed: true, surviveStop: true })).recommendation).toBe('ebs');
	});
	test('every selected need produces a reason on every option', () => {
		const choice = chooseStorage(needs({ sharedAccess: true, surviveStop: true, multiAz: true }));
		for (const verdict of choice.verdicts) expect(verdict.reasons).toHaveLength(3);
	});
});

describe('bad input', () => {
	test('non-boolean need and unknown OS', () => {
		expect(() => chooseStorage({ ...needs(), sharedAccess: 'yes' as unknown as boolean })).toThrow(StorageInputError);
		expect(() => chooseStorage({ ...needs(), os: 'macos' as 'linux' })).toThrow(/linux.*windows/);
	});
});

describe('the page example (src/examples/storage/chooser.ts)', () => {
	test('starting question and presets', () => {
		expect(chooseStorage(chooserStart).recommendation).toBe('efs');
		expect(chooserPresets.map((p) => chooseStorage(p.needs).recommendation)).toEqual([
			'efs',
			'ebs',
			'instance-store',
			null,
		]);
	});
});

describe('properties', () => {
	const arb = fc.record({
		sharedAccess: fc.boolean(),
		surviveStop: fc.boolean(),
		multiAz: fc.boolean(),
		os: fc.constantFrom('linux' as const, 'windows' as const),
		scratchSpeed: fc.boolean(),
	});
	test('the recommendation always fits every need, and is null only when nothing fits', () => {
		fc.assert(
			fc.property(arb, (n) => {
				const choice = chooseStorage(n);
				const fitting = choice.verdicts.filter((v) => v.fits).map((v) => v.option);
				return choice.recommendation === null ? fitting.length === 0 : fitting.includes(choice.recommendation);
			}),
		);
	});
});
