import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { AMI_REGIONS, StorageInputError, copyAmi } from '../../../src/lib/storage';
import { amiCopyTarget, goldenAmi } from '../../../src/examples/storage/ami-copy';

// Copy an AMI: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/CopyingAMIs.html
describe('copyAmi', () => {
	test('the page example: a new AMI ID in the target Region, new snapshot IDs, no launch permissions', () => {
		const { copy, notes } = copyAmi(goldenAmi, amiCopyTarget);
		expect(copy.region).toBe('eu-west-1');
		expect(copy.imageId).toMatch(/^ami-0[0-9a-f]{16}$/);
		expect(copy.imageId).not.toBe(goldenAmi.imageId);
		expect(copy.snapshotIds).toHaveLength(2);
		expect(copy.snapshotIds.some((id) => goldenAmi.snapshotIds.includes(id))).toBe(false);
		expect(copy.sharedWithAccounts).toEqual([]);
		expect(notes[2]).toContain('Launch permissions are not copied');
		expect(copy).toEqual(copyAmi(goldenAmi, amiCopyTarget).copy); // deterministic
	});
	test('copying to two Regions gives two different IDs; a second copy to the same Region another one', () => {
		const ids = new Set([
			copyAmi(goldenAmi, 'eu-west-1').copy.imageId,
			copyAmi(goldenAmi, 'ap-northeast-1').copy.imageId,
			copyAmi(goldenAmi, 'eu-west-1', 2).copy.imageId,
		]);
		expect(ids.size).toBe(3);
	});
	test('a same-Region copy is a new AMI too', () => {
		const { copy, notes } = copyAmi(goldenAmi, 'us-east-1');
		expect(copy.imageId).not.toBe(goldenAmi.imageId);
		expect(notes[0]).toContain('same Region');
	});
	test('bad input', () => {
		expect(() => copyAmi({ ...goldenAmi, imageId: 'ami-XYZ' }, 'eu-west-1')).toThrow(StorageInputError);
		expect(() => copyAmi(goldenAmi, 'mars-north-1')).toThrow(/not one of the Regions/);
		expect(() => copyAmi({ ...goldenAmi, snapshotIds: ['vol-123'] }, 'eu-west-1')).toThrow(/snapshot ID/);
		expect(() => copyAmi(goldenAmi, 'eu-west-1', 0)).toThrow(StorageInputError);
	});
	test('property: IDs are well-formed and differ per Region', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[0-9a-f]{17}$/), (hex) => {
				const source = { ...goldenAmi, imageId: `ami-${hex}` };
				const ids = AMI_REGIONS.map((r) => copyAmi(source, r.code).copy.imageId);
				return (
					new Set(ids).size === ids.length && ids.every((id) => /^ami-0[0-9a-f]{16}$/.test(id) && id !== source.imageId)
				);
			}),
		);
	});
});
