/** Browser side of StorageChooser.astro: re-runs the chooser engine whenever a need changes. */
import { chooseStorage, type StorageNeeds } from '../../lib/storage';
import { boolean, oneOf, record } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { chooserView } from './chooser-views';

export interface ChooserInitial {
	stateKey: string;
	presets: StorageNeeds[];
}

const NEEDS = ['sharedAccess', 'surviveStop', 'multiAz', 'scratchSpeed'] as const;
const STATE = record({
	sharedAccess: boolean,
	surviveStop: boolean,
	multiAz: boolean,
	scratchSpeed: boolean,
	os: oneOf('linux', 'windows'),
});

mountWidget<ChooserInitial>('storage-chooser', (ctx) => {
	const { stateKey, presets } = ctx.initial;
	const boxes = Object.fromEntries(
		NEEDS.map((need) => [need, ctx.root.querySelector<HTMLInputElement>(`[data-need="${need}"]`)!]),
	) as Record<(typeof NEEDS)[number], HTMLInputElement>;
	const osSelect = ctx.part<HTMLSelectElement>('os');
	const url = ctx.urlState(stateKey, STATE);

	const needs = (): StorageNeeds => ({
		sharedAccess: boxes.sharedAccess.checked,
		surviveStop: boxes.surviveStop.checked,
		multiAz: boxes.multiAz.checked,
		scratchSpeed: boxes.scratchSpeed.checked,
		os: osSelect.value === 'windows' ? 'windows' : 'linux',
	});
	const setNeeds = (value: StorageNeeds) => {
		for (const need of NEEDS) boxes[need].checked = value[need];
		osSelect.value = value.os;
	};
	const render = () => ctx.show('output', chooserView(chooseStorage(needs())));
	const changed = () => {
		url.write(needs());
		render();
	};

	const saved = url.read();
	if (saved) setNeeds(saved);
	render();

	for (const input of [...Object.values(boxes), osSelect]) input.addEventListener('change', changed);
	for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
		button.addEventListener('click', () => {
			const preset = presets[Number(button.dataset['preset'])];
			if (!preset) return;
			setNeeds(preset);
			changed();
		});
	}
});
