/**
 * Condition operators. Rules from the IAM User Guide, "IAM JSON policy elements: Condition operators"
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * and "Single-valued vs. multivalued context keys"
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 *
 * - Several values for one key: OR. Several keys, several operators: AND.
 * - Key names are case-insensitive; values compare as each operator says.
 * - Key missing from the request: the condition is false — except negated operators (…Not…), which
 *   are true, `…IfExists`, which is true, and `Null`, which tests exactly that.
 * - `ForAnyValue:` true if at least one request value matches (false for a missing or empty key);
 *   `ForAllValues:` true if every request value matches (true for a missing or empty key).
 * - A multivalued key (an array in the request) with a plain operator does not match: multivalued keys
 *   need a set operator.
 * - A policy value holding a variable that cannot be resolved equals nothing ("effectively null").
 */
import { parseCidr, parseIp, rangeContains } from './ip';
import { partsToText, resolveVariables, type ContextEntry, type RequestContext, type VariableUse } from './variables';
import { compileParts, matchPattern } from './wildcard';

export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

interface BaseOperator {
	name: string;
	family: OperatorFamily;
	negated: boolean;
	/** The positive comparison (negated operators use its complement). */
	test: (requestValue: string, policyValue: PolicyValue) => boolean;
}

export interface PolicyValue {
	raw: string;
	/** Resolved text parts (undefined when a variable could not be resolved). */
	parts: ReturnType<typeof resolveVariables>;
}

const text = (v: PolicyValue): string | undefined => (v.parts ? partsToText(v.parts) : undefined);

/** A decimal number (`10`, `-2.5`, `.5`, `1e+21` as JavaScript writes large numbers), else NaN. */
function parseNumber(value: string): number {
	return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) ? Number(value) : NaN;
}

/** Dates are ISO 8601 (`2026-01-01T00:00:00Z`) or epoch seconds, else NaN. */
function parseDate(value: string): number {
	if (/^\d+$/.test(value)) return Number(value) * 1000;
	return /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
}

/** A comparison of two numbers or two dates, each read by `parse`. */
function compare(parse: (value: string) => number, check: (a: number, b: number) => boolean) {
	// A value that is not a number or date, or an unresolved variable, parses to NaN: every check is false.
	return (requestValue: string, policyValue: PolicyValue): boolean =>
		// Stryker disable next-line StringLiteral: any text that is no number or date parses to NaN, as '' does.
		check(parse(requestValue), parse(text(policyValue) ?? ''));
}

const stringEquals = (r: string, p: PolicyValue): boolean => text(p) === r;
const stringEqualsIgnoreCase = (r: string, p: PolicyValue): boolean => text(p)?.toLowerCase() === r.toLowerCase();
const stringLike = (r: string, p: PolicyValue): boolean => (p.parts ? matchPattern(compileParts(p.parts), r) : false);
const arnLike = (r: string, p: PolicyValue): boolean =>
	p.parts ? matchPattern(compileParts(p.parts, { arn: 'segments' }), r) : false;
const boolEquals = (r: string, p: PolicyValue): boolean => text(p)?.toLowerCase() === r.toLowerCase();
const ipIn = (r: string, p: PolicyValue): boolean => {
	// Stryker disable next-line StringLiteral: any text that is no address or range parses to undefined, as '' does.
	const range = parseCidr(text(p) ?? '');
	const address = parseIp(r);
	return range !== undefined && address !== undefined && rangeContains(range, address);
};

