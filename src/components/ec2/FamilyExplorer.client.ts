/**
 * Browser side of FamilyExplorer.astro: hides the build-time rows that do not match the filters (the
 * catalogue is never shipped as JavaScript) and keeps the filters in the page address.
 */
import { oneOf, record, type Shape } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { familyCountView } from './family-views';

export interface FamilyExplorerInitial {
	stateKey: string;
}

const FILTERS = ['category', 'processor', 'capability'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

mountWidget<FamilyExplorerInitial>('family-explorer', (ctx) => {
	const selects = Object.fromEntries(FILTERS.map((f) => [f, ctx.part<HTMLSelectElement>(f)])) as Record<
		(typeof FILTERS)[number],
		HTMLSelectElement
	>;
	// Only values the selects offer ('' = any): a hand-edited link cannot select anything else. The
	// options come from the build-time markup, so the glossary is not shipped as JavaScript.
	const offered = (select: HTMLSelectElement) => oneOf(...[...select.options].map((option) => option.value));
	const shape: Shape<Filters> = record({
		category: offered(selects.category),
		processor: offered(selects.processor),
		capability: offered(selects.capability),
	});
	const rows = [...ctx.part('rows').querySelectorAll<HTMLTableRowElement>('tr')];
	const url = ctx.urlState(ctx.initial.stateKey, shape);

	const filters = (): Filters => ({
		category: selects.category.value,
		processor: selects.processor.value,
		capability: selects.capability.value,
	});
	const apply = () => {
		const { category, processor, capability } = filters();
		let shown = 0;
		for (const row of rows) {
			const visible =
				(!category || row.dataset['category'] === category) &&
				(!processor || row.dataset['processor'] === processor) &&
				(!capability || (row.dataset['capabilities'] ?? '').includes(` ${capability} `));
			row.hidden = !visible;
			if (visible) shown++;
		}
		ctx.show('count', familyCountView(shown, rows.length));
	};
	const changed = () => {
		const current = filters();
		url.write(current.category || current.processor || current.capability ? current : null);
		apply();
	};

	const saved = url.read();
	if (saved) for (const f of FILTERS) selects[f].value = saved[f];
	apply();
	for (const select of Object.values(selects)) select.addEventListener('change', changed);
});
