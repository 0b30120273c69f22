/** Every IAM example shown on a page, checked against the decision or findings the page shows. */
import { beforeAll, describe, expect, test } from 'vitest';
import {
	buildPlaygroundInput,
	evaluate,
	lintPolicy,
	loadActionCatalog,
	type ActionCatalog,
} from '../../../src/lib/iam/index';
import { permissionsExample, permissionsRequests, DEVELOPER } from '../../../src/examples/iam/permissions-policy';
import {
	playgroundExamples,
	policyStructureExample,
	policyStructureVariations,
} from '../../../src/examples/iam/policy-structure';
import {
	expectedMatrix,
	expectedWithDeny,
	initialInheritanceState,
	matrixActions,
	policiesFor,
	userArn,
	users,
	groups,
} from '../../../src/examples/iam/policy-inheritance';
import {
	assumeQuestions,
	doQuestions,
	permissionsPolicy,
	ROLE_ARN,
	ROLE_SESSION,
	trustPolicy,
} from '../../../src/examples/iam/roles';
import { broadPolicy, broadPolicyFindings, leastPrivilegePolicy } from '../../../src/examples/iam/best-practices';
import type { PlaygroundExample } from '../../../src/examples/iam/policy-playground-types';

function runExample(example: PlaygroundExample, request: PlaygroundExample['request'] = example.request) {
	return evaluate(buildPlaygroundInput(example, example.policy, request));
}

describe('iam/permissions', () => {
	test('the playground preset shows Allow', () => {
		expect(runExample(permissionsExample).decision).toBe(permissionsExample.expected);
	});
	test.each(permissionsRequests)('$action → $expected', ({ action, expected }) => {
		expect(runExample(permissionsExample, { principal: DEVELOPER, action, resource: '*' }).decision).toBe(expected);
	});
});

describe('iam/policy-structure', () => {
	test.each(playgroundExamples)('preset "$label" → $expected', (example) => {
		expect(runExample(example).decision).toBe(example.expected);
	});
	test.each(policyStructureVariations)('variation $change → $expected', ({ request, expected }) => {
		expect(runExample(policyStructureExample, request).decision).toBe(expected);
	});
	test('presets lint clean as the policy type they are', () => {
		for (const example of playgroundExamples)
			expect(
				lintPolicy(example.policy, { policyType: example.editorRole }).filter((f) => f.severity !== 'info'),
			).toEqual([]);
	});
});

describe('iam/policy-inheritance', () => {
	const decide = (user: string, index: number, denyOn: boolean) => {
		const action = matrixActions[index]!;
		return evaluate({
			request: { principal: userArn(user), action: action.action, resource: action.resource },
			identityPolicies: policiesFor(user, { ...initialInheritanceState, denyOn }).map((p) => p.policy),
		}).decision;
	};
	test('the notes’ groups: Alice, Bob, Charles in Developers; Charles, David in DevOps; David, Fred in Operations', () => {
		expect(Object.fromEntries(groups.map((g) => [g.name, g.members]))).toEqual({
			Developers: ['Alice', 'Bob', 'Charles'],
			'DevOps Team': ['Charles', 'David'],
			Operations: ['David', 'Fred'],
		});
	});
	test.each(users)('%s: the matrix row the page shows', (user) => {
		expect(matrixActions.map((_, i) => decide(user, i, false))).toEqual(expectedMatrix[user]);
	});
	test.each(users)('%s with the DevOps Deny switched on', (user) => {
		expect(matrixActions.map((_, i) => decide(user, i, true))).toEqual(expectedWithDeny[user]);
	});
	test('removing Charles from DevOps Team removes his CloudFormation access', () => {
		const state = { membership: { ...initialInheritanceState.membership, 'DevOps Team': ['David'] }, denyOn: false };
		const result = evaluate({
			request: {
				principal: userArn('Charles'),
				action: 'cloudformation:CreateStack',
				resource: matrixActions[3]!.resource,
			},
			identityPolicies: policiesFor('Charles', state).map((p) => p.policy),
		});
		expect(result.decision).toBe('ImplicitDeny');
	});
});

describe('iam/roles', () => {
	test.each(assumeQuestions)('trust policy: can $label assume the role? → $expected', ({ principal, expected }) => {
		expect(
			evaluate({ request: { principal, action: 'sts:AssumeRole', resource: ROLE_ARN }, resourcePolicy: trustPolicy })
				.decision,
		).toBe(expected);
	});
	test.each(doQuestions)('permissions policy: $label → $expected', ({ action, resource, expected }) => {
		expect(
			evaluate({ request: { principal: ROLE_SESSION, action, resource }, identityPolicies: [permissionsPolicy] })
				.decision,
		).toBe(expected);
	});
	test('the trust policy is a valid resource-based policy and the permissions policy a valid identity policy', () => {
		expect(lintPolicy(JSON.stringify(trustPolicy), { policyType: 'resource' })).toEqual([]);
		expect(lintPolicy(JSON.stringify(permissionsPolicy), { policyType: 'identity' })).toEqual([]);
	});
});

describe('iam/best-practices', () => {
	let actions: ActionCatalog;
	beforeAll(async () => {
		actions = await loadActionCatalog();
	});
	test('the broad policy gets the findings the page lists', () => {
		expect(lintPolicy(JSON.stringify(broadPolicy, null, 2), { actions }).map((f) => f.code)).toEqual([
			...broadPolicyFindings,
		]);
	});
	test('the least-privilege rewrite has no findings', () => {
		expect(lintPolicy(JSON.stringify(leastPrivilegePolicy, null, 2), { actions })).toEqual([]);
	});
});
