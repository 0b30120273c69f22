/** Browser side of GroupExplorer.astro: every change goes through src/lib/iam-groups, then the same views. */
import {
	GROUP_NAME_MAX,
	IamGroupError,
	USER_NAME_MAX,
	addToGroup,
	createGroup,
	setMembership,
	validateDirectory,
	type GroupDirectory,
} from '../../lib/iam-groups';
import { named } from '../../scripts/named-shape';
import { list, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { memberOptionsView, membershipMatrixView, membershipSummaryView, targetOptionsView } from './groups-view';

export interface GroupExplorerInitial {
	stateKey: string;
	directory: GroupDirectory;
}

// "IAM and AWS STS quotas": 300 groups per account, group names up to 128 characters, user names up
// to 64; a member is a user (or, in a crafted link, a group name, which validateDirectory refuses).
const STATE = named(
	record({
		groups: list(
			record({ name: text(GROUP_NAME_MAX), members: list(text(Math.max(GROUP_NAME_MAX, USER_NAME_MAX)), 300) }),
			300,
		),
	}),
	{ groups: 'Groups' },
);

mountWidget<GroupExplorerInitial>('iam-group-explorer', (ctx) => {
	const { stateKey, directory: example } = ctx.initial;
	const matrixWrap = ctx.part('matrix-wrap');
	// A matrix error is marked on the focusable region the view draws (replaced on each render, so found anew).
	const matrixRegion = () => matrixWrap.querySelector<HTMLElement>('[role="region"]') ?? matrixWrap;
	const newInput = ctx.part<HTMLInputElement>('new');
	const memberSelect = ctx.part<HTMLSelectElement>('member');
	const targetSelect = ctx.part<HTMLSelectElement>('target');
	const url = ctx.urlState(stateKey, STATE);
	let dir = example;

	/** Tries a change; a rule it breaks is shown beside `input` and nothing changes. */
	const attempt = (change: () => GroupDirectory, input: HTMLElement, errorPart: string): boolean => {
		try {
			dir = change();
			ctx.fieldError(input, errorPart, null);
			return true;
		} catch (error) {
			if (!(error instanceof IamGroupError)) throw error;
			ctx.fieldError(input, errorPart, error.message);
			return false;
		}
	};

	const render = () => {
		ctx.show(matrixWrap, membershipMatrixView(dir, ctx.root.id));
		// An error still shown (e.g. after a group was created) stays marked on the new region.
		const matrixError = ctx.part('matrix-error');
		if (!matrixError.hidden) ctx.fieldError(matrixRegion(), 'matrix-error', matrixError.textContent);
		const member = memberSelect.value;
		const target = targetSelect.value;
		ctx.show(memberSelect, memberOptionsView(dir));
		ctx.show(targetSelect, targetOptionsView(dir));
		if ([...memberSelect.options].some((o) => o.value === member)) memberSelect.value = member;
		if ([...targetSelect.options].some((o) => o.value === target)) targetSelect.value = target;
		ctx.show('output', membershipSummaryView(dir));
	};
	const changed = () => {
		url.write(dir === example ? null : { groups: dir.groups.map((g) => ({ name: g.name, members: [...g.members] })) });
		render();
	};

	const saved = url.read();
	if (saved) {
		const candidate: GroupDirectory = { users: example.users, groups: saved.groups };
		try {
			validateDirectory(candidate);
			dir = candidate;
			render();
		} catch (error) {
			if (!(error instanceof IamGroupError)) throw error;
			ctx.fieldError(
				matrixRegion(),
				'matrix-error',
				`The shared link breaks an IAM rule, so the notes' example is shown instead: ${error.message}`,
			);
		}
	}

	// The matrix is re-rendered on every change, so its checkboxes are listened to from the wrapper.
	matrixWrap.addEventListener('change', (event) => {
		const box = event.target;
		if (!(box instanceof HTMLInputElement) || box.dataset['user'] === undefined) return;
		const { user = '', group = '' } = box.dataset;
		if (attempt(() => setMembership(dir, user, group, box.checked), matrixRegion(), 'matrix-error')) changed();
		else box.checked = !box.checked;
	});
	const create = ctx.part('create');
	create.addEventListener('click', () => {
		if (!attempt(() => createGroup(dir, newInput.value), newInput, 'new-error')) return;
		newInput.value = '';
		changed();
	});
	newInput.addEventListener('keydown', (event) => {
		if (event.key === 'Enter') create.click();
	});
	ctx.part('add').addEventListener('click', () => {
		if (attempt(() => addToGroup(dir, memberSelect.value, targetSelect.value), memberSelect, 'member-error')) changed();
	});
	ctx.part('reset').addEventListener('click', () => {
		dir = example;
		ctx.fieldError(matrixRegion(), 'matrix-error', null);
		ctx.fieldError(newInput, 'new-error', null);
		ctx.fieldError(memberSelect, 'member-error', null);
		changed();
	});
});
