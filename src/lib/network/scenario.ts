/**
 * A small "network" for the simulators: security groups, named machines that carry them, and preset
 * connections between machines. Turns a preset into an evaluateFlow input, so the page widget, the
 * build-time render and the unit tests all compute the same answer.
 */
import {
	evaluateFlow,
	SecurityGroupError,
	type FlowInput,
	type FlowResult,
	type Protocol,
	type SecurityGroup,
} from './security-groups';
import { compareStatefulStateless, type StatelessComparison } from './nacl';

export interface Machine {
	id: string;
	/** Shown to the reader, e.g. "Your computer". */
	label: string;
	ip: string;
	/** Empty = outside AWS (the internet): no security group checks its traffic. */
	securityGroupIds: string[];
}

export interface Connection {
	/** Source and destination machine ids. */
	from: string;
	to: string;
	protocol: Protocol;
	port?: number;
	icmpType?: number;
	icmpCode?: number;
	/** Override the source machine's IP (e.g. the reader's own address). */
	fromIp?: string;
	/** Reach the destination at its public IP: group references stop matching. */
	viaPublicIp?: boolean;
	/** Is a program listening on the destination port? Default true. */
	listening?: boolean;
}

export interface ConnectionPreset extends Connection {
	id: string;
	/** Button text, e.g. "SSH from your IP". */
	label: string;
}

export interface SgExample {
	groups: SecurityGroup[];
	machines: Machine[];
	connections: ConnectionPreset[];
	/** Groups whose rules the reader may edit (default: all). */
	editableGroupIds?: string[];
	/** Show the "if security groups were stateless" comparison. */
	showStateless?: boolean;
	/** Show the "via public IP" switch (for group referencing). */
	showViaPublicIp?: boolean;
}

/** The client's ephemeral port used in the stateless comparison (any 1024–65535 would do). */
export const EXAMPLE_CLIENT_PORT = 50123;

/** Builds the evaluateFlow input for a connection. Throws SecurityGroupError on an unknown machine. */
export function flowInputFor(groups: SecurityGroup[], machines: Machine[], connection: Connection): FlowInput {
	const find = (id: string, side: string) => {
		const machine = machines.find((m) => m.id === id);
		if (!machine) throw new SecurityGroupError(side, `unknown machine "${id}"`);
		return machine;
	};
	const from = find(connection.from, 'source');
	const to = find(connection.to, 'destination');
	const input: FlowInput = {
		groups,
		source: { ip: connection.fromIp?.trim() || from.ip, securityGroupIds: from.securityGroupIds, label: from.label },
		destination: { ip: to.ip, securityGroupIds: to.securityGroupIds, label: to.label },
		protocol: connection.protocol,
	};
	if (connection.port !== undefined) input.port = connection.port;
	if (connection.icmpType !== undefined) input.icmpType = connection.icmpType;
	if (connection.icmpCode !== undefined) input.icmpCode = connection.icmpCode;
	if (connection.viaPublicIp) input.viaPublicIp = true;
	if (connection.listening === false) input.listening = false;
	return input;
}

export function evaluateConnection(groups: SecurityGroup[], machines: Machine[], connection: Connection): FlowResult {
	return evaluateFlow(flowInputFor(groups, machines, connection));
}

export function compareConnection(
	groups: SecurityGroup[],
	machines: Machine[],
	connection: Connection,
): StatelessComparison {
	return compareStatefulStateless({ ...flowInputFor(groups, machines, connection), clientPort: EXAMPLE_CLIENT_PORT });
}

/** Every preset of an example with its result — the "all connections" table. */
export function evaluateAllConnections(
	example: Pick<SgExample, 'groups' | 'machines' | 'connections'>,
	groups: SecurityGroup[] = example.groups,
): { preset: ConnectionPreset; result: FlowResult }[] {
	return example.connections.map((preset) => ({
		preset,
		result: evaluateConnection(groups, example.machines, preset),
	}));
}
