/**
 * The instance-type decoder's "Try it in your account" panel: run-instances for the decoded type
 * (engine: src/lib/ec2/cli-export.ts), its notes, and what AWS answers.
 */
import { runInstancesCommand, runInstancesNotes } from '../../lib/ec2';
import type { TryInAccountState } from '../kit/TryInAccount.views';
import type { DecodedName } from './decoder-views';
import { DEFAULT_VPC_NOTE, RUN_INSTANCES_ANSWER } from './run-instances-words';

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
