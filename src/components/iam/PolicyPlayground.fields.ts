/** The policy playground's request fields, as data: PolicyPlayground.astro loops over them. */
import type { PlaygroundRequest } from '../../examples/iam/policy-playground-types';

// The request's one-line fields, in the form's order. `part` is the data-part the client script reads, the
// suffix of the element id and, with `-error`, its error's part; `numeric` asks phones for a digit keypad.
export interface RequestField {
	part: string;
	label: string;
	hint: string;
	value: string;
	numeric?: boolean;
}
/** The request fields showing `request`. */
export function playgroundRequestFields(request: PlaygroundRequest): RequestField[] {
	return [
		{
			part: 'principal',
			label: 'Principal (who)',
			hint: 'An IAM user, role session or service.',
			value: request.principal,
		},
		{ part: 'action', label: 'Action', hint: 'service:Action, e.g. s3:GetObject.', value: request.action },
		{
			part: 'resource',
			label: 'Resource',
			hint: 'An ARN, or * for actions without a resource.',
			value: request.resource,
		},
		{
			part: 'account',
			label: "Resource's account (optional)",
			hint: "12 digits. Default: the account in the resource ARN, else the caller's.",
			value: request.resourceAccount ?? '',
			numeric: true,
		},
	];
}
