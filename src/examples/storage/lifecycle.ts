/**
 * The instance the lifecycle simulator starts with (storage hub and EBS page): an EBS-backed instance
 * with a root volume (DeleteOnTermination true, AWS's default), a data volume attached after launch
 * (false, AWS's default), one instance store volume, an auto-assigned public IPv4 address and
 * hibernation enabled — and the walk-through the page prints: stop, start, terminate.
 */
import type { InstanceSpec, LifecycleAction } from '../../lib/storage';

export const lifecycleInstance: InstanceSpec = {
	ebsVolumes: [
		{ name: 'Root volume (/dev/xvda)', isRoot: true, deleteOnTermination: true },
		{ name: 'Data volume (/dev/sdf)', isRoot: false, deleteOnTermination: false },
	],
	instanceStoreVolumes: 1,
	publicIp: 'auto-assigned',
	hibernationEnabled: true,
};

export const lifecycleWalkthrough: LifecycleAction[] = ['stop', 'start', 'terminate'];
