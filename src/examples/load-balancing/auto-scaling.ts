/** Auto-scaling page: the capacity example — min/desired/max with a spike that hits the maximum. */
import { loadCurveFromPoints, type AutoScalingConfig } from '../../lib/scaling/index';

export const asgConfig: AutoScalingConfig = {
	minSize: 1,
	maxSize: 4,
	desiredCapacity: 2,
	zones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
	targetCpu: 50,
	capacityPerInstance: 100,
	warmupMinutes: 2,
	scaleOutAfterMinutes: 3,
	scaleInAfterMinutes: 15,
};

/** A spike to 400 req/s: target tracking would like 8 instances, the maximum of 4 caps it. */
export const asgLoad: number[] = loadCurveFromPoints(
	[
		[0, 60],
		[5, 60],
		[10, 400],
		[30, 400],
		[35, 40],
		[59, 40],
	],
	60,
);

/** The auto-scaling page's simulator offers this single curve. */
export const asgLoadPresets = [{ id: 'spike', label: 'Spike to 400 req/s (minutes 10–30)', load: asgLoad }];
