/**
 * Condition operators at their edges: inclusive bounds, what counts as a number or a date, policy
 * variables that cannot be resolved, missing and empty keys with every qualifier, and the sentence the
 * trace shows for each case.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
import { describe, expect, test } from 'vitest';
import { evaluateCondition, parseOperator } from '../../../src/lib/iam/conditions';
import type { RequestContext } from '../../../src/lib/iam/variables';
import { conditionHolds as holds } from './helpers';

/** A request context as the engine keeps it: lower-cased key → values (an array is multivalued). */
function contextOf(values: Record<string, string | string[]>): RequestContext {
	return new Map(
		Object.entries(values).map(([name, value]) => [
			name.toLowerCase(),
			{ name, values: Array.isArray(value) ? value : [value], multi: Array.isArray(value) },
		]),
	);
}

function explain(operator: string, key: string, values: string[], context: Record<string, string | string[]> = {}) {
	const parsed = parseOperator(operator);
	if (!parsed) throw new Error(`no operator ${operator}`);
	return evaluateCondition({ operator: parsed, key, values }, contextOf(context), true);
}

describe('comparison bounds', () => {
	// The request value is 10 (or 2026-03-15T12:00:00Z); each row: policy value below, equal, above.
	const numeric: [string, boolean, boolean, boolean][] = [
		['NumericEquals', false, true, false],
		['NumericNotEquals', true, false, true],
		['NumericLessThan', false, false, true],
		['NumericLessThanEquals', false, true, true],
		['NumericGreaterThan', true, false, false],
		['NumericGreaterThanEquals', true, true, false],
	];
	test.each(numeric)('%s against 10: 9 → %s, 10 → %s, 11 → %s', (op, below, equal, above) => {
		const at = (value: string) => holds({ [op]: { 's3:max-keys': value } }, { 's3:max-keys': 10 });
		expect([at('9'), at('10'), at('11')]).toEqual([below, equal, above]);
	});
	test.each(numeric.map(([op, ...rest]) => [op.replace('Numeric', 'Date'), ...rest] as const))(
		'%s against 2026-03-15T12:00:00Z: a second before → %s, the same time → %s, a second after → %s',
		(op, below, equal, above) => {
			const at = (value: string) =>
				holds({ [op]: { 'aws:CurrentTime': value } }, { 'aws:CurrentTime': '2026-03-15T12:00:00Z' });
			expect([at('2026-03-15T11:59:59Z'), at('2026-03-15T12:00:00Z'), at('2026-03-15T12:00:01Z')]).toEqual([
				below,
				equal,
				above,
			]);
		},
	);
});

describe('what counts as a number', () => {
	const equalsTen = (value: string) => holds({ NumericEquals: { 's3:max-keys': value } }, { 's3:max-keys': 10 });
	test('integers and decimals, with a sign or a leading or trailing point', () => {
		expect(equalsTen('10')).toBe(true);
		expect(equalsTen('+10')).toBe(true);
		expect(equalsTen('10.')).toBe(true);
		expect(equalsTen('10.000')).toBe(true);
		expect(holds({ NumericEquals: { n: '.25' } }, { n: 0.25 })).toBe(true);
		expect(holds({ NumericLessThan: { n: '-2' } }, { n: -3 })).toBe(true);
		expect(holds({ NumericLessThan: { n: '-2' } }, { n: 3 })).toBe(false);
	});
	test('a context number too large or too small for plain digits still compares (JavaScript writes 1e+21)', () => {
		expect(holds({ NumericEquals: { n: '1000000000000000000000' } }, { n: 1e21 })).toBe(true);
		expect(holds({ NumericLessThan: { n: '0.000001' } }, { n: 1e-7 })).toBe(true);
		expect(holds({ NumericEquals: { n: '1E3' } }, { n: 1000 })).toBe(true);
	});
	test('hexadecimal, empty text, Infinity and words are not numbers, so they match nothing', () => {
		// JavaScript's Number() would read each of these (as 16, 0, 0, Infinity); a policy number is decimal.
		expect(holds({ NumericEquals: { n: '0x10' } }, { n: 16 })).toBe(false);
		expect(holds({ NumericEquals: { n: '16' } }, { n: '0x10' })).toBe(false);
		expect(holds({ NumericEquals: { n: '' } }, { n: 0 })).toBe(false);
		expect(holds({ NumericEquals: { n: '0' } }, { n: '' })).toBe(false);
		expect(holds({ NumericLessThanEquals: { n: '.' } }, { n: 0 })).toBe(false);
		expect(holds({ NumericGreaterThan: { n: '1' } }, { n: 'Infinity' })).toBe(false);
		expect(holds({ NumericEquals: { n: '1e' } }, { n: 1 })).toBe(false);
		expect(holds({ NumericEquals: { n: '10 apples' } }, { n: 10 })).toBe(false);
		// …and a negated operator is true for them: nothing equals a value that is not a number.
		expect(holds({ NumericNotEquals: { n: '0x10' } }, { n: 16 })).toBe(true);
	});
});

