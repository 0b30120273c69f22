/**
 * summarizePolicy, pinned against "Examples of policy summaries" (IAM User Guide)
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_policy-summary-examples.html
 * and "Understanding access level summaries within policy summaries".
 */
import { describe, expect, test } from 'vitest';
import { accessLevelText, loadService, summarizePolicy, PolicyParseError } from '../../../src/lib/iam/index';

const text = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);

describe('examples of policy summaries (IAM User Guide)', () => {
	test('Policy 1 DenyCustomerBucket: S3 full access allowed, and explicitly denied on the customer bucket', async () => {
		const summary = await summarizePolicy(
			text([
				{ Sid: 'FullAccess', Effect: 'Allow', Action: ['s3:*'], Resource: ['*'] },
				{
					Sid: 'DenyCustomerBucket',
					Action: ['s3:*'],
					Effect: 'Deny',
					Resource: ['arn:aws:s3:::customer', 'arn:aws:s3:::customer/*'],
				},
			]),
		);
		expect(summary.services.map((s) => [s.name, s.effect, s.accessLevel, s.resources])).toEqual([
			['Amazon S3', 'Allow', 'Full access', ['All resources']],
			['Amazon S3', 'Deny', 'Full access', ['arn:aws:s3:::customer', 'arn:aws:s3:::customer/*']],
		]);
	});

	test('Policy 2 DynamoDbRowCognitoID: limited Read and Write on one table, under a LeadingKeys condition', async () => {
		const summary = await summarizePolicy(
			text([
				{
					Effect: 'Allow',
					Action: ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
					Resource: ['arn:aws:dynamodb:us-west-1:123456789012:table/myDynamoTable'],
					Condition: {
						'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${cognito-identity.amazonaws.com:sub}'] },
					},
				},
			]),
		);
		const [dynamo] = summary.services;
		expect(dynamo?.accessLevel).toBe('Limited: Read, Write');
		expect(dynamo?.levels.find((l) => l.level === 'Write')?.granted).toBe(3);
		expect(dynamo?.resources).toEqual(['arn:aws:dynamodb:us-west-1:123456789012:table/myDynamoTable']);
		expect(dynamo?.conditions).toEqual([
			'dynamodb:LeadingKeys ForAllValues:StringEquals "${cognito-identity.amazonaws.com:sub}"',
		]);
	});

	test('Policy 4 EC2_troubleshoot: one Read action of EC2 on all resources, one List action of S3 on the developer bucket', async () => {
		const summary = await summarizePolicy(
			text([
				{ Effect: 'Allow', Action: ['ec2:GetConsoleScreenshot'], Resource: ['*'] },
				{ Effect: 'Allow', Action: ['s3:ListBucket'], Resource: ['arn:aws:s3:::developer'] },
			]),
		);
		expect(summary.services.map((s) => [s.prefix, s.accessLevel, s.resources])).toEqual([
			['ec2', 'Limited: Read', ['All resources']],
			['s3', 'Limited: List', ['arn:aws:s3:::developer']],
		]);
	});

	test('Policy 5 Unrecognized_Service_Action: the misspelt service and action grant nothing', async () => {
		const summary = await summarizePolicy(
			text([
				{ Effect: 'Allow', Action: ['dynamobd:*'], Resource: ['*'] },
				{
					Effect: 'Deny',
					Action: ['ec2:RunInstances', 'ec2:StartInstances', 'ec2:StopInstances', 'ec2:RebootoInstances'],
					Resource: '*',
					Condition: { StringEquals: { 'ec2:Region': 'ap-northeast-2' } },
				},
			]),
		);
		expect(summary.unrecognized).toEqual(['dynamobd:*', 'ec2:RebootoInstances']);
		expect(summary.services.map((s) => [s.prefix, s.effect, s.accessLevel])).toEqual([
			['ec2', 'Deny', 'Limited: Write'],
		]);
		expect(summary.statements[1]?.sentence).toContain('ec2:RebootoInstances (grants nothing)');
	});

	test('Policy 6 CodeBuild_CodeCommit_CodeDeploy: each resource appears only with its own service', async () => {
		const summary = await summarizePolicy(
			text([
				{
					Sid: 'Stmt1487980617000',
					Effect: 'Allow',
					Action: ['codebuild:*', 'codecommit:*', 'codedeploy:*'],
					Resource: [
						'arn:aws:codebuild:us-east-2:123456789012:project/my-demo-project',
						'arn:aws:codecommit:us-east-2:123456789012:MyDemoRepo',
						'arn:aws:codedeploy:us-east-2:123456789012:application:WordPress_App',
						'arn:aws:codedeploy:us-east-2:123456789012:instance/AssetTag*',
					],
				},
			]),
		);
		const byPrefix = Object.fromEntries(summary.services.map((s) => [s.prefix, s]));
		expect(byPrefix.codebuild?.accessLevel).toBe('Full access');
		expect(byPrefix.codebuild?.resources).toEqual(['arn:aws:codebuild:us-east-2:123456789012:project/my-demo-project']);
		expect(byPrefix.codedeploy?.resources).toHaveLength(2);
	});
});

