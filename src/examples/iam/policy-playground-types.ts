/**
 * Shape of a policy playground example: the policy in the editor, what it is attached to, the
 * request, any fixed policies around it, and the decision the page shows (checked by a unit test).
 */
import type { ContextValue, Decision, EvaluationInput, TracePolicyType } from '../../lib/iam';

export interface PlaygroundRequest {
	principal: string;
	action: string;
	resource: string;
	resourceAccount?: string;
	context?: Record<string, ContextValue>;
}

export interface PlaygroundExample {
	id: string;
	label: string;
	/** What the edited policy is: identity-based, resource-based (bucket, trust…), boundary, SCP, session. */
	editorRole: TracePolicyType;
	/** The policy in the editor, as formatted JSON text. */
	policy: string;
	request: PlaygroundRequest;
	/** Policies that stay fixed in this example (shown read-only). */
	fixed?: Omit<EvaluationInput, 'request'>;
	/** Descriptions of the fixed policies, for the reader. */
	fixedNote?: string;
	/** The decision the page shows for this example. */
	expected: Decision;
}

export const pretty = (policy: object): string => JSON.stringify(policy, null, 2);

/** The evaluation input for an example whose editor holds `policy` (the edited text) and `request`. */
export function buildPlaygroundInput(
	example: PlaygroundExample,
	policy: string,
	request: EvaluationInput['request'],
): EvaluationInput {
	const fixed = example.fixed ?? {};
	switch (example.editorRole) {
		case 'identity':
			return { ...fixed, identityPolicies: [policy, ...(fixed.identityPolicies ?? [])], request };
		case 'resource':
			return { ...fixed, resourcePolicy: policy, request };
		case 'permissionsBoundary':
			return { ...fixed, permissionsBoundary: policy, request };
		case 'session':
			return { ...fixed, sessionPolicy: policy, request };
		case 'scp':
			return { ...fixed, serviceControlPolicies: [[policy], ...(fixed.serviceControlPolicies ?? [])], request };
		case 'rcp':
			return { ...fixed, resourceControlPolicies: [[policy], ...(fixed.resourceControlPolicies ?? [])], request };
	}
}
