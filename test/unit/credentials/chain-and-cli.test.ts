import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	CLI_CREDENTIAL_CHAIN,
	CliCommandError,
	CredentialChainError,
	parseCliCommand,
	resolveCredentialSource,
	tokenize,
	type CredentialSourceId,
} from '../../../src/lib/credentials';
import { credentialChainInitial, credentialChainScenarios } from '../../../src/examples/iam/credential-chain';
import {
	cliCommandInitial,
	cliExampleCommands,
	cliTerminalCommands,
	cliTerminalSession,
	credentialReportCliCommands,
	credentialReportDownloadSession,
	passwordPolicyCliCommand,
	sameCallThreeWays,
} from '../../../src/examples/iam/cli-commands';

// Order: "Configuration and credential precedence", AWS CLI User Guide (v2)
// https://docs.aws.amazon.com/cli/latest/userguide/cli-chap-configure.html#configure-precedence
describe('CLI credential chain', () => {
	test('documented order', () => {
		expect(CLI_CREDENTIAL_CHAIN.map((source) => source.id)).toEqual([
			'command-line',
			'environment',
			'assume-role',
			'web-identity',
			'identity-center',
			'credentials-file',
			'custom-process',
			'config-file',
			'container',
			'instance-profile',
		]);
	});
	test('environment variables beat the credentials file', () => {
		const result = resolveCredentialSource(['credentials-file', 'environment']);
		expect(result.used?.id).toBe('environment');
		expect(result.checkedEmpty.map((source) => source.id)).toEqual(['command-line']);
		expect(result.shadowed.map((source) => source.id)).toEqual(['credentials-file']);
	});
	test('keys copied onto an instance hide its role', () => {
		expect(resolveCredentialSource(['instance-profile', 'credentials-file']).used?.id).toBe('credentials-file');
	});
	test('nothing configured → no credentials', () => {
		expect(resolveCredentialSource([])).toEqual({ used: null, checkedEmpty: [...CLI_CREDENTIAL_CHAIN], shadowed: [] });
	});
	test('unknown source is a typed error', () => {
		expect(() => resolveCredentialSource(['keychain' as CredentialSourceId])).toThrow(CredentialChainError);
	});
	test('the winner is always the earliest configured source (property)', () => {
		const ids = CLI_CREDENTIAL_CHAIN.map((source) => source.id);
		fc.assert(
			fc.property(fc.subarray(ids), (configured) => {
				const result = resolveCredentialSource(configured);
				const expected = ids.find((id) => configured.includes(id)) ?? null;
				expect(result.used?.id ?? null).toBe(expected);
				expect(
					result.checkedEmpty.length + (result.used ? 1 : 0) + ids.slice(result.checkedEmpty.length + 1).length,
				).toBe(ids.length);
				expect(result.shadowed.length).toBe(Math.max(0, configured.length - 1));
			}),
		);
	});
	test('page scenarios resolve as the page describes', () => {
		expect(
			credentialChainScenarios.map((scenario) => [
				scenario.id,
				resolveCredentialSource(scenario.configured).used?.id ?? null,
			]),
		).toEqual([
			['laptop-configure', 'credentials-file'],
			['laptop-env-override', 'environment'],
			['laptop-sso', 'identity-center'],
			['ec2-role', 'instance-profile'],
			['ec2-role-and-keys', 'credentials-file'],
			['nothing', null],
		]);
		expect(credentialChainScenarios.some((scenario) => scenario.id === credentialChainInitial)).toBe(true);
	});
});

