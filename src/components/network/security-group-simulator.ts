/**
 * The security-group simulator's state (rule rows as typed, the connection as chosen) and its one
 * evaluation with src/lib/network. Pure, no DOM: SecurityGroupSimulator.astro calls it at build time and
 * SecurityGroupSimulator.client.ts on every edit, and the same views render the result.
 */
import {
	compareConnection,
	evaluateAllConnections,
	evaluateConnection,
	ruleFromText,
	ruleToText,
	SecurityGroupError,
	type Connection,
	type ConnectionPreset,
	type FlowResult,
	type Protocol,
	type Rule,
	type RuleText,
	type SecurityGroup,
	type SgExample,
	type StatelessComparison,
} from '../../lib/network';
import { boolean, list, oneOf, record, text, type Shape } from '../../scripts/state-shape';

export type Direction = 'inbound' | 'outbound';

export interface GroupState {
	id: string;
	in: RuleText[];
	out: RuleText[];
}
export interface ConnectionState {
	from: string;
	to: string;
	ip: string;
	protocol: Protocol;
	port: string;
	listening: boolean;
	viaPublicIp: boolean;
}
export interface SgState {
	g: GroupState[];
	c: ConnectionState;
}

/** AWS's default quota is 60 inbound and 60 outbound rules per security group. */
export const MAX_RULES_PER_DIRECTION = 60;
// A rule cell holds a port range, a CIDR block (≤ 43 characters) or an sg- id; a description is ≤ 255.
const CELL = text(64);
const RULE_TEXT = record(
	{ protocol: oneOf('tcp', 'udp', 'icmp', '-1'), ports: CELL, peer: CELL, description: text(255) },
	['description'],
);
const RULES = list(RULE_TEXT, MAX_RULES_PER_DIRECTION);

/** The URL shape for one example: only its editable groups and machines are accepted. */
export function sgStateShape(example: SgExample): Shape<SgState> {
	const machineIds = example.machines.map((m) => m.id);
	const groupIds = editableGroupIds(example);
	return record({
		g: list(record({ id: oneOf(...groupIds), in: RULES, out: RULES }), groupIds.length),
		c: record({
			from: oneOf(...machineIds),
			to: oneOf(...machineIds),
			ip: CELL,
			protocol: oneOf('tcp', 'udp', 'icmp', '-1'),
			port: text(16),
			listening: boolean,
			viaPublicIp: boolean,
		}),
	});
}

export function editableGroupIds(example: SgExample): string[] {
	return example.editableGroupIds ?? example.groups.map((g) => g.id);
}

export function connectionState(example: SgExample, preset: Connection): ConnectionState {
	const from = example.machines.find((m) => m.id === preset.from);
	const port =
		preset.protocol === 'icmp'
			? `${preset.icmpType ?? 8}/${preset.icmpCode ?? 0}`
			: preset.protocol === '-1'
				? ''
				: String(preset.port ?? '');
	return {
		from: preset.from,
		to: preset.to,
		ip: preset.fromIp ?? from?.ip ?? '',
		protocol: preset.protocol,
		port,
		listening: preset.listening !== false,
		viaPublicIp: preset.viaPublicIp ?? false,
	};
}

export function initialSgState(example: SgExample): SgState {
	const editable = new Set(editableGroupIds(example));
	return {
		g: example.groups
			.filter((g) => editable.has(g.id))
			.map((g) => ({ id: g.id, in: g.inbound.map(ruleToText), out: g.outbound.map(ruleToText) })),
		c: connectionState(example, example.connections[0]!),
	};
}

/** A saved state may omit groups; those keep the example's rules. */
export function mergeSgState(example: SgExample, saved: SgState): SgState {
	const base = initialSgState(example);
	return { g: base.g.map((g) => saved.g.find((s) => s.id === g.id) ?? g), c: saved.c };
}

export const ruleKey = (groupId: string, direction: Direction, index: number) => `${groupId}:${direction}:${index}`;

export interface RuleRowError {
	field: 'protocol' | 'ports' | 'peer';
	message: string;
}

export interface SgEvaluation {
	/** Per rule row (ruleKey), the engine's message and the cell it belongs to. */
	ruleErrors: Map<string, RuleRowError>;
	portError: string | null;
	ipError: string | null;
	/** Null while any field is invalid: no stale result is shown beside an error. */
	result: FlowResult | null;
	comparison: StatelessComparison | null;
	all: { preset: ConnectionPreset; result: FlowResult }[] | null;
	highlighted: Set<string>;
	/** The groups as evaluated (null while any field is invalid): the "Try it in your account" export. */
	groups?: SecurityGroup[] | null;
}

function errorField(reason: string): RuleRowError['field'] {
	if (/protocol/i.test(reason) && !/port/i.test(reason)) return 'protocol';
	return /port|ICMP|range|backwards/i.test(reason) ? 'ports' : 'peer';
}

function readGroups(example: SgExample, state: SgState, errors: Map<string, RuleRowError>): SecurityGroup[] {
	const known = new Set(example.groups.map((g) => g.id));
	return example.groups.map((group) => {
		const editable = state.g.find((g) => g.id === group.id);
		if (!editable) return group;
		const parse = (rows: RuleText[], direction: Direction): Rule[] =>
			rows.flatMap((row, index) => {
				try {
					return [ruleFromText(row, `${group.id} ${direction} rule ${index + 1}`, known)];
				} catch (error) {
					if (!(error instanceof SecurityGroupError)) throw error;
					errors.set(ruleKey(group.id, direction, index), { field: errorField(error.reason), message: error.message });
					return [];
				}
			});
		return { ...group, inbound: parse(editable.in, 'inbound'), outbound: parse(editable.out, 'outbound') };
	});
}

function readConnection(c: ConnectionState): Connection | string {
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
		if (!/^\d{1,5}$/.test(port) || Number(port) > 65535)
			return `"${port}" is not a port — use a whole number from 0 to 65535.`;
		connection.port = Number(port);
	} else if (c.protocol === 'icmp') {
		const match = /^(\d{1,3})(?:\s*\/\s*(\d{1,3}))?$/.exec(port === '' ? '8/0' : port);
		if (!match || Number(match[1]) > 255 || Number(match[2] ?? 0) > 255)
			return `"${port}" — for ICMP write type/code, e.g. 8/0 (echo request, i.e. ping).`;
		connection.icmpType = Number(match[1]);
		connection.icmpCode = Number(match[2] ?? 0);
	}
	return connection;
}

export function evaluateSgState(example: SgExample, state: SgState): SgEvaluation {
	const ruleErrors = new Map<string, RuleRowError>();
	const groups = readGroups(example, state, ruleErrors);
	const connection = readConnection(state.c);
	const empty = {
		ruleErrors,
		ipError: null,
		result: null,
		comparison: null,
		all: null,
		highlighted: new Set<string>(),
		groups: null,
	};
	if (typeof connection === 'string') return { ...empty, portError: connection };
	if (ruleErrors.size > 0) return { ...empty, portError: null };
	let result: FlowResult;
	try {
		result = evaluateConnection(groups, example.machines, connection);
	} catch (error) {
		if (!(error instanceof SecurityGroupError)) throw error;
		return { ...empty, portError: null, ipError: error.message };
	}
	return {
		ruleErrors,
		portError: null,
		ipError: null,
		result,
		comparison: example.showStateless ? compareConnection(groups, example.machines, connection) : null,
		all: evaluateAllConnections(example, groups),
		groups,
		highlighted: new Set(
			[...result.inbound.matches, ...result.outbound.matches].map((m) => ruleKey(m.groupId, m.direction, m.index)),
		),
	};
}
