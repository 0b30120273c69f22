/**
 * What the storage widgets' "Try it in your account" panels show: create-volume for the gp3 calculator
 * and copy-image for each AMI copy (engine: src/lib/storage/cli-export.ts), and what AWS answers.
 */
import {
	STORAGE_PLACEHOLDERS,
	copyImageCommand,
	createGp3VolumeCommand,
	type AmiImage,
	type Gp3Result,
} from '../../lib/storage';
import type { TryInAccountState } from '../kit/TryInAccount.views';

export function gp3CliState(result: Gp3Result | null): TryInAccountState {
	if (result === null) return { invalid: 'The command appears here once the volume above is valid.' };
	return {
		commands: [createGp3VolumeCommand(result)],
		placeholders: [STORAGE_PLACEHOLDERS.availabilityZone],
		notes: ['IOPS and throughput at their baseline (3,000 and 125 MiB/s) are left out: gp3 gets them by default.'],
		answer:
			'the new volume as JSON (its VolumeId, vol-…, in State creating, then available). It bills until you delete it with aws ec2 delete-volume --volume-id and that ID.',
	};
}

/** One copy-image per recorded copy; none while the source ID is invalid or nothing has been copied. */
export function amiCopyCliState(image: AmiImage, regions: readonly string[], valid: boolean): TryInAccountState {
	if (!valid) return { invalid: 'The commands appear here once the Source AMI ID above is valid.' };
	if (regions.length === 0) return { invalid: 'Press Copy AMI to see the copy-image command for each copy.' };
	return {
		commands: regions.map((region) => copyImageCommand(image, region)),
		notes: [
			"The copy does not carry the AMI's tags or launch permissions: add --copy-image-tags for tags, and share the copy again.",
		],
		answer:
			'the new AMI ID of each copy ({"ImageId": "ami-…"}), in its Region; the copy is pending until its snapshots are copied, and the AMI and its snapshots bill until you deregister and delete them.',
	};
}
