/**
 * Views for SecurityGroupSimulator: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { badge, el, tableView, type ViewNode } from '../kit/view';
import { ruleToText, type FlowResult, type RuleText, type SecurityGroup, type SgExample } from '../../lib/network';
import {
	ruleKey,
	type ConnectionState,
	type Direction,
	type SgEvaluation,
	type SgState,
} from './security-group-simulator';

const SYMPTOMS: Record<FlowResult['symptom'], string> = {
	connected: 'Connection established',
	timeout: 'Connection timed out (no answer at all)',
	refused: 'Connection refused (the host answered: nothing listens on that port)',
	'no reply': 'No reply',
};

function protocolSelect(id: string, value: string, withAll: boolean, label?: string): ViewNode {
	const option = (v: string, text: string) => el('option', { value: v, selected: v === value }, text);
	// A rule row's select is found by data-field, the connection's by data-part.
	return el(
		'select',
		{ id, class: 'sgsim__cell-input', 'aria-label': label, [label ? 'data-field' : 'data-part']: 'protocol' },
		option('tcp', 'TCP'),
		option('udp', 'UDP'),
		option('icmp', 'ICMP'),
		withAll && option('-1', 'All traffic (-1)'),
	);
}

function ruleRowsView(
	widgetId: string,
	group: SecurityGroup,
	direction: Direction,
	rows: readonly RuleText[],
	editable: boolean,
	highlighted: ReadonlySet<string>,
): ViewNode[] {
	const peerName = direction === 'inbound' ? 'source' : 'destination';
	const out: ViewNode[] = rows.map((text, index) => {
		const key = ruleKey(group.id, direction, index);
		const rowAttrs = { 'data-rule': key, 'data-highlight': highlighted.has(key) ? 'true' : undefined };
		if (!editable)
			return el(
				'tr',
				rowAttrs,
				el('td', {}, String(index + 1)),
				el('td', {}, text.protocol === '-1' ? 'All traffic' : text.protocol.toUpperCase()),
				el('td', { class: 'dla-mono' }, text.ports),
				el('td', { class: 'dla-mono' }, text.peer),
				el('td', {}, text.description ?? ''),
				el('td', {}),
			);
		const base = `${widgetId}-${group.id}-${direction}-${index}`;
		const label = `${group.id} ${direction} rule ${index + 1}`;
		const input = (field: string, value: string, aria: string, mono = true) =>
			el('input', {
				id: `${base}-${field}`,
				class: mono ? 'sgsim__cell-input dla-mono' : 'sgsim__cell-input',
				value,
				'aria-label': `${label}: ${aria}`,
				autocomplete: 'off',
				spellcheck: 'false',
				disabled: field === 'ports' && text.protocol === '-1',
				'data-field': field,
			});
		return [
			el(
				'tr',
				rowAttrs,
				el('td', {}, String(index + 1)),
				el('td', {}, protocolSelect(`${base}-protocol`, text.protocol, true, `${label}: protocol`)),
				el('td', {}, input('ports', text.ports, 'port range')),
				el('td', {}, input('peer', text.peer, `${peerName} (CIDR or sg-…)`)),
				el('td', {}, input('description', text.description ?? '', 'description', false)),
				el(
					'td',
					{},
					el(
						'button',
						{
							type: 'button',
							class: 'dla-button sgsim__remove',
							'aria-label': `Remove ${label}`,
							'data-client-only': true,
							'data-remove': key,
						},
						'Remove',
					),
				),
			),
			el(
				'tr',
				{ class: 'sgsim__error-row' },
				el(
					'td',
					{ colspan: 6 },
					el('p', {
						class: 'dla-field__error',
						id: `${base}-error`,
						'data-part': `${base}-error`,
						role: 'alert',
						hidden: true,
					}),
				),
			),
		];
	});
	if (rows.length === 0)
		out.push(
			el(
				'tr',
				{},
				el(
					'td',
					{ colspan: 6 },
					`No ${direction} rules — nothing is allowed ${direction === 'inbound' ? 'in' : 'out'} (except responses).`,
				),
			),
		);
	return out;
}

/** Every group's rule tables; editable groups as inputs (the same markup with and without JavaScript). */
export function sgGroupsView(
	widgetId: string,
	example: SgExample,
	state: SgState,
	highlighted: ReadonlySet<string>,
): ViewNode {
	return example.groups.map((group) => {
		const editable = state.g.find((g) => g.id === group.id);
		return el(
			'section',
			{ class: 'sgsim__group', 'aria-label': `Security group ${group.id}` },
			el(
				'h3',
				{ class: 'sgsim__heading' },
				`${group.id}${group.name ? ` (${group.name})` : ''}${editable ? '' : ' — read-only here'}`,
			),
			(['inbound', 'outbound'] as const).map((direction) => {
				const rows = editable ? editable[direction === 'inbound' ? 'in' : 'out'] : group[direction].map(ruleToText);
				return [
					tableView(
						`${group.id} ${direction} rules`,
						[
							'#',
							'Protocol',
							'Port range',
							direction === 'inbound' ? 'Source' : 'Destination',
							'Description',
							el('span', { class: 'dla-visually-hidden' }, 'Actions'),
						],
						ruleRowsView(widgetId, group, direction, rows, editable !== undefined, highlighted),
						{ caption: direction === 'inbound' ? 'Inbound rules' : 'Outbound rules' },
					),
					editable &&
						el(
							'p',
							{ class: 'dla-row', 'data-client-only': true },
							el(
								'button',
								{ type: 'button', class: 'dla-button', 'data-add': `${group.id}:${direction}` },
								`Add ${direction} rule`,
							),
						),
				];
			}),
		);
	});
}

