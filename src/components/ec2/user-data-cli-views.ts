/**
 * The user data builder's "Try it in your account" panel: run-instances with the built script. The
 * command without the script is computed at build time (launchCommand, from the instance-type engine)
 * and the browser only adds --user-data (withUserData), so the page does not ship the type tables.
 */
import type { CliCommand } from '../../lib/cli';
import { runInstancesCommand, withUserData } from '../../lib/ec2';
import type { TryInAccountState } from '../kit/TryInAccount.views';
import { DEFAULT_VPC_NOTE, RUN_INSTANCES_ANSWER } from './run-instances-words';

/** The builder launches a small burstable instance; the script does not depend on the type. */
export const USER_DATA_DEMO_TYPE = 't3.micro';

/** Build time only: the launch command the script goes into. */
export const launchCommand = (): CliCommand => runInstancesCommand({ instanceType: USER_DATA_DEMO_TYPE });

export function userDataCliState(script: string | null, launch: CliCommand): TryInAccountState {
	if (script === null) return { invalid: 'The command appears here once the extra commands above are valid.' };
	return {
		commands: [withUserData(launch, script)],
		notes: ['The CLI base64-encodes --user-data for you: pass the script as text, as shown.', DEFAULT_VPC_NOTE],
		answer: `${RUN_INSTANCES_ANSWER} The script runs at first boot; its output is in /var/log/cloud-init-output.log.`,
	};
}
