/**
 * A minute-by-minute model of an EC2 Auto Scaling group with a target tracking policy on average CPU.
 *
 * What it follows from the Amazon EC2 Auto Scaling User Guide
 * (https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-target-tracking.html and
 *  https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-default-instance-warmup.html):
 * - capacity always stays within min ≤ desired ≤ max; the group launches or terminates instances to match desired;
 * - target tracking scales OUT when the metric stays above the target (its alarm: 3 one-minute data points) and
 *   scales IN only after a longer quiet period (15 data points), and only as far as keeps the metric at or
 *   below the target — "scale out quickly, scale in gradually";
 * - new capacity = ceil(in-service instances × metric ÷ target); instances still warming up do not report
 *   metrics but do count as capacity, so the group does not scale out twice for the same load;
 * - instances are spread evenly over the enabled Availability Zones; when a zone fails, its instances are lost
 *   and the group launches replacements in the zones that are left (High availability).
 * Simplifications: CPU is proportional to load, capped at 100 %; one instance type; launches are immediate,
 * instances serve after the warm-up. Real alarm cadences can differ (AWS now tunes them); this is a model.
 */

export class ScalingConfigError extends Error {
	override name = 'ScalingConfigError';
	constructor(
		message: string,
		readonly field: string,
	) {
		super(message);
	}
}

export interface AutoScalingConfig {
	minSize: number;
	maxSize: number;
	desiredCapacity: number;
	/** Availability Zone names, e.g. ["eu-west-1a", "eu-west-1b"]. */
	zones: string[];
	/** Target average CPU utilization, percent. */
	targetCpu: number;
	/** Requests per second one instance serves at 100 % CPU. */
	capacityPerInstance: number;
	/** Minutes before a new instance serves traffic and reports metrics (instance warm-up). */
	warmupMinutes: number;
	/** Consecutive minutes above target before scaling out (target tracking's high alarm: 3). */
	scaleOutAfterMinutes: number;
	/** Consecutive minutes below target before scaling in (target tracking's low alarm: 15). */
	scaleInAfterMinutes: number;
}

export interface ScalingEvent {
	minute: number;
	kind: 'fail-zone' | 'restore-zone';
	zone: string;
}

export interface ScalingActivity {
	kind: 'scale-out' | 'scale-in' | 'at-max' | 'launch' | 'terminate' | 'zone-failed' | 'zone-restored';
	description: string;
}

export interface MinuteState {
	minute: number;
	load: number;
	desired: number;
	inService: number;
	warming: number;
	/** Instances per zone (in service + warming). */
	perZone: Record<string, number>;
	/** Average CPU of the in-service instances, percent (100 when nothing can serve). */
	cpu: number;
	served: number;
	dropped: number;
	failedZones: string[];
	activities: ScalingActivity[];
}

export interface ScalingTimeline {
	minutes: MinuteState[];
	peakInstances: number;
	/** Requests that could not be served over the whole run (each minute: dropped req/s × 60 s). */
	totalDropped: number;
}

export const SCALING_LIMITS = { maxInstances: 100, maxMinutes: 1440, maxZones: 6 } as const;

function checkInteger(value: unknown, field: string, label: string, min: number, max: number): void {
	if (typeof value !== 'number' || !Number.isInteger(value))
		throw new ScalingConfigError(`${label} must be a whole number.`, field);
	if (value < min || value > max)
		throw new ScalingConfigError(`${label} must be between ${min} and ${max} (you entered ${value}).`, field);
}

