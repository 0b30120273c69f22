/**
 * Does one statement apply, and which element decided? What the trace says for each element.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
import { describe, expect, test } from 'vitest';
import { evaluate, type EvaluationInput, type TraceStep } from '../../../src/lib/iam/index';
import { ACCOUNT, ALICE, allow, deny, policy } from './helpers';

const OBJECT = 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/AppRole`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/AppRole/worker-1`;

/** The statement steps of the trace, in order. */
function statements(input: EvaluationInput): TraceStep[] {
	return evaluate(input).trace.filter((s) => s.kind === 'statement');
}
function identity(statement: object, action = 's3:GetObject', resource = OBJECT, context = {}, principal = ALICE) {
	return statements({ request: { principal, action, resource, context }, identityPolicies: [policy(statement)] })[0]!;
}
function resourcePolicy(statement: object, principal = ALICE, extra: Partial<EvaluationInput> = {}) {
	const input = {
		request: { principal, action: 's3:GetObject', resource: OBJECT, resourceAccount: ACCOUNT },
		resourcePolicy: policy(statement),
		...extra,
	};
	return { step: statements(input)[0]!, decision: evaluate(input).decision };
}

describe('Action and NotAction', () => {
	test('an applying statement lists what matched, element by element', () => {
		expect(
			identity(allow(['ec2:*', 's3:Get*'], ['arn:aws:s3:::other/*', 'arn:aws:s3:::amzn-s3-demo-bucket/*'])),
		).toMatchObject({
			matched: true,
			decidedBy: 'All',
			message:
				'Applies (Allow): action matches "s3:Get*"; resource matches "arn:aws:s3:::amzn-s3-demo-bucket/*"; no conditions.',
		});
	});
	test('Action that does not list the action decides', () => {
		expect(identity(allow(['s3:PutObject', 'ec2:*']))).toMatchObject({
			matched: false,
			decidedBy: 'Action',
			message: 'Does not apply: the action s3:GetObject is not in Action ["s3:PutObject", "ec2:*"].',
		});
	});
	test('NotAction that lists the action decides; one that does not lets the statement apply', () => {
		expect(identity({ Effect: 'Deny', NotAction: ['iam:*', 's3:get*'], Resource: '*' })).toMatchObject({
			matched: false,
			decidedBy: 'NotAction',
			message: 'Does not apply: NotAction lists "s3:get*", which covers s3:GetObject, so this statement skips it.',
		});
		expect(identity({ Effect: 'Deny', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::other/*' })).toMatchObject({
			matched: true,
			decidedBy: 'All',
			message: 'Applies (Deny): s3:GetObject is not in NotAction; the resource is not in NotResource; no conditions.',
		});
	});
	test('"*" and a service wildcard cover any action name, in any case', () => {
		expect(identity(allow('*'), 'S3:GETOBJECT').matched).toBe(true);
		expect(identity(allow('s3:*'), 'S3:GetObject').matched).toBe(true);
		expect(identity(allow('s3:*'), 's3x:GetObject').matched).toBe(false);
	});
});

describe('Resource and NotResource', () => {
	test('Resource that does not list the resource decides', () => {
		expect(identity(allow('s3:GetObject', 'arn:aws:s3:::other/*'))).toMatchObject({
			matched: false,
			decidedBy: 'Resource',
			message: `Does not apply: the resource ${OBJECT} is not in Resource ["arn:aws:s3:::other/*"].`,
		});
	});
	test('an entry whose variable has no value matches nothing, and the trace says why', () => {
		const step = identity(
			allow('s3:GetObject', ['arn:aws:s3:::amzn-s3-demo-bucket/${aws:PrincipalTag/team}/*', '*']),
			's3:GetObject',
			OBJECT,
			{},
			SESSION,
		);
		expect(step.message).toBe('Applies (Allow): action matches "s3:GetObject"; resource matches "*"; no conditions.');
		expect(
			identity(
				allow('s3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/${aws:PrincipalTag/team}/*'),
				's3:GetObject',
				OBJECT,
				{},
				SESSION,
			).message,
		).toBe(
			`Does not apply: the resource ${OBJECT} is not in Resource ["arn:aws:s3:::amzn-s3-demo-bucket/\${aws:PrincipalTag/team}/*"] (\${aws:PrincipalTag/team} has no value in this request, so an entry using it matches no resource).`,
		);
	});
	test('a wildcard inside an ARN segment stays in it (Resource element rules)', () => {
		const statement = allow('iam:GetUser', `arn:aws:iam::*3:user/alice`);
		expect(identity(statement, 'iam:GetUser', `arn:aws:iam::${ACCOUNT}:user/alice`).matched).toBe(true);
		expect(identity(statement, 'iam:GetUser', `arn:aws:iam::${ACCOUNT}:role/x:3:user/alice`).matched).toBe(false);
	});
	test('only the variables that have no value are named', () => {
		const statement = allow('s3:GetObject', [
			'arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*',
			'arn:aws:s3:::amzn-s3-demo-bucket/${aws:PrincipalTag/team}/*',
		]);
		expect(identity(statement).message).toMatch(
			/ \(\$\{aws:PrincipalTag\/team\} has no value in this request, so an entry using it matches no resource\)\.$/,
		);
	});
	test('a substituted value is literal text: a * in it is no wildcard', () => {
		const statement = allow('s3:GetObject', 'arn:aws:s3:::${aws:PrincipalTag/bucket}');
		const context = { 'aws:PrincipalTag/bucket': 'amzn-s3-demo-bucket/*' };
		expect(identity(statement, 's3:GetObject', OBJECT, context).matched).toBe(false);
		expect(identity(statement, 's3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/*', context).matched).toBe(true);
	});
	test('NotResource that lists the resource decides', () => {
		expect(
			identity({ Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::amzn-s3-demo-bucket/*'] }),
		).toMatchObject({
			matched: false,
			decidedBy: 'NotResource',
			message: `Does not apply: NotResource lists "arn:aws:s3:::amzn-s3-demo-bucket/*", which covers ${OBJECT}.`,
		});
	});
});

describe('Condition', () => {
	test('the first false condition decides and is explained', () => {
		const step = identity(
			allow('s3:GetObject', '*', {
				Condition: { Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
			}),
			's3:GetObject',
			OBJECT,
			{ 'aws:SecureTransport': true, 'aws:RequestedRegion': 'us-east-1' },
		);
		expect(step).toMatchObject({ matched: false, decidedBy: 'Condition' });
		expect(step.message).toBe(
			'Does not apply: condition StringEquals aws:RequestedRegion "eu-west-1": the request has aws:RequestedRegion = "us-east-1", so this is false.',
		);
	});
	test('one or several true conditions', () => {
		const context = { 'aws:SecureTransport': true, 'aws:RequestedRegion': 'eu-west-1' };
		const one = allow('s3:GetObject', '*', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } });
		expect(identity(one, 's3:GetObject', OBJECT, context).message).toBe(
			'Applies (Allow): action matches "s3:GetObject"; resource matches "*"; all 1 condition is true.',
		);
		const two = allow('s3:GetObject', '*', {
			Condition: { Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
		});
		expect(identity(two, 's3:GetObject', OBJECT, context).message).toBe(
			'Applies (Allow): action matches "s3:GetObject"; resource matches "*"; all 2 conditions are true.',
		);
	});
});

describe('Principal in a resource-based policy', () => {
	const grant = (principal: unknown) => allow('s3:GetObject', OBJECT, { Principal: principal });
	test('each way of naming the caller is said in the trace', () => {
		const says = (principal: unknown, caller = ALICE) => resourcePolicy(grant(principal), caller).step.message;
		expect(says({ AWS: ACCOUNT })).toContain(`Principal names the caller — its account (${ACCOUNT})`);
		expect(says({ AWS: ROLE }, SESSION)).toContain(`Principal names the caller — its role (${ROLE})`);
		expect(says('*')).toContain('Principal names the caller — everyone ("*")');
		expect(says({ AWS: ALICE })).toContain('Principal names the caller — it directly');
	});
	test('a Principal that does not name the caller decides', () => {
		expect(resourcePolicy(grant({ AWS: [`arn:aws:iam::${ACCOUNT}:user/bob`, '444455556666'] })).step).toMatchObject({
			matched: false,
			decidedBy: 'Principal',
			message: `Does not apply: Principal names "arn:aws:iam::${ACCOUNT}:user/bob", "444455556666", not ${ALICE}.`,
		});
	});
	test('identity-based policies have no Principal to check', () => {
		expect(identity(allow('s3:GetObject'), 's3:GetObject', OBJECT, {}, SESSION).matched).toBe(true);
	});
});

describe('NotPrincipal in a resource-based policy', () => {
	const denyAllBut = (...arns: string[]) => deny('s3:*', '*', { NotPrincipal: { AWS: arns } });
	test('a Deny skips a caller listed with its account', () => {
		expect(resourcePolicy(denyAllBut(ALICE, ACCOUNT)).step).toMatchObject({
			matched: false,
			decidedBy: 'NotPrincipal',
			message: `Does not apply: NotPrincipal lists ${ALICE} and every identity it acts as (its role, its account), so the Deny skips it.`,
		});
		expect(resourcePolicy(denyAllBut(ALICE)).step).toMatchObject({
			matched: true,
			message:
				'Applies (Deny): action matches "s3:*"; resource matches "*"; the caller is not excluded by NotPrincipal; no conditions.',
		});
	});
	test('a Deny with NotPrincipal covers a caller with a permissions boundary, listed or not (documented warning)', () => {
		const { step, decision } = resourcePolicy(denyAllBut(ALICE, ACCOUNT), ALICE, {
			identityPolicies: [policy(allow('s3:*'))],
			permissionsBoundary: policy(allow('s3:*')),
		});
		expect(step.message).toContain('NotPrincipal with Deny always covers a caller that has a permissions boundary');
		expect(decision).toBe('ExplicitDeny');
		// An Allow with NotPrincipal still excludes the listed caller when it has a boundary.
		const allowAllBut = allow('s3:GetObject', OBJECT, { NotPrincipal: { AWS: ALICE } });
		expect(resourcePolicy(allowAllBut, ALICE, { permissionsBoundary: policy(allow('s3:*')) }).step).toMatchObject({
			matched: false,
			decidedBy: 'NotPrincipal',
		});
	});
	test('an Allow excludes a caller it names in any way; everyone else is allowed, anonymous callers included', () => {
		const allowAllBut = allow('s3:GetObject', OBJECT, { NotPrincipal: { AWS: ACCOUNT } });
		expect(resourcePolicy(allowAllBut).step).toMatchObject({
			matched: false,
			decidedBy: 'NotPrincipal',
			message: `Does not apply: NotPrincipal names ${ALICE} (or its role or account), so this Allow excludes it.`,
		});
		// "we strongly recommend that you do not use NotPrincipal with Allow": it reaches anonymous callers.
		const anonymous = resourcePolicy(allowAllBut, '*');
		expect(anonymous.step.message).toContain('the caller is not excluded by NotPrincipal');
		expect(anonymous.decision).toBe('Allow');
	});
});
