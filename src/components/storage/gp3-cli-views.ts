/** The gp3 calculator's "Try it in your account" panel: create-volume (engine: src/lib/storage/cli-export.ts). */
import { STORAGE_PLACEHOLDERS, createGp3VolumeCommand, type Gp3Result } from '../../lib/storage';
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
