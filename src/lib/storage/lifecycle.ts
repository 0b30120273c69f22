/**
 * Instance lifecycle simulator: what happens to instance-store data, EBS volumes, memory and the
 * public IPv4 address when an EBS-backed instance is rebooted, stopped, hibernated, started or
 * terminated.
 *
 * Rules, from the Amazon EC2 User Guide:
 * - Instance store data survives a reboot but is lost when the instance stops, hibernates or
 *   terminates. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html
 * - EBS volumes stay attached across stop/hibernate/start. On terminate, each volume's
 *   DeleteOnTermination flag decides: by default true for the root volume, false for volumes
 *   attached after launch. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html
 *   (section "Preserve data when an instance is terminated")
 * - An auto-assigned public IPv4 address is released on stop/hibernate/terminate; a new one is
 *   assigned on start. An Elastic IP stays associated. A reboot keeps both.
 *   https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html
 * - Hibernation saves RAM to the (encrypted) EBS root volume; it must be enabled at launch.
 *   https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Hibernate.html
 *
 * Addresses come from the documentation ranges (RFC 5737), so every run is deterministic.
 */
import { LifecycleError, StorageInputError } from './errors';

export type LifecycleAction = 'reboot' | 'stop' | 'hibernate' | 'start' | 'terminate';
export const LIFECYCLE_ACTIONS: readonly LifecycleAction[] = ['reboot', 'stop', 'hibernate', 'start', 'terminate'];

export type PublicIpMode = 'auto-assigned' | 'elastic-ip' | 'none';

export interface EbsVolumeSpec {
	name: string;
	isRoot: boolean;
	deleteOnTermination: boolean;
}

export interface InstanceSpec {
	ebsVolumes: EbsVolumeSpec[];
	/** Number of instance store volumes the instance type comes with (0 if none). */
	instanceStoreVolumes: number;
	publicIp: PublicIpMode;
	/** Hibernation can only be enabled at launch. */
	hibernationEnabled: boolean;
}

export type InstanceState = 'running' | 'stopped' | 'terminated';
export type VolumeStatus = 'in-use' | 'available' | 'deleted';
export type InstanceStoreStatus = 'none' | 'data-intact' | 'data-lost';
export type MemoryStatus = 'in-use' | 'cleared' | 'saved-to-root-volume' | 'restored' | 'gone';

export interface VolumeView {
	name: string;
	isRoot: boolean;
	deleteOnTermination: boolean;
	/** in-use = attached; available = kept after termination (still billed); deleted = gone with its data. */
	status: VolumeStatus;
}

export interface InstanceView {
	state: InstanceState;
	/** True while stopped by hibernation. */
	hibernated: boolean;
	memory: MemoryStatus;
	instanceStore: InstanceStoreStatus;
	volumes: VolumeView[];
	publicIpv4: string | null;
	privateIpv4: string | null;
	/** How many auto-assigned public addresses this instance has had (drives the next address). */
	publicIpCount: number;
}

export interface LifecycleStep {
	action: LifecycleAction;
	before: InstanceView;
	after: InstanceView;
	/** What changed, in plain language, one line per fact. */
	notes: string[];
}

export const ELASTIC_IP = '198.51.100.20';
export const PRIVATE_IP = '10.0.1.25';
/** Auto-assigned public addresses: 203.0.113.10, .11, .12 … (TEST-NET-3). */
export function autoAssignedAddress(n: number): string {
	return `203.0.113.${10 + (n % 240)}`;
}

const VOLUME_NAME = /^[A-Za-z0-9 ._()\/-]{1,40}$/;

