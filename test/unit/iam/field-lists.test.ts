import { describe, expect, test } from 'vitest';
import { evaluateRole, roleTexts } from '../../../src/components/iam/role-explorer';
import { rolePanes } from '../../../src/components/iam/RoleExplorer.fields';
import { playgroundRequestFields } from '../../../src/components/iam/PolicyPlayground.fields';
import {
	assumeQuestions,
	doQuestions,
	permissionsPolicy,
	ROLE_ARN,
	ROLE_SESSION,
	trustPolicy,
} from '../../../src/examples/iam/roles';
import { playgroundExamples } from '../../../src/examples/iam/policy-structure';

const texts = roleTexts({
	trustPolicy,
	permissionsPolicy,
	roleArn: ROLE_ARN,
	session: ROLE_SESSION,
	assumeQuestions,
	doQuestions,
});

describe('rolePanes', () => {
	const verdicts = evaluateRole(texts, {
		trust: texts.trustText,
		perm: texts.permissionsText,
		who: assumeQuestions[0]!.principal,
		action: doQuestions[0]!.action,
		resource: doQuestions[0]!.resource,
	});
	const panes = rolePanes(texts, verdicts);

	test('every data-part in the two panes is distinct', () => {
		const parts = panes.flatMap((pane) => [
			pane.part,
			pane.verdictPart,
			...Object.values(pane.verdictParts),
			...pane.fields.map((field) => field.part),
		]);
		expect(new Set(parts).size).toBe(parts.length);
	});

	test('one try button per ready question, and the fields start on the first question', () => {
		const [trust, perm] = panes;
		expect(trust!.tries).toHaveLength(assumeQuestions.length);
		expect(perm!.tries.map((t) => t.data['data-do'])).toEqual(doQuestions.map((q) => q.id));
		expect(trust!.fields.map((f) => f.value)).toEqual([assumeQuestions[0]!.principal]);
		expect(perm!.fields.map((f) => f.value)).toEqual([doQuestions[0]!.action, doQuestions[0]!.resource]);
	});

	test('each pane shows its own verdict', () => {
		expect(panes.map((pane) => pane.verdict)).toEqual([verdicts.assume.result, verdicts.act.result]);
	});
});

describe('playgroundRequestFields', () => {
	test.each(playgroundExamples.map((example) => [example.id, example] as const))(
		'%s: distinct parts showing the example’s request',
		(_, example) => {
			const fields = playgroundRequestFields(example.request);
			expect(new Set(fields.map((f) => f.part)).size).toBe(fields.length);
			const { principal, action, resource, resourceAccount = '' } = example.request;
			expect(fields.map((f) => f.value)).toEqual([principal, action, resource, resourceAccount]);
		},
	);
});
