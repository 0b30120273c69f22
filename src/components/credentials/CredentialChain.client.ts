/** Browser side of CredentialChain.astro: resolves the chain on every change with the same engine and words. */
import { CLI_CREDENTIAL_CHAIN, resolveCredentialSource, type CredentialSourceId } from '../../lib/credentials';
import { named } from '../../scripts/named-shape';
import { list, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { CHAIN_STATUS_TEXT, chainStatus, chainSummary } from './views';

export interface ChainInitial {
	scenarios: { id: string; label: string; configured: CredentialSourceId[] }[];
	stateKey: string;
}

const KNOWN = new Set<string>(CLI_CREDENTIAL_CHAIN.map((source) => source.id));
// Source ids are short words; a link naming one this site does not know is read without it.
const STATE = named(record({ on: list(text(64), CLI_CREDENTIAL_CHAIN.length * 2) }), { on: 'Credential sources' });

mountWidget<ChainInitial>('credential-chain', (ctx) => {
	const { scenarios, stateKey } = ctx.initial;
	const boxes = [...ctx.root.querySelectorAll<HTMLInputElement>('.chain input[type="checkbox"]')];
	const items = [...ctx.root.querySelectorAll<HTMLElement>('.chain li')];
	const scenarioSelect = ctx.part<HTMLSelectElement>('scenario');
	const url = ctx.urlState(stateKey, STATE);

	const configured = () => boxes.filter((box) => box.checked).map((box) => box.value as CredentialSourceId);
	const apply = (on: readonly string[]) => {
		for (const box of boxes) box.checked = on.includes(box.value);
	};
	const render = () => {
		const on = configured();
		const resolution = resolveCredentialSource(on);
		for (const item of items) {
			const sourceId = item.dataset['source'] as CredentialSourceId;
			const status = chainStatus(resolution, sourceId);
			item.dataset['status'] = status;
			ctx.show(`status-${sourceId}`, CHAIN_STATUS_TEXT[status]);
		}
		ctx.show('summary', chainSummary(resolution));
		const match = scenarios.find(
			(scenario) => scenario.configured.length === on.length && scenario.configured.every((id) => on.includes(id)),
		);
		scenarioSelect.value = match?.id ?? 'custom';
	};
	const changed = () => {
		url.write({ on: configured() });
		render();
	};

	const saved = url.read();
	if (saved) apply(saved.on.filter((id) => KNOWN.has(id)));
	render();

	scenarioSelect.addEventListener('change', () => {
		const scenario = scenarios.find((candidate) => candidate.id === scenarioSelect.value);
		if (scenario) apply(scenario.configured);
		changed();
	});
	for (const box of boxes) box.addEventListener('change', changed);
});