const BASE_OPERATORS: BaseOperator[] = [
	{ name: 'StringEquals', family: 'String', negated: false, test: stringEquals },
	{ name: 'StringNotEquals', family: 'String', negated: true, test: stringEquals },
	{ name: 'StringEqualsIgnoreCase', family: 'String', negated: false, test: stringEqualsIgnoreCase },
	{ name: 'StringNotEqualsIgnoreCase', family: 'String', negated: true, test: stringEqualsIgnoreCase },
	{ name: 'StringLike', family: 'String', negated: false, test: stringLike },
	{ name: 'StringNotLike', family: 'String', negated: true, test: stringLike },
	{ name: 'NumericEquals', family: 'Numeric', negated: false, test: compare(parseNumber, (a, b) => a === b) },
	{ name: 'NumericNotEquals', family: 'Numeric', negated: true, test: compare(parseNumber, (a, b) => a === b) },
	{ name: 'NumericLessThan', family: 'Numeric', negated: false, test: compare(parseNumber, (a, b) => a < b) },
	{ name: 'NumericLessThanEquals', family: 'Numeric', negated: false, test: compare(parseNumber, (a, b) => a <= b) },
	{ name: 'NumericGreaterThan', family: 'Numeric', negated: false, test: compare(parseNumber, (a, b) => a > b) },
	{ name: 'NumericGreaterThanEquals', family: 'Numeric', negated: false, test: compare(parseNumber, (a, b) => a >= b) },
	{ name: 'DateEquals', family: 'Date', negated: false, test: compare(parseDate, (a, b) => a === b) },
	{ name: 'DateNotEquals', family: 'Date', negated: true, test: compare(parseDate, (a, b) => a === b) },
	{ name: 'DateLessThan', family: 'Date', negated: false, test: compare(parseDate, (a, b) => a < b) },
	{ name: 'DateLessThanEquals', family: 'Date', negated: false, test: compare(parseDate, (a, b) => a <= b) },
	{ name: 'DateGreaterThan', family: 'Date', negated: false, test: compare(parseDate, (a, b) => a > b) },
	{ name: 'DateGreaterThanEquals', family: 'Date', negated: false, test: compare(parseDate, (a, b) => a >= b) },
	{ name: 'Bool', family: 'Bool', negated: false, test: boolEquals },
	{ name: 'BinaryEquals', family: 'Binary', negated: false, test: stringEquals },
	{ name: 'IpAddress', family: 'IpAddress', negated: false, test: ipIn },
	{ name: 'NotIpAddress', family: 'IpAddress', negated: true, test: ipIn },
	// ArnEquals and ArnLike behave the same: both take wildcards in each of the six ARN parts.
	{ name: 'ArnEquals', family: 'Arn', negated: false, test: arnLike },
	{ name: 'ArnLike', family: 'Arn', negated: false, test: arnLike },
	{ name: 'ArnNotEquals', family: 'Arn', negated: true, test: arnLike },
	{ name: 'ArnNotLike', family: 'Arn', negated: true, test: arnLike },
	// Stryker disable next-line ArrowFunction,BooleanLiteral: never called — evaluateCondition decides Null by the key's presence.
	{ name: 'Null', family: 'Null', negated: false, test: () => false },
];

const BY_NAME = new Map(BASE_OPERATORS.map((op) => [op.name.toLowerCase(), op]));

export const CONDITION_OPERATOR_NAMES: readonly string[] = BASE_OPERATORS.map((op) => op.name);

export interface ConditionOperator {
	/** As written in the policy, e.g. `ForAnyValue:StringLikeIfExists`. */
	written: string;
	/** Canonical spelling, e.g. `ForAnyValue:StringLikeIfExists`. */
	canonical: string;
	base: BaseOperator;
	set: 'ForAnyValue' | 'ForAllValues' | undefined;
	ifExists: boolean;
}

/** Parses an operator name; undefined if AWS has no such operator. */
export function parseOperator(written: string): ConditionOperator | undefined {
	let rest = written;
	let set: ConditionOperator['set'];
	const colon = rest.indexOf(':');
	if (colon !== -1) {
		const qualifier = rest.slice(0, colon).toLowerCase();
		if (qualifier === 'foranyvalue') set = 'ForAnyValue';
		else if (qualifier === 'forallvalues') set = 'ForAllValues';
		else return undefined;
		rest = rest.slice(colon + 1);
	}
	let ifExists = false;
	if (rest.toLowerCase().endsWith('ifexists')) {
		ifExists = true;
		rest = rest.slice(0, -'ifexists'.length);
	}
	const base = BY_NAME.get(rest.toLowerCase());
	if (!base) return undefined;
	// "NullIfExists" makes no sense and AWS rejects it; set operators on Null likewise.
	if (base.family === 'Null' && (ifExists || set)) return undefined;
	const canonical = `${set ? `${set}:` : ''}${base.name}${ifExists ? 'IfExists' : ''}`;
	return { written, canonical, base, set, ifExists };
}

