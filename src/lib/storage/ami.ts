/**
 * AMI copy model. The key fact: an AMI ID belongs to one Region, so copying an AMI to another Region
 * (or within a Region) creates a NEW AMI with a NEW ID, backed by new copies of its EBS snapshots.
 * Launch permissions, user-defined tags and S3 bucket permissions are not copied.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/CopyingAMIs.html
 *
 * IDs are derived from a hash of the inputs, not random, so the page and its test agree.
 */
import { StorageInputError } from './errors';

/** A small set of Region codes for the widget (not every Region AWS has). */
export const AMI_REGIONS: readonly { code: string; name: string }[] = [
	{ code: 'us-east-1', name: 'US East (N. Virginia)' },
	{ code: 'us-west-2', name: 'US West (Oregon)' },
	{ code: 'eu-west-1', name: 'Europe (Ireland)' },
	{ code: 'eu-central-1', name: 'Europe (Frankfurt)' },
	{ code: 'ap-southeast-2', name: 'Asia Pacific (Sydney)' },
	{ code: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)' },
];

export interface AmiImage {
	imageId: string;
	region: string;
	name: string;
	/** EBS snapshot IDs backing the image, one per volume in its block-device mapping. */
	snapshotIds: string[];
	/** Accounts this image is shared with (launch permissions). */
	sharedWithAccounts: string[];
}

export interface AmiCopy {
	source: AmiImage;
	copy: AmiImage;
	notes: string[];
}

const AMI_ID = /^ami-([0-9a-f]{8}|[0-9a-f]{17})$/;
const SNAPSHOT_ID = /^snap-([0-9a-f]{8}|[0-9a-f]{17})$/;

/** FNV-1a, 64-bit, as 16 hex digits: stable across runs and platforms. */
function hash16(text: string): string {
	let h = 0xcbf29ce484222325n;
	for (const byte of new TextEncoder().encode(text)) {
		h ^= BigInt(byte);
		h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
	}
	return h.toString(16).padStart(16, '0');
}

export function regionName(code: string): string {
	const region = AMI_REGIONS.find((r) => r.code === code);
	if (!region)
		throw new StorageInputError(
			`"${code}" is not one of the Regions in this example (${AMI_REGIONS.map((r) => r.code).join(', ')}).`,
			'region',
		);
	return region.name;
}

export function validateAmi(image: AmiImage): void {
	if (!AMI_ID.test(image.imageId))
		throw new StorageInputError(
			`"${image.imageId}" is not an AMI ID: it looks like ami- followed by 8 or 17 hex digits.`,
			'imageId',
		);
	regionName(image.region);
	if (image.name.trim() === '' || image.name.length > 128)
		throw new StorageInputError('An AMI name is 1–128 characters.', 'name');
	for (const id of image.snapshotIds) {
		if (!SNAPSHOT_ID.test(id))
			throw new StorageInputError(
				`"${id}" is not a snapshot ID (snap- followed by 8 or 17 hex digits).`,
				'snapshotIds',
			);
	}
}

/**
 * Copies `source` to `targetRegion`. `copyNumber` distinguishes repeated copies of the same image
 * to the same Region (each is a distinct AMI with its own ID).
 */
export function copyAmi(source: AmiImage, targetRegion: string, copyNumber = 1): AmiCopy {
	validateAmi(source);
	regionName(targetRegion);
	if (!Number.isInteger(copyNumber) || copyNumber < 1)
		throw new StorageInputError('copyNumber must be a whole number from 1.', 'copyNumber');
	const key = `${source.imageId}|${targetRegion}|${copyNumber}`;
	const copy: AmiImage = {
		imageId: `ami-0${hash16(`ami|${key}`)}`,
		region: targetRegion,
		name: source.name,
		snapshotIds: source.snapshotIds.map((id, i) => `snap-0${hash16(`snap|${key}|${id}|${i}`)}`),
		sharedWithAccounts: [],
	};
	const notes = [
		`New AMI ID ${copy.imageId} in ${targetRegion}: an AMI ID is only valid in its own Region, so launch templates and scripts there must use the new ID.`,
		`${source.snapshotIds.length} EBS snapshot${source.snapshotIds.length === 1 ? ' is' : 's are'} copied too, with new snapshot IDs.`,
		source.sharedWithAccounts.length > 0
			? `Launch permissions are not copied: the ${source.sharedWithAccounts.length} account${source.sharedWithAccounts.length === 1 ? '' : 's'} the source is shared with can't use the copy until you share it again.`
			: 'Launch permissions and user-defined tags are not copied.',
		`The source ${source.imageId} in ${source.region} is unchanged; the two AMIs are now independent.`,
	];
	if (targetRegion === source.region)
		notes.unshift('Copying within the same Region also creates a new AMI (for example to encrypt it).');
	return { source, copy, notes };
}
