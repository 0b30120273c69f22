/**
 * Does one statement apply to a request? Checks Action/NotAction, Resource/NotResource,
 * Principal/NotPrincipal and Condition, and says in words which element decided.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 */
import { evaluateCondition } from './conditions';
import type { ElementName, Statement } from './policy';
import { excludedByNotPrincipal, matchPrincipal, type PrincipalMatchKind, type RequestPrincipal } from './principal';
import { resolveVariables, type RequestContext, type VariableUse } from './variables';
import { compileCached, compileParts, matchPattern } from './wildcard';

export interface EvaluationRequest {
	principal: RequestPrincipal;
	action: string;
	resource: string;
	context: RequestContext;
}

export interface StatementOutcome {
	statement: Statement;
	matched: boolean;
	/** The element that made the statement not apply, or `All` when it applies. */
	decidedBy: ElementName | 'All';
	/** For resource-based policies: how the Principal element named the caller. */
	principalKind: PrincipalMatchKind | undefined;
	message: string;
}

const list = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

export function actionMatches(pattern: string, action: string): boolean {
	return matchPattern(compileCached(pattern, { caseInsensitive: true }), action);
}

function firstResourceMatch(
	patterns: readonly string[],
	request: EvaluationRequest,
	variablesEnabled: boolean,
	uses: VariableUse[],
): string | undefined {
	for (const pattern of patterns) {
		const parts = resolveVariables(pattern, request.context, variablesEnabled, uses);
		if (parts && matchPattern(compileParts(parts, { arn: 'resource' }), request.resource)) return pattern;
	}
	return undefined;
}

export interface StatementOptions {
	variablesEnabled: boolean;
	/**
	 * "The NotPrincipal element with a Deny effect will always deny any IAM principal that has a
	 * permissions boundary policy attached" — https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
	 */
	callerHasBoundary: boolean;
}

export function evaluateStatement(
	statement: Statement,
	request: EvaluationRequest,
	options: StatementOptions,
): StatementOutcome {
	const variables: VariableUse[] = [];
	const base = { statement, principalKind: undefined as PrincipalMatchKind | undefined };
	const no = (decidedBy: ElementName, message: string): StatementOutcome => ({
		...base,
		matched: false,
		decidedBy,
		message,
	});
	const found: string[] = [];

	if (statement.action) {
		const hit = statement.action.find((p) => actionMatches(p, request.action));
		if (!hit)
			return no('Action', `Does not apply: the action ${request.action} is not in Action [${list(statement.action)}].`);
		found.push(`action matches "${hit}"`);
	} else {
		// The grammar requires Action or NotAction (a statement may lack both Resource and NotResource).
		const hit = statement.notAction!.find((p) => actionMatches(p, request.action));
		if (hit)
			return no(
				'NotAction',
				`Does not apply: NotAction lists "${hit}", which covers ${request.action}, so this statement skips it.`,
			);
		found.push(`${request.action} is not in NotAction`);
	}

	if (statement.resource) {
		const hit = firstResourceMatch(statement.resource, request, options.variablesEnabled, variables);
		if (hit === undefined) {
			const missing = variables.filter((v) => !v.resolved).map((v) => `\${${v.key}}`);
			const note = missing.length
				? ` (${missing.join(', ')} has no value in this request, so an entry using it matches no resource)`
				: '';
			return no(
				'Resource',
				`Does not apply: the resource ${request.resource} is not in Resource [${list(statement.resource)}]${note}.`,
			);
		}
		found.push(`resource matches "${hit}"`);
	} else if (statement.notResource) {
		const hit = firstResourceMatch(statement.notResource, request, options.variablesEnabled, variables);
		if (hit !== undefined)
			return no('NotResource', `Does not apply: NotResource lists "${hit}", which covers ${request.resource}.`);
		found.push('the resource is not in NotResource');
	}

	// Only resource-based policies and RCPs have a Principal or NotPrincipal (the grammar rejects it elsewhere).
	if (statement.principal) {
		const match = matchPrincipal(statement.principal, request.principal);
		if (!match) {
			// A "*" Principal names everyone, so only a list of entries can miss the caller.
			const named = list(statement.principal.entries.map((e) => e.value));
			return no('Principal', `Does not apply: Principal names ${named}, not ${request.principal.arn}.`);
		}
		base.principalKind = match.kind;
		const how =
			match.kind === 'account'
				? `its account (${match.entry})`
				: match.kind === 'role'
					? `its role (${match.entry})`
					: match.entry === '*'
						? 'everyone ("*")'
						: 'it directly';
		found.push(`Principal names the caller — ${how}`);
	} else if (statement.notPrincipal) {
		const boundaryQuirk = options.callerHasBoundary && statement.effect === 'Deny';
		if (!boundaryQuirk && excludedByNotPrincipal(statement.notPrincipal, request.principal, statement.effect)) {
			return no(
				'NotPrincipal',
				statement.effect === 'Deny'
					? `Does not apply: NotPrincipal lists ${request.principal.arn} and every identity it acts as (its role, its account), so the Deny skips it.`
					: `Does not apply: NotPrincipal names ${request.principal.arn} (or its role or account), so this Allow excludes it.`,
			);
		}
		base.principalKind = 'direct';
		found.push(
			boundaryQuirk
				? 'NotPrincipal with Deny always covers a caller that has a permissions boundary'
				: 'the caller is not excluded by NotPrincipal',
		);
	}

	for (const clause of statement.conditions) {
		const result = evaluateCondition(clause, request.context, options.variablesEnabled);
		if (!result.matched) return no('Condition', `Does not apply: condition ${result.explanation}`);
	}
	if (statement.conditions.length)
		found.push(`all ${statement.conditions.length} condition${statement.conditions.length > 1 ? 's are' : ' is'} true`);
	else found.push('no conditions');
	return { ...base, matched: true, decidedBy: 'All', message: `Applies (${statement.effect}): ${found.join('; ')}.` };
}