export interface ConditionClause {
	operator: ConditionOperator;
	key: string;
	values: string[];
}

export interface ConditionResult {
	matched: boolean;
	/** One sentence a learner can read. */
	explanation: string;
}

/** A single-valued key holds exactly one value (request.ts makes it from one string, number or boolean). */
function singleValue(entry: ContextEntry): string {
	return entry.values[0]!;
}

const quoteList = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(' or ');

/** Evaluates one operator/key/values triple against the request context. */
export function evaluateCondition(
	clause: ConditionClause,
	context: RequestContext,
	variablesEnabled: boolean,
): ConditionResult {
	const { operator, key, values } = clause;
	const variables: VariableUse[] = [];
	const entry = context.get(key.toLowerCase());
	const label = `${operator.written} ${key}`;
	const requestText = entry
		? entry.multi
			? `[${entry.values.map((v) => `"${v}"`).join(', ')}]`
			: `"${singleValue(entry)}"`
		: undefined;

	if (operator.base.family === 'Null') {
		const present = entry !== undefined;
		const matched = values.some((v) => v.toLowerCase() === (present ? 'false' : 'true'));
		return {
			matched,
			explanation: `${label} = ${quoteList(values)}: the key is ${present ? 'present' : 'missing'} in the request, so this is ${matched}.`,
		};
	}
	const policyValues: PolicyValue[] = values.map((raw) => ({
		raw,
		parts: resolveVariables(raw, context, variablesEnabled, variables),
	}));
	const unresolved = variables.filter((v) => !v.resolved).map((v) => v.key);
	const unresolvedNote = unresolved.length
		? ` (policy variable ${unresolved.map((k) => `\${${k}}`).join(', ')} has no value in the request, so it equals nothing)`
		: '';
	const testOne = (requestValue: string): boolean => {
		const any = policyValues.some((pv) => operator.base.test(requestValue, pv));
		return operator.base.negated ? !any : any;
	};
	const expected = `${label} ${quoteList(values)}${unresolvedNote}`;

	if (operator.set === undefined) {
		if (!entry) {
			const matched = operator.ifExists || operator.base.negated;
			const why = operator.ifExists
				? '…IfExists treats a missing key as a match'
				: operator.base.negated
					? 'a negated operator is true when the key is missing'
					: 'a missing key never matches';
			return {
				matched,
				explanation: `${expected}: the request has no ${key}; ${why}, so this is ${matched}.`,
			};
		}
		if (entry.multi) {
			return {
				matched: false,
				explanation: `${expected}: ${key} has several values in the request ${requestText}; a multivalued key needs ForAnyValue: or ForAllValues:, so this is false.`,
			};
		}
		const matched = testOne(singleValue(entry));
		return {
			matched,
			explanation: `${expected}: the request has ${key} = ${requestText}, so this is ${matched}.`,
		};
	}
	if (!entry || entry.values.length === 0) {
		// IfExists: "If the key is not present, evaluate the condition element as true" — applies to set forms too.
		const matched = operator.ifExists || operator.set === 'ForAllValues';
		const why = operator.ifExists
			? '…IfExists treats a missing key as a match'
			: operator.set === 'ForAllValues'
				? 'ForAllValues is true when the key is missing or empty'
				: 'ForAnyValue is false when the key is missing or empty';
		return {
			matched,
			explanation: `${expected}: the request has no values for ${key}; ${why}, so this is ${matched}.`,
		};
	}
	const matched = operator.set === 'ForAnyValue' ? entry.values.some(testOne) : entry.values.every(testOne);
	const how =
		operator.set === 'ForAnyValue' ? 'at least one request value must match' : 'every request value must match';
	return {
		matched,
		explanation: `${expected}: the request has ${key} = ${requestText} and ${how}, so this is ${matched}.`,
	};
}
