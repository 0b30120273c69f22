/** The user data builder's evaluation and view, rendered at build time and in the browser. */
import {
	UserDataError,
	analyzeUserData,
	buildUserDataScript,
	type UserDataOptions,
	type UserDataReport,
} from '../../lib/ec2';
import { el, type ViewNode } from '../kit/view';

export interface UserDataEvaluation {
	result: { script: string; report: UserDataReport } | null;
	error: string | null;
}

/** Builds the script from the ticked options; a bad extra command is the one error the form can have. */
export function evaluateUserData(options: UserDataOptions): UserDataEvaluation {
	try {
		const script = buildUserDataScript(options);
		return { result: { script, report: analyzeUserData(script) }, error: null };
	} catch (error) {
		if (!(error instanceof UserDataError)) throw error;
		return { result: null, error: error.message };
	}
}

/** The generated script and what cloud-init does with it; while the form is invalid, neither. */
export function userDataView(result: { script: string; report: UserDataReport } | null): ViewNode {
	return [
		el(
			'pre',
			{ class: 'dla-mono ec2-udata-script', 'data-part': 'script', tabindex: 0, 'aria-label': 'Generated user data' },
			result ? result.script : 'Fix the extra commands to see the script.',
		),
		el(
			'ul',
			{ class: 'dla-list', 'data-part': 'facts' },
			result?.report.facts.map((fact) => el('li', {}, fact)),
		),
	];
}
