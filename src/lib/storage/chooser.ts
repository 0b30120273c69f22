/**
 * Storage chooser: a decision table for EBS vs EFS vs instance store. Each option is checked against
 * each need and gets a fit/doesn't-fit verdict WITH the reason, so the page can show the whole table,
 * not just the winner.
 *
 * Facts used (AWS docs):
 * - EBS: one Availability Zone; attached to one instance at a time (Multi-Attach: io1/io2 only, up to
 *   16 Nitro instances in the same AZ, needs a cluster-aware file system); persists independently of
 *   the instance. https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volumes.html
 * - EFS: shared NFS file system; Regional file systems span AZs; Linux only (not supported on Windows).
 *   https://docs.aws.amazon.com/efs/latest/ug/whatisefs.html
 * - Instance store: on the host; lost on stop, hibernate, terminate; fastest, temporary.
 *   https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html
 */
import { StorageInputError } from './errors';

export type StorageOption = 'ebs' | 'efs' | 'instance-store';
export const STORAGE_OPTIONS: readonly StorageOption[] = ['ebs', 'efs', 'instance-store'];
export const STORAGE_OPTION_NAMES: Record<StorageOption, string> = {
	ebs: 'Amazon EBS volume',
	efs: 'Amazon EFS file system',
	'instance-store': 'Instance store',
};

export interface StorageNeeds {
	/** Several instances must read and write the same files at the same time. */
	sharedAccess: boolean;
	/** Data must still be there after the instance is stopped (or replaced). */
	surviveStop: boolean;
	/** Data must be reachable from, and survive the loss of, more than one Availability Zone. */
	multiAz: boolean;
	/** Operating system of the instances. */
	os: 'linux' | 'windows';
	/** Temporary scratch data (caches, buffers) where raw speed matters most. */
	scratchSpeed: boolean;
}

export interface OptionVerdict {
	option: StorageOption;
	fits: boolean;
	/** One reason per need that was selected, each saying whether this option meets it. */
	reasons: { fits: boolean; text: string }[];
}

export interface StorageChoice {
	/** null when none of the three fits every need. */
	recommendation: StorageOption | null;
	summary: string;
	verdicts: OptionVerdict[];
}

function checkNeeds(needs: StorageNeeds): void {
	for (const key of ['sharedAccess', 'surviveStop', 'multiAz', 'scratchSpeed'] as const) {
		if (typeof needs[key] !== 'boolean') throw new StorageInputError(`"${key}" must be true or false.`, key);
	}
	if (needs.os !== 'linux' && needs.os !== 'windows')
		throw new StorageInputError('Operating system must be "linux" or "windows".', 'os');
}

function verdictFor(option: StorageOption, needs: StorageNeeds): OptionVerdict {
	const reasons: { fits: boolean; text: string }[] = [];
	const add = (fits: boolean, text: string) => reasons.push({ fits, text });
	switch (option) {
		case 'ebs':
			if (needs.sharedAccess)
				add(
					false,
					'An EBS volume attaches to one instance at a time (Multi-Attach is limited to io1/io2 in one AZ and needs a cluster-aware file system).',
				);
			if (needs.surviveStop)
				add(true, 'EBS data persists when the instance stops, and can outlive it (DeleteOnTermination = false).');
			if (needs.multiAz)
				add(
					false,
					'A volume lives in one Availability Zone; to use it elsewhere you restore a snapshot into a new volume.',
				);
			if (needs.os === 'windows') add(true, 'Works with Windows and Linux instances.');
			if (needs.scratchSpeed)
				add(true, 'Fast enough for most scratch data, but it is network storage: instance store is faster.');
			break;
		case 'efs':
			if (needs.sharedAccess) add(true, 'Many instances mount the same EFS file system at once (NFS).');
			if (needs.surviveStop) add(true, 'EFS data is independent of any instance.');
			if (needs.multiAz)
				add(true, 'A Regional EFS file system stores data across AZs, with a mount target in each AZ.');
			if (needs.os === 'windows')
				add(false, 'EFS is not supported on Windows instances (use Amazon FSx for Windows File Server).');
			if (needs.scratchSpeed)
				add(
					true,
					'Usable for scratch data, but a network file system has more latency than local disks and costs more per GB.',
				);
			break;
		case 'instance-store':
			if (needs.sharedAccess) add(false, 'Instance store disks belong to one instance on one host.');
			if (needs.surviveStop)
				add(false, 'Instance store data is lost when the instance stops, hibernates or terminates.');
			if (needs.multiAz) add(false, 'Instance store is physically on one host in one AZ.');
			if (needs.os === 'windows')
				add(true, 'Works with Windows and Linux instances (if the instance type has instance store).');
			if (needs.scratchSpeed) add(true, 'Disks on the host itself: the fastest option, ideal for temporary data.');
			break;
	}
	// Scratch speed only ever adds a fitting reason: it is a preference, never a reason to reject.
	const fits = reasons.every((r) => r.fits);
	if (reasons.length === 0) reasons.push({ fits: true, text: 'No special needs selected: this option works.' });
	return { option, fits, reasons };
}

/** Evaluates every option and recommends one. */
export function chooseStorage(needs: StorageNeeds): StorageChoice {
	checkNeeds(needs);
	const verdicts = STORAGE_OPTIONS.map((option) => verdictFor(option, needs));
	const fitting = new Set(verdicts.filter((v) => v.fits).map((v) => v.option));
	let recommendation: StorageOption | null = null;
	let summary: string;
	if (needs.scratchSpeed && fitting.has('instance-store')) {
		recommendation = 'instance-store';
		summary = 'Instance store: temporary data that must be as fast as possible, and losing it on stop is acceptable.';
	} else if (fitting.has('ebs')) {
		recommendation = 'ebs';
		summary = needs.surviveStop
			? 'EBS: durable block storage for one instance in one AZ — the usual choice for a boot disk or a database.'
			: 'EBS: the default disk for one instance; simple and durable.';
	} else if (fitting.has('efs')) {
		recommendation = 'efs';
		summary = needs.sharedAccess
			? 'EFS: one shared file system that instances in several AZs mount at the same time.'
			: 'EFS: the only one of the three that spans Availability Zones.';
	} else {
		summary =
			needs.os === 'windows' && (needs.sharedAccess || needs.multiAz)
				? 'None of the three fits: for shared storage on Windows, look at Amazon FSx for Windows File Server.'
				: 'None of the three fits every need: relax one of them.';
	}
	return { recommendation, summary, verdicts };
}
