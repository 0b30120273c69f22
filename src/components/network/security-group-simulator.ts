/**
 * Client side of SecurityGroupSimulator.astro: rebuilds the widget as editable controls from the
 * example (data-initial) or the URL, and re-evaluates with src/lib/network on every input.
 * DOM is built with h() only; reader text is never parsed as HTML.
 */
import { h, onFrame, replaceChildren, showFieldError, widgetRoots } from '../../scripts/dom';
import { readUrlState, writeUrlState } from '../../scripts/url-state';
import {
	compareConnection,
	evaluateAllConnections,
	evaluateConnection,
	ruleFromText,
	ruleToText,
	SecurityGroupError,
	type Connection,
	type FlowResult,
	type Protocol,
	type RuleText,
	type SecurityGroup,
	type SgExample,
} from '../../lib/network';

interface GroupState {
	id: string;
	in: RuleText[];
	out: RuleText[];
}
interface ConnectionState {
	from: string;
	to: string;
	ip: string;
	protocol: Protocol;
	port: string;
	listening: boolean;
	viaPublicIp: boolean;
}
interface State {
	g: GroupState[];
	c: ConnectionState;
}

const SYMPTOMS: Record<FlowResult['symptom'], string> = {
	connected: 'Connection established',
	timeout: 'Connection timed out (no answer at all)',
	refused: 'Connection refused (the host answered: nothing listens on that port)',
	'no reply': 'No reply',
};

let counter = 0;

export function mountSecurityGroupSimulators(): void {
	for (const root of widgetRoots('security-group-simulator')) {
		if (root.dataset['mounted']) continue;
		root.dataset['mounted'] = 'true';
		try {
			mount(root);
		} catch (error) {
			console.error(error);
		}
	}
}

function connectionState(example: SgExample, preset: Connection): ConnectionState {
	const from = example.machines.find((m) => m.id === preset.from)!;
	const port =
		preset.protocol === 'icmp'
			? `${preset.icmpType ?? 8}/${preset.icmpCode ?? 0}`
			: preset.protocol === '-1'
				? ''
				: String(preset.port ?? '');
	return {
		from: preset.from,
		to: preset.to,
		ip: preset.fromIp ?? from.ip,
		protocol: preset.protocol,
		port,
		listening: preset.listening !== false,
		viaPublicIp: preset.viaPublicIp ?? false,
	};
}

function initialState(example: SgExample): State {
	const editable = new Set(example.editableGroupIds ?? example.groups.map((g) => g.id));
	return {
		g: example.groups
			.filter((g) => editable.has(g.id))
			.map((g) => ({ id: g.id, in: g.inbound.map(ruleToText), out: g.outbound.map(ruleToText) })),
		c: connectionState(example, example.connections[0]!),
	};
}

/** Accepts only a well-formed state from the URL; anything else falls back to the example. */
function sanitize(raw: Partial<State> | null, fallback: State, example: SgExample): State {
	if (!raw) return fallback;
	const str = (v: unknown, d: string) => (typeof v === 'string' ? v.slice(0, 200) : d);
	const rows = (list: unknown): RuleText[] | null =>
		Array.isArray(list)
			? list.slice(0, 60).map((r) => ({
					protocol: str(r?.protocol, 'tcp'),
					ports: str(r?.ports, ''),
					peer: str(r?.peer, ''),
					description: str(r?.description, ''),
				}))
			: null;
	const groups = fallback.g.map((g) => {
		const found = Array.isArray(raw.g) ? raw.g.find((x) => x && x.id === g.id) : undefined;
		return { id: g.id, in: rows(found?.in) ?? g.in, out: rows(found?.out) ?? g.out };
	});
	const c = (raw.c ?? {}) as Partial<ConnectionState>;
	const machineIds = new Set(example.machines.map((m) => m.id));
	const protocols: Protocol[] = ['tcp', 'udp', 'icmp', '-1'];
	return {
		g: groups,
		c: {
			from: machineIds.has(c.from ?? '') ? c.from! : fallback.c.from,
			to: machineIds.has(c.to ?? '') ? c.to! : fallback.c.to,
			ip: str(c.ip, fallback.c.ip),
			protocol: protocols.includes(c.protocol as Protocol) ? (c.protocol as Protocol) : fallback.c.protocol,
			port: str(c.port, fallback.c.port),
			listening: typeof c.listening === 'boolean' ? c.listening : true,
			viaPublicIp: typeof c.viaPublicIp === 'boolean' ? c.viaPublicIp : false,
		},
	};
}

