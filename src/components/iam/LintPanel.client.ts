/**
 * Browser side of LintPanel.astro: validates and explains the policy on every keystroke with the same
 * engine (validatePolicy, summarizePolicy) and the same views the build used.
 */
import { onFrame } from '../../scripts/dom';
import { record, text } from '../../scripts/state-shape';
import { named } from '../../scripts/named-shape';
import { mountWidget } from '../../scripts/widget';
import { loadCatalogOnFirstEdit } from './catalog-on-edit';
import { mountPolicyEditor } from './PolicyEditor.client';
import { checkPolicyText } from './policy-checks';
import { CATALOG_UNAVAILABLE, findingsView, syntaxErrorOf } from './policy-editor';
import { explanationView } from './policy-summary-views';

export interface LintInitial {
	policies: { id: string; text: string }[];
	stateKey: string;
}

// A managed policy is at most 6,144 characters ("IAM and AWS STS quotas"); a sample is named by its id.
const STATE = named(record({ s: text(64), p: text(6144) }, ['s', 'p']), { s: 'Sample', p: 'Policy (JSON)' });

mountWidget<LintInitial>('policy-lint', (ctx) => {
	const { policies, stateKey } = ctx.initial;
	const policy = ctx.part<HTMLTextAreaElement>('policy');
	const url = ctx.urlState(stateKey, STATE);
	const editor = mountPolicyEditor(ctx.root, policy);
	let checks = 0;

	/** An older run that ends after a newer one is dropped; underlines are off until a run ends. */
	const render = async () => {
		const run = ++checks;
		const value = policy.value;
		editor.showFindings(value, []);
		try {
			const { findings, summary } = await checkPolicyText(value, 'identity');
			if (run !== checks) return;
			ctx.fieldError(policy, 'policy-error', syntaxErrorOf(findings));
			editor.showFindings(value, findings);
			ctx.show('output', findingsView(value, findings, policy.id));
			ctx.show('explanation', explanationView(summary));
		} catch {
			if (run !== checks) return;
			ctx.show('output', CATALOG_UNAVAILABLE);
			ctx.show('explanation', explanationView(null, CATALOG_UNAVAILABLE));
		}
	};
	const changed = () => {
		const sample = policies.find((p) => p.text === policy.value);
		url.write(sample ? (sample === policies[0] ? null : { s: sample.id }) : { p: policy.value });
		void render();
	};

	const saved = url.read();
	if (saved?.p !== undefined) policy.value = saved.p;
	else if (saved?.s !== undefined) policy.value = policies.find((p) => p.id === saved.s)?.text ?? policy.value;
	// Without a link the build-time output already shows the first sample checked against the catalogue.
	if (saved) void render();

	policy.addEventListener('input', onFrame(changed));
	for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('button[data-sample]')) {
		button.addEventListener('click', () => {
			policy.value = policies.find((p) => p.id === button.dataset['sample'])?.text ?? policy.value;
			changed();
		});
	}
	// The catalogue's common services load on the reader's first edit, or now for a link's policy (the
	// build checked only the first sample); validatePolicy and summarizePolicy share its chunks.
	loadCatalogOnFirstEdit(ctx.root, () => void render(), saved !== null);
});
