/** Browser side of OnDemandBilling.astro: re-bills the typed running times on every keystroke. */
import { PLATFORM_LABELS, PRICE_LIMITS, type BillingPlatform } from '../../lib/ec2';
import { onFrame } from '../../scripts/dom';
import { number, oneOf, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { RUNS_MAX_LENGTH, billingView, evaluateBill } from './billing-views';

export interface BillingInitial {
	stateKey: string;
}

const PLATFORMS = Object.keys(PLATFORM_LABELS) as BillingPlatform[];
// The price is optional: while its field is empty or invalid the link keeps the page's example price.
const STATE = record(
	{
		runs: text(RUNS_MAX_LENGTH),
		price: number({ min: 0, max: PRICE_LIMITS.maxHourlyUsd }),
		platform: oneOf(...PLATFORMS),
	},
	['price'],
);

mountWidget<BillingInitial>('on-demand-billing', (ctx) => {
	const runs = ctx.part<HTMLInputElement>('runs');
	const price = ctx.part<HTMLInputElement>('price');
	const platform = ctx.part<HTMLSelectElement>('platform');
	const url = ctx.urlState(ctx.initial.stateKey, STATE);
	const currentPlatform = () => PLATFORMS.find((p) => p === platform.value) ?? 'linux';

	const render = () => {
		const { bill, runsError, priceError } = evaluateBill(runs.value, price.value, currentPlatform());
		ctx.fieldError(runs, 'runs-error', runsError);
		ctx.fieldError(price, 'price-error', priceError);
		ctx.show('output', billingView(bill));
		return priceError === null;
	};
	const changed = () => {
		const priceOk = render();
		url.write({
			runs: runs.value,
			platform: currentPlatform(),
			...(priceOk ? { price: Number(price.value) } : {}),
		});
	};

	const saved = url.read();
	if (saved) {
		runs.value = saved.runs;
		platform.value = saved.platform;
		if (saved.price !== undefined) price.value = String(saved.price);
	}
	render();

	const update = onFrame(changed);
	runs.addEventListener('input', update);
	price.addEventListener('input', update);
	platform.addEventListener('change', changed);
});
