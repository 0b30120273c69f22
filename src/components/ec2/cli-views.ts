/**
 * What the EC2 widgets' "Try it in your account" panels show: run-instances for the decoded type or the
 * built user data (engine: src/lib/ec2/cli-export.ts), the notes, and what AWS answers.
 */
import { runInstancesCommand, runInstancesNotes } from '../../lib/ec2';
import type { TryInAccountState } from '../kit/TryInAccount.views';
import type { DecodedName } from './decoder-views';

/** The user data builder launches a small burstable instance; the script does not depend on the type. */
export const USER_DATA_DEMO_TYPE = 't3.micro';

// run-instances without --subnet-id launches into the Region's default VPC.
// https://docs.aws.amazon.com/cli/latest/reference/ec2/run-instances.html
const DEFAULT_VPC_NOTE =
	'Without --subnet-id the instance goes into your default VPC, with its default security group; if the Region has no default VPC, add --subnet-id subnet-… .';
const RUN_INSTANCES_ANSWER =
	'the new instance as JSON (its InstanceId, i-…, in State pending). It bills while it runs: remove it with aws ec2 terminate-instances --instance-ids and that ID.';

export function decoderCliState(decoded: DecodedName): TryInAccountState {
	if (!decoded.ok) return { invalid: 'The command appears here once the name above is a valid instance type.' };
	const { name } = decoded.description.parsed;
	if (!decoded.description.offered)
		return { invalid: `EC2 does not offer ${name}, so there is no instance to launch: pick an offered type.` };
	return {
		commands: [runInstancesCommand({ instanceType: name })],
		notes: [...runInstancesNotes(name), DEFAULT_VPC_NOTE],
		answer: RUN_INSTANCES_ANSWER,
	};
}

export function userDataCliState(script: string | null): TryInAccountState {
	if (script === null) return { invalid: 'The command appears here once the extra commands above are valid.' };
	return {
		commands: [runInstancesCommand({ instanceType: USER_DATA_DEMO_TYPE, userData: script })],
		notes: ['The CLI base64-encodes --user-data for you: pass the script as text, as shown.', DEFAULT_VPC_NOTE],
		answer: `${RUN_INSTANCES_ANSWER} The script runs at first boot; its output is in /var/log/cloud-init-output.log.`,
	};
}
