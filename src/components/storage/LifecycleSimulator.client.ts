/**
 * Browser side of LifecycleSimulator.astro: each action button applies one engine step; changing a launch
 * setting relaunches the instance and replays the kept actions, stopping before one that became impossible.
 */
import {
	LIFECYCLE_ACTIONS,
	LifecycleError,
	StorageInputError,
	applyLifecycleAction,
	launchInstance,
	type InstanceSpec,
	type LifecycleAction,
	type LifecycleStep,
} from '../../lib/storage';
import { boolean, list, oneOf, record } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import {
	LIFECYCLE_ACTION_LABELS,
	PUBLIC_IP_MODES,
	lifecycleErrorView,
	lifecycleView,
	specFromKnobs,
	type LifecycleKnobs,
	type LifecycleOutcome,
} from './views';

export interface LifecycleInitial {
	stateKey: string;
	spec: InstanceSpec;
	actions: LifecycleAction[];
}

/** The widget's own cap on remembered actions: a walk-through, not a log. */
const MAX_ACTIONS = 50;
const STATE = record({
	rootDeleteOnTermination: boolean,
	dataDeleteOnTermination: boolean,
	instanceStore: boolean,
	hibernation: boolean,
	publicIp: oneOf(...PUBLIC_IP_MODES.map((m) => m.value)),
	actions: list(oneOf(...LIFECYCLE_ACTIONS), MAX_ACTIONS),
});

const CHECKS = [
	['rootDeleteOnTermination', 'root-dot'],
	['dataDeleteOnTermination', 'data-dot'],
	['instanceStore', 'store'],
	['hibernation', 'hibernation'],
] as const;

/** Replays `actions` on `spec`; the first impossible one ends the history, with the reason. */
function replay(
	spec: InstanceSpec,
	actions: readonly LifecycleAction[],
): LifecycleOutcome & { dropped: string | null } {
	let view = launchInstance(spec);
	let last: LifecycleStep | undefined;
	for (const [index, action] of actions.entries()) {
		try {
			last = applyLifecycleAction(spec, view, action);
			view = last.after;
		} catch (error) {
			if (!(error instanceof LifecycleError)) throw error;
			const dropped = `Step ${index + 1} (${action}) is not possible with these settings, so your history stops before it: ${error.message}`;
			return { spec, view, actions: actions.slice(0, index), last, dropped };
		}
	}
	return { spec, view, actions, last, dropped: null };
}

mountWidget<LifecycleInitial>('lifecycle-simulator', (ctx) => {
	const { stateKey } = ctx.initial;
	const checks = Object.fromEntries(CHECKS.map(([key, name]) => [key, ctx.part<HTMLInputElement>(name)])) as Record<
		(typeof CHECKS)[number][0],
		HTMLInputElement
	>;
	const ipSelect = ctx.part<HTMLSelectElement>('ip');
	const actionGroup = ctx.part('actions');
	const url = ctx.urlState(stateKey, STATE);
	let actions: LifecycleAction[] = [...ctx.initial.actions];

	const knobs = (): LifecycleKnobs => ({
		rootDeleteOnTermination: checks.rootDeleteOnTermination.checked,
		dataDeleteOnTermination: checks.dataDeleteOnTermination.checked,
		instanceStore: checks.instanceStore.checked,
		hibernation: checks.hibernation.checked,
		publicIp: PUBLIC_IP_MODES.find((m) => m.value === ipSelect.value)?.value ?? 'auto-assigned',
	});
	const actionError = (message: string | null) => ctx.fieldError(actionGroup, 'action-error', message);

	/** Shows the current run; returns it, or null when the launch settings are invalid. */
	const render = (message: string | null = null): LifecycleOutcome | null => {
		let outcome: ReturnType<typeof replay>;
		try {
			outcome = replay(specFromKnobs(ctx.initial.spec, knobs()), actions);
		} catch (error) {
			if (!(error instanceof StorageInputError)) throw error;
			actionError(null);
			ctx.show('output', lifecycleErrorView(error.message));
			return null;
		}
		actions = [...outcome.actions];
		actionError(message ?? outcome.dropped);
		ctx.show('output', lifecycleView(outcome));
		return outcome;
	};
	const changed = (message: string | null = null) => {
		render(message);
		url.write({ ...knobs(), actions });
	};

	const saved = url.read();
	if (saved) {
		for (const [key] of CHECKS) checks[key].checked = saved[key];
		ipSelect.value = saved.publicIp;
		actions = saved.actions;
	}
	render();

	for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('[data-action]')) {
		button.addEventListener('click', () => {
			const action = LIFECYCLE_ACTIONS.find((a) => a === button.dataset['action']);
			const outcome = render();
			if (!action || !outcome) return;
			if (actions.length >= MAX_ACTIONS) {
				render(`This example keeps at most ${MAX_ACTIONS} actions: press Launch a new instance.`);
				return;
			}
			try {
				applyLifecycleAction(outcome.spec, outcome.view, action);
			} catch (error) {
				if (!(error instanceof LifecycleError)) throw error;
				render(`${LIFECYCLE_ACTION_LABELS[action]}: ${error.message}`);
				return;
			}
			actions = [...actions, action];
			changed();
		});
	}
	ctx.part('reset').addEventListener('click', () => {
		actions = [];
		changed();
	});
	for (const input of [...Object.values(checks), ipSelect]) input.addEventListener('change', () => changed());
});
