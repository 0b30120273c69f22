/** Browser side of RoundRobinDemo.astro: deals more requests with the same engine and view. */
import type { RoundRobinTarget } from '../../lib/elb/index';
import { list, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { dealRequests, roundRobinView, type RoundRobinTally } from './RoundRobinDemo.views';

export interface RoundRobinInitial {
	/** How many requests the build-time view dealt; Reset deals the same again. */
	requests: number;
}

// The demo has a handful of targets, each named in a few characters.
const STATE = record({ unhealthy: list(text(40), 20) });

mountWidget<RoundRobinInitial>('round-robin', (ctx) => {
	const boxes = [...ctx.root.querySelectorAll<HTMLInputElement>('input[data-target]')];
	const url = ctx.urlState('rr', STATE);
	const targets = (): RoundRobinTarget[] =>
		boxes.map((box) => ({ name: box.dataset['target'] ?? '', healthy: box.checked }));
	let tally: RoundRobinTally;
	const show = () => ctx.show('output', roundRobinView(targets(), tally));
	const reset = () => {
		tally = dealRequests(targets(), ctx.initial.requests);
		show();
	};
	const saved = url.read();
	if (saved) for (const box of boxes) box.checked = !saved.unhealthy.includes(box.dataset['target'] ?? '');
	reset();
	const send = (n: number) => {
		tally = dealRequests(targets(), n, tally);
		show();
	};
	ctx.part('send1').addEventListener('click', () => send(1));
	ctx.part('send9').addEventListener('click', () => send(9));
	ctx.part('reset').addEventListener('click', reset);
	for (const box of boxes)
		box.addEventListener('change', () => {
			url.write({
				unhealthy: targets()
					.filter((t) => !t.healthy)
					.map((t) => t.name),
			});
			show();
		});
});
