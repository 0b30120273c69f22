/**
 * --user-data for a run-instances command, in its own module (no instance-type tables): the user data
 * builder's page adds the reader's script to a command computed at build time, and a bundler splits
 * chunks by module, so this must not sit beside parseInstanceType. Used by runInstancesCommand too.
 */
import type { CliCommand } from '../cli';

/**
 * A run-instances command with (or, for none or an empty script, without) --user-data, before the tags.
 * Separate from runInstancesCommand so a page whose instance type is fixed at build time can add the
 * reader's script in the browser without shipping the instance-type tables.
 */
export function withUserData(command: CliCommand, userData: string | undefined): CliCommand {
	const parameters = command.parameters.filter((p) => p.name !== '--user-data');
	if (!userData) return { ...command, parameters };
	const tags = parameters.findIndex((p) => p.name === '--tag-specifications');
	const at = tags === -1 ? parameters.length : tags;
	return {
		...command,
		parameters: [...parameters.slice(0, at), { name: '--user-data', values: [userData] }, ...parameters.slice(at)],
	};
}
