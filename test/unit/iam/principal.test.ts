/**
 * Who is calling, and how a Principal / NotPrincipal element names them.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
import { describe, expect, test } from 'vitest';
import { describePrincipalKind, PolicyRequestError, parseRequestPrincipal } from '../../../src/lib/iam/index';
import type { PrincipalElement } from '../../../src/lib/iam/policy';
import { excludedByNotPrincipal, matchPrincipal, type RequestPrincipal } from '../../../src/lib/iam/principal';

const ACCOUNT = '111122223333';
const USER = `arn:aws:iam::${ACCOUNT}:user/division/alice`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/app/AppRole`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/AppRole/worker-1`;
const FEDERATED = `arn:aws:sts::${ACCOUNT}:federated-user/carol`;
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;

const none = { roleName: undefined, sessionName: undefined, userName: undefined };

describe('parseRequestPrincipal', () => {
	test('each kind of caller, with what the engine keeps of its ARN', () => {
		expect(parseRequestPrincipal(` ${USER} `)).toEqual({
			...none,
			arn: USER,
			kind: 'user',
			account: ACCOUNT,
			partition: 'aws',
			userName: 'alice',
		});
		expect(parseRequestPrincipal(ROLE)).toEqual({
			...none,
			arn: ROLE,
			kind: 'role',
			account: ACCOUNT,
			partition: 'aws',
			roleName: 'AppRole',
		});
		expect(parseRequestPrincipal(SESSION)).toEqual({
			...none,
			arn: SESSION,
			kind: 'session',
			account: ACCOUNT,
			partition: 'aws',
			roleName: 'AppRole',
			sessionName: 'worker-1',
		});
		expect(parseRequestPrincipal(FEDERATED)).toEqual({
			...none,
			arn: FEDERATED,
			kind: 'federated-user',
			account: ACCOUNT,
			partition: 'aws',
		});
		expect(parseRequestPrincipal(ROOT)).toEqual({
			...none,
			arn: ROOT,
			kind: 'root',
			account: ACCOUNT,
			partition: 'aws',
		});
		expect(parseRequestPrincipal(`arn:aws-cn:iam::${ACCOUNT}:user/bob`)).toMatchObject({ partition: 'aws-cn' });
	});
	test('AWS services and anonymous callers have no account', () => {
		for (const service of ['ec2.amazonaws.com', 'elasticmapreduce.amazonaws.com.cn', 'logs.us-east-1.amazonaws.com'])
			expect(parseRequestPrincipal(service)).toEqual({
				...none,
				arn: service,
				kind: 'service',
				account: undefined,
				partition: 'aws',
			});
		for (const anonymous of ['*', 'anonymous', 'Anonymous'])
			expect(parseRequestPrincipal(anonymous)).toEqual({
				...none,
				arn: anonymous,
				kind: 'anonymous',
				account: undefined,
				partition: 'aws',
			});
	});
	test.each([
		'EC2.amazonaws.com',
		'ec2.amazonaws.com.evil',
		'x-ec2.amazonaws.com/',
		'.amazonaws.com',
		'ec2 amazonaws com',
		'arn:aws:iam::1111222233:user/alice',
		'arn:aws:iam::1111222233334:user/alice',
		`arn:aws:iam::${ACCOUNT}:user/`,
		`arn:aws:iam::${ACCOUNT}:role/`,
		`arn:aws:iam::${ACCOUNT}:group/admins`,
		`arn:aws:sts::${ACCOUNT}:assumed-role/AppRole`,
		`arn:aws:sts::${ACCOUNT}:assumed-role//worker-1`,
		`arn:aws:sts::${ACCOUNT}:federated-user/`,
		`arn:aws:sts::${ACCOUNT}:user/alice`,
		`arn:aws:iam::${ACCOUNT}:assumed-role/AppRole/worker-1`,
		`arn:aws:s3:::amzn-s3-demo-bucket`,
		`arn:aws:iam:::user/alice`,
		// The service decides the kind: IAM has users, roles and the root; STS has sessions.
		`arn:aws:sts::${ACCOUNT}:root`,
		`arn:aws:sts::${ACCOUNT}:role/AppRole`,
		`arn:aws:sts::${ACCOUNT}:user/a/b`,
		`arn:aws:iam::${ACCOUNT}:federated-user/carol`,
	])('%s is not a principal', (text) => {
		expect(() => parseRequestPrincipal(text)).toThrow(PolicyRequestError);
		expect(() => parseRequestPrincipal(text)).toThrow(expect.objectContaining({ field: 'principal' }));
	});
	test('the error quotes at most 80 characters of what was typed, and says what a principal looks like', () => {
		const long = `arn:aws:iam::${ACCOUNT}:group/${'x'.repeat(200)}`;
		expect(() => parseRequestPrincipal(long)).toThrow(`"${long.slice(0, 80)}" is not a principal ARN: expected`);
		const notArn = `no-account-${'y'.repeat(200)}`;
		expect(() => parseRequestPrincipal(notArn)).toThrow(`"${notArn.slice(0, 80)}" is not a principal: use an ARN like`);
		// An ARN without an account ID is no principal either.
		expect(() => parseRequestPrincipal('arn:aws:iam:::user/alice')).toThrow('is not a principal: use an ARN like');
	});
	test('each kind has a name the trace uses', () => {
		expect(
			(['root', 'user', 'role', 'session', 'federated-user', 'service', 'anonymous'] as const).map(
				describePrincipalKind,
			),
		).toEqual([
			'the account root user',
			'an IAM user',
			'an IAM role',
			'an assumed-role session',
			'a federated user session',
			'an AWS service',
			'an anonymous caller',
		]);
	});
});

const aws = (...values: string[]): PrincipalElement => ({
	wildcard: false,
	entries: values.map((value) => ({ type: 'AWS', value })),
});
const of = (type: string, value: string): PrincipalElement => ({ wildcard: false, entries: [{ type, value }] });
const caller = (arn: string): RequestPrincipal => parseRequestPrincipal(arn);

describe('matchPrincipal: how the Principal element names the caller', () => {
	test('"*" (everyone) and an AWS "*" name anyone directly, services and anonymous callers included', () => {
		for (const who of [USER, 'ec2.amazonaws.com', '*'])
			expect(matchPrincipal({ wildcard: true, entries: [] }, caller(who))).toEqual({ kind: 'direct', entry: '*' });
		expect(matchPrincipal(aws('*'), caller('s3.amazonaws.com'))).toEqual({ kind: 'direct', entry: '*' });
	});
	test('the account, as an ID or as its root ARN, delegates to the account', () => {
		expect(matchPrincipal(aws(ACCOUNT), caller(USER))).toEqual({ kind: 'account', entry: ACCOUNT });
		expect(matchPrincipal(aws(ROOT), caller(SESSION))).toEqual({ kind: 'account', entry: ROOT });
		expect(matchPrincipal(aws('444455556666'), caller(USER))).toBeUndefined();
		expect(matchPrincipal(aws('arn:aws:iam::444455556666:root'), caller(USER))).toBeUndefined();
		expect(matchPrincipal(aws(ACCOUNT), caller('ec2.amazonaws.com'))).toBeUndefined();
	});
	test("the caller's own ARN names it directly; a role's ARN names the role and its sessions as the role", () => {
		expect(matchPrincipal(aws(USER), caller(USER))).toEqual({ kind: 'direct', entry: USER });
		expect(matchPrincipal(aws(SESSION), caller(SESSION))).toEqual({ kind: 'direct', entry: SESSION });
		expect(matchPrincipal(aws(ROLE), caller(ROLE))).toEqual({ kind: 'role', entry: ROLE });
		expect(matchPrincipal(aws(ROLE), caller(SESSION))).toEqual({ kind: 'role', entry: ROLE });
	});
	test('a role ARN names a session only with the same role name in the same account', () => {
		expect(matchPrincipal(aws(`arn:aws:iam::${ACCOUNT}:role/OtherRole`), caller(SESSION))).toBeUndefined();
		expect(matchPrincipal(aws('arn:aws:iam::444455556666:role/AppRole'), caller(SESSION))).toBeUndefined();
		expect(matchPrincipal(aws(`arn:aws:iam::${ACCOUNT}:user/AppRole`), caller(SESSION))).toBeUndefined();
		expect(matchPrincipal(aws(`arn:aws:sts::${ACCOUNT}:role/AppRole`), caller(SESSION))).toBeUndefined();
		expect(matchPrincipal(aws(`arn:aws:iam::${ACCOUNT}:role/AppRole`), caller(ROLE))).toBeUndefined();
		expect(matchPrincipal(aws(ROLE), caller(`arn:aws:iam::${ACCOUNT}:user/AppRole`))).toBeUndefined();
	});
	test('an entry that is neither an account nor an ARN names nobody', () => {
		expect(matchPrincipal(aws('alice'), caller(USER))).toBeUndefined();
		// Only IAM's root ARN stands for the account.
		expect(matchPrincipal(aws(`arn:aws:sts::${ACCOUNT}:root`), caller(USER))).toBeUndefined();
		expect(matchPrincipal(aws(`${ACCOUNT}0`), caller(USER))).toBeUndefined();
	});
	test('the strongest way wins whatever the order: direct, then role, then account', () => {
		expect(matchPrincipal(aws(ACCOUNT, ROLE, SESSION), caller(SESSION))).toEqual({ kind: 'direct', entry: SESSION });
		expect(matchPrincipal(aws(SESSION, ROLE, ACCOUNT), caller(SESSION))).toEqual({ kind: 'direct', entry: SESSION });
		expect(matchPrincipal(aws(ACCOUNT, ROLE), caller(SESSION))).toEqual({ kind: 'role', entry: ROLE });
		expect(matchPrincipal(aws(ROLE, ACCOUNT), caller(SESSION))).toEqual({ kind: 'role', entry: ROLE });
		expect(matchPrincipal(aws(ROOT, ACCOUNT), caller(USER))).toEqual({ kind: 'account', entry: ROOT });
	});
	test('Service principals compare without case; Federated and CanonicalUser exactly as written', () => {
		expect(matchPrincipal(of('Service', 'EC2.amazonaws.com'), caller('ec2.amazonaws.com'))).toEqual({
			kind: 'direct',
			entry: 'EC2.amazonaws.com',
		});
		expect(matchPrincipal(of('Service', 's3.amazonaws.com'), caller('ec2.amazonaws.com'))).toBeUndefined();
		expect(matchPrincipal(of('Federated', FEDERATED), caller(FEDERATED))).toEqual({ kind: 'direct', entry: FEDERATED });
		expect(matchPrincipal(of('Federated', FEDERATED.toUpperCase()), caller(FEDERATED))).toBeUndefined();
		// An AWS entry never names a service caller by its name, and a Service entry never names an IAM user.
		expect(matchPrincipal(aws('ec2.amazonaws.com'), caller('ec2.amazonaws.com'))).toBeUndefined();
		expect(matchPrincipal(of('Service', USER.toUpperCase()), caller(USER))).toEqual({
			kind: 'direct',
			entry: USER.toUpperCase(),
		});
		expect(matchPrincipal(of('Federated', USER), caller(USER))).toEqual({ kind: 'direct', entry: USER });
	});
});

describe('excludedByNotPrincipal', () => {
	test('with Deny, a role session is excluded only when the session, its role and its account are all listed', () => {
		const session = caller(SESSION);
		expect(excludedByNotPrincipal(aws(SESSION, ROLE, ACCOUNT), session, 'Deny')).toBe(true);
		expect(excludedByNotPrincipal(aws(SESSION, ROLE, ROOT), session, 'Deny')).toBe(true);
		expect(excludedByNotPrincipal(aws(SESSION, ROLE), session, 'Deny')).toBe(false);
		expect(excludedByNotPrincipal(aws(SESSION, ACCOUNT), session, 'Deny')).toBe(false);
		expect(excludedByNotPrincipal(aws(ROLE, ACCOUNT), session, 'Deny')).toBe(false);
	});
	test('with Deny, a user, role or federated user needs itself and its account', () => {
		for (const arn of [USER, ROLE, FEDERATED]) {
			expect(excludedByNotPrincipal(aws(arn, ACCOUNT), caller(arn), 'Deny'), arn).toBe(true);
			expect(excludedByNotPrincipal(aws(arn), caller(arn), 'Deny'), arn).toBe(false);
			expect(excludedByNotPrincipal(aws(ACCOUNT), caller(arn), 'Deny'), arn).toBe(false);
		}
	});
	test('with Deny, the root user needs only its account; a service only itself', () => {
		expect(excludedByNotPrincipal(aws(ACCOUNT), caller(ROOT), 'Deny')).toBe(true);
		expect(excludedByNotPrincipal(aws(USER), caller(ROOT), 'Deny')).toBe(false);
		expect(excludedByNotPrincipal(of('Service', 'ec2.amazonaws.com'), caller('ec2.amazonaws.com'), 'Deny')).toBe(true);
		expect(excludedByNotPrincipal(of('Service', 's3.amazonaws.com'), caller('ec2.amazonaws.com'), 'Deny')).toBe(false);
	});
	test('an AWS "*" stands for every identity, the account included', () => {
		expect(excludedByNotPrincipal(aws('*'), caller(USER), 'Deny')).toBe(true);
		expect(excludedByNotPrincipal(aws('*'), caller(ROLE), 'Deny')).toBe(true);
		expect(excludedByNotPrincipal(aws('*'), caller(SESSION), 'Deny')).toBe(false);
		expect(excludedByNotPrincipal(aws('*', ROLE), caller(SESSION), 'Deny')).toBe(true);
		expect(excludedByNotPrincipal({ wildcard: true, entries: [] }, caller(SESSION), 'Deny')).toBe(true);
	});
	test('with Allow, naming the caller in any way excludes it', () => {
		expect(excludedByNotPrincipal(aws(ACCOUNT), caller(SESSION), 'Allow')).toBe(true);
		expect(excludedByNotPrincipal(aws(ROLE), caller(SESSION), 'Allow')).toBe(true);
		expect(excludedByNotPrincipal(aws(USER), caller(USER), 'Allow')).toBe(true);
		expect(excludedByNotPrincipal(aws('444455556666'), caller(USER), 'Allow')).toBe(false);
		expect(excludedByNotPrincipal(aws(), caller(USER), 'Allow')).toBe(false);
	});
});
