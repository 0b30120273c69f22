/**
 * The policy playground's evaluation: one policy being edited (as text), the fixed policies around it,
 * and a request typed field by field. Used at build time and in the browser, so both show the same
 * decision, the same errors and the same deciding lines.
 */
import { PolicyParseError, PolicyRequestError } from './errors';
import {
	evaluate,
	type ContextValue,
	type EvaluationInput,
	type EvaluationResult,
	type Policy,
	type TracePolicyType,
} from './evaluate';
import type { CheckResult } from './policy';

/** Where the edited policy sits: what it is attached as, and the policies that stay fixed. */
export interface EditedPolicySetting {
	editorRole: TracePolicyType;
	fixed?: Omit<EvaluationInput, 'request'>;
}

/** The evaluation input for a setting whose editor holds `policy` (the edited text) and `request`. */
export function buildPlaygroundInput(
	setting: EditedPolicySetting,
	policy: Policy,
	request: EvaluationInput['request'],
): EvaluationInput {
	const fixed = setting.fixed ?? {};
	switch (setting.editorRole) {
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

/** What the reader typed, as text: the request fields and the optional context JSON. */
export interface PlaygroundText {
	policy: string;
	principal: string;
	action: string;
	resource: string;
	/** Empty: the account in the resource ARN, else the caller's. */
	resourceAccount: string;
	/** Empty, or a JSON object of condition keys. */
	context: string;
}

export type PlaygroundField = keyof PlaygroundText;

export interface PlaygroundError {
	field: PlaygroundField;
	message: string;
	/** For a policy error: the 1-based line to mark. */
	line?: number;
}

export interface PlaygroundEvaluation {
	/** Null while any field is invalid: no decision is shown beside an error. */
	result: EvaluationResult | null;
	error: PlaygroundError | null;
	/** Lines of the edited policy whose statements decided the result. */
	decidingLines: number[];
	/** What was evaluated (null with the error): the "Try it in your account" export reads it. */
	input?: EvaluationInput | null;
}

const CONTEXT_NOT_OBJECT = 'The context must be a JSON object, e.g. { "aws:SourceIp": "203.0.113.5" }.';

function parseContext(text: string): Record<string, ContextValue> | undefined {
	if (text.trim() === '') return undefined;
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw new PolicyRequestError('context', CONTEXT_NOT_OBJECT);
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
		throw new PolicyRequestError('context', CONTEXT_NOT_OBJECT);
	for (const [key, value] of Object.entries(parsed)) {
		// An empty value is not an absent key: AWS never sends "" for a key such as aws:SourceIp, and
		// treating it as a value would let a NotIpAddress condition match and allow the request.
		if (value === '' || (Array.isArray(value) && value.length === 0))
			throw new PolicyRequestError(
				'context',
				`Context key "${key}" is empty: give it a value, or remove the key to leave it out of the request.`,
			);
	}
	return parsed as Record<string, ContextValue>;
}

const REQUEST_FIELDS: Record<string, PlaygroundField> = {
	principal: 'principal',
	action: 'action',
	resource: 'resource',
	resourceAccount: 'resourceAccount',
	context: 'context',
};

/** Which lines of the edited policy decided: only statements of the edited policy itself count. */
function decidingLinesOf(setting: EditedPolicySetting, result: EvaluationResult): number[] {
	const lines = result.trace
		.filter(
			(s) =>
				s.kind === 'statement' &&
				s.deciding &&
				s.line !== undefined &&
				s.policyType === setting.editorRole &&
				(setting.editorRole !== 'identity' || s.policyIndex === 0) &&
				((setting.editorRole !== 'scp' && setting.editorRole !== 'rcp') || (s.level === 0 && s.policyIndex === 0)),
		)
		.map((s) => s.line!);
	return [...new Set(lines)].sort((a, b) => a - b);
}

/**
 * `checked` is the edited policy as checkPolicy(text.policy, editorRole) read it: the playground checks
 * each keystroke once and hands the same result to the linter and here, so the text is parsed once.
 * A policy with errors is passed as text, so evaluate() reports the error with its position.
 */
export function evaluatePlayground(
	setting: EditedPolicySetting,
	text: PlaygroundText,
	checked?: CheckResult,
): PlaygroundEvaluation {
	try {
		const context = parseContext(text.context);
		const account = text.resourceAccount.trim();
		const request: EvaluationInput['request'] = {
			principal: text.principal,
			action: text.action,
			resource: text.resource,
			...(account ? { resourceAccount: account } : {}),
			...(context ? { context } : {}),
		};
		// The export (input) carries the editor's text; the evaluation reuses the keystroke's parse.
		const input = buildPlaygroundInput(setting, text.policy, request);
		const result = evaluate(checked ? buildPlaygroundInput(setting, checked.document ?? text.policy, request) : input);
		return { result, error: null, decidingLines: decidingLinesOf(setting, result), input };
	} catch (error) {
		if (error instanceof PolicyParseError)
			return {
				result: null,
				error: { field: 'policy', message: error.message, line: error.line },
				decidingLines: [],
			};
		if (error instanceof PolicyRequestError)
			return {
				result: null,
				error: { field: REQUEST_FIELDS[error.field] ?? 'principal', message: error.message },
				decidingLines: [],
			};
		throw error;
	}
}
