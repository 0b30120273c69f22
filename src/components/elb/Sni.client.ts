/** Browser side of Sni.astro: selects the certificate again on every edit with the same engine and view. */
import { onFrame } from '../../scripts/dom';
import { boolean, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { mountTryInAccount } from '../kit/TryInAccount.client';
import { sniCliState } from './sni-cli-views';
import { evaluateSni, sniView, type SniForm } from './Sni.views';

export interface SniInitial {
	stateKey: string;
}

// An ALB listener holds at most 25 certificates by default; a line of a few names fits in 300 characters.
// A hostname is at most 253 characters.
const STATE = record({ certs: text(25 * 300), host: text(253), clb: boolean, ecdsa: boolean });

mountWidget<SniInitial>('sni', (ctx) => {
	const certs = ctx.part<HTMLTextAreaElement>('certs');
	const host = ctx.part<HTMLInputElement>('host');
	const clb = ctx.part<HTMLInputElement>('clb');
	const ecdsa = ctx.part<HTMLInputElement>('ecdsa');
	const url = ctx.urlState(ctx.initial.stateKey, STATE);
	const panel = mountTryInAccount(ctx.root);
	const read = (): SniForm => ({ certs: certs.value, host: host.value, clb: clb.checked, ecdsa: ecdsa.checked });
	const render = () => {
		const evaluation = evaluateSni(read());
		ctx.fieldError(certs, 'certs-error', evaluation.error?.field === 'certs' ? evaluation.error.message : null);
		ctx.fieldError(host, 'host-error', evaluation.error?.field === 'host' ? evaluation.error.message : null);
		ctx.show('output', sniView(evaluation));
		panel.show(sniCliState(evaluation, clb.checked));
	};
	const changed = () => {
		url.write(read());
		render();
	};
	const saved = url.read();
	if (saved) {
		certs.value = saved.certs;
		host.value = saved.host;
		clb.checked = saved.clb;
		ecdsa.checked = saved.ecdsa;
	}
	render();
	const update = onFrame(changed);
	certs.addEventListener('input', update);
	host.addEventListener('input', update);
	clb.addEventListener('change', update);
	ecdsa.addEventListener('change', update);
});
