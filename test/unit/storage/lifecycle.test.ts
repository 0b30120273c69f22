import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	ELASTIC_IP,
	LIFECYCLE_ACTIONS,
	LifecycleError,
	PRIVATE_IP,
	StorageInputError,
	applyLifecycleAction,
	defaultInstanceSpec,
	launchInstance,
	simulateLifecycle,
	validateInstanceSpec,
	type InstanceSpec,
	type LifecycleAction,
} from '../../../src/lib/storage';
import { ebsWalkthrough, hubWalkthrough, lifecycleInstance } from '../../../src/examples/storage/lifecycle';

const spec = (overrides: Partial<InstanceSpec> = {}): InstanceSpec => ({ ...defaultInstanceSpec(), ...overrides });

// Instance store: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html
describe('instance store data', () => {
	test('survives a reboot', () => {
		expect(simulateLifecycle(spec(), ['reboot']).final.instanceStore).toBe('data-intact');
	});
	test.each(['stop', 'hibernate', 'terminate'] as const)('is lost on %s', (action) => {
		expect(simulateLifecycle(spec(), [action]).final.instanceStore).toBe('data-lost');
	});
	test('stays lost after the instance is started again', () => {
		expect(simulateLifecycle(spec(), ['stop', 'start']).final.instanceStore).toBe('data-lost');
	});
	test('an instance without instance store shows none', () => {
		expect(simulateLifecycle(spec({ instanceStoreVolumes: 0 }), ['stop', 'start']).final.instanceStore).toBe('none');
	});
});

// Terminate: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html
describe('EBS volumes and DeleteOnTermination', () => {
	test('stop and hibernate keep every volume attached', () => {
		for (const action of ['stop', 'hibernate'] as const) {
			expect(simulateLifecycle(spec(), [action]).final.volumes.map((v) => v.status)).toEqual(['in-use', 'in-use']);
		}
	});
	test('default flags: terminate deletes the root volume and keeps the data volume', () => {
		const { final } = simulateLifecycle(spec(), ['terminate']);
		expect(final.volumes.map((v) => [v.isRoot, v.status])).toEqual([
			[true, 'deleted'],
			[false, 'available'],
		]);
	});
	test('root volume with DeleteOnTermination false is kept', () => {
		const s = spec({
			ebsVolumes: [
				{ name: 'root', isRoot: true, deleteOnTermination: false },
				{ name: 'data', isRoot: false, deleteOnTermination: true },
			],
		});
		const step = simulateLifecycle(s, ['terminate']).steps[0];
		expect(step?.after.volumes.map((v) => v.status)).toEqual(['available', 'deleted']);
		expect(step?.notes).toContain(
			'root: DeleteOnTermination is false, so the volume is detached and kept (available, still billed).',
		);
	});
});

// Addressing: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html
describe('public IPv4 address', () => {
	test('auto-assigned: kept on reboot, released on stop, a new one on start', () => {
		const run = simulateLifecycle(spec(), ['reboot', 'stop', 'start', 'stop', 'start']);
		expect([run.launched, ...run.steps.map((s) => s.after)].map((v) => v.publicIpv4)).toEqual([
			'203.0.113.10',
			'203.0.113.10',
			null,
			'203.0.113.11',
			null,
			'203.0.113.12',
		]);
	});
	test('Elastic IP stays across stop/start and is disassociated on terminate', () => {
		const run = simulateLifecycle(spec({ publicIp: 'elastic-ip' }), ['stop', 'start', 'terminate']);
		expect(run.steps.map((s) => s.after.publicIpv4)).toEqual([ELASTIC_IP, ELASTIC_IP, null]);
		expect(run.steps[2]?.notes.some((n) => n.includes('stays in your account'))).toBe(true);
	});
	test('no public address stays none; the private address is kept until terminate', () => {
		const run = simulateLifecycle(spec({ publicIp: 'none' }), ['stop', 'start', 'terminate']);
		expect(run.steps.map((s) => [s.after.publicIpv4, s.after.privateIpv4])).toEqual([
			[null, PRIVATE_IP],
			[null, PRIVATE_IP],
			[null, null],
		]);
	});
});

describe('memory and hibernation', () => {
	test('hibernate saves RAM to the root volume and start restores it', () => {
		const run = simulateLifecycle(spec(), ['hibernate', 'start']);
		expect(run.steps.map((s) => s.after.memory)).toEqual(['saved-to-root-volume', 'restored']);
	});
	test('hibernate needs hibernation enabled at launch', () => {
		expect(() => simulateLifecycle(spec({ hibernationEnabled: false }), ['hibernate'])).toThrow(
			/not enabled when the instance was launched/,
		);
	});
});