/** Checks a spec; throws StorageInputError naming the faulty field. */
export function validateInstanceSpec(spec: InstanceSpec): void {
	if (!Array.isArray(spec.ebsVolumes) || spec.ebsVolumes.length === 0) {
		throw new StorageInputError('An EBS-backed instance needs at least its root volume.', 'ebsVolumes');
	}
	const roots = spec.ebsVolumes.filter((v) => v.isRoot).length;
	if (roots !== 1)
		throw new StorageInputError(`An instance has exactly one root volume; this one has ${roots}.`, 'ebsVolumes');
	if (spec.ebsVolumes.length > 8)
		throw new StorageInputError('This simulator models up to 8 EBS volumes.', 'ebsVolumes');
	const seen = new Set<string>();
	for (const volume of spec.ebsVolumes) {
		if (typeof volume.name !== 'string' || !VOLUME_NAME.test(volume.name)) {
			throw new StorageInputError('Volume names are 1–40 letters, digits, spaces or . _ - / ( ).', 'ebsVolumes');
		}
		if (seen.has(volume.name))
			throw new StorageInputError(`Two volumes are both named "${volume.name}".`, 'ebsVolumes');
		seen.add(volume.name);
		if (typeof volume.deleteOnTermination !== 'boolean' || typeof volume.isRoot !== 'boolean') {
			throw new StorageInputError('Each volume needs true/false for isRoot and deleteOnTermination.', 'ebsVolumes');
		}
	}
	if (!Number.isInteger(spec.instanceStoreVolumes) || spec.instanceStoreVolumes < 0 || spec.instanceStoreVolumes > 24) {
		throw new StorageInputError('Instance store volumes must be a whole number from 0 to 24.', 'instanceStoreVolumes');
	}
	if (!['auto-assigned', 'elastic-ip', 'none'].includes(spec.publicIp)) {
		throw new StorageInputError('Public IPv4 must be "auto-assigned", "elastic-ip" or "none".', 'publicIp');
	}
	if (typeof spec.hibernationEnabled !== 'boolean')
		throw new StorageInputError('hibernationEnabled must be true or false.', 'hibernationEnabled');
}

/** The instance right after launch: running, every volume attached. */
export function launchInstance(spec: InstanceSpec): InstanceView {
	validateInstanceSpec(spec);
	const auto = spec.publicIp === 'auto-assigned';
	return {
		state: 'running',
		hibernated: false,
		memory: 'in-use',
		instanceStore: spec.instanceStoreVolumes > 0 ? 'data-intact' : 'none',
		volumes: spec.ebsVolumes.map((v) => ({ ...v, status: 'in-use' })),
		publicIpv4: spec.publicIp === 'elastic-ip' ? ELASTIC_IP : auto ? autoAssignedAddress(0) : null,
		privateIpv4: PRIVATE_IP,
		publicIpCount: auto ? 1 : 0,
	};
}

/** Why `action` is impossible from `view`, or null when it is allowed. */
export function whyNotAllowed(spec: InstanceSpec, view: InstanceView, action: LifecycleAction): string | null {
	if (view.state === 'terminated')
		return 'The instance is terminated: it cannot be started or changed again. Launch a new one.';
	switch (action) {
		case 'reboot':
			return view.state === 'running' ? null : 'Only a running instance can be rebooted. Start it instead.';
		case 'stop':
			return view.state === 'running' ? null : 'The instance is already stopped.';
		case 'hibernate':
			if (view.state !== 'running') return 'Only a running instance can be hibernated.';
			return spec.hibernationEnabled
				? null
				: 'Hibernation was not enabled when the instance was launched, and it cannot be enabled afterwards.';
		case 'start':
			return view.state === 'stopped' ? null : 'The instance is already running.';
		case 'terminate':
			return null;
	}
}

function ipNote(before: string | null, after: string | null): string | null {
	if (before === after) return before === null ? null : `Public IPv4 address ${before} is kept.`;
	if (before !== null && after === null) return `Public IPv4 address ${before} is released back to AWS.`;
	if (before === null && after !== null) return `A new public IPv4 address is assigned: ${after}.`;
	return `Public IPv4 address changes from ${before} to ${after}.`;
}

