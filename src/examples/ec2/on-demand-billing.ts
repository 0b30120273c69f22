import type { BillingPlatform } from '../../lib/ec2';
import { ec2SampleOnDemandHourly } from '../../lib/facts';

/** The per-second billing example on /ec2/purchasing-options/: three runs of an m5.large (sample price). */
export const onDemandBillingExample: { runs: string; hourlyPrice: number; platform: BillingPlatform } = {
	runs: '45s, 61s, 1h 30m',
	hourlyPrice: ec2SampleOnDemandHourly.value,
	platform: 'linux',
};
