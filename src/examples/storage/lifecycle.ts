/**
 * The instance the lifecycle simulator starts with (storage hub and EBS page): the engine's default
 * spec, which models AWS's defaults — an EBS-backed instance whose root volume has DeleteOnTermination
 * true and whose data volume, attached after launch, has false — plus one instance store volume, an
 * auto-assigned public IPv4 address and hibernation enabled. Used, not copied: the example follows the
 * engine when a default changes.
 *
 * The storage hub starts the simulator after "stop, start" (instance store emptied, new public IP);
 * the EBS page starts it after "terminate" (root volume deleted, data volume kept).
 */
import { defaultInstanceSpec, type InstanceSpec, type LifecycleAction } from '../../lib/storage';

export const lifecycleInstance: InstanceSpec = defaultInstanceSpec();

export const hubWalkthrough: LifecycleAction[] = ['stop', 'start'];
export const ebsWalkthrough: LifecycleAction[] = ['terminate'];
