/**
 * gp3 volume limits as DATA, not code: AWS has raised them over time (16 TiB / 16,000 IOPS /
 * 1,000 MiB/s until September 2025), so when AWS changes them again only this file changes —
 * and the unit tests that pin today's numbers fail loudly so the page text gets reviewed too.
 *
 * Sources (checked 2026-11-27):
 * - Amazon EBS User Guide, "General Purpose SSD volumes":
 *   https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html
 * - Amazon EC2 API Reference, CreateVolume (Size: "gp3: 1 - 65,536 GiB"; Iops: "gp3: 3,000 - 80,000 IOPS";
 *   Throughput: "maximum of 2,000 MiB/s … The maximum ratio of throughput to IOPS is 0.25 MiB/s per IOPS"):
 *   https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html
 */
export interface Gp3Limits {
	minSizeGiB: number;
	maxSizeGiB: number;
	/** Included in the storage price, whatever the size. */
	baselineIops: number;
	maxIops: number;
	/** Provisioned IOPS may not exceed this many per GiB of volume size (above the baseline). */
	maxIopsPerGiB: number;
	baselineThroughputMiBps: number;
	maxThroughputMiBps: number;
	/** Provisioned throughput may not exceed this many MiB/s per provisioned IOPS. */
	maxThroughputPerIops: number;
	/** Where the numbers come from and when they were last checked. */
	sources: readonly { title: string; url: string }[];
	checked: string;
}

export const GP3_LIMITS: Gp3Limits = {
	minSizeGiB: 1,
	maxSizeGiB: 65_536,
	baselineIops: 3_000,
	maxIops: 80_000,
	maxIopsPerGiB: 500,
	baselineThroughputMiBps: 125,
	maxThroughputMiBps: 2_000,
	maxThroughputPerIops: 0.25,
	sources: [
		{
			title: 'General Purpose SSD volumes (Amazon EBS User Guide)',
			url: 'https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html',
		},
		{
			title: 'CreateVolume (Amazon EC2 API Reference)',
			url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html',
		},
	],
	checked: '2026-11-27',
};
