/** Auto Scaling engine: the public surface of src/lib/scaling. */
export {
	simulateAutoScaling,
	validateAutoScalingConfig,
	loadCurveFromPoints,
	ScalingConfigError,
	SCALING_LIMITS,
	type AutoScalingConfig,
	type ScalingEvent,
	type ScalingActivity,
	type MinuteState,
	type ScalingTimeline,
} from './auto-scaling';
export { compareScalingApproaches, T2_SIZES, type InstanceSize, type ScalingComparison } from './vertical-horizontal';
