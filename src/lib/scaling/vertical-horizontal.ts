/**
 * Vertical vs horizontal scaling for one load, side by side — a teaching model, not a sizing tool.
 *
 * Capacity is modelled as proportional to vCPUs (the t2 sizes' vCPU counts are from the EC2 instance-type
 * pages). Vertical: the smallest single size that carries the load; changing size means stop → change
 * type → start (Amazon EC2 User Guide, "Change the instance type"). Horizontal: enough copies of one base
 * size, spread over the Availability Zones, behind a load balancer.
 */
import { ScalingConfigError } from './auto-scaling';

export interface InstanceSize {
	name: string;
	vcpus: number;
}

export const T2_SIZES: InstanceSize[] = [
	{ name: 't2.micro', vcpus: 1 },
	{ name: 't2.small', vcpus: 1 },
	{ name: 't2.medium', vcpus: 2 },
	{ name: 't2.large', vcpus: 2 },
	{ name: 't2.xlarge', vcpus: 4 },
	{ name: 't2.2xlarge', vcpus: 8 },
];

export interface ScalingComparison {
	load: number;
	vertical: {
		/** Smallest size that carries the load, or null if even the largest cannot. */
		size: InstanceSize | null;
		instances: 1;
		needsStop: boolean;
		/** Capacity left if the single instance's zone fails. */
		capacityAfterZoneLoss: number;
	};
	horizontal: {
		size: InstanceSize;
		instances: number;
		perZone: number[];
		needsStop: false;
		capacityAfterZoneLoss: number;
	};
}

/**
 * @param load requests/s
 * @param perVcpu requests/s one vCPU serves
 * @param current the size running today (vertical needs a stop if the answer differs)
 * @param zones number of Availability Zones for the horizontal fleet
 */
export function compareScalingApproaches(
	load: number,
	perVcpu: number,
	current: string,
	zones = 2,
	sizes: readonly InstanceSize[] = T2_SIZES,
): ScalingComparison {
	if (typeof load !== 'number' || !Number.isFinite(load) || load < 0 || load > 1_000_000)
		throw new ScalingConfigError('Load must be a number from 0 to 1,000,000 requests/s.', 'load');
	if (!(perVcpu > 0) || !Number.isFinite(perVcpu))
		throw new ScalingConfigError('Requests per vCPU must be a number above 0.', 'perVcpu');
	if (!Number.isInteger(zones) || zones < 1 || zones > 6)
		throw new ScalingConfigError('Use 1 to 6 Availability Zones.', 'zones');
	const base = sizes.find((size) => size.name === current);
	if (!base) throw new ScalingConfigError(`Unknown instance size "${current}".`, 'current');
	const fits = sizes.find((size) => size.vcpus * perVcpu >= load) ?? null;
	const instances = Math.max(zones, Math.ceil(load / (base.vcpus * perVcpu)));
	const perZone = Array.from(
		{ length: zones },
		(_, zone) => Math.floor(instances / zones) + (zone < instances % zones ? 1 : 0),
	);
	return {
		load,
		vertical: { size: fits, instances: 1, needsStop: fits !== null && fits.name !== current, capacityAfterZoneLoss: 0 },
		horizontal: {
			size: base,
			instances,
			perZone,
			needsStop: false,
			capacityAfterZoneLoss: (instances - perZone[0]!) * base.vcpus * perVcpu,
		},
	};
}
