/**
 * Public surface of the AWS CLI command-line engine: reading a command (parseCliCommand, tokenize) and
 * writing one that a POSIX shell passes back unchanged (formatCliCommand, shellQuote). Its own domain so
 * the "try it in your account" exports of every chapter can use it without the credential-report CSV
 * parser that src/lib/credentials carries.
 */
export { CliCommandError, parseCliCommand, tokenize } from './cli-command';
export type { CliOption, ParsedCliCommand } from './cli-command';
export { formatCliCommand, jsonArgument, shellQuote } from './cli-format';
export type { CliCommand, CliParameter } from './cli-format';
