/**
 * The instance the lifecycle simulator starts with (storage hub and EBS page): an EBS-backed instance
 * with a root volume (DeleteOnTermination true, AWS's default), a data volume attached after launch
 * (false, AWS's default), one instance store volume, an auto-assigned public IPv4 address and
 * hibernation enabled.
 *
 * The storage hub starts the simulator after "stop, start" (instance store emptied, new public IP);
 * the EBS page starts it after "terminate" (root volume deleted, data volume kept).
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

export const hubWalkthrough: LifecycleAction[] = ['stop', 'start'];
export const ebsWalkthrough: LifecycleAction[] = ['terminate'];
