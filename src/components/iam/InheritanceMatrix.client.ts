/** Browser side of InheritanceMatrix.astro: re-evaluates every cell and redraws the matrix with the same model and views. */
import { onFrame } from '../../scripts/dom';
import { boolean, list, oneOf, record, text, type Shape } from '../../scripts/state-shape';
import { named } from '../../scripts/named-shape';
import { mountWidget } from '../../scripts/widget';
import {
	initialFields,
	matrixModel,
	matrixRowsView,
	selectedView,
	type InheritanceExample,
	type InheritanceFields,
	type MatrixModel,
} from './inheritance';
import { traceView } from './views';

export interface InheritanceInitial {
	example: InheritanceExample;
	stateKey: string;
}

interface State {
	m?: Record<string, string[]>;
	d?: boolean;
	p?: Record<string, string>;
	s?: string;
}

/** The link's shape for this example: its own group names, users and cells only. */
function stateShape(example: InheritanceExample): Shape<State> {
	const groupNames = example.groups.map((g) => g.name);
	const cells = example.users.flatMap((u) => example.actions.map((_, i) => `${u}|${i}`));
	const perGroup = <T>(shape: Shape<T>) =>
		record(Object.fromEntries(groupNames.map((g) => [g, shape])), groupNames) as unknown as Shape<Record<string, T>>;
	const shape = record(
		{
			m: perGroup(list(oneOf(...example.users), example.users.length)),
			d: boolean,
			// A managed policy is at most 6,144 characters ("IAM and AWS STS quotas").
			p: perGroup(text(6144)),
			s: oneOf(...cells),
		},
		['m', 'd', 'p', 's'],
	) as Shape<State>;
	return named(shape, { m: 'Group membership', d: 'The Deny switch', p: 'Group policies', s: 'Selected cell' });
}

mountWidget<InheritanceInitial>('inheritance', (ctx) => {
	const { example, stateKey } = ctx.initial;
	const defaults = initialFields(example);
	const boxes = [...ctx.root.querySelectorAll<HTMLInputElement>('input[data-member]')];
	const deny = ctx.part<HTMLInputElement>('deny');
	const editors = [...ctx.root.querySelectorAll<HTMLTextAreaElement>('textarea[data-policy]')];
	const matrix = ctx.part('matrix');
	const url = ctx.urlState(stateKey, stateShape(example));
	let selected = defaults.selected;
	// The rows as built: while they would be drawn the same, they are left alone (a cell clicked before
	// the script ran is clicked again once it has, on the button the page was built with).
	let shownRows = JSON.stringify(matrixRowsView(example, matrixModel(example, defaults), selected));

	const readFields = (): InheritanceFields => {
		const membership: Record<string, string[]> = Object.fromEntries(example.groups.map((g) => [g.name, []]));
		for (const box of boxes) {
			const [group = '', user = ''] = (box.dataset['member'] ?? '').split('|');
			if (box.checked) membership[group]?.push(user);
		}
		const texts = Object.fromEntries(editors.map((e) => [e.dataset['policy'] ?? '', e.value]));
		return { membership, denyOn: deny.checked, texts, selected };
	};
	const apply = (fields: InheritanceFields) => {
		for (const box of boxes) {
			const [group = '', user = ''] = (box.dataset['member'] ?? '').split('|');
			box.checked = (fields.membership[group] ?? []).includes(user);
		}
		for (const editor of editors) editor.value = fields.texts[editor.dataset['policy'] ?? ''] ?? '';
		deny.checked = fields.denyOn;
		selected = fields.selected;
	};

	/** Redraws the matrix's rows when a cell changed; a focused cell button is focused again once redrawn. */
	const showRows = (model: MatrixModel) => {
		const rows = matrixRowsView(example, model, selected);
		const drawn = JSON.stringify(rows);
		if (drawn === shownRows) return;
		shownRows = drawn;
		const active = document.activeElement;
		const focused = active instanceof HTMLElement && matrix.contains(active) ? active.dataset['cell'] : undefined;
		ctx.show(matrix, rows);
		if (focused !== undefined) matrix.querySelector<HTMLElement>(`[data-cell="${CSS.escape(focused)}"]`)?.focus();
	};
	const render = () => {
		const model = matrixModel(example, readFields());
		for (const editor of editors) {
			const group = editor.dataset['policy'] ?? '';
			ctx.fieldError(editor, `error-${group}`, model.errors[group] ?? null);
		}
		showRows(model);
		ctx.show('selected', selectedView(model));
		ctx.show('output', traceView(model.selected.result));
	};
	const changed = () => {
		const fields = readFields();
		const edited = Object.fromEntries(Object.entries(fields.texts).filter(([g, t]) => t !== defaults.texts[g]));
		url.write({
			m: fields.membership,
			d: fields.denyOn,
			s: selected,
			...(Object.keys(edited).length ? { p: edited } : {}),
		});
		render();
	};

	const saved = url.read();
	if (saved)
		apply({
			membership: { ...defaults.membership, ...saved.m },
			denyOn: saved.d ?? false,
			texts: { ...defaults.texts, ...saved.p },
			selected: saved.s ?? defaults.selected,
		});
	render();

	for (const box of [...boxes, deny]) box.addEventListener('change', changed);
	const update = onFrame(changed);
	for (const editor of editors) editor.addEventListener('input', update);
	matrix.addEventListener('click', (event) => {
		const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button[data-cell]') : null;
		if (!button) return;
		selected = button.dataset['cell'] ?? selected;
		changed();
	});
	ctx.part('reset').addEventListener('click', () => {
		apply({ ...defaults, selected });
		changed();
	});
});
