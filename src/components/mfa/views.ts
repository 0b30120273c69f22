/**
 * Views of the TOTP demo, rendered by <View> at build time (for the example's fixed time) and by
 * ctx.show() in the browser (for the reader's clock), so both say the same things the same way.
 */
import type { TotpSteps } from '../../lib/mfa';
import { el, type ViewNode } from '../kit/view';

/** 4-character groups, as authenticator apps show a secret for typing. */
export const groupedSecret = (secret: string): string => secret.replace(/(.{4})/g, '$1 ').trim();

/** What a reader may type: spaces, dashes, lower case and Base32 padding are not part of the secret. */
export const normaliseSecret = (text: string): string => text.replace(/[\s-]/g, '').toUpperCase().replace(/=+$/, '');

export const RING_LENGTH = 2 * Math.PI * 26;

/** The countdown ring's dash offset: the share of the period already gone. */
export const ringOffset = (secondsRemaining: number, period: number): string =>
	(RING_LENGTH * (1 - secondsRemaining / period)).toFixed(2);

export const codeView = (steps: TotpSteps | null): string =>
	steps ? `${steps.code.slice(0, 3)} ${steps.code.slice(3)}` : '——— ———';

export const countdownView = (secondsRemaining: number): string => `New code in ${secondsRemaining} s`;

export const clockView = (unixSeconds: number, paused: boolean): string =>
	`${new Date(Math.floor(unixSeconds) * 1000).toISOString().replace('.000Z', 'Z')}${paused ? ' (paused)' : ''}`;

/** The computation, step by step; with no steps (the secret is invalid) it says so instead. */
export function stepsView(steps: TotpSteps | null): ViewNode {
	if (!steps) return el('li', {}, 'No code until the secret is fixed.');
	const offset = steps.offset * 2;
	const nibble = steps.hmacHex.slice(-1);
	return [
		el(
			'li',
			{},
			'Time step ',
			el('var', {}, 'T'),
			` = ⌊${Math.floor(steps.unixSeconds)} ÷ ${steps.period}⌋ = `,
			el('strong', { 'data-part': 's-counter' }, String(steps.counter)),
			', as 8 bytes: ',
			el('code', {}, steps.counterHex),
		),
		el(
			'li',
			{},
			'HMAC-SHA-1(secret, ',
			el('var', {}, 'T'),
			') = ',
			el(
				'code',
				{ class: 'hmac', 'data-part': 's-hmac' },
				steps.hmacHex.slice(0, offset),
				el('mark', {}, steps.sliceHex),
				steps.hmacHex.slice(offset + 8, -1),
				el('mark', { class: 'nibble' }, nibble),
			),
		),
		el(
			'li',
			{},
			'Last hex digit ',
			el('code', {}, nibble),
			' → offset ',
			el('strong', { 'data-part': 's-offset' }, String(steps.offset)),
			'; the 4 bytes there: ',
			el('code', {}, steps.sliceHex),
		),
		el('li', {}, 'Clear the top bit and read as a number: ', el('strong', {}, String(steps.truncated))),
		el(
			'li',
			{},
			`${steps.truncated} mod 10`,
			el('sup', {}, String(steps.digits)),
			' = ',
			el('strong', { 'data-part': 's-code' }, steps.code),
			' — the code',
		),
	];
}
