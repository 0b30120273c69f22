/** Browser side of LintPanel.astro: lints on every keystroke with the same engine and view. */
import { lintPolicy, loadActionCatalog, type ActionCatalog } from '../../lib/iam';
import { onFrame } from '../../scripts/dom';
import { record, text } from '../../scripts/state-shape';
import { named } from '../../scripts/named-shape';
import { mountWidget } from '../../scripts/widget';
import { lintOutputView, syntaxError } from './views';

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
	let catalog: ActionCatalog | undefined;

	const render = () => {
		const findings = lintPolicy(policy.value, catalog ? { actions: catalog } : {});
		ctx.fieldError(policy, 'policy-error', syntaxError(findings));
		ctx.show('output', lintOutputView(findings, catalog ? catalog.size : null));
	};
	const changed = () => {
		const sample = policies.find((p) => p.text === policy.value);
		url.write(sample ? (sample === policies[0] ? null : { s: sample.id }) : { p: policy.value });
		render();
	};

	const saved = url.read();
	if (saved?.p !== undefined) policy.value = saved.p;
	else if (saved?.s !== undefined) policy.value = policies.find((p) => p.id === saved.s)?.text ?? policy.value;
	// Without a link the build-time output already shows the first sample checked against the catalogue.
	if (saved) render();

	policy.addEventListener('input', onFrame(changed));
	for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('button[data-sample]')) {
		button.addEventListener('click', () => {
			policy.value = policies.find((p) => p.id === button.dataset['sample'])?.text ?? policy.value;
			changed();
		});
	}
	// The action catalogue (≈100 KB gzipped) is fetched from this site only once the page is idle.
	const fetchCatalog = () =>
		loadActionCatalog()
			.then((loaded) => {
				catalog = loaded;
				render();
			})
			.catch(() => undefined);
	if ('requestIdleCallback' in window) requestIdleCallback(fetchCatalog);
	else setTimeout(fetchCatalog, 500);
});