describe('access level text, as the console writes it', () => {
	test('full, limited and mixed', () => {
		const l = (level: 'List' | 'Read' | 'Write', granted: number, total: number) => ({ level, granted, total });
		expect(accessLevelText([l('List', 2, 2), l('Read', 3, 3), l('Write', 1, 4)])).toBe(
			'Full: List, Read Limited: Write',
		);
		expect(accessLevelText([l('List', 2, 2), l('Read', 3, 3)])).toBe('Full access');
		expect(accessLevelText([l('List', 2, 2), l('Read', 0, 3)])).toBe('Full: List');
		expect(accessLevelText([l('List', 0, 2)])).toBe('None');
	});
});

describe('statement sentences expand and count wildcards', () => {
	test('s3:Get* counts the Read actions it stands for', async () => {
		const s3 = await loadService('s3');
		const gets = s3!.actions.filter((a) => a.name.startsWith('Get'));
		const summary = await summarizePolicy(text([{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }]));
		const [group] = summary.statements[0]!.actions;
		expect(group?.count).toBe(gets.length);
		expect(group?.text).toMatch(new RegExp(`^s3:Get\\* — ${gets.length} (Read actions|actions \\()`));
		expect(summary.statements[0]?.sentence).toMatch(/^Allows s3:Get\* \(.*\) on every resource\.$/);
	});

	test('a resource policy names who it applies to', async () => {
		const summary = await summarizePolicy(
			text([
				{
					Effect: 'Allow',
					Principal: { AWS: 'arn:aws:iam::111122223333:root' },
					Action: 's3:GetObject',
					Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
				},
			]),
		);
		expect(summary.statements[0]?.sentence).toBe(
			'For arn:aws:iam::111122223333:root: Allows s3:GetObject (Read action) on arn:aws:s3:::amzn-s3-demo-bucket/*.',
		);
	});

	test('shows the catalogue version and date', async () => {
		const summary = await summarizePolicy(text([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]));
		expect(summary.dataVersion).toMatch(/^\d+\.\d+\.\d+$/);
		expect(summary.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	test('text that is not JSON throws PolicyParseError with a position', async () => {
		await expect(summarizePolicy('{ "Statement": [')).rejects.toBeInstanceOf(PolicyParseError);
	});
});

describe('condition truth tables, computed by the evaluator', () => {
	const row = (t: { rows: { request: string; decision: string }[] } | undefined) =>
		t?.rows.map((r) => [r.request, r.decision]);

	test('Bool on MFA in an Allow: a missing key does not match', async () => {
		const summary = await summarizePolicy(
			text([
				{
					Effect: 'Allow',
					Action: 's3:GetObject',
					Resource: '*',
					Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
				},
			]),
		);
		expect(row(summary.statements[0]?.truthTables[0])).toEqual([
			['aws:MultiFactorAuthPresent is "true"', 'Allow'],
			['aws:MultiFactorAuthPresent is "false"', 'ImplicitDeny'],
			['aws:MultiFactorAuthPresent is missing', 'ImplicitDeny'],
		]);
	});

	test('BoolIfExists in a Deny: a missing key counts as a match, so long-term keys are denied too', async () => {
		const summary = await summarizePolicy(
			text([
				{
					Effect: 'Deny',
					Action: 's3:GetObject',
					Resource: '*',
					Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
				},
			]),
		);
		expect(row(summary.statements[0]?.truthTables[0])).toEqual([
			['aws:MultiFactorAuthPresent is "true"', 'Allow'],
			['aws:MultiFactorAuthPresent is "false"', 'ExplicitDeny'],
			['aws:MultiFactorAuthPresent is missing', 'ExplicitDeny'],
		]);
	});

	test('Null true matches only when the key is missing', async () => {
		const summary = await summarizePolicy(
			text([
				{
					Effect: 'Deny',
					Action: 'ec2:RunInstances',
					Resource: '*',
					Condition: { Null: { 'aws:RequestTag/Project': 'true' } },
				},
			]),
		);
		expect(row(summary.statements[0]?.truthTables[0])).toEqual([
			['aws:RequestTag/Project is present ("example")', 'Allow'],
			['aws:RequestTag/Project is missing', 'ExplicitDeny'],
		]);
	});

	test('IpAddress: inside and outside the range', async () => {
		const summary = await summarizePolicy(
			text([
				{
					Effect: 'Allow',
					Action: 's3:GetObject',
					Resource: '*',
					Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
				},
			]),
		);
		expect(summary.statements[0]?.truthTables[0]?.rows.map((r) => r.conditionMatches)).toEqual([true, false, false]);
	});
});

describe('never fails on odd policies', () => {
	test('any JSON value: a summary, or PolicyParseError for text that is not JSON', async () => {
		const fc = (await import('fast-check')).default;
		await fc.assert(
			fc.asyncProperty(fc.oneof(fc.json(), fc.string({ maxLength: 60 })), async (text) => {
				try {
					const summary = await summarizePolicy(text);
					expect(Array.isArray(summary.services)).toBe(true);
				} catch (error) {
					expect(error).toBeInstanceOf(PolicyParseError);
				}
			}),
			{ numRuns: 200 },
		);
	});

	test('NotAction and "*" statements are explained in words', async () => {
		const summary = await summarizePolicy(
			text([
				{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
				{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
			]),
		);
		expect(summary.statements[0]?.sentence).toBe('Allows every action except iam:* on every resource.');
		expect(summary.statements[1]?.sentence).toBe(
			'Denies * (every action of every service) on every resource, only when aws:SecureTransport Bool "false".',
		);
		expect(summary.services).toEqual([
			expect.objectContaining({ prefix: '*', name: 'All services', effect: 'Deny', accessLevel: 'Full access' }),
		]);
	});
});
