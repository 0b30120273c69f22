/** The role explorer's two panes (trust, permissions), as data: RoleExplorer.astro loops over them. */
import type { PlaygroundEvaluation } from '../../lib/iam';
import { ACT_PARTS, ASSUME_PARTS, type RoleTexts } from './role-explorer';
import type { TraceParts } from './views';

// The two panes have one shape: a policy to edit, the question's fields, buttons that fill in a ready
// question (their data-who / data-do attribute is what the client script reads) and the verdict. Each
// `part` is a data-part the client script reads, the suffix of the element id and, with `-error`, its
// error's part; `suggestions` fill a datalist (`<part>-list`) after the field.
export interface QuestionField {
	part: string;
	label: string;
	hint?: string;
	value: string;
	suggestions?: { value: string; label: string }[];
}
export interface RolePane {
	part: string;
	heading: string;
	policyLabel: string;
	policyText: string;
	fields: QuestionField[];
	triesLabel: string;
	/** A ready question: its button's label and the data attribute the client script reads. */
	tries: { label: string; data: Readonly<Record<string, string>> }[];
	verdictPart: string;
	verdict: PlaygroundEvaluation['result'];
	verdictParts: TraceParts;
}
/** The two panes showing the example's policies, its first questions and their two verdicts. */
export function rolePanes(
	texts: RoleTexts,
	{ assume, act }: { assume: PlaygroundEvaluation; act: PlaygroundEvaluation },
): RolePane[] {
	const { trustText, permissionsText, assumeQuestions, doQuestions } = texts;
	const firstAssume = assumeQuestions[0]!;
	const firstDo = doQuestions[0]!;
	return [
		{
			part: 'trust',
			heading: '1. Trust policy — who may assume the role?',
			policyLabel: 'Trust policy (JSON, has a Principal)',
			policyText: trustText,
			fields: [
				{
					part: 'who',
					label: 'Who asks to assume it (sts:AssumeRole)',
					hint: 'A service principal or an IAM ARN.',
					value: firstAssume.principal,
					suggestions: assumeQuestions.map((q) => ({ value: q.principal, label: q.label })),
				},
			],
			triesLabel: 'Try these callers',
			tries: assumeQuestions.map((q) => ({ label: q.label, data: { 'data-who': q.principal } })),
			verdictPart: 'assume',
			verdict: assume.result,
			verdictParts: ASSUME_PARTS,
		},
		{
			part: 'perm',
			heading: '2. Permissions policy — what may the role do?',
			policyLabel: 'Permissions policy (JSON, no Principal)',
			policyText: permissionsText,
			fields: [
				{ part: 'action', label: 'Action the application calls', value: firstDo.action },
				{ part: 'resource', label: 'On resource', value: firstDo.resource },
			],
			triesLabel: 'Try these calls',
			tries: doQuestions.map((q) => ({ label: q.label, data: { 'data-do': q.id } })),
			verdictPart: 'act',
			verdict: act.result,
			verdictParts: ACT_PARTS,
		},
	];
}
