/** The AMI copy visualiser's "Try it in your account" panel: copy-image (engine: src/lib/storage/cli-export.ts). */
import { copyImageCommand, type AmiImage } from '../../lib/storage';
import type { TryInAccountState } from '../kit/TryInAccount.views';

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
