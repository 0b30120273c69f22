/**
 * "Try it in your account" for IAM: the AWS CLI v2 commands that ask AWS itself for the decision this
 * site computed, with `aws iam simulate-custom-policy` (IAM policy simulator API), and that create the
 * policy with `aws iam create-policy`.
 *
 * simulate-custom-policy evaluates identity policies (--policy-input-list), an optional resource policy
 * and permissions boundary, for one action on one resource, with context entries. It does not evaluate
 * SCPs, RCPs or session policies, and its --caller-arn must be an IAM user: the note says what a
 * reader's example leaves out. https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html
 */
import { formatCliCommand, jsonArgument, type CliCommand, type CliParameter } from '../cli';
import type { ContextValue, EvaluationInput, Policy } from './evaluate';
import type { PolicyDocument } from './policy';

/** ContextKeyType values of the simulator API (ContextEntry). */
export type SimulatorContextType =
	| 'string'
	| 'stringList'
	| 'numeric'
	| 'numericList'
	| 'boolean'
	| 'booleanList'
	| 'ip'
	| 'ipList'
	| 'date'
	| 'dateList';

export interface SimulatorContextEntry {
	ContextKeyName: string;
	ContextKeyValues: string[];
	ContextKeyType: SimulatorContextType;
}

// Global condition keys whose type a value's JavaScript type cannot tell (an IP address or a date is a
// string here). "AWS global condition context keys", IAM User Guide.
const GLOBAL_KEY_TYPES: Readonly<Record<string, 'ip' | 'date'>> = {
	'aws:sourceip': 'ip',
	'aws:vpcsourceip': 'ip',
	'aws:currenttime': 'date',
	'aws:tokenissuetime': 'date',
};

/** The simulator's context entry for one request context key. */
export function contextEntry(key: string, value: ContextValue): SimulatorContextEntry {
	const values = (Array.isArray(value) ? value : [value]).map(String);
	const list = Array.isArray(value);
	const named = GLOBAL_KEY_TYPES[key.toLowerCase()];
	const scalar: 'string' | 'numeric' | 'boolean' | 'ip' | 'date' =
		named ?? (typeof value === 'number' ? 'numeric' : typeof value === 'boolean' ? 'boolean' : 'string');
	return { ContextKeyName: key, ContextKeyValues: values, ContextKeyType: list ? `${scalar}List` : scalar };
}

/** The policy as compact JSON: from its text (typed or already parsed) or from a plain object. */
function policyText(policy: Policy): string {
	if (typeof policy === 'string') return JSON.stringify(JSON.parse(policy));
	if (isParsedDocument(policy)) return JSON.stringify(JSON.parse(policy.text));
	return JSON.stringify(policy);
}

const isParsedDocument = (policy: object): policy is PolicyDocument =>
	'statements' in policy && 'text' in policy && typeof policy.text === 'string';

export interface SimulationExport {
	command: CliCommand;
	/** The command as a shell reads it (Linux/macOS). */
	text: string;
	/** What the simulator leaves out of this example, one sentence each; empty when it covers it all. */
	notCovered: string[];
}

/** `aws iam simulate-custom-policy` for an evaluation input (a playground's edited policy and request). */
export function simulateCustomPolicy(input: EvaluationInput): SimulationExport {
	const { request } = input;
	const parameters: CliParameter[] = [
		{ name: '--policy-input-list', values: (input.identityPolicies ?? []).map(policyText) },
		{ name: '--action-names', values: [request.action] },
		{ name: '--resource-arns', values: [request.resource] },
	];
	const notCovered: string[] = [];
	if (input.identityPolicies === undefined || input.identityPolicies.length === 0) {
		// The API requires at least one identity policy; an empty one allows nothing, as "no policy" does.
		parameters[0] = { name: '--policy-input-list', values: [jsonArgument({ Version: '2012-10-17', Statement: [] })] };
	}
	if (input.resourcePolicy !== undefined) {
		parameters.push({ name: '--resource-policy', values: [policyText(input.resourcePolicy)] });
		if (/^arn:aws[a-z-]*:iam::\d{12}:user\//.test(request.principal))
			parameters.push({ name: '--caller-arn', values: [request.principal] });
		else
			notCovered.push(
				'The simulator accepts only an IAM user as the caller of a resource policy, so it evaluates the resource policy for a user instead of this principal.',
			);
		if (request.resourceAccount)
			parameters.push({ name: '--resource-owner', values: [`arn:aws:iam::${request.resourceAccount}:root`] });
	} else if (request.resourceAccount)
		// Without a resource policy the export names no caller (--caller-arn) and no owner (--resource-owner,
		// which defaults to the caller's account), so the simulation has no account boundary to check.
		// https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html
		notCovered.push(
			`Without a resource policy the simulation has no caller or resource account, so it does not model the resource being in another account (${request.resourceAccount}): it answers as for a resource in the caller's own account.`,
		);
	if (input.permissionsBoundary !== undefined)
		parameters.push({
			name: '--permissions-boundary-policy-input-list',
			values: [policyText(input.permissionsBoundary)],
		});
	const context = Object.entries(request.context ?? {});
	if (context.length > 0)
		parameters.push({
			name: '--context-entries',
			values: [jsonArgument(context.map(([key, value]) => contextEntry(key, value)))],
		});
	if (input.serviceControlPolicies?.length)
		notCovered.push(
			'SCPs are not part of simulate-custom-policy; simulate-principal-policy includes the SCPs that apply to a real principal.',
		);
	if (input.resourceControlPolicies?.length) notCovered.push('RCPs are not part of simulate-custom-policy.');
	if (input.sessionPolicy !== undefined) notCovered.push('Session policies are not part of simulate-custom-policy.');
	const command: CliCommand = { service: 'iam', operation: 'simulate-custom-policy', parameters };
	return { command, text: formatCliCommand(command), notCovered };
}

/** `aws iam create-policy` for a customer managed policy; the name is the reader's to choose. */
export function createPolicyCommand(name: string, policy: Policy): CliCommand {
	return {
		service: 'iam',
		operation: 'create-policy',
		parameters: [
			{ name: '--policy-name', values: [name] },
			{ name: '--policy-document', values: [policyText(policy)] },
		],
	};
}
