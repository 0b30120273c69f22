/** Health-checks page: the simulator's starting example (ALB defaults, a target that recovers then fails). */
import { HEALTH_CHECK_PRESETS, type HealthCheckConfig, type TargetHealthState } from '../../lib/elb/index';

export interface HealthExample {
	config: HealthCheckConfig;
	/** Results the target gives, in the simulator's text syntax. */
	probes: string;
	start: TargetHealthState;
}

/** ALB defaults with a /health path: healthy after 1 pass (new target), unhealthy after 2 failures, back after 5 passes. */
export const healthExample: HealthExample = {
	config: { ...HEALTH_CHECK_PRESETS.alb, path: '/health' },
	probes: '200, 200, 500, 200, 503, timeout, 200, 200, 200, 200, 200',
	start: 'initial',
};

/** The same sequence under each load balancer's defaults, for the comparison table on the page. */
export const presetComparisonProbes = '200, 302, 404, 200, 200';
