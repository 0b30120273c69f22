/**
 * Random evaluation cases for property tests, the differential test against iam-simulate and the
 * bench. Built from small vocabularies so that matches, non-matches, wildcards, conditions, variables,
 * cross-account calls, boundaries and SCPs all come up often. Every request is one AWS would accept
 * (the action exists and the resource type fits it), because iam-simulate validates that.
 */
import fc from 'fast-check';
import type { EvaluationInput } from '../../../src/lib/iam/index';

export const A = '111122223333';
export const B = '444455556666';
export const PRINCIPALS = [
	{ arn: `arn:aws:iam::${A}:user/alice`, account: A, username: 'alice' },
	{ arn: `arn:aws:iam::${B}:user/bob`, account: B, username: 'bob' },
	{ arn: `arn:aws:sts::${A}:assumed-role/AppRole/s1`, account: A, roleArn: `arn:aws:iam::${A}:role/AppRole` },
] as const;

export const REQUESTS = [
	{ action: 's3:GetObject', resource: 'arn:aws:s3:::bucket-a/key1' },
	{ action: 's3:PutObject', resource: 'arn:aws:s3:::bucket-b/dir/alice' },
	{ action: 's3:ListBucket', resource: 'arn:aws:s3:::bucket-a' },
	{ action: 'ec2:TerminateInstances', resource: `arn:aws:ec2:us-east-1:${A}:instance/i-1` },
	{ action: 'ec2:DescribeInstances', resource: '*' },
	{ action: 'dynamodb:GetItem', resource: `arn:aws:dynamodb:us-east-1:${A}:table/Orders` },
	{ action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-1:${A}:queue1` },
] as const;

const ACTIONS = [
	'*',
	's3:*',
	's3:Get*',
	's3:GetObject',
	's3:PutObject',
	's3:*Object',
	's3:List*',
	'ec2:Describe*',
	'ec2:TerminateInstances',
	'ec2:*',
	'dynamodb:GetItem',
	'dynamodb:Get*',
	'sqs:SendMessage',
	'S3:getobject',
	'sqs:Send?essage',
];
const RESOURCES = [
	'*',
	'arn:aws:s3:::bucket-a/*',
	'arn:aws:s3:::bucket-?/*',
	'arn:aws:s3:::bucket-a',
	'arn:aws:s3:::*',
	`arn:aws:ec2:*:${A}:instance/*`,
	`arn:aws:dynamodb:us-east-1:${A}:table/Orders`,
	'arn:aws:sqs:*:*:queue1',
	'arn:aws:s3:::bucket-b/dir/${aws:username}',
	'arn:aws:s3:::bucket-b/*',
];
const CONDITIONS: object[] = [
	{ StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
	{ StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'ap-south-1'] } },
	{ StringLike: { 'aws:PrincipalTag/team': 'dev*' } },
	{ StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'OPS' } },
	{ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
	{ NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } },
	{ Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
	{ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
	{ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['a', 'b'] } },
	{ 'ForAllValues:StringLike': { 'aws:TagKeys': ['a*'] } },
	{ DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } },
	{ DateGreaterThanEquals: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } },
	{ Null: { 'aws:PrincipalTag/team': 'true' } },
	{ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'ops' } },
	{ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${A}:*` } },
	{ StringEquals: { 'aws:PrincipalTag/team': '${aws:username}' } },
	{ StringEquals: { 'aws:RequestedRegion': 'us-east-1', 'aws:PrincipalTag/team': 'dev' } },
];
const PRINCIPAL_ELEMENTS: unknown[] = [
	'*',
	{ AWS: A },
	{ AWS: `arn:aws:iam::${A}:root` },
	{ AWS: PRINCIPALS[0].arn },
	{ AWS: `arn:aws:iam::${B}:root` },
	{ AWS: PRINCIPALS[1].arn },
	{ AWS: PRINCIPALS[2].roleArn },
	{ AWS: [PRINCIPALS[1].arn, PRINCIPALS[0].arn] },
];

export interface GeneratedCase {
	principal: number;
	request: number;
	context: Record<string, string | string[] | boolean>;
	identity: object[][];
	resource: object[] | undefined;
	boundary: object[] | undefined;
	scps: object[][][] | undefined;
	/** RCP levels of the resource's account (only in rcpCaseArb cases). */
	rcps?: object[][][] | undefined;
}

const statement = (withPrincipal: boolean) =>
	fc
		.record({
			Effect: fc.constantFrom('Allow', 'Allow', 'Allow', 'Deny'),
			action: fc.constantFrom(...ACTIONS).chain((a) => fc.constantFrom(a, a, a, `not:${a}`)),
			resource: fc.constantFrom(...RESOURCES).chain((r) => fc.constantFrom(r, r, r, r, `not:${r}`)),
			condition: fc.oneof(
				{ weight: 2, arbitrary: fc.constant(null) },
				{ weight: 1, arbitrary: fc.constantFrom(...CONDITIONS) },
			),
			principal: fc.constantFrom(...PRINCIPAL_ELEMENTS),
		})
		.map(({ Effect, action, resource, condition, principal }) => {
			const out: Record<string, unknown> = { Effect };
			if (withPrincipal) out['Principal'] = principal;
			if (action.startsWith('not:')) out['NotAction'] = action.slice(4);
			else out['Action'] = action;
			if (resource.startsWith('not:')) out['NotResource'] = resource.slice(4);
			else out['Resource'] = resource;
			if (condition) out['Condition'] = condition;
			return out;
		});

export const statementArb = statement(false);
export const resourceStatementArb = statement(true);

const contextArb = fc
	.record({
		'aws:RequestedRegion': fc.option(fc.constantFrom('us-east-1', 'eu-west-1'), { nil: undefined }),
		'aws:PrincipalTag/team': fc.option(fc.constantFrom('dev', 'ops', 'alice'), { nil: undefined }),
		'aws:SourceIp': fc.option(fc.constantFrom('203.0.113.9', '198.51.100.1'), { nil: undefined }),
		'aws:MultiFactorAuthPresent': fc.option(fc.boolean(), { nil: undefined }),
		'aws:TagKeys': fc.option(fc.constantFrom(['a'], ['a', 'c'], ['b']), { nil: undefined }),
		'aws:CurrentTime': fc.option(fc.constantFrom('2025-06-01T00:00:00Z', '2026-06-01T00:00:00Z'), { nil: undefined }),
	})
	.map(
		(c) =>
			Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Record<
				string,
				string | string[] | boolean
			>,
	);

/** `value` present with weight `yes`, absent with weight `no`. */
function sometimes<T>(value: fc.Arbitrary<T>, no: number, yes: number): fc.Arbitrary<T | undefined> {
	return fc.oneof({ weight: no, arbitrary: fc.constant(undefined) }, { weight: yes, arbitrary: value });
}

export const caseArb: fc.Arbitrary<GeneratedCase> = fc.record({
	principal: fc.nat(PRINCIPALS.length - 1),
	request: fc.nat(REQUESTS.length - 1),
	context: contextArb,
	identity: fc.array(fc.array(statementArb, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 3 }),
	resource: sometimes(fc.array(resourceStatementArb, { minLength: 1, maxLength: 3 }), 1, 1),
	boundary: sometimes(fc.array(statementArb, { minLength: 1, maxLength: 2 }), 3, 1),
	scps: sometimes(
		fc.array(fc.array(fc.array(statementArb, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }), {
			minLength: 1,
			maxLength: 2,
		}),
		3,
		1,
	),
});

/** RCP statements: Deny only, Principal "*", no NotAction, no bare "*" action (RCP syntax). */
const rcpStatementArb = fc
	.record({
		action: fc.constantFrom(...ACTIONS.filter((a) => a !== '*')),
		resource: fc.constantFrom(...RESOURCES).chain((r) => fc.constantFrom(r, r, r, `not:${r}`)),
		condition: fc.oneof(
			{ weight: 2, arbitrary: fc.constant(null) },
			{ weight: 1, arbitrary: fc.constantFrom(...CONDITIONS) },
		),
	})
	.map(({ action, resource, condition }) => {
		const out: Record<string, unknown> = { Effect: 'Deny', Principal: '*', Action: action };
		if (resource.startsWith('not:')) out['NotResource'] = resource.slice(4);
		else out['Resource'] = resource;
		if (condition) out['Condition'] = condition;
		return out;
	});

/** Cases with RCPs: the same cases, plus one to three RCP levels (some empty: RCPFullAWSAccess only). */
export const rcpCaseArb: fc.Arbitrary<GeneratedCase> = fc
	.tuple(
		caseArb,
		fc.array(fc.array(fc.array(rcpStatementArb, { minLength: 1, maxLength: 2 }), { minLength: 0, maxLength: 2 }), {
			minLength: 1,
			maxLength: 3,
		}),
	)
	.map(([c, rcps]) => ({ ...c, rcps }));

export const doc = (statements: object[]) => ({ Version: '2012-10-17', Statement: statements });

/** The principal's own keys, given explicitly so both engines see the same context. */
export function fullContext(c: GeneratedCase): Record<string, string | string[] | boolean> {
	const p = PRINCIPALS[c.principal]!;
	return {
		...c.context,
		'aws:PrincipalAccount': p.account,
		'aws:PrincipalArn': 'roleArn' in p ? p.roleArn : p.arn,
		...('username' in p ? { 'aws:username': p.username } : {}),
	};
}

/** Resource account: the account in the resource ARN, else (S3, "*") account A, which owns the buckets. */
export function resourceAccount(c: GeneratedCase): string {
	return /:(\d{12}):/.exec(REQUESTS[c.request]!.resource)?.[1] ?? A;
}

export function toInput(c: GeneratedCase): EvaluationInput {
	const r = REQUESTS[c.request]!;
	return {
		request: {
			principal: PRINCIPALS[c.principal]!.arn,
			action: r.action,
			resource: r.resource,
			resourceAccount: resourceAccount(c),
			context: fullContext(c),
		},
		identityPolicies: c.identity.map(doc),
		...(c.resource ? { resourcePolicy: doc(c.resource) } : {}),
		...(c.boundary ? { permissionsBoundary: doc(c.boundary) } : {}),
		...(c.scps ? { serviceControlPolicies: c.scps.map((level) => level.map(doc)) } : {}),
		...(c.rcps ? { resourceControlPolicies: c.rcps.map((level) => level.map(doc)) } : {}),
	};
}

/** The same case for @cloud-copilot/iam-simulate (booleans become strings there). */
export function toSimulation(c: GeneratedCase) {
	const r = REQUESTS[c.request]!;
	const context = Object.fromEntries(
		Object.entries(fullContext(c)).map(([k, v]) => [k, typeof v === 'boolean' ? String(v) : v]),
	);
	return {
		request: {
			principal: PRINCIPALS[c.principal]!.arn,
			action: r.action,
			resource: { resource: r.resource, accountId: resourceAccount(c) },
			contextVariables: context as Record<string, string | string[]>,
		},
		identityPolicies: c.identity.map((s, i) => ({ name: `identity-${i}`, policy: doc(s) })),
		serviceControlPolicies: (c.scps ?? []).map((level, i) => ({
			orgIdentifier: `ou-${i}`,
			policies: level.map((s, j) => ({ name: `scp-${i}-${j}`, policy: doc(s) })),
		})),
		resourceControlPolicies: (c.rcps ?? []).map((level, i) => ({
			orgIdentifier: `rcp-ou-${i}`,
			policies: level.map((s, j) => ({ name: `rcp-${i}-${j}`, policy: doc(s) })),
		})),
		...(c.resource ? { resourcePolicy: doc(c.resource) } : {}),
		...(c.boundary ? { permissionBoundaryPolicies: [{ name: 'boundary', policy: doc(c.boundary) }] } : {}),
	};
}

/** A fixed, reproducible sample of cases. */
export function sampleCases(count: number, seed = 20260314): GeneratedCase[] {
	return fc.sample(caseArb, { numRuns: count, seed });
}

/** A fixed, reproducible sample of cases with RCPs. */
export function sampleRcpCases(count: number, seed = 20261201): GeneratedCase[] {
	return fc.sample(rcpCaseArb, { numRuns: count, seed });
}
