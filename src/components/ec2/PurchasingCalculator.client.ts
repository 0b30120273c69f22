/**
 * Browser side of PurchasingCalculator.astro: re-compares the purchasing options on every change. Only
 * valid values go into the page address, so a shared link never carries a value the form would refuse.
 */
import { HOURS_PER_MONTH, type PurchasingInput } from '../../lib/ec2';
import { onFrame } from '../../scripts/dom';
import { number, oneOf, record, ShapeError, type Shape, type ShapeType } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { applyPriceField, priceFields, priceShape, readNumber } from './purchasing-fields';
import { evaluatePurchasing, purchasingView } from './purchasing-views';

export interface PurchasingInitial {
	stateKey: string;
	input: PurchasingInput;
}

// The engine's own bounds (src/lib/ec2/purchasing.ts validate()).
const HOURS = number({ min: 0, max: HOURS_PER_MONTH });
const INSTANCES = number({ min: 1, max: 100_000, integer: true });
const OVERHEAD = number({ min: 0, max: 1000 });

/** The value if it passes the shape, else undefined (left out of the link). */
function valid<T>(shape: Shape<T>, value: unknown): T | undefined {
	try {
		return shape(value, '');
	} catch (error) {
		if (error instanceof ShapeError) return undefined;
		throw error;
	}
}

mountWidget<PurchasingInitial>('purchasing-calculator', (ctx) => {
	const { stateKey, input: initial } = ctx.initial;
	const fields = priceFields(initial.prices);
	const priceShapes = Object.fromEntries(fields.map((f) => [f.key, priceShape(f.kind)]));
	const STATE = record(
		{
			h: HOURS,
			n: INSTANCES,
			t: oneOf(1, 3),
			o: OVERHEAD,
			p: record(priceShapes, Object.keys(priceShapes)) as Shape<Record<string, number | undefined>>,
		},
		['h', 'n', 'o', 'p'],
	);
	const url = ctx.urlState(stateKey, STATE);

	const hours = ctx.part<HTMLInputElement>('hours');
	const hoursRange = ctx.part<HTMLInputElement>('hours-range');
	const instances = ctx.part<HTMLInputElement>('instances');
	const term = ctx.part<HTMLSelectElement>('term');
	const overhead = ctx.part<HTMLInputElement>('overhead');
	const priceInputs = Object.fromEntries(fields.map((f) => [f.key, ctx.part<HTMLInputElement>(`price-${f.key}`)]));
	// Where each error key is shown: [input, error part].
	const errorTargets: Record<string, [HTMLInputElement, string]> = {
		hoursPerMonth: [hours, 'hours-error'],
		instances: [instances, 'instances-error'],
		spotInterruptionOverheadPercent: [overhead, 'overhead-error'],
		...Object.fromEntries(fields.map((f) => [f.key, [priceInputs[f.key]!, `price-${f.key}-error`]])),
	};
	// The engine names prices by their place in PurchasingPrices; the form by their key.
	const ENGINE_PRICE_KEYS: Record<string, string> = {
		onDemandHourly: 'od',
		spotHourly: 'spot',
		dedicatedHostHourly: 'dh',
		instancesPerHost: 'perhost',
	};

	const readForm = () => {
		const prices = structuredClone(initial.prices);
		const typed = fields.map((field) => ({ field, value: readNumber(priceInputs[field.key]!.value) }));
		for (const { field, value } of typed) applyPriceField(prices, field.key, value);
		const input: PurchasingInput = {
			prices,
			hoursPerMonth: readNumber(hours.value),
			instances: readNumber(instances.value),
			termYears: term.value === '3' ? 3 : 1,
			spotInterruptionOverheadPercent: readNumber(overhead.value),
		};
		return { input, typed };
	};
	const render = () => {
		const { input, typed } = readForm();
		const evaluation = evaluatePurchasing(input, typed);
		const errors = Object.fromEntries(
			Object.entries(evaluation.errors).map(([key, message]) => [ENGINE_PRICE_KEYS[key] ?? key, message]),
		);
		for (const [key, [element, part]] of Object.entries(errorTargets))
			ctx.fieldError(element, part, errors[key] ?? null);
		ctx.show('output', purchasingView(evaluation, ctx.root.id));
	};
	const changed = () => {
		render();
		const { input, typed } = readForm();
		const p: Record<string, number> = {};
		for (const { field, value } of typed) {
			const ok = valid(priceShapes[field.key]!, value);
			if (ok !== undefined && ok !== field.value) p[field.key] = ok;
		}
		const state: ShapeType<typeof STATE> = { t: input.termYears };
		const h = valid(HOURS, input.hoursPerMonth);
		const n = valid(INSTANCES, input.instances);
		const o = valid(OVERHEAD, input.spotInterruptionOverheadPercent);
		if (h !== undefined) state.h = h;
		if (n !== undefined) state.n = n;
		if (o !== undefined) state.o = o;
		if (Object.keys(p).length > 0) state.p = p;
		url.write(state);
	};

	const saved = url.read();
	if (saved) {
		if (saved.h !== undefined) hours.value = String(saved.h);
		if (saved.n !== undefined) instances.value = String(saved.n);
		term.value = String(saved.t);
		if (saved.o !== undefined) overhead.value = String(saved.o);
		for (const [key, value] of Object.entries(saved.p ?? {}))
			if (value !== undefined && priceInputs[key]) priceInputs[key].value = String(value);
	}
	hoursRange.value = hours.value;
	render();

	const update = onFrame(changed);
	hours.addEventListener('input', () => {
		hoursRange.value = hours.value;
		update();
	});
	hoursRange.addEventListener('input', () => {
		hours.value = hoursRange.value;
		update();
	});
	for (const element of [instances, overhead, ...Object.values(priceInputs)]) element.addEventListener('input', update);
	term.addEventListener('change', changed);
});