describe('parseCliCommand', () => {
	test('service, operation and the API action a policy would name', () => {
		expect(parseCliCommand(cliCommandInitial)).toEqual({
			service: 'ec2',
			operation: 'describe-instances',
			apiAction: 'ec2:DescribeInstances',
			note: null,
			globalOptions: [{ name: '--region', value: 'us-west-2', values: ['us-west-2'] }],
			parameters: [
				{
					name: '--filters',
					value: 'Name=instance-state-name,Values=running',
					values: ['Name=instance-state-name,Values=running'],
				},
			],
		});
	});
	test('global options before the service, --name=value, flags and lists', () => {
		const parsed = parseCliCommand('$ aws --profile=dev ec2 stop-instances --instance-ids i-1 i-2 --dry-run');
		expect(parsed.globalOptions).toEqual([{ name: '--profile', value: 'dev', values: ['dev'] }]);
		expect(parsed.parameters).toEqual([
			{ name: '--instance-ids', value: 'i-1 i-2', values: ['i-1', 'i-2'] },
			{ name: '--dry-run', value: null, values: [] },
		]);
		expect(parsed.apiAction).toBe('ec2:StopInstances');
	});
	test('CLI-only and high-level commands have no single API action', () => {
		expect(parseCliCommand('aws configure').apiAction).toBeNull();
		expect(parseCliCommand('aws sso login --profile dev').note).toMatch(/Identity Center/);
		expect(parseCliCommand('aws sso list-accounts --access-token x').apiAction).toBe('sso:ListAccounts');
		expect(parseCliCommand('aws s3 ls s3://my-bucket').parameters).toEqual([
			{ name: '(path)', value: 's3://my-bucket', values: ['s3://my-bucket'] },
		]);
	});
	test('clear errors', () => {
		expect(() => parseCliCommand('ls -la')).toThrow(CliCommandError);
		expect(() => parseCliCommand('aws')).toThrow(/Missing the service/);
		expect(() => parseCliCommand('aws ec2')).toThrow(/Missing the operation/);
		expect(() => parseCliCommand('aws ec2 describe-instances --filters "Name=x')).toThrow(/never closed/);
		expect(() => parseCliCommand('aws EC2 <img src=x onerror=alert(1)>')).toThrow(/lower-case/);
	});
	test('tokenize keeps quoted spaces and joins backslash-newline continuations', () => {
		expect(tokenize(`aws s3 cp "my file.txt" 's3://b/a b' \\\n --dry-run`)).toEqual([
			'aws',
			's3',
			'cp',
			'my file.txt',
			's3://b/a b',
			'--dry-run',
		]);
	});
	test('every command on the IAM pages parses', () => {
		expect(cliExampleCommands.map(({ command }) => parseCliCommand(command).apiAction)).toEqual([
			'sts:GetCallerIdentity',
			'iam:ListUsers',
			'ec2:DescribeInstances',
			null,
			null,
			null,
		]);
		expect(cliTerminalCommands.map((command) => parseCliCommand(command).service)).toEqual(['configure', 'sts']);
		for (const command of cliTerminalCommands) expect(cliTerminalSession).toContain(`$ ${command}\n`);
		expect(parseCliCommand(passwordPolicyCliCommand).apiAction).toBe('iam:UpdateAccountPasswordPolicy');
		expect(
			parseCliCommand(passwordPolicyCliCommand).parameters.find((option) => option.name === '--minimum-password-length')
				?.value,
		).toBe('14');
		expect(parseCliCommand(sameCallThreeWays.cli).apiAction).toBe(sameCallThreeWays.apiAction);
		expect(sameCallThreeWays.python).toContain('describe_instances()');
		expect(sameCallThreeWays.javascript).toContain('new DescribeInstancesCommand');
		expect(
			credentialReportDownloadSession
				.split('\n')
				.filter((line) => line.startsWith('$ '))
				.map((line) => parseCliCommand(line.split('|')[0]!).apiAction),
		).toEqual(['iam:GenerateCredentialReport', 'iam:GetCredentialReport']);
		expect(credentialReportCliCommands.map((command) => parseCliCommand(command).apiAction)).toEqual([
			'iam:GenerateCredentialReport',
			'iam:GetCredentialReport',
		]);
	});
	test('the terminal session shows only documented example keys', () => {
		const keyLike = cliTerminalSession.match(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g) ?? [];
		expect(keyLike).toEqual(['AKIAIOSFODNN7EXAMPLE']);
		expect(cliTerminalSession).toContain('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
	});
});
