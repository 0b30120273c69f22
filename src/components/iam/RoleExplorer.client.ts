/** Browser side of RoleExplorer.astro: both evaluations on every keystroke, with the same views. */
import { onFrame } from '../../scripts/dom';
import { record, text } from '../../scripts/state-shape';
import { named } from '../../scripts/named-shape';
import { mountWidget } from '../../scripts/widget';
import { ACT_PARTS, ASSUME_PARTS, evaluateRole, type RoleFields, type RoleTexts } from './role-explorer';
import { traceView } from './views';

export interface RoleInitial extends RoleTexts {
	stateKey: string;
}

const FIELDS = ['trust', 'perm', 'who', 'action', 'resource'] as const;
const STATE_KEYS = { trust: 't', perm: 'p', who: 'w', action: 'a', resource: 'r' } as const;
// A trust policy is at most 4,096 characters and a managed policy 6,144 ("IAM and AWS STS quotas");
// a principal or resource ARN at most 2,048.
const STATE = named(
	record({ t: text(4096), p: text(6144), w: text(2048), a: text(128), r: text(2048) }, ['t', 'p', 'w', 'a', 'r']),
	{ t: 'Trust policy', p: 'Permissions policy', w: 'Who asks', a: 'Action', r: 'Resource' },
);
type State = ReturnType<typeof STATE>;

mountWidget<RoleInitial>('role-explorer', (ctx) => {
	const init = ctx.initial;
	const inputs = Object.fromEntries(FIELDS.map((f) => [f, ctx.part<HTMLInputElement>(f)])) as Record<
		(typeof FIELDS)[number],
		HTMLInputElement | HTMLTextAreaElement
	>;
	const defaults: RoleFields = {
		trust: init.trustText,
		perm: init.permissionsText,
		who: init.assumeQuestions[0]?.principal ?? '',
		action: init.doQuestions[0]?.action ?? '',
		resource: init.doQuestions[0]?.resource ?? '',
	};
	const url = ctx.urlState(init.stateKey, STATE);
	const readFields = () => Object.fromEntries(FIELDS.map((f) => [f, inputs[f].value])) as unknown as RoleFields;

	const render = () => {
		const { assume, act } = evaluateRole(init, readFields());
		// A policy error goes beside its editor; a principal error beside "who"; action/resource beside theirs.
		ctx.fieldError(inputs.trust, 'trust-error', assume.error?.field === 'policy' ? assume.error.message : null);
		ctx.fieldError(
			inputs.who,
			'who-error',
			assume.error && assume.error.field !== 'policy' ? assume.error.message : null,
		);
		ctx.fieldError(inputs.perm, 'perm-error', act.error?.field === 'policy' ? act.error.message : null);
		ctx.fieldError(inputs.action, 'action-error', act.error?.field === 'action' ? act.error.message : null);
		ctx.fieldError(
			inputs.resource,
			'resource-error',
			act.error && act.error.field !== 'policy' && act.error.field !== 'action' ? act.error.message : null,
		);
		ctx.show('assume', traceView(assume.result, ASSUME_PARTS));
		ctx.show('act', traceView(act.result, ACT_PARTS));
	};
	const changed = () => {
		const now = readFields();
		const state: State = {};
		for (const f of FIELDS) if (now[f] !== defaults[f]) state[STATE_KEYS[f]] = now[f];
		url.write(Object.keys(state).length ? state : null);
		render();
	};

	const saved = url.read();
	if (saved)
		for (const f of FIELDS) {
			const value = saved[STATE_KEYS[f]];
			if (value !== undefined) inputs[f].value = value;
		}
	render();

	const update = onFrame(changed);
	for (const f of FIELDS) inputs[f].addEventListener('input', update);
	for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('button[data-who]'))
		button.addEventListener('click', () => {
			inputs.who.value = button.dataset['who'] ?? '';
			changed();
		});
	for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('button[data-do]'))
		button.addEventListener('click', () => {
			const q = init.doQuestions.find((x) => x.id === button.dataset['do']);
			if (!q) return;
			inputs.action.value = q.action;
			inputs.resource.value = q.resource;
			changed();
		});
});
