/**
 * Browser side of SubnetPlanner.astro. Every change goes through the engine (src/lib/network) and is
 * redrawn with the same views the build used; the plan is written to the link only after the reader
 * changes something. After a split or join, focus moves to the new piece's Split button, so the whole
 * plan can be built from the keyboard.
 */
import { SubnetError, cidrsOverlap, parseVpcBlock } from '../../lib/network';
import {
	addSecondaryBlock,
	checkPlan,
	joinSubnet,
	nameSubnet,
	removeSecondaryBlock,
	splitSubnet,
	startPlan,
	type VpcPlan,
} from '../../lib/vpc';
import { mountWidget } from '../../scripts/widget';
import { PLAN_STATE, planToState, stateToPlan } from './subnet-planner-state';
import { plannerExportsView, plannerSummaryView, plannerTreeView } from './subnet-planner-views';

export interface SubnetPlannerInitial {
	stateKey: string;
	idPrefix: string;
	example: VpcPlan;
}

mountWidget<SubnetPlannerInitial>('subnet-planner', (ctx) => {
	const { stateKey, idPrefix, example } = ctx.initial;
	const vpcInput = ctx.part<HTMLInputElement>('vpc');
	const secondaryInput = ctx.part<HTMLInputElement>('secondary');
	const ipv6Input = ctx.part<HTMLInputElement>('ipv6');
	const tree = ctx.part('tree');
	const status = ctx.part('status');
	const url = ctx.urlState(stateKey, PLAN_STATE);
	let plan = example;

	const renderText = () => {
		ctx.show('summary-area', plannerSummaryView(plan));
		ctx.show('exports', plannerExportsView(plan));
	};
	/** Redraws the tree and puts focus back on the same control (same id, or same action and block). */
	const renderAll = () => {
		const active =
			document.activeElement instanceof HTMLElement && tree.contains(document.activeElement)
				? document.activeElement
				: null;
		const again = active?.id
			? `#${CSS.escape(active.id)}`
			: active?.dataset['action'] && active.dataset['cidr']
				? `[data-action="${active.dataset['action']}"][data-cidr="${active.dataset['cidr']}"]`
				: null;
		ctx.show(tree, plannerTreeView(plan, idPrefix));
		if (again) tree.querySelector<HTMLElement>(again)?.focus();
		ipv6Input.checked = plan.ipv6;
		renderText();
	};
	const focusSplit = (cidr: string) =>
		tree
			.querySelector<HTMLElement>(
				`[data-cidr="${cidr}"]:is([data-action="split"]:not([disabled]), [data-field="name"])`,
			)
			?.focus();
	/** Applies a change; a refusal is shown in the status line and changes nothing. */
	/** `said` goes to the status line (read out by screen readers); null keeps it quiet while typing. */
	const change = (next: () => VpcPlan, said: string | null, redraw = true): boolean => {
		try {
			plan = next();
		} catch (error) {
			if (!(error instanceof SubnetError)) throw error;
			status.textContent = error.message;
			return false;
		}
		url.write(planToState(plan));
		if (said !== null) status.textContent = said;
		if (redraw) renderAll();
		else renderText();
		return true;
	};

	const saved = url.read();
	if (saved) {
		try {
			plan = checkPlan(stateToPlan(saved));
		} catch (error) {
			if (!(error instanceof SubnetError)) throw error;
			ctx.notice(`This link's plan could not be used: ${error.message} Showing the page's example instead.`);
		}
	}
	vpcInput.value = plan.blocks[0]!;
	renderAll();

	const checkField = (input: HTMLInputElement, errorPart: string): boolean => {
		let message: string | null = null;
		try {
			if (parseVpcBlock(input.value).version !== 4) message = 'Enter an IPv4 block; turn IPv6 on below for the /56.';
		} catch (error) {
			if (!(error instanceof SubnetError)) throw error;
			message = error.message;
		}
		ctx.fieldError(input, errorPart, message);
		return message === null;
	};
	vpcInput.addEventListener('input', () => checkField(vpcInput, 'vpc-error'));
	secondaryInput.addEventListener('input', () =>
		secondaryInput.value
			? checkField(secondaryInput, 'secondary-error')
			: ctx.fieldError(secondaryInput, 'secondary-error', null),
	);

	ctx.part('start').addEventListener('click', () => {
		if (!checkField(vpcInput, 'vpc-error')) return;
		if (change(() => startPlan(vpcInput.value, plan), `New plan: ${vpcInput.value.trim()} as one free block.`))
			focusSplit(plan.blocks[0]!);
	});
	ctx.part('add-block').addEventListener('click', () => {
		if (!checkField(secondaryInput, 'secondary-error')) return;
		const cidr = secondaryInput.value.trim();
		let refusal: string | null = null;
		try {
			addSecondaryBlock(plan, cidr);
		} catch (error) {
			if (!(error instanceof SubnetError)) throw error;
			refusal = error.message;
		}
		ctx.fieldError(secondaryInput, 'secondary-error', refusal);
		if (refusal === null && change(() => addSecondaryBlock(plan, cidr), `Added ${cidr} as a secondary block.`)) {
			secondaryInput.value = '';
			focusSplit(plan.blocks.at(-1)!);
		}
	});
	ipv6Input.addEventListener('change', () =>
		change(
			() => checkPlan({ ...plan, ipv6: ipv6Input.checked }),
			ipv6Input.checked ? 'IPv6 on: each named subnet gets a /64.' : 'IPv6 off.',
		),
	);

	tree.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
		const cidr = button?.dataset['cidr'];
		if (!button || !cidr) return;
		const action = button.dataset['action'];
		// After a split or join, focus the first piece now covering the old one: its first half, or its parent.
		const firstPiece = () => plan.subnets.find((s) => cidrsOverlap(s.cidr, cidr))!.cidr;
		if (action === 'split' && change(() => splitSubnet(plan, cidr), `Split ${cidr} into two halves.`))
			focusSplit(firstPiece());
		if (action === 'join' && change(() => joinSubnet(plan, cidr), `Joined ${cidr} with its other half.`))
			focusSplit(firstPiece());
		if (action === 'remove-block' && change(() => removeSecondaryBlock(plan, cidr), `Removed ${cidr} and its subnets.`))
			ctx.part('add-block').focus();
	});
	/**
	 * Typing a name updates the summary and exports at once; the tree (badges, IPv6 /64s) is redrawn on
	 * `change`, one frame later, once focus has settled on the next control.
	 */
	const rename = (event: Event) => {
		const field = event.target as HTMLInputElement | HTMLSelectElement;
		const cidr = field.dataset['cidr'];
		if (!cidr || !field.dataset['field']) return;
		const piece = field.closest<HTMLElement>('[data-piece]')!;
		const name = piece.querySelector<HTMLInputElement>('[data-field="name"]')!.value;
		const az = piece.querySelector<HTMLSelectElement>('[data-field="az"]')!.value;
		const said = name ? `${cidr} is subnet ${name}.` : `${cidr} is free space.`;
		if (
			change(() => nameSubnet(plan, cidr, name, az), event.type === 'change' ? said : null, false) &&
			event.type === 'change'
		)
			requestAnimationFrame(renderAll);
	};
	tree.addEventListener('input', rename);
	tree.addEventListener('change', rename);
});
