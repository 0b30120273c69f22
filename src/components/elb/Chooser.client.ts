/** Browser side of Chooser.astro: answers again on every change with the same engine and view. */
import { chooseLoadBalancer, type ChooserNeeds } from '../../lib/elb/index';
import { boolean, oneOf, record } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { CHOOSER_PROTOCOLS, chooserView } from './Chooser.views';

type Flag = Exclude<keyof ChooserNeeds, 'protocol'>;
const STATE = record({
	protocol: oneOf(...CHOOSER_PROTOCOLS),
	contentRouting: boolean,
	staticIp: boolean,
	tlsPassthrough: boolean,
	appliances: boolean,
	extremePerformance: boolean,
	legacyClassic: boolean,
});

mountWidget<ChooserNeeds>('lb-chooser', (ctx) => {
	const protocol = ctx.part<HTMLSelectElement>('protocol');
	const boxes = [...ctx.root.querySelectorAll<HTMLInputElement>('input[data-flag]')];
	const url = ctx.urlState('lbc', STATE);
	const read = (): ChooserNeeds => {
		const needs: ChooserNeeds = { ...ctx.initial, protocol: protocol.value as ChooserNeeds['protocol'] };
		for (const box of boxes) needs[box.dataset['flag'] as Flag] = box.checked;
		return needs;
	};
	const render = () => ctx.show('output', chooserView(chooseLoadBalancer(read())));
	const saved = url.read();
	if (saved) {
		protocol.value = saved.protocol;
		for (const box of boxes) box.checked = saved[box.dataset['flag'] as Flag];
	}
	render();
	ctx.root.addEventListener('change', () => {
		url.write(read());
		render();
	});
});
