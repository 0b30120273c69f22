/**
 * Storage engine: the public surface of src/lib/storage.
 * - lifecycle: reboot / stop / hibernate / start / terminate → instance store, EBS volumes, RAM, IPs
 * - chooser: EBS vs EFS vs instance store for a set of needs
 * - gp3: gp3 performance calculator (limits in gp3-limits.ts)
 * - ami: copying an AMI gives a new AMI ID per Region
 */
export { StorageInputError, LifecycleError, parseWholeNumber } from './errors';
export {
	LIFECYCLE_ACTIONS,
	ELASTIC_IP,
	PRIVATE_IP,
	autoAssignedAddress,
	validateInstanceSpec,
	launchInstance,
	whyNotAllowed,
	applyLifecycleAction,
	simulateLifecycle,
	defaultInstanceSpec,
	type LifecycleAction,
	type PublicIpMode,
	type EbsVolumeSpec,
	type InstanceSpec,
	type InstanceState,
	type VolumeStatus,
	type InstanceStoreStatus,
	type MemoryStatus,
	type VolumeView,
	type InstanceView,
	type LifecycleStep,
	type LifecycleRun,
} from './lifecycle';
export {
	STORAGE_OPTIONS,
	STORAGE_OPTION_NAMES,
	chooseStorage,
	type StorageOption,
	type StorageNeeds,
	type OptionVerdict,
	type StorageChoice,
} from './chooser';
export { GP3_LIMITS, type Gp3Limits } from './gp3-limits';
export {
	maxIopsForSize,
	maxThroughputForIops,
	minSizeForIops,
	minIopsForThroughput,
	checkGp3Volume,
	calculateGp3,
	parseGp3Text,
	evaluateGp3Text,
	type Gp3Input,
	type Gp3FieldError,
	type Gp3Result,
	type Gp3TextInput,
} from './gp3';
export { AMI_REGIONS, regionName, validateAmi, copyAmi, type AmiImage, type AmiCopy } from './ami';
export { createGp3VolumeCommand, createSnapshotCommand, copyImageCommand, STORAGE_PLACEHOLDERS } from './cli-export';
