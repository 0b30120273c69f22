import { evaluate, type ContextValue, type EvaluationInput } from '../../../src/lib/iam/index';

export const ACCOUNT = '111122223333';
export const OTHER = '444455556666';
export const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`;

export function allow(
	action: string | string[],
	resource: string | string[] = '*',
	extra: Record<string, unknown> = {},
) {
	return { Effect: 'Allow', Action: action, Resource: resource, ...extra };
}
export function deny(
	action: string | string[],
	resource: string | string[] = '*',
	extra: Record<string, unknown> = {},
) {
	return { Effect: 'Deny', Action: action, Resource: resource, ...extra };
}
export function policy(...statements: object[]) {
	return { Version: '2012-10-17', Statement: statements };
}

/** Decision for one request with identity policies only (the common case in tests). */
export function decide(
	statements: object[],
	action: string,
	resource = '*',
	context: Record<string, ContextValue> = {},
	principal = ALICE,
): string {
	return evaluate({ request: { principal, action, resource, context }, identityPolicies: [policy(...statements)] })
		.decision;
}

export function decision(input: EvaluationInput): string {
	return evaluate(input).decision;
}

/** A policy with a single condition block, evaluated against a context. */
export function conditionHolds(
	condition: Record<string, Record<string, unknown>>,
	context: Record<string, ContextValue>,
): boolean {
	return decide([allow('s3:GetObject', '*', { Condition: condition })], 's3:GetObject', '*', context) === 'Allow';
}