export function validateAutoScalingConfig(config: AutoScalingConfig): void {
	checkInteger(config.minSize, 'minSize', 'Minimum capacity', 0, SCALING_LIMITS.maxInstances);
	checkInteger(config.maxSize, 'maxSize', 'Maximum capacity', 0, SCALING_LIMITS.maxInstances);
	checkInteger(config.desiredCapacity, 'desiredCapacity', 'Desired capacity', 0, SCALING_LIMITS.maxInstances);
	if (config.minSize > config.maxSize)
		throw new ScalingConfigError(
			`Minimum (${config.minSize}) cannot be greater than maximum (${config.maxSize}).`,
			'minSize',
		);
	if (config.desiredCapacity < config.minSize || config.desiredCapacity > config.maxSize) {
		throw new ScalingConfigError(
			`Desired capacity (${config.desiredCapacity}) must be between minimum (${config.minSize}) and maximum (${config.maxSize}).`,
			'desiredCapacity',
		);
	}
	if (!Array.isArray(config.zones) || config.zones.length === 0 || config.zones.length > SCALING_LIMITS.maxZones) {
		throw new ScalingConfigError(`Use 1 to ${SCALING_LIMITS.maxZones} Availability Zones.`, 'zones');
	}
	if (new Set(config.zones).size !== config.zones.length)
		throw new ScalingConfigError('Availability Zone names must be different.', 'zones');
	checkInteger(config.targetCpu, 'targetCpu', 'Target CPU', 1, 100);
	if (
		typeof config.capacityPerInstance !== 'number' ||
		!(config.capacityPerInstance > 0) ||
		!Number.isFinite(config.capacityPerInstance)
	) {
		throw new ScalingConfigError('Requests per instance must be a number above 0.', 'capacityPerInstance');
	}
	checkInteger(config.warmupMinutes, 'warmupMinutes', 'Warm-up', 0, 60);
	checkInteger(config.scaleOutAfterMinutes, 'scaleOutAfterMinutes', 'Minutes above target before scaling out', 1, 60);
	checkInteger(config.scaleInAfterMinutes, 'scaleInAfterMinutes', 'Minutes below target before scaling in', 1, 120);
}

interface Instance {
	id: number;
	zone: string;
	readyAt: number;
}