describe('what counts as a date', () => {
	const at = { 'aws:CurrentTime': '2026-03-15T12:00:00Z' };
	const epoch = String(Date.UTC(2026, 2, 15, 12) / 1000);
	test('epoch seconds and ISO 8601 compare with each other, both ways', () => {
		expect(holds({ DateEquals: { 'aws:CurrentTime': epoch } }, at)).toBe(true);
		expect(holds({ DateEquals: { 'aws:EpochTime': '2026-03-15T12:00:00Z' } }, { 'aws:EpochTime': epoch })).toBe(true);
		expect(holds({ DateEquals: { 'aws:CurrentTime': String(Number(epoch) + 1) } }, at)).toBe(false);
	});
	test('a date without a time is midnight UTC', () => {
		expect(
			holds({ DateEquals: { 'aws:CurrentTime': '2026-03-15' } }, { 'aws:CurrentTime': '2026-03-15T00:00:00Z' }),
		).toBe(true);
		expect(holds({ DateLessThan: { 'aws:CurrentTime': '2026-03-16' } }, at)).toBe(true);
	});
	test('text around a number or a date makes it no number or date', () => {
		expect(holds({ NumericEquals: { n: ' 10' } }, { n: 10 })).toBe(false);
		expect(holds({ NumericEquals: { n: '10 ' } }, { n: 10 })).toBe(false);
		expect(holds({ DateEquals: { 'aws:CurrentTime': ` ${epoch}` } }, at)).toBe(false);
		expect(holds({ DateEquals: { 'aws:CurrentTime': `${epoch} ` } }, at)).toBe(false);
		expect(holds({ DateEquals: { 'aws:CurrentTime': `x${epoch}` } }, at)).toBe(false);
	});
	test('an ISO date must start the value and have two-digit months and days', () => {
		// JavaScript's Date.parse reads each of these (as 15 March or 1 March 2026); AWS's dates are ISO 8601
		// (reference_policies_elements_condition_operators.html#Conditions_Date), so they are no dates.
		expect(holds({ DateEquals: { 'aws:CurrentTime': 'Sun 2026-03-15' } }, { 'aws:CurrentTime': '2026-03-15' })).toBe(
			false,
		);
		expect(holds({ DateLessThan: { 'aws:CurrentTime': '2026-03-1' } }, { 'aws:CurrentTime': '2026-02-01' })).toBe(
			false,
		);
		expect(holds({ DateLessThan: { 'aws:CurrentTime': '2026-03-01' } }, { 'aws:CurrentTime': '2026-02-01' })).toBe(
			true,
		);
	});
	test('dates that are not ISO 8601 match nothing, even where JavaScript could read them', () => {
		expect(holds({ DateEquals: { 'aws:CurrentTime': 'Sun, 15 Mar 2026 12:00:00 GMT' } }, at)).toBe(false);
		expect(holds({ DateEquals: { 'aws:CurrentTime': '15 March 2026 12:00 UTC' } }, at)).toBe(false);
		expect(holds({ DateGreaterThan: { 'aws:CurrentTime': '2026-13-45T00:00:00Z' } }, at)).toBe(false);
		expect(holds({ DateEquals: { 'aws:CurrentTime': '2026-03-15T12:00:00Z' } }, { 'aws:CurrentTime': 'soon' })).toBe(
			false,
		);
		expect(holds({ DateNotEquals: { 'aws:CurrentTime': 'Sun, 15 Mar 2026 12:00:00 GMT' } }, at)).toBe(true);
	});
});

