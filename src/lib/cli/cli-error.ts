/**
 * The CLI domain's typed error, in its own module so the writer (cli-format.ts), which every "Try it in
 * your account" panel ships to the browser, does not pull in the reader's tables (cli-command.ts).
 */
export class CliCommandError extends Error {
	override name = 'CliCommandError';
}
