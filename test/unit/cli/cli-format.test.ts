/** Formatting CLI commands: shell quoting that round-trips through the project's own CLI parser. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	CliCommandError,
	formatCliCommand,
	jsonArgument,
	parseCliCommand,
	shellQuote,
	tokenize,
	type CliCommand,
} from '../../../src/lib/cli';

describe('shellQuote', () => {
	test.each([
		['sg-0123456789abcdef0', 'sg-0123456789abcdef0'],
		['arn:aws:iam::111122223333:user/alice', 'arn:aws:iam::111122223333:user/alice'],
		['two words', "'two words'"],
		["it's", "'it'\\''s'"],
		['{"a":1}', `'{"a":1}'`],
		['$HOME', "'$HOME'"],
		['', "''"],
		['*', "'*'"],
	])('%s → %s', (word, quoted) => {
		expect(shellQuote(word)).toBe(quoted);
	});

	test('property: the tokenizer reads any quoted word back unchanged', () => {
		fc.assert(
			fc.property(fc.string(), (word) => {
				expect(tokenize(shellQuote(word))).toEqual([word]);
			}),
		);
	});
});

describe('tokenize (POSIX quoting)', () => {
	test.each([
		[`a "b \\" c" d`, ['a', 'b " c', 'd']],
		[`"\\$x \\\\ \\n"`, ['$x \\ \\n']],
		[`a\\ b`, ['a b']],
		[`'a\\b'`, ['a\\b']],
		[`aws ec2 \\\n  describe-instances`, ['aws', 'ec2', 'describe-instances']],
	])('%j', (line, tokens) => {
		expect(tokenize(line)).toEqual(tokens);
	});
});

describe('formatCliCommand', () => {
	const command: CliCommand = {
		service: 'ec2',
		operation: 'authorize-security-group-ingress',
		parameters: [
			{ name: '--group-id', values: ['sg-0123456789abcdef0'] },
			{
				name: '--ip-permissions',
				values: [
					jsonArgument([
						{
							IpProtocol: 'tcp',
							FromPort: 22,
							ToPort: 22,
							IpRanges: [{ CidrIp: '203.0.113.0/24', Description: "Bob's laptop" }],
						},
					]),
				],
			},
			{ name: '--instance-ids', values: ['i-1', 'i-2'] },
			{ name: '--dry-run', values: [] },
		],
	};

	test('one parameter per line, continued with a backslash', () => {
		expect(formatCliCommand(command)).toBe(
			[
				'aws ec2 authorize-security-group-ingress \\',
				'  --group-id sg-0123456789abcdef0 \\',
				`  --ip-permissions '[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"203.0.113.0/24","Description":"Bob'\\''s laptop"}]}]' \\`,
				'  --instance-ids i-1 i-2 \\',
				'  --dry-run',
			].join('\n'),
		);
	});

	test.each([true, false])('round-trips through parseCliCommand (multiline %s)', (multiline) => {
		const parsed = parseCliCommand(formatCliCommand(command, { multiline }));
		expect(parsed).toMatchObject({ service: 'ec2', operation: 'authorize-security-group-ingress' });
		expect(parsed.parameters.map((p) => ({ name: p.name, values: p.values }))).toEqual(command.parameters);
	});

	test('property: any values round-trip', () => {
		const name = fc.stringMatching(/^--[a-z][a-z0-9-]{0,20}$/);
		const value = fc.string({ minLength: 1 }).filter((v) => !v.startsWith('--'));
		fc.assert(
			fc.property(
				fc.array(fc.record({ name, values: fc.array(value, { minLength: 1, maxLength: 3 }) }), { maxLength: 5 }),
				(parameters) => {
					const parsed = parseCliCommand(formatCliCommand({ service: 'iam', operation: 'create-policy', parameters }));
					expect(parsed.parameters.map((p) => ({ name: p.name, values: p.values }))).toEqual(parameters);
				},
			),
		);
	});

	test('refuses names the CLI would not read', () => {
		expect(() => formatCliCommand({ ...command, operation: 'Authorize' })).toThrow(CliCommandError);
		expect(() => formatCliCommand({ ...command, parameters: [{ name: 'group-id', values: [] }] })).toThrow(
			CliCommandError,
		);
	});
});