export function simulateAutoScaling(
	config: AutoScalingConfig,
	load: readonly number[],
	events: readonly ScalingEvent[] = [],
): ScalingTimeline {
	validateAutoScalingConfig(config);
	if (!Array.isArray(load) || load.length === 0 || load.length > SCALING_LIMITS.maxMinutes) {
		throw new ScalingConfigError(`The load curve needs 1 to ${SCALING_LIMITS.maxMinutes} minutes.`, 'load');
	}
	load.forEach((value, minute) => {
		if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
			throw new ScalingConfigError(`Load at minute ${minute} must be a number ≥ 0.`, 'load');
	});
	for (const event of events) {
		if (!config.zones.includes(event.zone))
			throw new ScalingConfigError(`Event at minute ${event.minute}: unknown zone "${event.zone}".`, 'events');
		if (!Number.isInteger(event.minute) || event.minute < 0)
			throw new ScalingConfigError('Event minutes must be whole numbers ≥ 0.', 'events');
	}

	let desired = config.desiredCapacity;
	let nextId = 1;
	// The group already exists when the curve starts: its desired instances are in service, spread over the zones.
	let instances: Instance[] = Array.from({ length: config.desiredCapacity }, (_, index) => ({
		id: nextId++,
		zone: config.zones[index % config.zones.length]!,
		readyAt: Number.NEGATIVE_INFINITY,
	}));
	const failed = new Set<string>();
	let aboveStreak = 0;
	let belowStreak = 0;
	let reportedAtMax = false;
	const minutes: MinuteState[] = [];

	for (let minute = 0; minute < load.length; minute += 1) {
		const activities: ScalingActivity[] = [];
		for (const event of events.filter((e) => e.minute === minute)) {
			if (event.kind === 'fail-zone' && !failed.has(event.zone)) {
				failed.add(event.zone);
				const lost = instances.filter((instance) => instance.zone === event.zone).length;
				instances = instances.filter((instance) => instance.zone !== event.zone);
				activities.push({ kind: 'zone-failed', description: `${event.zone} failed: ${lost} instance(s) lost.` });
			} else if (event.kind === 'restore-zone' && failed.delete(event.zone)) {
				activities.push({
					kind: 'zone-restored',
					description: `${event.zone} is back; new launches can use it again.`,
				});
			}
		}

		// Keep the group at its desired capacity, spreading launches over the zones that work.
		const usable = config.zones.filter((zone) => !failed.has(zone));
		let launched = 0;
		while (instances.length < desired && usable.length > 0) {
			const zone = usable.reduce((best, candidate) =>
				countIn(instances, candidate) < countIn(instances, best) ? candidate : best,
			);
			instances.push({ id: nextId++, zone, readyAt: minute + config.warmupMinutes });
			launched += 1;
		}
		if (launched > 0)
			activities.push({
				kind: 'launch',
				description: `Launched ${launched} instance(s) to reach desired capacity ${desired}.`,
			});
		let terminated = 0;
		while (instances.length > desired) {
			// Default termination policy starts with the zone that has the most instances.
			const zone = config.zones.reduce((best, candidate) =>
				countIn(instances, candidate) > countIn(instances, best) ? candidate : best,
			);
			const victims = instances.filter((instance) => instance.zone === zone);
			const victim = victims[victims.length - 1]!;
			instances = instances.filter((instance) => instance !== victim);
			terminated += 1;
		}
		if (terminated > 0)
			activities.push({
				kind: 'terminate',
				description: `Terminated ${terminated} instance(s) to reach desired capacity ${desired}.`,
			});

		const inService = instances.filter((instance) => instance.readyAt <= minute).length;
		const warming = instances.length - inService;
		const demand = load[minute]!;
		const capacity = inService * config.capacityPerInstance;
		const cpu = inService === 0 ? (demand > 0 ? 100 : 0) : Math.min(100, (demand / capacity) * 100);
		const served = Math.min(demand, capacity);

		// Target tracking decision on this minute's metric.
		if (cpu > config.targetCpu) {
			aboveStreak += 1;
			belowStreak = 0;
		} else if (cpu < config.targetCpu) {
			belowStreak += 1;
			aboveStreak = 0;
		} else {
			aboveStreak = 0;
			belowStreak = 0;
		}
		const needed =
			inService === 0 ? (demand > 0 && warming === 0 ? 1 : 0) : Math.ceil((inService * cpu) / config.targetCpu - 1e-9);
		if (aboveStreak >= config.scaleOutAfterMinutes && needed > desired && desired < config.maxSize) {
			const next = Math.min(config.maxSize, needed);
			activities.push({
				kind: 'scale-out',
				description: `CPU ${round(cpu)} % > target ${config.targetCpu} % for ${aboveStreak} min: desired ${desired} → ${next}${next < needed ? ` (capped by maximum ${config.maxSize})` : ''}.`,
			});
			desired = next;
			aboveStreak = 0;
		} else if (aboveStreak >= config.scaleOutAfterMinutes && needed > desired && !reportedAtMax) {
			// Already at the maximum: say so once, so the learner sees why capacity stops growing.
			activities.push({
				kind: 'at-max',
				description: `CPU ${round(cpu)} % > target ${config.targetCpu} %: would need ${needed} instances, but the maximum is ${config.maxSize}.`,
			});
			reportedAtMax = true;
		} else if (
			belowStreak >= config.scaleInAfterMinutes &&
			warming === 0 &&
			Math.max(needed, config.minSize) < desired
		) {
			const next = Math.max(config.minSize, needed);
			activities.push({
				kind: 'scale-in',
				description: `CPU ${round(cpu)} % < target ${config.targetCpu} % for ${belowStreak} min: desired ${desired} → ${next}${next === config.minSize && needed < next ? ` (held at minimum ${config.minSize})` : ''}.`,
			});
			desired = next;
			belowStreak = 0;
			reportedAtMax = false;
		}

		minutes.push({
			minute,
			load: demand,
			desired,
			inService,
			warming,
			perZone: Object.fromEntries(config.zones.map((zone) => [zone, countIn(instances, zone)])),
			cpu: round(cpu),
			served: round(served),
			dropped: round(demand - served),
			failedZones: [...failed],
			activities,
		});
	}
	return {
		minutes,
		peakInstances: Math.max(...minutes.map((state) => state.inService + state.warming)),
		totalDropped: Math.round(minutes.reduce((sum, state) => sum + state.dropped, 0) * 60),
	};
}

function countIn(instances: readonly Instance[], zone: string): number {
	return instances.filter((instance) => instance.zone === zone).length;
}
function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/** Builds a load curve from (minute, requests/s) points by straight lines between them. */
export function loadCurveFromPoints(points: readonly [number, number][], length: number): number[] {
	if (points.length === 0) throw new ScalingConfigError('Give at least one load point.', 'load');
	const sorted = [...points].sort((a, b) => a[0] - b[0]);
	return Array.from({ length }, (_, minute) => {
		const after = sorted.findIndex(([m]) => m >= minute);
		if (after === -1) return sorted[sorted.length - 1]![1];
		if (after === 0) return sorted[0]![1];
		const [m0, v0] = sorted[after - 1]!;
		const [m1, v1] = sorted[after]!;
		return Math.round(v0 + ((v1 - v0) * (minute - m0)) / (m1 - m0));
	});
}