function field(id: string, label: string, control: ViewNode, hint?: string, error?: string | null): ViewNode {
	return el(
		'div',
		{ class: 'dla-field' },
		el('label', { class: 'dla-field__label', for: id }, label),
		hint && el('p', { class: 'dla-field__hint', id: `${id}-hint` }, hint),
		control,
		el(
			'p',
			{ class: 'dla-field__error', id: `${id}-error`, 'data-part': `${id}-error`, role: 'alert', hidden: !error },
			error,
		),
	);
}

/** The connection's controls (From, source IP, To, protocol, port, listening). */
export function sgConnectionView(
	widgetId: string,
	example: SgExample,
	c: ConnectionState,
	evaluation: SgEvaluation,
): ViewNode {
	const machineOptions = (selected: string) =>
		example.machines.map((m) =>
			el(
				'option',
				{ value: m.id, selected: m.id === selected },
				`${m.label} — ${m.ip}${m.securityGroupIds.length ? ` [${m.securityGroupIds.join(', ')}]` : ' (no security group)'}`,
			),
		);
	const id = (name: string) => `${widgetId}-${name}`;
	const text = (name: string, value: string, extra: Record<string, string> = {}) =>
		el('input', {
			id: id(name),
			class: 'dla-mono',
			value,
			autocomplete: 'off',
			spellcheck: 'false',
			'data-part': name,
			...extra,
		});
	return [
		el('h3', { class: 'sgsim__heading' }, 'Send a connection'),
		el(
			'div',
			{ class: 'sgsim__presets', role: 'group', 'aria-label': 'Example connections', 'data-client-only': true },
			example.connections.map((preset, index) =>
				el('button', { type: 'button', class: 'dla-button', 'data-preset': index }, preset.label),
			),
		),
		el(
			'div',
			{ class: 'dla-grid dla-grid--3' },
			field(id('from'), 'From', el('select', { id: id('from'), 'data-part': 'from' }, machineOptions(c.from))),
			field(
				id('ip'),
				'Source IP address',
				text('ip', c.ip, { 'aria-describedby': `${id('ip')}-hint` }),
				'Change it to see an IP rule stop matching.',
				evaluation.ipError,
			),
			field(id('to'), 'To', el('select', { id: id('to'), 'data-part': 'to' }, machineOptions(c.to))),
			field(id('protocol'), 'Protocol', protocolSelect(id('protocol'), c.protocol, false)),
			field(
				id('port'),
				'Port',
				text('port', c.port, { inputmode: 'numeric', 'aria-describedby': `${id('port')}-hint` }),
				'TCP/UDP: 0–65535. ICMP: type/code, e.g. 8/0 (ping).',
				evaluation.portError,
			),
			el(
				'div',
				{ class: 'dla-field' },
				el(
					'p',
					{ class: 'dla-row' },
					el('input', { id: id('listening'), type: 'checkbox', checked: c.listening, 'data-part': 'listening' }),
					el('label', { for: id('listening') }, 'A program listens on this port'),
				),
				example.showViaPublicIp &&
					el(
						'p',
						{ class: 'dla-row' },
						el('input', { id: id('public'), type: 'checkbox', checked: c.viaPublicIp, 'data-part': 'public' }),
						el('label', { for: id('public') }, 'Connect to the public IP (not the private IP)'),
					),
			),
		),
	];
}

export function sgOutputView(evaluation: SgEvaluation): ViewNode {
	const { result, comparison } = evaluation;
	if (!result)
		return el(
			'p',
			{ class: 'dla-row' },
			badge('warn', 'Fix the input', 'decision'),
			' ',
			el('span', {}, evaluation.ipError ?? 'Correct the highlighted field to evaluate the connection.'),
		);
	return [
		el(
			'p',
			{ class: 'dla-row' },
			badge(result.allowed ? 'allow' : 'deny', result.allowed ? 'Allowed' : 'Blocked', 'decision'),
			' ',
			el('span', { 'data-part': 'symptom' }, `Client sees: ${SYMPTOMS[result.symptom]}`),
		),
		el('p', { 'data-part': 'reason' }, result.reason),
		el(
			'ol',
			{ class: 'dla-list sgsim__steps' },
			el('li', {}, el('strong', {}, 'Source, outbound: '), result.outbound.explanation),
			el('li', {}, el('strong', {}, 'Destination, inbound: '), result.inbound.explanation),
			el('li', {}, el('strong', {}, 'Response: '), result.response.reason),
		),
		comparison &&
			el(
				'p',
				{ 'data-part': 'stateless' },
				el('strong', {}, 'If security groups were stateless (like a network ACL): '),
				comparison.stateless.reason,
			),
	];
}

/** Every example connection's verdict; `title` (the widget's) tells this region apart from another simulator's. */
export function sgAllConnectionsView(evaluation: SgEvaluation, title: string): ViewNode {
	if (!evaluation.all) return null;
	const why = (r: FlowResult) =>
		r.allowed
			? [...r.inbound.matches, ...r.outbound.matches]
					.map((m) => `${m.groupId} ${m.direction} #${m.index + 1}`)
					.join(', ') || 'No group on the destination'
			: r.blockedBy === 'source-outbound'
				? 'No outbound rule on the source'
				: 'No inbound rule on the destination';
	return tableView(
		`Every example connection with these rules (${title})`,
		['Connection', 'Result', 'Why'],
		evaluation.all.map(({ preset, result }) =>
			el(
				'tr',
				{},
				el('td', {}, preset.label),
				el('td', {}, badge(result.allowed ? 'allow' : 'deny', result.allowed ? 'Allowed' : 'Blocked')),
				el('td', {}, why(result)),
			),
		),
		{ caption: 'Every example connection with these rules' },
	);
}
