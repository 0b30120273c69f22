/**
 * Reads an AWS CLI command line the way the CLI does: `aws [global options] <service> <operation>
 * [parameters]`. Most operations are the service's API actions written in kebab-case
 * (`describe-instances` = `DescribeInstances`), which is what an IAM policy names (`ec2:DescribeInstances`).
 * "Command structure in the AWS CLI": https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-commandstructure.html
 */

export interface CliOption {
	name: string;
	/** null for a flag without a value, e.g. --dry-run; several words are joined by spaces. */
	value: string | null;
	/** Each word given to the option, as the shell split them (`--instance-ids i-1 i-2` → two). */
	values: string[];
}

export interface ParsedCliCommand {
	service: string;
	operation: string;
	/** `service:Action` as it would appear in a policy; null for CLI-only commands (configure, s3 ls …). */
	apiAction: string | null;
	/** Why there is no single API action, when there isn't. */
	note: string | null;
	globalOptions: CliOption[];
	parameters: CliOption[];
}

import { CliCommandError } from './cli-error';

export { CliCommandError };

// Options that go before or after the operation and belong to the CLI itself, not the API call.
const GLOBAL_OPTIONS_WITH_VALUE = new Set([
	'--profile',
	'--region',
	'--output',
	'--endpoint-url',
	'--query',
	'--color',
	'--cli-read-timeout',
	'--cli-connect-timeout',
]);

// The high-level S3 commands (aws s3 …) wrap several API calls; https://docs.aws.amazon.com/cli/latest/reference/s3/
const S3_HIGH_LEVEL = new Set(['ls', 'cp', 'mv', 'rm', 'sync', 'mb', 'rb', 'presign', 'website']);
const CLI_ONLY: Record<string, string> = {
	configure: 'aws configure only edits your local config and credentials files; it calls no AWS API.',
	'configure sso':
		'aws configure sso writes an IAM Identity Center profile to your config file, after one browser sign-in to list your accounts and roles.',
	'sso login': 'aws sso login opens a browser sign-in to IAM Identity Center and caches short-lived credentials.',
	'sso logout': 'aws sso logout removes the cached IAM Identity Center credentials.',
	help: 'Help is built into the CLI; no API call.',
};

/**
 * Splits like a POSIX shell for what people type and what this site generates: spaces, 'single quotes'
 * (everything literal), "double quotes" (a backslash escapes the characters " \ $ and `), a backslash outside quotes
 * escapes the next character, and a backslash at a line end continues the line.
 * ("Quoting", POSIX Shell Command Language §2.2.)
 */
export function tokenize(line: string): string[] {
	const tokens: string[] = [];
	let current = '';
	let quote: '"' | "'" | null = null;
	let started = false;
	for (let index = 0; index < line.length; index++) {
		const character = line[index]!;
		const continuation = character === '\\' && /^\r?\n/.exec(line.slice(index + 1, index + 3));
		if (quote !== "'" && continuation) {
			index += continuation[0].length; // a line continuation joins the lines: nothing is kept
		} else if (quote === "'") {
			if (character === "'") quote = null;
			else current += character;
		} else if (
			character === '\\' &&
			index + 1 < line.length &&
			(quote === null || '"\\$`'.includes(line[index + 1]!))
		) {
			current += line[++index];
			started = true;
		} else if (quote === '"') {
			if (character === '"') quote = null;
			else current += character;
		} else if (character === '"' || character === "'") {
			quote = character;
			started = true;
		} else if (/\s/.test(character)) {
			if (started) tokens.push(current);
			current = '';
			started = false;
		} else {
			current += character;
			started = true;
		}
	}
	if (quote) throw new CliCommandError(`A ${quote === '"' ? 'double' : 'single'} quote is never closed.`);
	if (started) tokens.push(current);
	return tokens;
}

function pascalCase(kebab: string): string {
	return kebab
		.split('-')
		.map((part) => part.charAt(0).toUpperCase() + part.slice(1))
		.join('');
}

export function parseCliCommand(line: string): ParsedCliCommand {
	const tokens = tokenize(line.trim().replace(/^\$\s*/, ''));
	if (tokens[0] !== 'aws') throw new CliCommandError('An AWS CLI command starts with “aws”.');
	const globalOptions: CliOption[] = [];
	const positional: string[] = [];
	const parameters: CliOption[] = [];
	for (let index = 1; index < tokens.length; index++) {
		const token = tokens[index]!;
		if (token.startsWith('--')) {
			const [name, inlineValue] = token.includes('=')
				? [token.slice(0, token.indexOf('=')), token.slice(token.indexOf('=') + 1)]
				: [token, undefined];
			const next = tokens[index + 1];
			const value = inlineValue ?? (next !== undefined && !next.startsWith('--') ? (index++, next) : null);
			(GLOBAL_OPTIONS_WITH_VALUE.has(name) ? globalOptions : parameters).push({
				name,
				value,
				values: value === null ? [] : [value],
			});
		} else if (positional.length < 2 || parameters.length === 0) {
			positional.push(token);
		} else {
			// A bare word after parameters belongs to the previous parameter (lists like --instance-ids i-1 i-2).
			const last = parameters[parameters.length - 1]!;
			last.value = last.value === null ? token : `${last.value} ${token}`;
			last.values.push(token);
		}
	}
	const [service, operation, ...extra] = positional;
	if (!service) throw new CliCommandError('Missing the service, e.g. aws ec2 …');
	const cliOnly = CLI_ONLY[`${service} ${operation}`] ?? CLI_ONLY[service];
	if (cliOnly)
		return { service, operation: operation ?? '', apiAction: null, note: cliOnly, globalOptions, parameters };
	if (!operation) throw new CliCommandError(`Missing the operation after “${service}”, e.g. aws ${service} help.`);
	if (!/^[a-z0-9-]+$/.test(service) || !/^[a-z0-9-]+$/.test(operation))
		throw new CliCommandError('Service and operation names are lower-case words joined by hyphens.');
	if (service === 's3' && S3_HIGH_LEVEL.has(operation)) {
		return {
			service,
			operation,
			apiAction: null,
			note: `aws s3 ${operation} is a high-level command that may call several S3 API actions (for example ListBuckets or ListObjectsV2).`,
			globalOptions,
			parameters: [...extra.map((path) => ({ name: '(path)', value: path, values: [path] })), ...parameters],
		};
	}
	return {
		service,
		operation,
		apiAction: `${service}:${pascalCase(operation)}`,
		note: null,
		globalOptions,
		parameters,
	};
}
