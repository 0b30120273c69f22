/**
 * Browser side of FamilyExplorer.astro: hides the build-time rows that do not match the filters (the
 * catalogue is never shipped as JavaScript) and keeps the filters in the page address.
 */
import { CATEGORIES, PROCESSOR_LABELS, type Processor } from '../../lib/ec2';
import { oneOf, record, type Shape } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { familyCountView } from './views';

export interface FamilyExplorerInitial {
	stateKey: string;
	/** Capability letters the filter offers (those some offered family has). */
	capabilities: string[];
}

const FILTERS = ['category', 'processor', 'capability'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

mountWidget<FamilyExplorerInitial>('family-explorer', (ctx) => {
	const processors = Object.keys(PROCESSOR_LABELS) as Processor[];
	// Only values the selects offer ('' = any): a hand-edited link cannot select anything else.
	const shape: Shape<Filters> = record({
		category: oneOf('', ...CATEGORIES),
		processor: oneOf('', 'none', ...processors),
		capability: oneOf('', ...ctx.initial.capabilities),
	});
	const selects = Object.fromEntries(FILTERS.map((f) => [f, ctx.part<HTMLSelectElement>(f)])) as Record<
		(typeof FILTERS)[number],
		HTMLSelectElement
	>;
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
