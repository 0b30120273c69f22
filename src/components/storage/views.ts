/**
 * Presentation helpers shared by the storage widgets' build-time markup and their client scripts:
 * they turn engine results into rows of text (no DOM, no HTML), so both render the same words.
 */
import {
	GP3_LIMITS,
	type Gp3Result,
	type Gp3FieldError,
	type InstanceSpec,
	type InstanceView,
	type LifecycleAction,
	type LifecycleStep,
	type MemoryStatus,
	type InstanceStoreStatus,
	type PublicIpMode,
	type VolumeView,
} from '../../lib/storage';
import { badge, el, tableView, type ViewElement, type ViewNode } from '../kit/view';

export interface Gp3Evaluation {
	result: Gp3Result | null;
	errors: Gp3FieldError[];
}

export interface Row {
	label: string;
	value: string;
	mono?: boolean;
	highlight?: boolean;
}

const n = (value: number) => value.toLocaleString('en-US');

export function gp3Rows(result: Gp3Result): Row[] {
	return [
		{ label: 'Size', value: `${n(result.sizeGiB)} GiB` },
		{ label: 'IOPS', value: `${n(result.iops)} (this size allows up to ${n(result.maxIopsForSize)})` },
		{
			label: 'Throughput',
			value: `${n(result.throughputMiBps)} MiB/s (these IOPS allow up to ${n(result.maxThroughputForIops)} MiB/s)`,
		},
		{
			label: 'Included baseline',
			value: `${n(GP3_LIMITS.baselineIops)} IOPS and ${n(GP3_LIMITS.baselineThroughputMiBps)} MiB/s`,
		},
		{
			label: 'Provisioned above baseline (billed)',
			value: `${n(result.extraIops)} IOPS, ${n(result.extraThroughputMiBps)} MiB/s`,
			highlight: result.extraIops > 0 || result.extraThroughputMiBps > 0,
		},
		{ label: 'Smallest size for these IOPS', value: `${n(result.minSizeForIops)} GiB` },
		{ label: 'Fewest IOPS for this throughput', value: n(result.minIopsForThroughput) },
	];
}

/** A table of label/value rows; `highlight` marks the rows the reader should look at. */
export function rowsTable(label: string, rows: readonly Row[]): ViewElement {
	return tableView(
		label,
		null,
		rows.map((row) =>
			el(
				'tr',
				{ 'data-highlight': row.highlight ? 'true' : undefined },
				el('th', { scope: 'row' }, row.label),
				el('td', { class: row.mono ? 'dla-mono' : undefined }, row.value),
			),
		),
	);
}

/** What the gp3 calculator shows for one evaluation (the field errors sit beside their fields). */
export function gp3OutputView({ result, errors }: Gp3Evaluation): ViewNode {
	if (!result)
		return el(
			'p',
			{ class: 'dla-row' },
			badge('deny', 'AWS would reject this volume', 'decision'),
			' ',
			el(
				'span',
				{},
				errors.length === 1 ? 'Fix the field marked above.' : `Fix the ${errors.length} fields marked above.`,
			),
		);
	return [
		el(
			'p',
			{ class: 'dla-row' },
			badge('allow', 'Valid gp3 volume', 'decision'),
			' ',
			el(
				'span',
				{ 'data-part': 'summary' },
				`${n(result.sizeGiB)} GiB, ${n(result.iops)} IOPS, ${n(result.throughputMiBps)} MiB/s`,
			),
		),
		rowsTable('The volume’s performance', gp3Rows(result)),
		el(
			'ul',
			{ class: 'dla-list' },
			result.notes.map((note) => el('li', {}, note)),
		),
	];
}

export const gp3LimitsCaption = `gp3 limits used: ${n(GP3_LIMITS.minSizeGiB)}–${n(GP3_LIMITS.maxSizeGiB)} GiB, ${n(GP3_LIMITS.baselineIops)}–${n(GP3_LIMITS.maxIops)} IOPS (≤ ${GP3_LIMITS.maxIopsPerGiB} per GiB), ${n(GP3_LIMITS.baselineThroughputMiBps)}–${n(GP3_LIMITS.maxThroughputMiBps)} MiB/s (≤ ${GP3_LIMITS.maxThroughputPerIops} per IOPS), from the Amazon EBS User Guide and EC2 API Reference, checked ${GP3_LIMITS.checked}.`;

const MEMORY: Record<MemoryStatus, string> = {
	'in-use': 'In use',
	cleared: 'Cleared by the restart',
	'saved-to-root-volume': 'Saved to the EBS root volume',
	restored: 'Restored from the root volume',
	gone: 'Lost',
};
const STORE: Record<InstanceStoreStatus, string> = {
	none: 'None on this instance type',
	'data-intact': 'Data intact',
	'data-lost': 'Data lost (the disks are empty)',
};
const VOLUME: Record<VolumeView['status'], string> = {
	'in-use': 'Attached, data kept',
	available: 'Detached and kept: available, still billed',
	deleted: 'Deleted with its data',
};
export const PUBLIC_IP_MODES: { value: PublicIpMode; label: string }[] = [
	{ value: 'auto-assigned', label: 'Auto-assigned public IPv4' },
	{ value: 'elastic-ip', label: 'Elastic IP address' },
	{ value: 'none', label: 'No public IPv4' },
];

