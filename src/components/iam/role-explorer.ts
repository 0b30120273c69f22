/**
 * The role explorer's two evaluations, shared by RoleExplorer.astro (build time) and
 * RoleExplorer.client.ts: "may this caller assume the role?" against the trust policy, and "may the
 * role's session do this?" against the permissions policy.
 */
import { evaluatePlayground, type PlaygroundEvaluation } from '../../lib/iam';
import type { TraceParts } from './views';

export interface RoleExample {
	trustPolicy: object;
	permissionsPolicy: object;
	roleArn: string;
	/** The ARN of the role's session, the principal of every "what may it do?" request. */
	session: string;
	assumeQuestions: readonly { principal: string; label: string }[];
	doQuestions: readonly { id: string; action: string; resource: string; label: string }[];
}

/** The example with its policies as the text the editors hold. */
export interface RoleTexts {
	trustText: string;
	permissionsText: string;
	roleArn: string;
	session: string;
	assumeQuestions: { principal: string; label: string }[];
	doQuestions: { id: string; action: string; resource: string; label: string }[];
}

export function roleTexts(example: RoleExample): RoleTexts {
	return {
		trustText: JSON.stringify(example.trustPolicy, null, 2),
		permissionsText: JSON.stringify(example.permissionsPolicy, null, 2),
		roleArn: example.roleArn,
		session: example.session,
		assumeQuestions: example.assumeQuestions.map(({ principal, label }) => ({ principal, label })),
		doQuestions: example.doQuestions.map(({ id, action, resource, label }) => ({ id, action, resource, label })),
	};
}

/** What the reader typed in the two panes. */
export interface RoleFields {
	trust: string;
	perm: string;
	who: string;
	action: string;
	resource: string;
}

export const ASSUME_PARTS: TraceParts = { decision: 'assume-decision', trace: 'assume-trace' };
export const ACT_PARTS: TraceParts = { decision: 'act-decision', trace: 'act-trace' };

export function evaluateRole(
	role: Pick<RoleTexts, 'roleArn' | 'session'>,
	fields: RoleFields,
): { assume: PlaygroundEvaluation; act: PlaygroundEvaluation } {
	const none = { resourceAccount: '', context: '' };
	return {
		// The trust policy is the role's resource-based policy; sts:AssumeRole is asked of the role itself.
		assume: evaluatePlayground(
			{ editorRole: 'resource' },
			{ ...none, policy: fields.trust, principal: fields.who, action: 'sts:AssumeRole', resource: role.roleArn },
		),
		act: evaluatePlayground(
			{ editorRole: 'identity' },
			{ ...none, policy: fields.perm, principal: role.session, action: fields.action, resource: fields.resource },
		),
	};
}
