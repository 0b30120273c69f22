/** The health-check simulator's settings grid, as data: HealthCheckSimulator.astro loops over it. */
import type { HealthCheckConfig, TargetHealthState } from '../../lib/elb/index';
import type { HealthErrorField, HealthNumberField } from './HealthCheckSimulator.views';

// The health-check settings, in the form's order. `part` is the data-part the client script reads and `id`
// the suffix of the element id. An input's errors are reported under its `part` (error element
// `<part>-error`); a select's only if it names an `errorField` (the protocol's, which also shows the load
// balancer and gRPC errors).
export type Setting =
	| {
			kind: 'select';
			id: string;
			part: string;
			label: string;
			options: Option[];
			selected: string;
			errorField?: HealthErrorField;
	  }
	| {
			kind: 'input';
			id: string;
			part: HealthErrorField;
			label: string;
			hint?: string | undefined;
			value: string | number;
			number: boolean;
	  };
export type Option = { value: string; label: string };
const option = (value: string, label = value): Option => ({ value, label });
const textInput = (id: string, part: HealthErrorField, label: string, value: string, hint?: string): Setting => ({
	kind: 'input',
	id,
	part,
	label,
	hint,
	value,
	number: false,
});
/** The settings showing `config` and the target's first state `start`. */
export function healthCheckSettings(config: HealthCheckConfig, start: TargetHealthState): Setting[] {
	const numberInput = (id: string, part: HealthNumberField, label: string): Setting => ({
		kind: 'input',
		id,
		part,
		label,
		value: config[part],
		number: true,
	});
	return [
		{
			kind: 'select',
			id: 'preset',
			part: 'preset',
			label: 'Load balancer defaults',
			options: [
				option('alb', 'Application Load Balancer'),
				option('nlb', 'Network Load Balancer'),
				option('clb', 'Classic Load Balancer'),
			],
			selected: config.loadBalancer,
		},
		{
			kind: 'select',
			id: 'protocol',
			part: 'protocol',
			label: 'Protocol',
			options: ['HTTP', 'HTTPS', 'TCP', 'SSL'].map((p) => option(p)),
			selected: config.protocol,
			errorField: 'protocol',
		},
		textInput('port', 'port', 'Port', String(config.port), 'A number, or traffic-port'),
		textInput('path', 'path', 'Path', config.path),
		textInput('matcher', 'matcher', 'Success codes', config.matcher, '200, 200,202 or 200-299'),
		{
			kind: 'select',
			id: 'start',
			part: 'start',
			label: 'Target starts as',
			options: [option('initial', 'newly registered (initial)'), option('healthy'), option('unhealthy')],
			selected: start,
		},
		numberInput('interval', 'intervalSeconds', 'Interval (s)'),
		numberInput('timeout', 'timeoutSeconds', 'Timeout (s)'),
		numberInput('healthy', 'healthyThreshold', 'Healthy threshold'),
		numberInput('unhealthy', 'unhealthyThreshold', 'Unhealthy threshold'),
	];
}
