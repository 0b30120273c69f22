/**
 * Shape of a policy playground example: the policy in the editor, what it is attached to, the
 * request, any fixed policies around it, and the decision the page shows (checked by a unit test).
 */
import type { ContextValue, Decision, EditedPolicySetting, TracePolicyType } from '../../lib/iam';

export interface PlaygroundRequest {
	principal: string;
	action: string;
	resource: string;
	resourceAccount?: string;
	context?: Record<string, ContextValue>;
}

export interface PlaygroundExample extends EditedPolicySetting {
	id: string;
	label: string;
	/** What the edited policy is: identity-based, resource-based (bucket, trust…), boundary, SCP, session. */
	editorRole: TracePolicyType;
	/** The policy in the editor, as formatted JSON text. */
	policy: string;
	request: PlaygroundRequest;
	/** Descriptions of the fixed policies, for the reader. */
	fixedNote?: string;
	/** The decision the page shows for this example. */
	expected: Decision;
}

export const pretty = (policy: object): string => JSON.stringify(policy, null, 2);
