/**
 * Every condition operator family, their IfExists and ForAnyValue/ForAllValues forms, and the
 * missing-key rules. Doc: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * and https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
import { describe, expect, test } from 'vitest';
import { conditionHolds as holds } from './helpers';
import { parseOperator, CONDITION_OPERATOR_NAMES } from '../../../src/lib/iam/index';

describe('String operators', () => {
	test('StringEquals is case-sensitive, several values are OR', () => {
		expect(
			holds(
				{ StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
				{ 'aws:RequestedRegion': 'us-east-1' },
			),
		).toBe(true);
		expect(
			holds({ StringEquals: { 'aws:RequestedRegion': 'US-EAST-1' } }, { 'aws:RequestedRegion': 'us-east-1' }),
		).toBe(false);
	});
	test('StringNotEquals: none of the values', () => {
		expect(
			holds(
				{ StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
				{ 'aws:RequestedRegion': 'us-east-1' },
			),
		).toBe(false);
		expect(
			holds(
				{ StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
				{ 'aws:RequestedRegion': 'ap-south-1' },
			),
		).toBe(true);
	});
	test('StringEqualsIgnoreCase / StringNotEqualsIgnoreCase', () => {
		expect(
			holds({ StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'BLUE' } }, { 'aws:PrincipalTag/team': 'blue' }),
		).toBe(true);
		expect(
			holds({ StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'BLUE' } }, { 'aws:PrincipalTag/team': 'blue' }),
		).toBe(false);
	});
	test('StringLike with * and ? (s3:prefix example from the docs)', () => {
		expect(
			holds(
				{ StringLike: { 's3:prefix': ['home/', 'home/${aws:username}/*'] } },
				{ 's3:prefix': 'home/alice/photos/' },
			),
		).toBe(true);
		expect(holds({ StringLike: { 's3:prefix': 'home/${aws:username}/*' } }, { 's3:prefix': 'home/bob/photos/' })).toBe(
			false,
		);
		expect(holds({ StringLike: { 'aws:PrincipalTag/cc': 'cc-??' } }, { 'aws:PrincipalTag/cc': 'cc-12' })).toBe(true);
		expect(holds({ StringLike: { 'aws:PrincipalTag/cc': 'cc-??' } }, { 'aws:PrincipalTag/cc': 'cc-123' })).toBe(false);
		expect(holds({ StringNotLike: { 'aws:PrincipalTag/cc': 'cc-*' } }, { 'aws:PrincipalTag/cc': 'dd-1' })).toBe(true);
	});
	test('condition key names are case-insensitive', () => {
		expect(
			holds({ StringEquals: { 'AWS:REQUESTEDREGION': 'eu-west-1' } }, { 'aws:requestedregion': 'eu-west-1' }),
		).toBe(true);
	});
});

describe('Numeric operators', () => {
	const ctx = { 's3:max-keys': '10' };
	test.each([
		['NumericEquals', '10', true],
		['NumericEquals', '10.0', true],
		['NumericNotEquals', '10', false],
		['NumericLessThan', '11', true],
		['NumericLessThan', '10', false],
		['NumericLessThanEquals', '10', true],
		['NumericGreaterThan', '9', true],
		['NumericGreaterThan', '10', false],
		['NumericGreaterThanEquals', '10', true],
	])('%s %s against 10 → %s', (op, value, expected) => {
		expect(holds({ [op]: { 's3:max-keys': value } }, ctx)).toBe(expected);
	});
	test('numbers in the context and in the policy', () => {
		expect(holds({ NumericLessThanEquals: { 's3:max-keys': 10 } }, { 's3:max-keys': 10 })).toBe(true);
	});
	test('a non-number never matches', () => {
		expect(holds({ NumericEquals: { 's3:max-keys': 'ten' } }, ctx)).toBe(false);
	});
});

describe('Date operators', () => {
	const ctx = { 'aws:CurrentTime': '2026-03-15T12:00:00Z' };
	test.each([
		['DateEquals', '2026-03-15T12:00:00Z', true],
		['DateNotEquals', '2026-03-15T12:00:00Z', false],
		['DateLessThan', '2026-04-01T00:00:00Z', true],
		['DateLessThanEquals', '2026-03-15T12:00:00Z', true],
		['DateGreaterThan', '2026-01-01T00:00:00Z', true],
		['DateGreaterThanEquals', '2026-03-16T00:00:00Z', false],
	])('%s %s → %s', (op, value, expected) => {
		expect(holds({ [op]: { 'aws:CurrentTime': value } }, ctx)).toBe(expected);
	});
	test('epoch seconds compare with ISO dates', () => {
		expect(
			holds(
				{ DateGreaterThan: { 'aws:EpochTime': '2026-01-01T00:00:00Z' } },
				{ 'aws:EpochTime': String(Date.UTC(2026, 5, 1) / 1000) },
			),
		).toBe(true);
	});
});

describe('Bool, Binary, Null', () => {
	test('Bool aws:MultiFactorAuthPresent (docs example)', () => {
		expect(holds({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, { 'aws:MultiFactorAuthPresent': true })).toBe(
			true,
		);
		expect(holds({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, { 'aws:MultiFactorAuthPresent': 'false' })).toBe(
			false,
		);
		expect(holds({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, {})).toBe(false);
		// BoolIfExists … "false" is the documented way to deny when MFA is absent or false.
		expect(holds({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }, {})).toBe(true);
	});
	test('BinaryEquals compares the base-64 value', () => {
		expect(
			holds({ BinaryEquals: { key: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } }, { key: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' }),
		).toBe(true);
		expect(holds({ BinaryEquals: { key: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } }, { key: 'other' })).toBe(false);
	});
	test('Null: "true" means the key is missing (aws:TokenIssueTime example)', () => {
		expect(holds({ Null: { 'aws:TokenIssueTime': 'true' } }, {})).toBe(true);
		expect(holds({ Null: { 'aws:TokenIssueTime': 'true' } }, { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' })).toBe(
			false,
		);
		expect(holds({ Null: { 'aws:TokenIssueTime': 'false' } }, { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' })).toBe(
			true,
		);
	});
});

describe('IpAddress / NotIpAddress', () => {
	test('IPv4 CIDR (aws:SourceIp docs example 203.0.113.0/24)', () => {
		expect(holds({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '203.0.113.45' })).toBe(true);
		expect(holds({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '203.0.114.1' })).toBe(false);
		expect(
			holds(
				{ NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] } },
				{ 'aws:SourceIp': '198.51.100.7' },
			),
		).toBe(true);
		expect(holds({ IpAddress: { 'aws:SourceIp': '203.0.113.7' } }, { 'aws:SourceIp': '203.0.113.7' })).toBe(true);
	});
	test('IPv6 with :: compression (2001:DB8:1234:5678::/64)', () => {
		expect(
			holds(
				{ IpAddress: { 'aws:SourceIp': '2001:DB8:1234:5678::/64' } },
				{ 'aws:SourceIp': '2001:db8:1234:5678:abcd::1' },
			),
		).toBe(true);
		expect(
			holds({ IpAddress: { 'aws:SourceIp': '2001:DB8:1234:5678::/64' } }, { 'aws:SourceIp': '2001:db8:1234:5679::1' }),
		).toBe(false);
		expect(
			holds({ IpAddress: { 'aws:SourceIp': '::ffff:192.0.2.0/120' } }, { 'aws:SourceIp': '::ffff:192.0.2.9' }),
		).toBe(true);
	});
	test('an IPv4 address is never in an IPv6 range', () => {
		expect(holds({ IpAddress: { 'aws:SourceIp': '::/0' } }, { 'aws:SourceIp': '203.0.113.1' })).toBe(false);
	});
	test('malformed addresses never match', () => {
		expect(holds({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '203.0.113.300' })).toBe(false);
		expect(holds({ IpAddress: { 'aws:SourceIp': '203.0.113.0/33' } }, { 'aws:SourceIp': '203.0.113.1' })).toBe(false);
	});
});

describe('Arn operators', () => {
	const ctx = { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:my-topic' };
	test('ArnEquals and ArnLike both take wildcards per part', () => {
		expect(holds({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:my-topic' } }, ctx)).toBe(true);
		expect(holds({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:*' } }, ctx)).toBe(true);
		expect(holds({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:my-*' } }, ctx)).toBe(true);
		expect(holds({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*' } }, ctx)).toBe(false);
	});
	test('a wildcard does not cross a colon in the first five parts', () => {
		expect(holds({ ArnLike: { 'aws:SourceArn': 'arn:aws:*:123456789012:my-topic' } }, ctx)).toBe(false);
	});
	test('ArnNotEquals / ArnNotLike', () => {
		expect(holds({ ArnNotLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:*' } }, ctx)).toBe(false);
		expect(holds({ ArnNotEquals: { 'aws:SourceArn': 'arn:aws:sqs:*:*:*' } }, ctx)).toBe(true);
	});
	test('a value that is not an ARN never matches ArnLike', () => {
		expect(holds({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:*' } }, { 'aws:SourceArn': 'not-an-arn' })).toBe(false);
	});
});

describe('missing keys', () => {
	test('a missing key makes a positive operator false and a negated one true', () => {
		expect(holds({ StringEquals: { 'aws:PrincipalTag/team': 'blue' } }, {})).toBe(false);
		expect(holds({ StringNotEquals: { 'aws:PrincipalTag/team': 'blue' } }, {})).toBe(true);
		expect(holds({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, {})).toBe(true);
		expect(holds({ ArnNotLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:*' } }, {})).toBe(true);
		expect(holds({ NumericLessThan: { 's3:max-keys': '10' } }, {})).toBe(false);
	});
	test('…IfExists is true when the key is missing, else it is the plain operator', () => {
		expect(holds({ StringEqualsIfExists: { 'ec2:InstanceType': 't3.micro' } }, {})).toBe(true);
		expect(
			holds({ StringEqualsIfExists: { 'ec2:InstanceType': 't3.micro' } }, { 'ec2:InstanceType': 'm5.large' }),
		).toBe(false);
		expect(
			holds({ StringLikeIfExists: { 'ec2:InstanceType': ['t3.*', 'm5.*'] } }, { 'ec2:InstanceType': 'm5.large' }),
		).toBe(true);
		expect(holds({ NumericLessThanIfExists: { n: '5' } }, {})).toBe(true);
		expect(holds({ DateLessThanIfExists: { d: '2026-01-01T00:00:00Z' } }, {})).toBe(true);
		expect(holds({ IpAddressIfExists: { 'aws:SourceIp': '203.0.113.0/24' } }, {})).toBe(true);
		expect(holds({ ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:sns:*:*:*' } }, {})).toBe(true);
		expect(holds({ BinaryEqualsIfExists: { b: 'AA==' } }, {})).toBe(true);
	});
});

describe('ForAnyValue / ForAllValues (multivalued keys)', () => {
	const tags = { 'aws:TagKeys': ['environment', 'cost-center'] };
	test('ForAllValues: every request value must be in the list (docs aws:TagKeys example)', () => {
		expect(
			holds({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center', 'owner'] } }, tags),
		).toBe(true);
		expect(holds({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment'] } }, tags)).toBe(false);
	});
	test('ForAllValues is true for a missing or empty key (why the docs warn about it with Allow)', () => {
		expect(holds({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment'] } }, {})).toBe(true);
		expect(holds({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment'] } }, { 'aws:TagKeys': [] })).toBe(
			true,
		);
	});
	test('ForAnyValue: at least one request value; false for a missing or empty key', () => {
		expect(holds({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['owner', 'environment'] } }, tags)).toBe(true);
		expect(holds({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['owner'] } }, tags)).toBe(false);
		expect(holds({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['owner'] } }, {})).toBe(false);
		expect(holds({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['owner'] } }, { 'aws:TagKeys': [] })).toBe(false);
	});
	test('negated operators with set qualifiers', () => {
		expect(holds({ 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['owner'] } }, tags)).toBe(true);
		expect(holds({ 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['environment'] } }, tags)).toBe(true);
		expect(holds({ 'ForAllValues:StringNotLike': { 'aws:TagKeys': ['env*'] } }, tags)).toBe(false);
	});
	test('ForAnyValue with IfExists treats a missing key as a match (IfExists rule)', () => {
		expect(holds({ 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': ['owner'] } }, {})).toBe(true);
	});
	test('a multivalued key with a plain operator does not match', () => {
		expect(holds({ StringEquals: { 'aws:TagKeys': 'environment' } }, tags)).toBe(false);
	});
});

describe('several keys and operators are AND', () => {
	test('both must hold', () => {
		const condition = { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' }, Bool: { 'aws:SecureTransport': 'true' } };
		expect(holds(condition, { 'aws:RequestedRegion': 'eu-west-1', 'aws:SecureTransport': true })).toBe(true);
		expect(holds(condition, { 'aws:RequestedRegion': 'eu-west-1', 'aws:SecureTransport': false })).toBe(false);
		expect(
			holds(
				{ StringEquals: { 'aws:RequestedRegion': 'eu-west-1', 'aws:PrincipalTag/team': 'blue' } },
				{ 'aws:RequestedRegion': 'eu-west-1' },
			),
		).toBe(false);
	});
});

describe('operator names', () => {
	test('every base operator parses, with IfExists and set qualifiers', () => {
		for (const name of CONDITION_OPERATOR_NAMES) {
			expect(parseOperator(name)?.base.name).toBe(name);
			if (name !== 'Null') {
				expect(parseOperator(`${name}IfExists`)?.ifExists).toBe(true);
				expect(parseOperator(`ForAnyValue:${name}`)?.set).toBe('ForAnyValue');
				expect(parseOperator(`ForAllValues:${name}IfExists`)?.canonical).toBe(`ForAllValues:${name}IfExists`);
			}
		}
		expect(CONDITION_OPERATOR_NAMES).toHaveLength(27);
	});
	test('each operator is in the category the AWS page lists it under, negated where its name says Not', () => {
		// reference_policies_elements_condition_operators.html: String, Numeric, Date, Boolean, Binary,
		// IP address, ARN and Null check condition operators. The category decides what the validator
		// accepts as a value (src/lib/iam/validate/conditions.ts) and the rows of the truth table.
		const categories: Record<string, string[]> = {
			String: [
				'StringEquals',
				'StringNotEquals',
				'StringEqualsIgnoreCase',
				'StringNotEqualsIgnoreCase',
				'StringLike',
				'StringNotLike',
			],
			Numeric: [
				'NumericEquals',
				'NumericNotEquals',
				'NumericLessThan',
				'NumericLessThanEquals',
				'NumericGreaterThan',
				'NumericGreaterThanEquals',
			],
			Date: [
				'DateEquals',
				'DateNotEquals',
				'DateLessThan',
				'DateLessThanEquals',
				'DateGreaterThan',
				'DateGreaterThanEquals',
			],
			Bool: ['Bool'],
			Binary: ['BinaryEquals'],
			IpAddress: ['IpAddress', 'NotIpAddress'],
			Arn: ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike'],
			Null: ['Null'],
		};
		const listed = Object.entries(categories).flatMap(([family, names]) =>
			names.map((name) => [name, family] as const),
		);
		expect(listed.map(([name]) => name).sort()).toEqual([...CONDITION_OPERATOR_NAMES].sort());
		for (const [name, family] of listed) {
			const { base } = parseOperator(name)!;
			expect({ name, family: base.family, negated: base.negated }).toEqual({
				name,
				family,
				negated: /Not/.test(name),
			});
		}
	});
	test('unknown operators are rejected', () => {
		for (const bad of ['StringEqual', 'ForSomeValues:StringEquals', 'NullIfExists', 'IpAddressLike', ''])
			expect(parseOperator(bad)).toBeUndefined();
	});
});