export function stateLabel(view: InstanceView): string {
	if (view.state === 'stopped' && view.hibernated) return 'Stopped (hibernated)';
	return view.state[0]!.toUpperCase() + view.state.slice(1);
}

export function stateTone(view: InstanceView): 'allow' | 'warn' | 'deny' {
	return view.state === 'running' ? 'allow' : view.state === 'stopped' ? 'warn' : 'deny';
}

export function lifecycleRows(view: InstanceView, spec: InstanceSpec): Row[] {
	return [
		{ label: 'Instance state', value: stateLabel(view) },
		{ label: 'Memory (RAM)', value: MEMORY[view.memory] },
		{
			label: 'Instance store',
			value: spec.instanceStoreVolumes > 0 ? STORE[view.instanceStore] : STORE.none,
			highlight: view.instanceStore === 'data-lost',
		},
		...view.volumes.map((v) => ({
			label: v.name,
			value: `${VOLUME[v.status]} · DeleteOnTermination ${v.deleteOnTermination}`,
			highlight: v.status !== 'in-use',
		})),
		{ label: 'Public IPv4 address', value: view.publicIpv4 ?? 'None', mono: view.publicIpv4 !== null },
		{ label: 'Private IPv4 address', value: view.privateIpv4 ?? 'Released', mono: view.privateIpv4 !== null },
	];
}

/** The widget's knobs; the example's volume names come from src/examples/storage/lifecycle.ts. */
export interface LifecycleKnobs {
	rootDeleteOnTermination: boolean;
	dataDeleteOnTermination: boolean;
	instanceStore: boolean;
	publicIp: PublicIpMode;
	hibernation: boolean;
}

export function knobsFromSpec(spec: InstanceSpec): LifecycleKnobs {
	return {
		rootDeleteOnTermination: spec.ebsVolumes.find((v) => v.isRoot)?.deleteOnTermination ?? true,
		dataDeleteOnTermination: spec.ebsVolumes.find((v) => !v.isRoot)?.deleteOnTermination ?? false,
		instanceStore: spec.instanceStoreVolumes > 0,
		publicIp: spec.publicIp,
		hibernation: spec.hibernationEnabled,
	};
}

export function specFromKnobs(base: InstanceSpec, knobs: LifecycleKnobs): InstanceSpec {
	return {
		ebsVolumes: base.ebsVolumes.map((v) => ({
			...v,
			deleteOnTermination: v.isRoot ? knobs.rootDeleteOnTermination : knobs.dataDeleteOnTermination,
		})),
		instanceStoreVolumes: knobs.instanceStore ? Math.max(1, base.instanceStoreVolumes) : 0,
		publicIp: knobs.publicIp,
		hibernationEnabled: knobs.hibernation,
	};
}

export const LIFECYCLE_ACTION_LABELS: Record<LifecycleAction, string> = {
	reboot: 'Reboot',
	stop: 'Stop',
	hibernate: 'Hibernate',
	start: 'Start',
	terminate: 'Terminate',
};

/** Where the simulated instance is after the actions kept so far. */
export interface LifecycleOutcome {
	spec: InstanceSpec;
	view: InstanceView;
	actions: readonly LifecycleAction[];
	last: LifecycleStep | undefined;
}

/** What the lifecycle simulator shows: the state badge, the table of what survived, the last step's notes. */
export function lifecycleView({ spec, view, actions, last }: LifecycleOutcome): ViewNode {
	return [
		el(
			'p',
			{ class: 'dla-row' },
			badge(stateTone(view), stateLabel(view), 'decision'),
			' ',
			el(
				'span',
				{ 'data-part': 'last' },
				last ? `After: ${actions.map((a) => LIFECYCLE_ACTION_LABELS[a].toLowerCase()).join(' → ')}` : 'Just launched.',
			),
		),
		rowsTable('The instance and its storage', lifecycleRows(view, spec)),
		last && el('p', {}, el('strong', {}, `What the last action (${last.action}) did:`)),
		last &&
			el(
				'ul',
				{ class: 'dla-list', 'data-part': 'notes' },
				last.notes.map((note) => el('li', {}, note)),
			),
	];
}

/** The output while the launch settings are invalid: no instance, so no stale table. */
export function lifecycleErrorView(message: string): ViewNode {
	return el('p', { class: 'dla-row' }, badge('deny', 'Cannot launch', 'decision'), ' ', el('span', {}, message));
}
