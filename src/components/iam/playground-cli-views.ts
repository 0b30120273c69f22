/**
 * The policy playground's "Try it in your account" panel: aws iam simulate-custom-policy for the edited
 * policy and request (engine: src/lib/iam/cli-export.ts), what the simulator leaves out, and what AWS
 * answers, so a reader can check the site's decision against AWS's own.
 * https://docs.aws.amazon.com/cli/latest/reference/iam/simulate-custom-policy.html
 */
import { simulateCustomPolicy, type Decision, type PlaygroundEvaluation } from '../../lib/iam';
import type { TryInAccountState } from '../kit/TryInAccount.views';

// The API's EvalDecision values: allowed | explicitDeny | implicitDeny.
const EVAL_DECISION: Record<Decision, string> = {
	Allow: 'allowed',
	ExplicitDeny: 'explicitDeny',
	ImplicitDeny: 'implicitDeny',
};

export function playgroundCliState(evaluation: PlaygroundEvaluation): TryInAccountState {
	if (!evaluation.input || !evaluation.result)
		return { invalid: 'The command appears here once the policy and the request above are valid.' };
	const { command, notCovered } = simulateCustomPolicy(evaluation.input);
	const { action } = evaluation.input.request;
	return {
		commands: [command],
		notes: [
			...notCovered,
			'The simulator changes nothing and calls no other service; your CLI identity needs iam:SimulateCustomPolicy.',
		],
		answer:
			notCovered.length === 0
				? `EvaluationResults with EvalDecision "${EVAL_DECISION[evaluation.result.decision]}" for ${action}, the decision shown above, and the statements that matched.`
				: `EvaluationResults with an EvalDecision for ${action}; the site decides "${EVAL_DECISION[evaluation.result.decision]}", but the simulator leaves out what is listed above, so its answer can differ.`,
	};
}