/** Applies one action; throws LifecycleError when it isn't possible in the current state. */
export function applyLifecycleAction(spec: InstanceSpec, view: InstanceView, action: LifecycleAction): LifecycleStep {
	if (!LIFECYCLE_ACTIONS.includes(action))
		throw new LifecycleError(`Unknown action "${String(action)}".`, String(action));
	const reason = whyNotAllowed(spec, view, action);
	if (reason !== null) throw new LifecycleError(reason, action);
	const next: InstanceView = { ...view, volumes: view.volumes.map((v) => ({ ...v })) };
	const notes: string[] = [];
	const hasStore = spec.instanceStoreVolumes > 0;
	switch (action) {
		case 'reboot':
			next.memory = 'cleared';
			notes.push('The operating system restarts on the same host: memory (RAM) is cleared.');
			if (hasStore) notes.push('Instance store data survives a reboot.');
			notes.push('EBS volumes stay attached with their data.');
			break;
		case 'stop':
		case 'hibernate': {
			next.state = 'stopped';
			next.hibernated = action === 'hibernate';
			next.memory = action === 'hibernate' ? 'saved-to-root-volume' : 'gone';
			notes.push(
				action === 'hibernate'
					? 'Memory (RAM) is written to the EBS root volume and will be restored on start.'
					: 'Memory (RAM) is lost.',
			);
			if (hasStore) {
				next.instanceStore = 'data-lost';
				notes.push(
					`Instance store data is lost: the instance ${action === 'hibernate' ? 'hibernates' : 'stops'} and leaves its host.`,
				);
			}
			notes.push('EBS volumes stay attached and keep their data (you keep paying for them).');
			if (spec.publicIp === 'auto-assigned') next.publicIpv4 = null;
			break;
		}
		case 'start':
			next.state = 'running';
			next.memory = view.hibernated ? 'restored' : 'in-use';
			next.hibernated = false;
			notes.push(
				view.hibernated
					? 'Memory (RAM) is restored from the root volume: applications carry on where they were.'
					: 'The operating system boots from the root volume: memory starts empty.',
			);
			if (hasStore) notes.push('The instance store volumes come back empty — usually on a different host.');
			notes.push('EBS volumes are attached with their data.');
			if (spec.publicIp === 'auto-assigned') {
				next.publicIpv4 = autoAssignedAddress(view.publicIpCount);
				next.publicIpCount = view.publicIpCount + 1;
			}
			break;
		case 'terminate':
			next.state = 'terminated';
			next.hibernated = false;
			next.memory = 'gone';
			if (hasStore) {
				next.instanceStore = 'data-lost';
				notes.push('Instance store data is lost.');
			}
			for (const volume of next.volumes) {
				volume.status = volume.deleteOnTermination ? 'deleted' : 'available';
				notes.push(
					volume.deleteOnTermination
						? `${volume.name}: DeleteOnTermination is true, so the volume and its data are deleted.`
						: `${volume.name}: DeleteOnTermination is false, so the volume is detached and kept (available, still billed).`,
				);
			}
			next.publicIpv4 = null;
			next.privateIpv4 = null;
			if (spec.publicIp === 'elastic-ip')
				notes.push(
					`Elastic IP ${ELASTIC_IP} is disassociated but stays in your account (and is billed) until you release it.`,
				);
			break;
	}
	const ip = action === 'terminate' && spec.publicIp === 'elastic-ip' ? null : ipNote(view.publicIpv4, next.publicIpv4);
	if (ip !== null) notes.push(ip);
	if (action === 'terminate') notes.push('The private IPv4 address is released.');
	return { action, before: view, after: next, notes };
}

export interface LifecycleRun {
	launched: InstanceView;
	steps: LifecycleStep[];
	final: InstanceView;
}

/** Launches the instance and replays `actions` in order; throws on the first impossible action. */
export function simulateLifecycle(spec: InstanceSpec, actions: readonly LifecycleAction[]): LifecycleRun {
	const launched = launchInstance(spec);
	const steps: LifecycleStep[] = [];
	let view = launched;
	actions.forEach((action, index) => {
		try {
			const step = applyLifecycleAction(spec, view, action);
			steps.push(step);
			view = step.after;
		} catch (error) {
			if (error instanceof LifecycleError)
				throw new LifecycleError(`Step ${index + 1} (${action}): ${error.message}`, action);
			throw error;
		}
	});
	return { launched, steps, final: view };
}

/**
 * Default flags as AWS sets them: the root volume is deleted on termination, a data volume attached
 * after launch is kept.
 */
export function defaultInstanceSpec(): InstanceSpec {
	return {
		ebsVolumes: [
			{ name: 'Root volume (/dev/xvda)', isRoot: true, deleteOnTermination: true },
			{ name: 'Data volume (/dev/sdf)', isRoot: false, deleteOnTermination: false },
		],
		instanceStoreVolumes: 1,
		publicIp: 'auto-assigned',
		hibernationEnabled: true,
	};
}
