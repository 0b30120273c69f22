/** Browser side of IpTarget.astro: re-checks on every keystroke with the same engine and view. */
import { onFrame } from '../../scripts/dom';
import { record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { evaluateIpTarget, ipTargetView, type IpTargetForm } from './IpTarget.views';

// One address (≤ 45 characters); a VPC has at most five IPv4 CIDR blocks by default (≤ 18 characters each).
const STATE = record({ ip: text(64), vpc: text(300) });

mountWidget('ip-target', (ctx) => {
	const ip = ctx.part<HTMLInputElement>('ip');
	const vpc = ctx.part<HTMLInputElement>('vpc');
	const url = ctx.urlState('iptarget', STATE);
	const read = (): IpTargetForm => ({ ip: ip.value, vpc: vpc.value });
	const render = () => {
		const evaluation = evaluateIpTarget(read());
		ctx.fieldError(ip, 'ip-error', evaluation.error?.field === 'ip' ? evaluation.error.message : null);
		ctx.fieldError(vpc, 'vpc-error', evaluation.error?.field === 'vpc' ? evaluation.error.message : null);
		ctx.show('output', ipTargetView(evaluation));
	};
	const changed = () => {
		url.write(read());
		render();
	};
	const saved = url.read();
	if (saved) {
		ip.value = saved.ip;
		vpc.value = saved.vpc;
	}
	render();
	const update = onFrame(changed);
	ip.addEventListener('input', update);
	vpc.addEventListener('input', update);
});
