/**
 * Writes AWS CLI v2 commands that a POSIX shell (bash, zsh on Linux and macOS) passes to the CLI exactly
 * as shown: the inverse of parseCliCommand(). Every widget's "Try it in your account" export builds a
 * CliCommand and formats it here, so quoting lives in one place and round-trips through the parser.
 *
 * PowerShell differs: single quotes work the same, but a JSON argument's inner double quotes must be
 * escaped for native commands in Windows PowerShell 5.1, and line continuation is a backtick, not "\".
 */
import { CliCommandError } from './cli-error';

export interface CliParameter {
	/** With its dashes, e.g. `--group-id`. */
	name: string;
	/** No values: a flag such as `--dry-run`. Several values: a list (`--instance-ids i-1 i-2`). */
	values: readonly string[];
}

export interface CliCommand {
	service: string;
	operation: string;
	parameters: readonly CliParameter[];
}

// Characters a POSIX shell never treats specially: such a word needs no quotes.
const BARE = /^[A-Za-z0-9@%+=:,./_-]+$/;

/** One shell word: bare when safe, otherwise single-quoted, with `'` written as `'\''`. */
export function shellQuote(word: string): string {
	if (BARE.test(word)) return word;
	return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** `aws <service> <operation> --name value …`, one parameter per line (a backslash continues the line). */
export function formatCliCommand(command: CliCommand, { multiline = true }: { multiline?: boolean } = {}): string {
	if (!/^[a-z0-9-]+$/.test(command.service) || !/^[a-z0-9-]+$/.test(command.operation))
		throw new CliCommandError('Service and operation names are lower-case words joined by hyphens.');
	const words = command.parameters.map((parameter) => {
		if (!/^--[a-z0-9][a-z0-9-]*$/.test(parameter.name))
			throw new CliCommandError(`${JSON.stringify(parameter.name)} is not a CLI option name.`);
		return [parameter.name, ...parameter.values.map(shellQuote)].join(' ');
	});
	const head = `aws ${command.service} ${command.operation}`;
	return multiline ? [head, ...words].join(' \\\n  ') : [head, ...words].join(' ');
}

/** A JSON argument as the CLI reads it: compact, so the shown text is exactly what AWS receives. */
export function jsonArgument(value: unknown): string {
	return JSON.stringify(value);
}
