/** Scalability & HA page: an Auto Scaling group keeping average CPU at 50 % through a morning peak. */
import { loadCurveFromPoints, type AutoScalingConfig, type ScalingEvent } from '../../lib/scaling/index';

export const scalingConfig: AutoScalingConfig = {
	minSize: 2,
	maxSize: 8,
	desiredCapacity: 2,
	zones: ['eu-west-1a', 'eu-west-1b'],
	targetCpu: 50,
	capacityPerInstance: 100,
	warmupMinutes: 3,
	scaleOutAfterMinutes: 3,
	scaleInAfterMinutes: 15,
};

/** Requests per second over 90 minutes: quiet, a ramp to a peak of 500 req/s, then back down. */
export const loadPoints: [number, number][] = [
	[0, 80],
	[10, 80],
	[30, 500],
	[50, 500],
	[65, 120],
	[89, 80],
];
export const scalingLoad: number[] = loadCurveFromPoints(loadPoints, 90);

/** "Fail AZ-a": the first zone goes down at minute 40, at the peak. */
export const zoneFailure: ScalingEvent[] = [{ minute: 40, kind: 'fail-zone', zone: 'eu-west-1a' }];

export interface LoadPreset {
	id: string;
	label: string;
	load: number[];
}
/** Load curves the reader can pick in the simulator. */
export const loadPresets: LoadPreset[] = [
	{ id: 'peak', label: 'Morning peak (80 → 500 → 80 req/s)', load: scalingLoad },
	{
		id: 'spike',
		label: 'Sudden spike (100 → 700 req/s at minute 20)',
		load: loadCurveFromPoints(
			[
				[0, 100],
				[19, 100],
				[20, 700],
				[45, 700],
				[46, 100],
				[89, 100],
			],
			90,
		),
	},
	{ id: 'steady', label: 'Steady (100 req/s)', load: loadCurveFromPoints([[0, 100]], 90) },
];

/** Vertical vs horizontal: today a t2.micro; the load slider starts at 180 req/s; one vCPU serves 50 req/s. */
export const verticalHorizontalExample = { load: 180, perVcpu: 50, current: 't2.micro', zones: 2 };