function mount(root: HTMLElement): void {
	const { example, stateKey } = JSON.parse(root.dataset['initial'] ?? '{}') as { example: SgExample; stateKey: string };
	const uid = `${root.id || 'sgsim'}-${++counter}`;
	const fallback = initialState(example);
	const state = sanitize(readUrlState<State>(stateKey), fallback, example);
	const allGroupIds = new Set(example.groups.map((g) => g.id));
	const app = root.querySelector<HTMLElement>('[data-part="app"]')!;

	const groupsBox = h('div', { class: 'sgsim__groups' });
	const presetsBox = h('div', { class: 'sgsim__presets', role: 'group', 'aria-label': 'Example connections' });
	const connectionBox = h('div', { class: 'dla-grid dla-grid--3' });
	const output = h('div', { class: 'dla-output', 'data-part': 'output', 'aria-live': 'polite' });
	// Scrolling table wrappers are built here, after the build-time fix-ups ran: make each a focusable,
	// labelled region so keyboard users can scroll it (axe scrollable-region-focusable).
	// The build-time label names the widget, so two simulators on one page keep distinct region names.
	const allLabel =
		app.querySelector('[data-part="all"]')?.getAttribute('aria-label') ?? 'Every example connection with these rules';
	const allBox = h('div', {
		class: 'dla-table-wrap',
		'data-part': 'all',
		tabindex: '0',
		role: 'region',
		'aria-label': allLabel,
	});
	replaceChildren(
		app,
		groupsBox,
		h('h3', { class: 'sgsim__heading' }, 'Send a connection'),
		presetsBox,
		connectionBox,
		output,
		allBox,
	);

	// Rows whose inputs exist in the DOM, to attach errors and highlights: key = group:dir:index.
	const rowInputs = new Map<
		string,
		{
			row: HTMLTableRowElement;
			protocol: HTMLSelectElement;
			ports: HTMLInputElement;
			peer: HTMLInputElement;
			error: HTMLElement;
		}
	>();

	const update = onFrame(evaluate);

	function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
		const error = h('p', {
			class: 'dla-field__error',
			id: `${control.id}-error`,
			'data-part': `${control.id}-error`,
			role: 'alert',
			hidden: true,
		});
		if (hint) control.setAttribute('aria-describedby', `${control.id}-hint`);
		return h(
			'div',
			{ class: 'dla-field' },
			h('label', { class: 'dla-field__label', for: control.id }, label),
			hint ? h('p', { class: 'dla-field__hint', id: `${control.id}-hint` }, hint) : null,
			control,
			error,
		);
	}
	const errorOf = (control: HTMLElement) => control.parentElement!.querySelector<HTMLElement>('.dla-field__error')!;

	function protocolSelect(id: string, value: string, withAll: boolean): HTMLSelectElement {
		const select = h(
			'select',
			{ id, class: 'sgsim__cell-input' },
			h('option', { value: 'tcp' }, 'TCP'),
			h('option', { value: 'udp' }, 'UDP'),
			h('option', { value: 'icmp' }, 'ICMP'),
			withAll ? h('option', { value: '-1' }, 'All traffic (-1)') : null,
		);
		select.value = value;
		return select;
	}

	function renderGroups(): void {
		rowInputs.clear();
		const sections = example.groups.map((group) => {
			const editable = state.g.find((g) => g.id === group.id);
			const section = h(
				'section',
				{ class: 'sgsim__group', 'aria-label': `Security group ${group.id}` },
				h(
					'h3',
					{ class: 'sgsim__heading' },
					`${group.id}${group.name ? ` (${group.name})` : ''}${editable ? '' : ' — read-only here'}`,
				),
			);
			for (const direction of ['inbound', 'outbound'] as const) {
				const key = direction === 'inbound' ? 'in' : 'out';
				const rows: RuleText[] = editable ? editable[key] : group[direction].map(ruleToText);
				const peerName = direction === 'inbound' ? 'Source' : 'Destination';
				const tbody = h('tbody');
				rows.forEach((text, index) => {
					const base = `${uid}-${group.id}-${direction}-${index}`;
					const label = `${group.id} ${direction} rule ${index + 1}`;
					if (!editable) {
						tbody.append(
							h(
								'tr',
								{ 'data-rule': `${group.id}:${direction}:${index}` },
								h('td', {}, String(index + 1)),
								h('td', {}, text.protocol === '-1' ? 'All traffic' : text.protocol.toUpperCase()),
								h('td', { class: 'dla-mono' }, text.ports),
								h('td', { class: 'dla-mono' }, text.peer),
								h('td', {}, text.description ?? ''),
								h('td'),
							),
						);
						return;
					}
					const protocol = protocolSelect(`${base}-protocol`, text.protocol, true);
					protocol.setAttribute('aria-label', `${label}: protocol`);
					const ports = h('input', {
						id: `${base}-ports`,
						class: 'sgsim__cell-input dla-mono',
						value: text.ports,
						'aria-label': `${label}: port range`,
						autocomplete: 'off',
						spellcheck: 'false',
					});
					const peer = h('input', {
						id: `${base}-peer`,
						class: 'sgsim__cell-input dla-mono',
						value: text.peer,
						'aria-label': `${label}: ${peerName.toLowerCase()} (CIDR or sg-…)`,
						autocomplete: 'off',
						spellcheck: 'false',
					});
					const description = h('input', {
						id: `${base}-description`,
						class: 'sgsim__cell-input',
						value: text.description ?? '',
						'aria-label': `${label}: description`,
						autocomplete: 'off',
					});
					const remove = h(
						'button',
						{ type: 'button', class: 'dla-button sgsim__remove', 'aria-label': `Remove ${label}` },
						'Remove',
					);
					const error = h('p', { class: 'dla-field__error', id: `${base}-error`, role: 'alert', hidden: true });
					const sync = () => {
						rows[index] = {
							protocol: protocol.value,
							ports: ports.value,
							peer: peer.value,
							description: description.value,
						};
						ports.disabled = protocol.value === '-1';
						update();
					};
					ports.disabled = text.protocol === '-1';
					for (const control of [protocol, ports, peer, description]) control.addEventListener('input', sync);
					protocol.addEventListener('change', sync);
					remove.addEventListener('click', () => {
						rows.splice(index, 1);
						renderGroups();
						update();
					});
					const row = h(
						'tr',
						{ 'data-rule': `${group.id}:${direction}:${index}` },
						h('td', {}, String(index + 1)),
						h('td', {}, protocol),
						h('td', {}, ports),
						h('td', {}, peer),
						h('td', {}, description),
						h('td', {}, remove),
					);
					tbody.append(row, h('tr', { class: 'sgsim__error-row' }, h('td', { colspan: 6 }, error)));
					rowInputs.set(`${group.id}:${direction}:${index}`, { row, protocol, ports, peer, error });
				});
				if (rows.length === 0)
					tbody.append(
						h(
							'tr',
							{},
							h(
								'td',
								{ colspan: 6 },
								`No ${direction} rules — nothing is allowed ${direction === 'inbound' ? 'in' : 'out'} (except responses).`,
							),
						),
					);
				const table = h(
					'table',
					{ class: 'dla-table' },
					h('caption', {}, direction === 'inbound' ? 'Inbound rules' : 'Outbound rules'),
					h(
						'thead',
						{},
						h(
							'tr',
							{},
							h('th', { scope: 'col' }, '#'),
							h('th', { scope: 'col' }, 'Protocol'),
							h('th', { scope: 'col' }, 'Port range'),
							h('th', { scope: 'col' }, peerName),
							h('th', { scope: 'col' }, 'Description'),
							h('th', { scope: 'col' }, h('span', { class: 'dla-visually-hidden' }, 'Actions')),
						),
					),
					tbody,
				);
				section.append(
					h(
						'div',
						{ class: 'dla-table-wrap', tabindex: '0', role: 'region', 'aria-label': `${group.id} ${direction} rules` },
						table,
					),
				);
				if (editable) {
					const add = h('button', { type: 'button', class: 'dla-button' }, `Add ${direction} rule`);
					add.addEventListener('click', () => {
						rows.push({ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0', description: '' });
						renderGroups();
						update();
						rowInputs.get(`${group.id}:${direction}:${rows.length - 1}`)?.ports.focus();
					});
					section.append(h('p', { class: 'dla-row' }, add));
				}
			}
			return section;
		});
		replaceChildren(groupsBox, ...sections);
	}

	// Connection controls.
	const machineOptions = () =>
		example.machines.map((m) =>
			h(
				'option',
				{ value: m.id },
				`${m.label} — ${m.ip}${m.securityGroupIds.length ? ` [${m.securityGroupIds.join(', ')}]` : ' (no security group)'}`,
			),
		);
	const fromSelect = h('select', { id: `${uid}-from` }, ...machineOptions());
	const toSelect = h('select', { id: `${uid}-to` }, ...machineOptions());
	const ipInput = h('input', {
		id: `${uid}-ip`,
		class: 'dla-mono',
		autocomplete: 'off',
		spellcheck: 'false',
		inputmode: 'text',
	});
	const protoSelect = protocolSelect(`${uid}-protocol`, state.c.protocol, false);
	const portInput = h('input', { id: `${uid}-port`, class: 'dla-mono', autocomplete: 'off', inputmode: 'numeric' });
	const listening = h('input', { id: `${uid}-listening`, type: 'checkbox' });
	const viaPublic = h('input', { id: `${uid}-public`, type: 'checkbox' });
	replaceChildren(
		connectionBox,
		field('From', fromSelect),
		field('Source IP address', ipInput, 'Change it to see an IP rule stop matching.'),
		field('To', toSelect),
		field('Protocol', protoSelect),
		field('Port', portInput, 'TCP/UDP: 0–65535. ICMP: type/code, e.g. 8/0 (ping).'),
		h(
			'div',
			{ class: 'dla-field' },
			h('p', { class: 'dla-row' }, listening, h('label', { for: listening.id }, 'A program listens on this port')),
			example.showViaPublicIp
				? h(
						'p',
						{ class: 'dla-row' },
						viaPublic,
						h('label', { for: viaPublic.id }, 'Connect to the public IP (not the private IP)'),
					)
				: null,
		),
	);
	const setConnectionControls = () => {
		fromSelect.value = state.c.from;
		toSelect.value = state.c.to;
		ipInput.value = state.c.ip;
		protoSelect.value = state.c.protocol;
		portInput.value = state.c.port;
		listening.checked = state.c.listening;
		viaPublic.checked = state.c.viaPublicIp;
	};
	setConnectionControls();
	const readConnectionControls = () => {
		state.c = {
			from: fromSelect.value,
			to: toSelect.value,
			ip: ipInput.value,
			protocol: protoSelect.value as Protocol,
			port: portInput.value,
			listening: listening.checked,
			viaPublicIp: viaPublic.checked,
		};
		update();
	};
	fromSelect.addEventListener('change', () => {
		ipInput.value = example.machines.find((m) => m.id === fromSelect.value)!.ip;
		readConnectionControls();
	});
	for (const control of [toSelect, protoSelect, listening, viaPublic])
		control.addEventListener('change', readConnectionControls);
	for (const control of [ipInput, portInput]) control.addEventListener('input', readConnectionControls);

	for (const preset of example.connections) {
		const button = h('button', { type: 'button', class: 'dla-button' }, preset.label);
		button.addEventListener('click', () => {
			state.c = connectionState(example, preset);
			setConnectionControls();
			update();
		});
		presetsBox.append(button);
	}

	renderGroups();
	evaluate();

	function currentGroups(): SecurityGroup[] | null {
		let ok = true;
		const groups = example.groups.map((group) => {
			const editable = state.g.find((g) => g.id === group.id);
			if (!editable) return group;
			const parse = (rows: RuleText[], direction: 'inbound' | 'outbound') =>
				rows.flatMap((text, index) => {
					const controls = rowInputs.get(`${group.id}:${direction}:${index}`)!;
					const where = `${group.id} ${direction} rule ${index + 1}`;
					for (const c of [controls.protocol, controls.ports, controls.peer]) showFieldError(c, controls.error, null);
					try {
						return [ruleFromText(text, where, allGroupIds)];
					} catch (error) {
						if (!(error instanceof SecurityGroupError)) throw error;
						ok = false;
						const target =
							/protocol/i.test(error.reason) && !/port/i.test(error.reason)
								? controls.protocol
								: /port|ICMP|range|backwards/i.test(error.reason)
									? controls.ports
									: controls.peer;
						showFieldError(target, controls.error, error.message);
						return [];
					}
				});
			return { ...group, inbound: parse(editable.in, 'inbound'), outbound: parse(editable.out, 'outbound') };
		});
		return ok ? groups : null;
	}

	function currentConnection(): Connection | null {
		showFieldError(portInput, errorOf(portInput), null);
		const c = state.c;
		const connection: Connection = {
			from: c.from,
			to: c.to,
			protocol: c.protocol,
			fromIp: c.ip,
			listening: c.listening,
			viaPublicIp: c.viaPublicIp,
		};
		const port = c.port.trim();
		if (c.protocol === 'tcp' || c.protocol === 'udp') {
			if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) {
				showFieldError(portInput, errorOf(portInput), `"${port}" is not a port — use a whole number from 0 to 65535.`);
				return null;
			}
			connection.port = Number(port);
		} else if (c.protocol === 'icmp') {
			const match = /^(\d{1,3})(?:\s*\/\s*(\d{1,3}))?$/.exec(port === '' ? '8/0' : port);
			if (!match || Number(match[1]) > 255 || Number(match[2] ?? 0) > 255) {
				showFieldError(
					portInput,
					errorOf(portInput),
					`"${port}" — for ICMP write type/code, e.g. 8/0 (echo request, i.e. ping).`,
				);
				return null;
			}
			connection.icmpType = Number(match[1]);
			connection.icmpCode = Number(match[2] ?? 0);
		}
		return connection;
	}

	function evaluate(): void {
		writeUrlState(stateKey, state);
		for (const { row } of rowInputs.values()) row.removeAttribute('data-highlight');
		showFieldError(ipInput, errorOf(ipInput), null);
		const groups = currentGroups();
		const connection = currentConnection();
		if (!groups || !connection) {
			replaceChildren(
				output,
				h(
					'p',
					{ class: 'dla-row' },
					h('span', { class: 'dla-badge', 'data-tone': 'warn', 'data-part': 'decision' }, 'Fix the input'),
					h('span', {}, 'Correct the highlighted field to evaluate the connection.'),
				),
			);
			replaceChildren(allBox);
			return;
		}
		let result: FlowResult;
		try {
			result = evaluateConnection(groups, example.machines, connection);
		} catch (error) {
			if (!(error instanceof SecurityGroupError)) throw error;
			showFieldError(ipInput, errorOf(ipInput), error.message);
			replaceChildren(
				output,
				h(
					'p',
					{ class: 'dla-row' },
					h('span', { class: 'dla-badge', 'data-tone': 'warn', 'data-part': 'decision' }, 'Fix the input'),
					h('span', {}, error.message),
				),
			);
			replaceChildren(allBox);
			return;
		}
		for (const match of [...result.inbound.matches, ...result.outbound.matches]) {
			groupsBox
				.querySelector(`tr[data-rule="${match.groupId}:${match.direction}:${match.index}"]`)
				?.setAttribute('data-highlight', 'true');
		}
		const steps = h(
			'ol',
			{ class: 'dla-list sgsim__steps' },
			h('li', {}, h('strong', {}, 'Source, outbound: '), result.outbound.explanation),
			h('li', {}, h('strong', {}, 'Destination, inbound: '), result.inbound.explanation),
			h('li', {}, h('strong', {}, 'Response: '), result.response.reason),
		);
		let stateless: HTMLElement | null = null;
		if (example.showStateless) {
			const comparison = compareConnection(groups, example.machines, connection);
			stateless = h(
				'p',
				{ 'data-part': 'stateless' },
				h('strong', {}, 'If security groups were stateless (like a network ACL): '),
				comparison.stateless.reason,
			);
		}
		replaceChildren(
			output,
			h(
				'p',
				{ class: 'dla-row' },
				h(
					'span',
					{ class: 'dla-badge', 'data-tone': result.allowed ? 'allow' : 'deny', 'data-part': 'decision' },
					result.allowed ? 'Allowed' : 'Blocked',
				),
				h('span', { 'data-part': 'symptom' }, `Client sees: ${SYMPTOMS[result.symptom]}`),
			),
			h('p', { 'data-part': 'reason' }, result.reason),
			steps,
			stateless,
		);
		const rows = evaluateAllConnections(example, groups).map(({ preset, result: r }) =>
			h(
				'tr',
				{},
				h('td', {}, preset.label),
				h(
					'td',
					{},
					h(
						'span',
						{ class: 'dla-badge', 'data-tone': r.allowed ? 'allow' : 'deny' },
						r.allowed ? 'Allowed' : 'Blocked',
					),
				),
				h(
					'td',
					{},
					r.allowed
						? [...r.inbound.matches, ...r.outbound.matches]
								.map((m) => `${m.groupId} ${m.direction} #${m.index + 1}`)
								.join(', ') || 'No group on the destination'
						: r.blockedBy === 'source-outbound'
							? 'No outbound rule on the source'
							: 'No inbound rule on the destination',
				),
			),
		);
		replaceChildren(
			allBox,
			h(
				'table',
				{ class: 'dla-table' },
				h('caption', {}, 'Every example connection with these rules'),
				h(
					'thead',
					{},
					h(
						'tr',
						{},
						h('th', { scope: 'col' }, 'Connection'),
						h('th', { scope: 'col' }, 'Result'),
						h('th', { scope: 'col' }, 'Why'),
					),
				),
				h('tbody', {}, ...rows),
			),
		);
	}
}
