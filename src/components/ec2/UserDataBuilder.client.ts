/** Browser side of UserDataBuilder.astro: rebuilds the script and its facts whenever the form changes. */
import type { CliCommand } from '../../lib/cli';
import { USER_DATA_LIMIT_BYTES, type UserDataOptions } from '../../lib/ec2';
import { onFrame } from '../../scripts/dom';
import { boolean, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { evaluateUserData, userDataView } from './user-data-views';
import { userDataCliState } from './user-data-cli-views';
import { mountTryInAccount } from '../kit/TryInAccount.client';

export interface UserDataInitial {
	stateKey: string;
	/** run-instances without the script, computed at build time (see user-data-cli-views.ts). */
	launch: CliCommand;
}

const FLAGS = ['updatePackages', 'installWebServer', 'writeIndexPage', 'runOnEveryBoot'] as const;
const STATE = record({
	updatePackages: boolean,
	installWebServer: boolean,
	writeIndexPage: boolean,
	runOnEveryBoot: boolean,
	// EC2's own limit on user data (16 KB before base64); the link's length cap applies too.
	extraCommands: text(USER_DATA_LIMIT_BYTES),
});

mountWidget<UserDataInitial>('user-data-builder', (ctx) => {
	const boxes = Object.fromEntries(FLAGS.map((flag) => [flag, ctx.part<HTMLInputElement>(flag)])) as Record<
		(typeof FLAGS)[number],
		HTMLInputElement
	>;
	const extra = ctx.part<HTMLTextAreaElement>('extraCommands');
	const url = ctx.urlState(ctx.initial.stateKey, STATE);
	const panel = mountTryInAccount(ctx.root);

	const options = (): UserDataOptions => ({
		updatePackages: boxes.updatePackages.checked,
		installWebServer: boxes.installWebServer.checked,
		writeIndexPage: boxes.writeIndexPage.checked,
		runOnEveryBoot: boxes.runOnEveryBoot.checked,
		extraCommands: extra.value,
	});
	const render = () => {
		// A home page without a web server means nothing: the engine ignores it, the form says so.
		boxes.writeIndexPage.disabled = !boxes.installWebServer.checked;
		const { result, error } = evaluateUserData(options());
		ctx.fieldError(extra, 'extra-error', error);
		ctx.show('output', userDataView(result));
		panel.show(userDataCliState(result?.script ?? null, ctx.initial.launch));
	};
	const changed = () => {
		url.write(options());
		render();
	};

	const saved = url.read();
	if (saved) {
		for (const flag of FLAGS) boxes[flag].checked = saved[flag];
		extra.value = saved.extraCommands;
	}
	render();

	for (const box of Object.values(boxes)) box.addEventListener('change', changed);
	extra.addEventListener('input', onFrame(changed));
});
