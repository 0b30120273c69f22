/**
 * validatePolicy: every covered Access Analyzer check trips on a policy written for it, at the right
 * place, and stays quiet on the corrected policy; findings are well-formed; it never throws.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ACCESS_ANALYZER_CHECKS, OWN_CHECKS, validatePolicy, type ValidationFinding } from '../../../src/lib/iam/index';
import { CHECK_CASES, OWN_CASES, type CheckCase } from './validate-cases';

const offsetOf = (text: string, f: { line: number; column: number }): number => {
	const lines = text.split('\n');
	return lines.slice(0, f.line - 1).reduce((n, l) => n + l.length + 1, 0) + f.column - 1;
};

async function run(c: CheckCase, which: 'trip' | 'clean'): Promise<ValidationFinding[]> {
	return validatePolicy(c[which], { policyType: c.policyType ?? 'identity' });
}

describe('each check trips on its policy and not on the corrected one', () => {
	test.each([...CHECK_CASES, ...OWN_CASES].map((c) => [c.code, c] as const))('%s', async (code, c) => {
		const tripped = (await run(c, 'trip')).filter((f) => f.issueCode === code);
		expect(tripped.length, `no ${code} on:\n${c.trip}`).toBeGreaterThan(0);
		const starts = tripped.map((f) => c.trip.slice(offsetOf(c.trip, f)));
		expect(
			starts.some((rest) => rest.startsWith(c.at)),
			`${code} at ${JSON.stringify(starts.map((s) => s.slice(0, 30)))}`,
		).toBe(true);
		const clean = (await run(c, 'clean')).filter((f) => f.issueCode === code);
		expect(clean).toEqual([]);
	});

	test('every Access Analyzer check in the registry has a case', () => {
		const tested = new Set(CHECK_CASES.map((c) => c.code));
		expect(Object.keys(ACCESS_ANALYZER_CHECKS).filter((code) => !tested.has(code as never))).toEqual([]);
		expect(Object.keys(OWN_CHECKS).sort()).toEqual(OWN_CASES.map((c) => c.code).sort());
	});

	test('covers at least 70 Access Analyzer checks', () => {
		expect(Object.keys(ACCESS_ANALYZER_CHECKS).length).toBeGreaterThanOrEqual(70);
	});
});

describe('finding shape', () => {
	test('INVALID_ACTION suggests the nearest action, with type, end and documentation link', async () => {
		const text =
			'{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:RunInstance", "Resource": "*" }]\n}';
		const [finding] = await validatePolicy(text);
		expect(finding).toMatchObject({
			issueCode: 'INVALID_ACTION',
			findingType: 'ERROR',
			line: 3,
			column: 48,
			endLine: 3,
			endColumn: 65,
			learnMoreLink:
				'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-action',
		});
		expect(finding?.message).toContain('Did you mean ec2:RunInstances?');
	});

	test('INVALID_SERVICE_IN_ACTION suggests the nearest service prefix', async () => {
		const text = JSON.stringify({
			Version: '2012-10-17',
			Statement: { Effect: 'Allow', Action: 'dynamodbb:GetItem', Resource: '*' },
		});
		const findings = await validatePolicy(text);
		expect(findings.map((f) => f.issueCode)).toEqual(['INVALID_SERVICE_IN_ACTION']);
		expect(findings[0]?.message).toContain('Did you mean dynamodb?');
	});

	test('a swapped pair of letters is one typo: dynamodb:UptItem suggests PutItem, not GetItem', async () => {
		const text = JSON.stringify({
			Version: '2012-10-17',
			Statement: { Effect: 'Allow', Action: ['dynamodb:UptItem', 'ksm:Decrypt'], Resource: '*' },
		});
		const messages = (await validatePolicy(text)).map((f) => `${f.issueCode}: ${f.message}`);
		expect(messages).toEqual([
			expect.stringMatching(/^INVALID_ACTION: .*Did you mean dynamodb:PutItem\?/),
			expect.stringMatching(/^INVALID_SERVICE_IN_ACTION: .*Did you mean kms\?/),
		]);
	});

	test("Access Analyzer's policy type names work too; an unknown type is refused", async () => {
		const text = JSON.stringify({
			Version: '2012-10-17',
			Statement: { Effect: 'Deny', Principal: '*', Action: 'ec2:*', Resource: '*' },
		});
		const codes = async (policyType: string) =>
			(await validatePolicy(text, { policyType: policyType as 'scp' })).map((f) => f.issueCode);
		expect(await codes('SERVICE_CONTROL_POLICY')).toEqual(['SCP_SYNTAX_ERROR_PRINCIPAL']);
		expect(await codes('IDENTITY_POLICY')).toEqual(['UNSUPPORTED_PRINCIPAL']);
		expect(await codes('RESOURCE_POLICY')).toEqual([]);
		await expect(validatePolicy(text, { policyType: 'bucket' as 'scp' })).rejects.toThrow(
			'Unknown policy type "bucket"',
		);
	});

	test('findings are ordered by position', async () => {
		const text = JSON.stringify(
			{ Statement: [{ Effect: 'allow', Action: 's3:GetObjects', Resource: 'bucket' }] },
			null,
			2,
		);
		const findings = await validatePolicy(text);
		expect(findings.map((f) => f.issueCode)).toEqual([
			'MISSING_VERSION',
			'INVALID_EFFECT',
			'INVALID_ACTION',
			'INVALID_ARN_PREFIX',
		]);
	});

	test('SCPs take conditions, NotAction and NotResource in Allow statements since the full IAM language came to SCPs', async () => {
		const text = JSON.stringify({
			Version: '2012-10-17',
			Statement: [
				{
					Effect: 'Allow',
					NotAction: 'iam:*',
					NotResource: 'arn:aws:s3:::logs/*',
					Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
				},
			],
		});
		const serious = (await validatePolicy(text, { policyType: 'scp' })).filter((f) => f.findingType === 'ERROR');
		expect(serious).toEqual([]);
	});
});

describe('never throws, positions inside the text', () => {
	const check = async (text: string, policyType: 'identity' | 'resource' | 'scp' | 'rcp' | 'roleTrust') => {
		const findings = await validatePolicy(text, { policyType });
		const lines = text.split('\n');
		for (const f of findings) {
			expect(f.line).toBeGreaterThanOrEqual(1);
			expect(f.line).toBeLessThanOrEqual(lines.length);
			expect(f.column).toBeGreaterThanOrEqual(1);
			expect(f.column).toBeLessThanOrEqual((lines[f.line - 1]?.length ?? 0) + 1);
			expect(f.endLine).toBeGreaterThanOrEqual(f.line);
			expect(f.endLine).toBeLessThanOrEqual(lines.length);
			expect(f.endColumn).toBeLessThanOrEqual((lines[f.endLine - 1]?.length ?? 0) + 1);
		}
	};
	const types = fc.constantFrom('identity', 'resource', 'scp', 'rcp', 'roleTrust') as fc.Arbitrary<'identity'>;
	test('any string', async () => {
		await fc.assert(fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), types, check), { numRuns: 300 });
	});
	test('policy-shaped JSON', async () => {
		const value = fc.oneof(
			fc.constantFrom(
				'*',
				's3:GetObject',
				'arn:aws:s3:::b/*',
				'Allow',
				'Deny',
				'${aws:username}',
				'10.0.0.0/8',
				'true',
				'',
			),
			fc.string({ maxLength: 12 }),
			fc.integer(),
			fc.boolean(),
		);
		const element = fc.constantFrom(
			'Effect',
			'Action',
			'NotAction',
			'Resource',
			'NotResource',
			'Principal',
			'Sid',
			'Condition',
			'Bogus',
		);
		const statement = fc.dictionary(
			element,
			fc.oneof(
				value,
				fc.array(value, { maxLength: 3 }),
				fc.dictionary(
					fc.constantFrom('StringEquals', 'Bool', 'IpAddress', 'AWS', 'aws:SourceIp', 's3:prefix'),
					fc.oneof(value, fc.dictionary(fc.constantFrom('aws:SourceIp', 's3:prefix', 'aws:TagKeys'), value)),
				),
			),
		);
		const policy = fc.record(
			{
				Version: fc.constantFrom('2012-10-17', '2008-10-17', 'x'),
				Statement: fc.oneof(statement, fc.array(statement, { maxLength: 3 })),
			},
			{ requiredKeys: [] },
		);
		await fc.assert(
			fc.asyncProperty(policy, types, fc.boolean(), (p, t, pretty) =>
				check(JSON.stringify(p, null, pretty ? 2 : 0), t),
			),
			{ numRuns: 300 },
		);
	});
});
