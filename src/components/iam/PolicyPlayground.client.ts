/**
 * Browser side of PolicyPlayground.astro: re-evaluates on every keystroke with the same engine
 * (evaluatePlayground) and the same views the build used; validates (validatePolicy: findings listed by
 * severity and underlined in the editor) and explains (summarizePolicy) the policy text beside the decision.
 */
import { checkPolicy, evaluatePlayground, type PlaygroundField, type PlaygroundText } from '../../lib/iam';
import type { PlaygroundExample } from '../../examples/iam/policy-playground-types';
import { onFrame } from '../../scripts/dom';
import { record, text } from '../../scripts/state-shape';
import { named } from '../../scripts/named-shape';
import { mountWidget } from '../../scripts/widget';
import { mountTryInAccount } from '../kit/TryInAccount.client';
import { loadCatalogOnFirstEdit } from './catalog-on-edit';
import { playgroundCliState } from './playground-cli-views';
import { mountPolicyEditor } from './PolicyEditor.client';
import { checkPolicyText } from './policy-checks';
import { attachedHint, exampleText, gutterView, NO_DECISION, traceView } from './views';
import { CATALOG_UNAVAILABLE, findingsView } from './policy-editor';
import { explanationView } from './policy-summary-views';

export interface PlaygroundInitial {
	examples: PlaygroundExample[];
	stateKey: string;
}

/** Field → its control's data-part (the account field is "account" on the page). */
const PARTS: Record<PlaygroundField, string> = {
	policy: 'policy',
	principal: 'principal',
	action: 'action',
	resource: 'resource',
	resourceAccount: 'account',
	context: 'context',
};
const FIELDS = Object.keys(PARTS) as PlaygroundField[];

// Limits from "IAM and AWS STS quotas": a managed policy is at most 6,144 characters, an ARN at most
// 2,048, an action name well under 128. The link itself is capped at 4,000 characters by the kit.
const STATE = named(
	record(
		{
			ex: text(64),
			p: text(6144),
			pr: text(2048),
			a: text(128),
			r: text(2048),
			acc: text(64),
			c: text(2048),
		},
		['ex', 'p', 'pr', 'a', 'r', 'acc', 'c'],
	),
	{
		ex: 'Example',
		p: 'Policy (JSON)',
		pr: 'Principal',
		a: 'Action',
		r: 'Resource',
		acc: "Resource's account",
		c: 'Request context',
	},
);
type State = ReturnType<typeof STATE>;
const STATE_KEYS: Record<PlaygroundField, keyof State> = {
	policy: 'p',
	principal: 'pr',
	action: 'a',
	resource: 'r',
	resourceAccount: 'acc',
	context: 'c',
};

mountWidget<PlaygroundInitial>('policy-playground', (ctx) => {
	const { examples, stateKey } = ctx.initial;
	const select = ctx.root.querySelector<HTMLSelectElement>('[data-part="example"]');
	const inputs = Object.fromEntries(FIELDS.map((f) => [f, ctx.part<HTMLInputElement>(PARTS[f])])) as Record<
		PlaygroundField,
		HTMLInputElement | HTMLTextAreaElement
	>;
	const policy = inputs.policy;
	const gutter = ctx.part('gutter');
	const hint = ctx.root.querySelector<HTMLElement>(`#${CSS.escape(policy.id)}-hint`);
	const url = ctx.urlState(stateKey, STATE);
	const panel = mountTryInAccount(ctx.root);
	let example = examples[0]!;

	const readText = () => Object.fromEntries(FIELDS.map((f) => [f, inputs[f].value])) as unknown as PlaygroundText;

	const load = (next: PlaygroundExample) => {
		example = next;
		if (select) select.value = next.id;
		const texts = exampleText(next);
		for (const f of FIELDS) inputs[f].value = texts[f];
		if (hint) ctx.show(hint, attachedHint(next.editorRole));
		ctx.part('fixed-wrap').hidden = !next.fixedNote;
		ctx.show('fixed', next.fixedNote ?? '');
	};

	const editor = mountPolicyEditor(ctx.root, policy as HTMLTextAreaElement);
	let checks = 0;
	let checked: { text: string; policyType: string } | undefined;
	/**
	 * Findings and explanation of the policy text as it is now (request edits leave them alone). Both load
	 * the catalogue chunks of the services the text names, cached after the first time. An older run that
	 * ends after a newer one is dropped, and until a run ends the underlines are off, so none ever sits
	 * under text it was not computed for.
	 */
	const renderFindings = async () => {
		const text = policy.value;
		const policyType = example.editorRole;
		if (checked?.text === text && checked.policyType === policyType) return;
		checked = { text, policyType };
		const run = ++checks;
		editor.showFindings(text, []);
		try {
			const { findings, summary } = await checkPolicyText(text, policyType);
			if (run !== checks) return;
			editor.showFindings(text, findings);
			ctx.show('findings', findingsView(text, findings, policy.id));
			ctx.show('explanation', explanationView(summary));
		} catch {
			if (run !== checks) return;
			checked = undefined;
			ctx.show('findings', CATALOG_UNAVAILABLE);
			ctx.show('explanation', explanationView(null, CATALOG_UNAVAILABLE));
		}
	};

	const render = () => {
		const checked = checkPolicy(policy.value, example.editorRole);
		const evaluation = evaluatePlayground(example, readText(), checked);
		const { error } = evaluation;
		for (const f of FIELDS) ctx.fieldError(inputs[f], `${PARTS[f]}-error`, error?.field === f ? error.message : null);
		ctx.show('gutter', gutterView(policy.value.split('\n').length, error?.line ?? null, evaluation.decidingLines));
		gutter.scrollTop = policy.scrollTop;
		void renderFindings();
		ctx.show('output', traceView(evaluation.result, {}, NO_DECISION));
		panel.show(playgroundCliState(evaluation));
	};

	/** Only what differs from the chosen example goes in the link; the page's own example writes none. */
	const stateNow = (): State | null => {
		const defaults = exampleText(example);
		const now = readText();
		const state: State = { ex: example.id };
		for (const f of FIELDS) if (now[f] !== defaults[f]) state[STATE_KEYS[f]] = now[f];
		return Object.keys(state).length === 1 && example === examples[0] ? null : state;
	};
	const changed = () => {
		url.write(stateNow());
		render();
	};

	const saved = url.read();
	if (saved) {
		load(examples.find((e) => e.id === saved.ex) ?? examples[0]!);
		for (const f of FIELDS) {
			const value = saved[STATE_KEYS[f]];
			if (value !== undefined) inputs[f].value = value;
		}
		render();
	}
	// Without a link the build-time output already shows the first example, checked with the action
	// catalogue; the browser loads its own copy only when the reader starts editing (below).

	const update = onFrame(changed);
	for (const f of FIELDS) inputs[f].addEventListener('input', update);
	policy.addEventListener('scroll', () => {
		gutter.scrollTop = policy.scrollTop;
	});
	select?.addEventListener('change', () => {
		load(examples.find((e) => e.id === select.value) ?? examples[0]!);
		changed();
	});
	ctx.part('reset').addEventListener('click', () => {
		load(example);
		changed();
	});

	// The catalogue's common services load on the reader's first edit, or now for a link's policy (the
	// build checked only the example's); validatePolicy and summarizePolicy share its chunks.
	loadCatalogOnFirstEdit(ctx.root, () => void renderFindings(), saved !== null);
});