describe('case: keys are case-insensitive, values compare as each operator says', () => {
	// reference_policies_elements_condition_operators.html: StringLike and ArnLike are "case-sensitive
	// matching"; StringEqualsIgnoreCase ignores case; condition key names are case-insensitive.
	test('StringLike and ArnLike match case-sensitively, whatever the case of the key name', () => {
		expect(holds({ StringLike: { 'S3:PREFIX': 'home/*' } }, { 's3:prefix': 'home/alice/' })).toBe(true);
		expect(holds({ StringLike: { 's3:prefix': 'home/*' } }, { 's3:prefix': 'Home/alice/' })).toBe(false);
		const topic = { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:my-topic' };
		expect(holds({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:My-*' } }, topic)).toBe(false);
		expect(holds({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-east-?:123456789012:my-topic' } }, topic)).toBe(true);
		expect(holds({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-east-??:123456789012:my-topic' } }, topic)).toBe(false);
	});
	test('StringNotEqualsIgnoreCase holds only when no value equals the request in any case', () => {
		const team = { 'aws:PrincipalTag/team': 'Blue' };
		expect(holds({ StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/team': ['red', 'BLUE'] } }, team)).toBe(false);
		expect(holds({ StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/team': ['red', 'green'] } }, team)).toBe(true);
	});
});

describe('a policy variable with no value equals nothing', () => {
	// aws:PrincipalTag/project is not in these requests and the variables have no default.
	const missing = '${aws:PrincipalTag/project}';
	test.each([
		['StringEquals', 'x', false],
		['StringNotEquals', 'x', true],
		['StringEqualsIgnoreCase', 'x', false],
		['StringNotEqualsIgnoreCase', 'x', true],
		['StringLike', 'x', false],
		['StringNotLike', 'x', true],
		['NumericEquals', '1', false],
		['NumericNotEquals', '1', true],
		['DateLessThan', '2026-01-01T00:00:00Z', false],
		['Bool', 'true', false],
		['IpAddress', '203.0.113.7', false],
		['NotIpAddress', '203.0.113.7', true],
		['ArnLike', 'arn:aws:sns:us-east-1:123456789012:t', false],
		['ArnNotLike', 'arn:aws:sns:us-east-1:123456789012:t', true],
	] as const)('%s with an unresolved variable, request value %s → %s', (op, value, expected) => {
		expect(holds({ [op]: { key: missing } }, { key: value })).toBe(expected);
	});
	test('the same variable with a default resolves (docs: ${aws:PrincipalTag/project, "none"})', () => {
		expect(holds({ StringEquals: { key: "${aws:PrincipalTag/project, 'none'}" } }, { key: 'none' })).toBe(true);
	});
	test('a substituted value is literal text: a * in it is no wildcard', () => {
		const like = (request: string) =>
			holds(
				{ StringLike: { key: '${aws:PrincipalTag/prefix}' } },
				{ key: request, 'aws:PrincipalTag/prefix': 'team-*' },
			);
		expect(like('team-*')).toBe(true);
		expect(like('team-blue')).toBe(false);
		const arn = (request: string) =>
			holds(
				{ ArnLike: { key: 'arn:aws:sns:*:*:${aws:PrincipalTag/topic}' } },
				{ key: request, 'aws:PrincipalTag/topic': 'orders-*' },
			);
		expect(arn('arn:aws:sns:us-east-1:123456789012:orders-*')).toBe(true);
		expect(arn('arn:aws:sns:us-east-1:123456789012:orders-eu')).toBe(false);
	});
});

describe('missing and empty keys with every qualifier', () => {
	test.each([
		['StringEquals', undefined, false],
		['StringNotEquals', undefined, true],
		['StringEqualsIfExists', undefined, true],
		['StringNotEqualsIfExists', undefined, true],
		['ForAnyValue:StringEquals', undefined, false],
		['ForAnyValue:StringNotEquals', undefined, false],
		['ForAllValues:StringEquals', undefined, true],
		['ForAllValues:StringNotEquals', undefined, true],
		['ForAnyValue:StringEqualsIfExists', undefined, true],
		['ForAnyValue:StringEquals', [], false],
		['ForAnyValue:StringEqualsIfExists', [], true],
		['ForAllValues:StringLike', [], true],
	] as const)('%s, key %j → %s', (op, value, expected) => {
		const context = value === undefined ? {} : { 'aws:TagKeys': [...value] };
		expect(holds({ [op]: { 'aws:TagKeys': 'env' } }, context)).toBe(expected);
	});
	test('set operators also work on a single-valued key', () => {
		expect(
			holds(
				{ 'ForAllValues:StringEquals': { 'aws:RequestedRegion': 'eu-west-1' } },
				{ 'aws:RequestedRegion': 'eu-west-1' },
			),
		).toBe(true);
		expect(
			holds({ 'ForAnyValue:StringLike': { 'aws:RequestedRegion': 'us-*' } }, { 'aws:RequestedRegion': 'eu-west-1' }),
		).toBe(false);
	});
	test('Null: "true" for a missing key, "false" for a present one, either for both', () => {
		expect(holds({ Null: { 'aws:TokenIssueTime': 'false' } }, {})).toBe(false);
		expect(holds({ Null: { 'aws:TokenIssueTime': ['true', 'false'] } }, {})).toBe(true);
		expect(holds({ Null: { 'aws:TokenIssueTime': ['true', 'false'] } }, { 'aws:TokenIssueTime': 'x' })).toBe(true);
		expect(holds({ Null: { 'aws:TagKeys': 'false' } }, { 'aws:TagKeys': ['a'] })).toBe(true);
	});
});

describe('operator names', () => {
	test('qualifiers and IfExists are read in any case and written canonically', () => {
		expect(parseOperator('forallvalues:stringlikeifexists')).toMatchObject({
			written: 'forallvalues:stringlikeifexists',
			canonical: 'ForAllValues:StringLikeIfExists',
			set: 'ForAllValues',
			ifExists: true,
		});
		expect(parseOperator('FORANYVALUE:ArnLike')).toMatchObject({ canonical: 'ForAnyValue:ArnLike', ifExists: false });
		expect(parseOperator('DateEquals')).toMatchObject({ canonical: 'DateEquals', set: undefined, ifExists: false });
	});
	test('Null takes no qualifier, and a qualifier or IfExists alone is no operator', () => {
		for (const bad of [
			'ForAnyValue:Null',
			'ForAllValues:Null',
			'ForAnyValue:',
			'IfExists',
			'ForAllValues:IfExists',
			':StringEquals',
		])
			expect(parseOperator(bad), bad).toBeUndefined();
	});
});

describe('what the trace says about one condition', () => {
	test('the request value, single or several', () => {
		expect(
			explain('StringEquals', 'aws:RequestedRegion', ['us-east-1'], { 'aws:RequestedRegion': 'us-east-1' }).explanation,
		).toBe(
			'StringEquals aws:RequestedRegion "us-east-1": the request has aws:RequestedRegion = "us-east-1", so this is true.',
		);
		expect(explain('StringEquals', 'aws:TagKeys', ['a'], { 'aws:TagKeys': ['a', 'b'] }).explanation).toBe(
			'StringEquals aws:TagKeys "a": aws:TagKeys has several values in the request ["a", "b"]; a multivalued key needs ForAnyValue: or ForAllValues:, so this is false.',
		);
		expect(
			explain('ForAnyValue:StringEquals', 'aws:TagKeys', ['a', 'c'], { 'aws:TagKeys': ['a', 'b'] }).explanation,
		).toBe(
			'ForAnyValue:StringEquals aws:TagKeys "a" or "c": the request has aws:TagKeys = ["a", "b"] and at least one request value must match, so this is true.',
		);
		expect(
			explain('ForAllValues:StringEquals', 'aws:TagKeys', ['a', 'c'], { 'aws:TagKeys': ['a', 'b'] }).explanation,
		).toBe(
			'ForAllValues:StringEquals aws:TagKeys "a" or "c": the request has aws:TagKeys = ["a", "b"] and every request value must match, so this is false.',
		);
	});
	test('why a missing key decides', () => {
		const why = (op: string) => explain(op, 'k', ['v']).explanation;
		expect(why('StringEquals')).toBe(
			'StringEquals k "v": the request has no k; a missing key never matches, so this is false.',
		);
		expect(why('StringNotEquals')).toBe(
			'StringNotEquals k "v": the request has no k; a negated operator is true when the key is missing, so this is true.',
		);
		expect(why('StringNotEqualsIfExists')).toBe(
			'StringNotEqualsIfExists k "v": the request has no k; …IfExists treats a missing key as a match, so this is true.',
		);
		expect(why('ForAnyValue:StringEquals')).toBe(
			'ForAnyValue:StringEquals k "v": the request has no values for k; ForAnyValue is false when the key is missing or empty, so this is false.',
		);
		expect(why('ForAllValues:StringEquals')).toBe(
			'ForAllValues:StringEquals k "v": the request has no values for k; ForAllValues is true when the key is missing or empty, so this is true.',
		);
		expect(why('ForAnyValue:StringEqualsIfExists')).toBe(
			'ForAnyValue:StringEqualsIfExists k "v": the request has no values for k; …IfExists treats a missing key as a match, so this is true.',
		);
		expect(why('Null')).toBe('Null k = "v": the key is missing in the request, so this is false.');
		expect(explain('Null', 'k', ['false'], { k: '' }).explanation).toBe(
			'Null k = "false": the key is present in the request, so this is true.',
		);
	});
	test('an unresolved variable is named, a resolved one is not', () => {
		const result = explain('StringEquals', 'k', ['${aws:username}', '${aws:PrincipalTag/team}'], {
			k: 'alice',
			'aws:username': 'alice',
		});
		expect(result.matched).toBe(true);
		expect(result.explanation).toBe(
			'StringEquals k "${aws:username}" or "${aws:PrincipalTag/team}" (policy variable ${aws:PrincipalTag/team} has no value in the request, so it equals nothing): the request has k = "alice", so this is true.',
		);
	});
	test('with variables off (policy Version 2008-10-17) the text is compared as written', () => {
		const parsed = parseOperator('StringEquals')!;
		const result = evaluateCondition(
			{ operator: parsed, key: 'k', values: ['${aws:username}'] },
			contextOf({ k: '${aws:username}', 'aws:username': 'alice' }),
			false,
		);
		expect(result.matched).toBe(true);
		expect(result.explanation).not.toMatch(/no value/);
	});
});
