/**
 * Browser side of SecurityGroupSimulator.astro: keeps the reader's rule rows and connection in one state,
 * re-evaluates it with the same function and views the build used, and shares it in the URL only after
 * the reader changed something.
 */
import type { SgExample } from '../../lib/network';
import { onFrame } from '../../scripts/dom';
import { mountWidget, type WidgetContext } from '../../scripts/widget';
import {
	connectionState,
	evaluateSgState,
	initialSgState,
	mergeSgState,
	ruleKey,
	sgStateShape,
	type Direction,
	type SgState,
} from './security-group-simulator';
import { sgAllConnectionsView, sgConnectionView, sgGroupsView, sgOutputView } from './SecurityGroupSimulator.views';
import { mountTryInAccount } from '../kit/TryInAccount.client';
import { sgCliState } from './sg-cli-views';

export interface SgInitial {
	example: SgExample;
	stateKey: string;
	/** The widget's title, in the label of its every-connection table. */
	title: string;
}

const FIELDS = ['protocol', 'ports', 'peer'] as const;

mountWidget<SgInitial>('security-group-simulator', (ctx) => {
	const { example, stateKey, title } = ctx.initial;
	const widgetId = ctx.root.id;
	const url = ctx.urlState(stateKey, sgStateShape(example));
	const panel = mountTryInAccount(ctx.root);
	const saved = url.read();
	const state: SgState = saved ? mergeSgState(example, saved) : initialSgState(example);
	const rowsOf = (groupId: string, direction: Direction) => {
		const group = state.g.find((g) => g.id === groupId);
		return group ? group[direction === 'inbound' ? 'in' : 'out'] : undefined;
	};

	const evaluate = () => {
		const evaluation = evaluateSgState(example, state);
		for (const group of state.g)
			for (const direction of ['inbound', 'outbound'] as const)
				rowsOf(group.id, direction)?.forEach((_, index) =>
					showRowError(ctx, widgetId, group.id, direction, index, evaluation.ruleErrors),
				);
		ctx.fieldError(ctx.part('port'), `${widgetId}-port-error`, evaluation.portError);
		ctx.fieldError(ctx.part('ip'), `${widgetId}-ip-error`, evaluation.ipError);
		for (const row of ctx.root.querySelectorAll<HTMLElement>('tr[data-rule]')) {
			if (evaluation.highlighted.has(row.dataset['rule'] ?? '')) row.dataset['highlight'] = 'true';
			else row.removeAttribute('data-highlight');
		}
		ctx.show('output', sgOutputView(evaluation));
		ctx.show('all', sgAllConnectionsView(evaluation, title));
		panel.show(sgCliState(evaluation));
	};
	const renderGroups = () => ctx.show('groups', sgGroupsView(widgetId, example, state, new Set()));
	const renderConnection = () =>
		ctx.show('connection', sgConnectionView(widgetId, example, state.c, evaluateSgState(example, state)));
	const changed = () => {
		url.write(state);
		evaluate();
	};
	const update = onFrame(changed);

	if (saved) {
		renderGroups();
		renderConnection();
	}
	evaluate();

	const onEdit = (event: Event) => {
		const control = event.target as HTMLInputElement | HTMLSelectElement;
		const row = control.closest<HTMLElement>('tr[data-rule]');
		const field = control.dataset['field'];
		if (row && field) {
			const [groupId = '', direction, index] = (row.dataset['rule'] ?? '').split(':');
			const rule = rowsOf(groupId, direction as Direction)?.[Number(index)];
			if (!rule) return;
			if (field === 'protocol' || field === 'ports' || field === 'peer' || field === 'description')
				rule[field] = control.value;
			if (field === 'protocol') {
				const ports = row.querySelector<HTMLInputElement>('[data-field="ports"]');
				if (ports) ports.disabled = control.value === '-1';
			}
			update();
			return;
		}
		if (!ctx.part('connection').contains(control)) return;
		if (control.dataset['part'] === 'from' && event.type === 'change')
			ctx.part<HTMLInputElement>('ip').value = example.machines.find((m) => m.id === control.value)?.ip ?? '';
		state.c = {
			from: ctx.part<HTMLSelectElement>('from').value,
			to: ctx.part<HTMLSelectElement>('to').value,
			ip: ctx.part<HTMLInputElement>('ip').value,
			protocol: ctx.part<HTMLSelectElement>('protocol').value as SgState['c']['protocol'],
			port: ctx.part<HTMLInputElement>('port').value,
			listening: ctx.part<HTMLInputElement>('listening').checked,
			viaPublicIp: ctx.parts<HTMLInputElement>('public')[0]?.checked ?? false,
		};
		update();
	};
	ctx.root.addEventListener('input', onEdit);
	ctx.root.addEventListener('change', onEdit);

	ctx.root.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
		if (!button) return;
		const { remove, add, preset } = button.dataset;
		if (remove) {
			const [groupId = '', direction, index] = remove.split(':');
			rowsOf(groupId, direction as Direction)?.splice(Number(index), 1);
			renderGroups();
			changed();
		} else if (add) {
			const [groupId = '', direction] = add.split(':');
			const rows = rowsOf(groupId, direction as Direction);
			if (!rows) return;
			rows.push({ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0', description: '' });
			renderGroups();
			changed();
			ctx.root
				.querySelector<HTMLInputElement>(
					`tr[data-rule="${ruleKey(groupId, direction as Direction, rows.length - 1)}"] [data-field="ports"]`,
				)
				?.focus();
		} else if (preset !== undefined) {
			const chosen = example.connections[Number(preset)];
			if (!chosen) return;
			state.c = connectionState(example, chosen);
			renderConnection();
			changed();
		}
	});
});

function showRowError(
	ctx: WidgetContext<SgInitial>,
	widgetId: string,
	groupId: string,
	direction: Direction,
	index: number,
	errors: ReturnType<typeof evaluateSgState>['ruleErrors'],
): void {
	const row = ctx.root.querySelector<HTMLElement>(`tr[data-rule="${ruleKey(groupId, direction, index)}"]`);
	if (!row) return;
	const errorPart = `${widgetId}-${groupId}-${direction}-${index}-error`;
	const error = errors.get(ruleKey(groupId, direction, index));
	for (const field of FIELDS) {
		const control = row.querySelector<HTMLElement>(`[data-field="${field}"]`);
		if (control) ctx.fieldError(control, errorPart, null);
	}
	const target = error && row.querySelector<HTMLElement>(`[data-field="${error.field}"]`);
	if (target && error) ctx.fieldError(target, errorPart, error.message);
}
