/**
 * Browser side of TotpDemo.astro: the same views as the build, driven by the reader's clock. The
 * clock lives here, at the edge; the engine only ever receives a number.
 */
import { base32Encode, Base32Error, buildOtpauthUri, qrPath, totpSteps, type OtpauthParameters } from '../../lib/mfa';
import { record, text } from '../../scripts/state-shape';
import { named } from '../../scripts/named-shape';
import { mountWidget } from '../../scripts/widget';
import { mountTryInAccount } from '../kit/TryInAccount.client';
import { mfaCliState } from './mfa-cli-views';
import { wrapAtSeparators } from '../kit/view';
import { clockView, codeView, countdownView, groupedSecret, normaliseSecret, ringOffset, stepsView } from './views';

export interface TotpInitial {
	device: OtpauthParameters;
	stateKey: string;
}

// A Base32 secret of 512 bits (the longest HMAC-SHA-512 key worth having) is 103 characters.
const STATE = named(record({ secret: text(128) }), { secret: 'Secret (Base32)' });

mountWidget<TotpInitial>('totp-demo', (ctx) => {
	const { device, stateKey } = ctx.initial;
	const { period = 30 } = device;
	const secretInput = ctx.part<HTMLInputElement>('secret');
	const url = ctx.urlState(stateKey, STATE);
	const panel = mountTryInAccount(ctx.root);
	let secret: string | null = device.secret;
	let offsetSeconds = 0; // set by the ◀ / ▶ buttons
	let pausedAt: number | null = null;
	let sequence = 0;
	let lastCounter: number | null = null;

	const now = () => pausedAt ?? Date.now() / 1000 + offsetSeconds;

	const tick = async (force = false) => {
		const time = now();
		const remaining = period - (Math.floor(time) % period);
		ctx.show('countdown', countdownView(remaining));
		ctx.part('ring').setAttribute('stroke-dashoffset', ringOffset(remaining, period));
		ctx.show('clock', clockView(time, pausedAt !== null));
		const counter = Math.floor(time / period);
		if (!force && counter === lastCounter) return;
		lastCounter = counter;
		const mine = ++sequence;
		const steps = secret === null ? null : await totpSteps(secret, time, device).catch(() => null);
		if (mine !== sequence) return; // a newer secret or time is already being shown
		ctx.show('code', codeView(steps));
		ctx.show('steps', stepsView(steps));
	};

	const setSecret = (typed: string) => {
		const cleaned = normaliseSecret(typed);
		try {
			const uri = buildOtpauthUri({ ...device, secret: cleaned });
			ctx.fieldError(secretInput, 'secret-error', null);
			secret = cleaned;
			const qr = qrPath(uri);
			const svg = ctx.part('qr');
			svg.setAttribute('viewBox', `0 0 ${qr.size} ${qr.size}`);
			svg.querySelector('rect')?.setAttribute('width', String(qr.size));
			svg.querySelector('rect')?.setAttribute('height', String(qr.size));
			ctx.part('qr-path').setAttribute('d', qr.d);
			ctx.show('uri', wrapAtSeparators(uri));
			panel.show(mfaCliState(device, true));
		} catch (error) {
			ctx.fieldError(
				secretInput,
				'secret-error',
				error instanceof Base32Error ? error.message : 'This is not a usable secret.',
			);
			secret = null; // no code beside an error
			panel.show(mfaCliState(device, false));
		}
		void tick(true);
	};
	const changed = (typed: string) => {
		setSecret(typed);
		url.write(secret === null || secret === device.secret ? null : { secret });
	};

	const saved = url.read();
	if (saved) secretInput.value = groupedSecret(normaliseSecret(saved.secret));
	setSecret(secretInput.value);

	secretInput.addEventListener('input', () => changed(secretInput.value));
	ctx.part('random').addEventListener('click', () => {
		const bytes = crypto.getRandomValues(new Uint8Array(20)); // 160 bits, the secret size RFC 4226 recommends
		secretInput.value = groupedSecret(base32Encode(bytes));
		changed(secretInput.value);
	});
	const pause = ctx.part('pause');
	pause.addEventListener('click', () => {
		pausedAt = pausedAt === null ? now() : null;
		if (pausedAt === null) offsetSeconds = 0;
		pause.setAttribute('aria-pressed', String(pausedAt !== null));
		void tick(true);
	});
	const shift = (seconds: number) => {
		if (pausedAt !== null) pausedAt += seconds;
		else offsetSeconds += seconds;
		void tick(true);
	};
	ctx.part('back').addEventListener('click', () => shift(-period));
	ctx.part('forward').addEventListener('click', () => shift(period));
	ctx.part('now').addEventListener('click', () => {
		offsetSeconds = 0;
		pausedAt = null;
		pause.setAttribute('aria-pressed', 'false');
		void tick(true);
	});
	window.setInterval(() => void tick(), 1000);
});
