/**
 * "Try it in your account" for storage: the AWS CLI v2 commands that create what the widgets show.
 * - create-volume: https://docs.aws.amazon.com/cli/latest/reference/ec2/create-volume.html (gp3 takes
 *   --iops and --throughput; both have baselines, 3,000 IOPS and 125 MiB/s, when left out).
 * - create-snapshot: https://docs.aws.amazon.com/cli/latest/reference/ec2/create-snapshot.html
 * - copy-image: https://docs.aws.amazon.com/cli/latest/reference/ec2/copy-image.html — runs in the
 *   destination Region (--region) and names the source with --source-region; --copy-image-tags copies
 *   the AMI's tags only when asked.
 */
import type { CliCommand } from '../cli';
import { GP3_LIMITS } from './gp3-limits';
import type { Gp3Result } from './gp3';
import type { AmiImage } from './ami';

/** Placeholders the reader replaces; written so a shell accepts them unquoted and a reader notices them. */
export const STORAGE_PLACEHOLDERS = {
	availabilityZone: 'us-east-1a',
	volumeId: 'vol-0123456789abcdef0',
} as const;

/** `aws ec2 create-volume` for a gp3 volume; IOPS and throughput at their baseline are left to the default. */
export function createGp3VolumeCommand(
	volume: Pick<Gp3Result, 'sizeGiB' | 'iops' | 'throughputMiBps'>,
	availabilityZone: string = STORAGE_PLACEHOLDERS.availabilityZone,
): CliCommand {
	return {
		service: 'ec2',
		operation: 'create-volume',
		parameters: [
			{ name: '--volume-type', values: ['gp3'] },
			{ name: '--size', values: [String(volume.sizeGiB)] },
			...(volume.iops === GP3_LIMITS.baselineIops ? [] : [{ name: '--iops', values: [String(volume.iops)] }]),
			...(volume.throughputMiBps === GP3_LIMITS.baselineThroughputMiBps
				? []
				: [{ name: '--throughput', values: [String(volume.throughputMiBps)] }]),
			{ name: '--availability-zone', values: [availabilityZone] },
		],
	};
}

export function createSnapshotCommand(
	volumeId: string = STORAGE_PLACEHOLDERS.volumeId,
	description = 'Before the change',
): CliCommand {
	return {
		service: 'ec2',
		operation: 'create-snapshot',
		parameters: [
			{ name: '--volume-id', values: [volumeId] },
			{ name: '--description', values: [description] },
		],
	};
}

/** `aws ec2 copy-image`, run in the destination Region. */
export function copyImageCommand(source: AmiImage, targetRegion: string, copyTags = false): CliCommand {
	return {
		service: 'ec2',
		operation: 'copy-image',
		parameters: [
			{ name: '--source-image-id', values: [source.imageId] },
			{ name: '--source-region', values: [source.region] },
			{ name: '--region', values: [targetRegion] },
			{ name: '--name', values: [source.name] },
			...(copyTags ? [{ name: '--copy-image-tags', values: [] }] : []),
		],
	};
}