describe('impossible transitions throw LifecycleError', () => {
	test.each<[LifecycleAction[], RegExp]>([
		[['start'], /already running/],
		[['stop', 'stop'], /already stopped/],
		[['stop', 'reboot'], /Only a running instance can be rebooted/],
		[['terminate', 'start'], /terminated/],
		[['terminate', 'terminate'], /terminated/],
	])('%j', (actions, message) => {
		expect(() => simulateLifecycle(spec(), actions)).toThrow(LifecycleError);
		expect(() => simulateLifecycle(spec(), actions)).toThrow(message);
	});
	test('the error says which step failed', () => {
		expect(() => simulateLifecycle(spec(), ['stop', 'stop'])).toThrow(/^Step 2 \(stop\)/);
	});
	test('unknown actions are rejected', () => {
		expect(() => applyLifecycleAction(spec(), launchInstance(spec()), 'explode' as LifecycleAction)).toThrow(
			LifecycleError,
		);
	});
});

describe('bad specs throw StorageInputError', () => {
	test.each<[Partial<InstanceSpec>, string]>([
		[{ ebsVolumes: [] }, 'ebsVolumes'],
		[{ ebsVolumes: [{ name: 'a', isRoot: false, deleteOnTermination: true }] }, 'ebsVolumes'],
		[
			{
				ebsVolumes: [
					{ name: 'a', isRoot: true, deleteOnTermination: true },
					{ name: 'a', isRoot: false, deleteOnTermination: true },
				],
			},
			'ebsVolumes',
		],
		[{ ebsVolumes: [{ name: '<img src=x>', isRoot: true, deleteOnTermination: true }] }, 'ebsVolumes'],
		[{ instanceStoreVolumes: -1 }, 'instanceStoreVolumes'],
		[{ instanceStoreVolumes: 1.5 }, 'instanceStoreVolumes'],
		[{ publicIp: 'static' as InstanceSpec['publicIp'] }, 'publicIp'],
	])('%j', (overrides, field) => {
		try {
			validateInstanceSpec(spec(overrides));
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(StorageInputError);
			expect((error as StorageInputError).field).toBe(field);
		}
	});
});

describe('the page examples (src/examples/storage/lifecycle.ts)', () => {
	test('storage hub: stop → start empties the instance store and changes the public IP', () => {
		const run = simulateLifecycle(lifecycleInstance, hubWalkthrough);
		expect(
			run.steps.map((s) => ({
				state: s.after.state,
				store: s.after.instanceStore,
				ip: s.after.publicIpv4,
				volumes: s.after.volumes.map((v) => v.status),
			})),
		).toEqual([
			{ state: 'stopped', store: 'data-lost', ip: null, volumes: ['in-use', 'in-use'] },
			{ state: 'running', store: 'data-lost', ip: '203.0.113.11', volumes: ['in-use', 'in-use'] },
		]);
	});
	test('EBS page: terminate deletes the root volume and keeps the data volume', () => {
		const run = simulateLifecycle(lifecycleInstance, ebsWalkthrough);
		expect(run.final.state).toBe('terminated');
		expect(run.final.volumes.map((v) => [v.name, v.status])).toEqual([
			['Root volume (/dev/xvda)', 'deleted'],
			['Data volume (/dev/sdf)', 'available'],
		]);
		expect(run.steps[0]?.notes).toEqual([
			'Instance store data is lost.',
			'Root volume (/dev/xvda): DeleteOnTermination is true, so the volume and its data are deleted.',
			'Data volume (/dev/sdf): DeleteOnTermination is false, so the volume is detached and kept (available, still billed).',
			'Public IPv4 address 203.0.113.10 is released back to AWS.',
			'The private IPv4 address is released.',
		]);
	});
});

describe('lifecycle properties', () => {
	const actions = fc.array(fc.constantFrom(...LIFECYCLE_ACTIONS), { maxLength: 12 });
	test('any sequence either replays or fails with LifecycleError; volumes are never deleted before terminate', () => {
		fc.assert(
			fc.property(actions, fc.boolean(), fc.boolean(), (seq, rootDot, dataDot) => {
				const s = spec({
					ebsVolumes: [
						{ name: 'r', isRoot: true, deleteOnTermination: rootDot },
						{ name: 'd', isRoot: false, deleteOnTermination: dataDot },
					],
				});
				let run;
				try {
					run = simulateLifecycle(s, seq);
				} catch (error) {
					return error instanceof LifecycleError;
				}
				for (const step of run.steps) {
					const deleted = step.after.volumes.some((v) => v.status === 'deleted');
					if (deleted && step.after.state !== 'terminated') return false;
					if (step.after.state === 'terminated') {
						if (step.after.volumes[0]?.status !== (rootDot ? 'deleted' : 'available')) return false;
						if (step.after.volumes[1]?.status !== (dataDot ? 'deleted' : 'available')) return false;
					}
					if (step.after.state === 'running' && step.after.publicIpv4 === null) return false;
				}
				return true;
			}),
		);
	});
	test('instance store data, once lost, never comes back', () => {
		fc.assert(
			fc.property(actions, (seq) => {
				let view = launchInstance(spec());
				let lost = false;
				for (const action of seq) {
					try {
						view = applyLifecycleAction(spec(), view, action).after;
					} catch {
						continue;
					}
					if (lost && view.instanceStore !== 'data-lost') return false;
					lost ||= view.instanceStore === 'data-lost';
				}
				return true;
			}),
		);
	});
});
