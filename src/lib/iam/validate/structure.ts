/**
 * Grammar checks: top-level and statement elements, Version, Sid, Effect, element combinations per
 * policy type, SCP/RCP/trust-policy rules, empty lists, duplicate statements, policy size.
 * IAM JSON policy grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 * SCP syntax (full IAM language since September 2025, only Principal/NotPrincipal are refused):
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html
 * RCP syntax: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
 */
import type { JsonNode } from '../json';
import { toPlain } from '../json';
import { keySpan, spanOf, type StatementModel } from './document';
import { isIdentityLike, needsPrincipal, type Context } from './context';

const STATEMENT_ELEMENTS = new Set([
	'Sid',
	'Effect',
	'Principal',
	'NotPrincipal',
	'Action',
	'NotAction',
	'Resource',
	'NotResource',
	'Condition',
]);
const LIST_ELEMENTS = ['Action', 'NotAction', 'Resource', 'NotResource'] as const;
/** Quotas: managed policy 6,144 characters without white space (IAM quotas); SCP 5,120 characters. */
const IDENTITY_POLICY_QUOTA = 6144;
const SCP_QUOTA = 5120;

export function checkTopLevel(ctx: Context, root: JsonNode): JsonNode[] {
	const whole = spanOf(ctx.text, root);
	if (root.kind !== 'object') {
		ctx.add('DATA_TYPE_MISMATCH', whole, 'A policy is a JSON object: { "Version": "2012-10-17", "Statement": [ … ] }.');
		return [];
	}
	let version: string | undefined;
	for (const e of root.entries) {
		if (e.key === 'Version' || e.key === 'Id' || e.key === 'Statement') continue;
		ctx.add(
			'INVALID_POLICY_ELEMENT',
			keySpan(ctx.text, e),
			`"${e.key}" is not a policy element. At the top level a policy has only Version, Id and Statement (names are case-sensitive).`,
		);
	}
	const versionEntry = root.entries.find((e) => e.key === 'Version');
	if (!versionEntry) {
		ctx.add(
			'MISSING_VERSION',
			{ start: root.offset, end: root.offset + 1 },
			'Add "Version": "2012-10-17". Without it the policy uses the 2008 language, where ${aws:username} and other variables are plain text.',
		);
	} else if (versionEntry.value.kind !== 'string') {
		ctx.add('DATA_TYPE_MISMATCH', spanOf(ctx.text, versionEntry.value), 'Version is text: "2012-10-17".');
	} else {
		version = versionEntry.value.value;
		if (version !== '2012-10-17' && version !== '2008-10-17')
			ctx.add(
				'INVALID_VERSION',
				spanOf(ctx.text, versionEntry.value),
				`"${version}" is not a policy language version. Use "2012-10-17" (the only other one is the old "2008-10-17"); it is a fixed date, not today's date.`,
			);
	}
	if (ctx.policyType === 'scp' && ctx.text.length > SCP_QUOTA)
		ctx.add(
			'POLICY_SIZE_EXCEEDS_SCP_QUOTA',
			whole,
			`This SCP is ${ctx.text.length} characters; an SCP may hold ${SCP_QUOTA}, white space included. Split it into several policies.`,
		);
	const compact = ctx.text.replace(/\s+/g, '').length;
	if (ctx.policyType === 'identity' && compact > IDENTITY_POLICY_QUOTA)
		ctx.add(
			'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA',
			whole,
			`This policy is ${compact} characters without white space; a managed policy may hold ${IDENTITY_POLICY_QUOTA}. Split it into several policies.`,
		);
	const statementEntry = root.entries.find((e) => e.key === 'Statement');
	if (!statementEntry) {
		ctx.add('MISSING_STATEMENT', { start: root.offset, end: root.offset + 1 }, 'A policy needs a "Statement": [ … ].');
		return [];
	}
	const value = statementEntry.value;
	if (value.kind === 'object') return [value];
	if (value.kind !== 'array') {
		ctx.add('DATA_TYPE_MISMATCH', spanOf(ctx.text, value), 'Statement is one statement object or a list of them.');
		return [];
	}
	if (value.items.length === 0)
		ctx.add('MISSING_STATEMENT', spanOf(ctx.text, value), 'The Statement list is empty: the policy says nothing.');
	const statements: JsonNode[] = [];
	for (const item of value.items) {
		if (item.kind === 'object') statements.push(item);
		else ctx.add('DATA_TYPE_MISMATCH', spanOf(ctx.text, item), 'Each statement is an object { "Effect": …, … }.');
	}
	return statements;
}

export function checkStatementGrammar(ctx: Context, s: StatementModel): void {
	const { text } = ctx;
	const at = (name: string) => {
		const e = s.entries.get(name);
		return e ? keySpan(text, e) : { start: s.span.start, end: s.span.start + 1 };
	};
	const name = `Statement ${s.index + 1}${s.sid?.value ? ` ("${s.sid.value}")` : ''}`;
	if (s.node.kind === 'object')
		for (const e of s.node.entries)
			if (!STATEMENT_ELEMENTS.has(e.key))
				ctx.add(
					'INVALID_POLICY_ELEMENT',
					keySpan(text, e),
					`"${e.key}" is not a statement element. A statement has Sid, Effect, Principal/NotPrincipal, Action/NotAction, Resource/NotResource and Condition (case-sensitive).`,
				);
	for (const element of ['Sid', 'Effect'] as const) {
		const e = s.entries.get(element);
		if (e && e.value.kind !== 'string')
			ctx.add('DATA_TYPE_MISMATCH', spanOf(text, e.value), `${element} is text, in double quotes.`);
	}
	for (const element of LIST_ELEMENTS) {
		const e = s.entries.get(element);
		if (!e) continue;
		if (e.value.kind !== 'string' && e.value.kind !== 'array') {
			ctx.add('DATA_TYPE_MISMATCH', spanOf(text, e.value), `${element} is text or a list of text.`);
			continue;
		}
		if (e.value.kind === 'array')
			for (const item of e.value.items)
				if (item.kind !== 'string')
					ctx.add('DATA_TYPE_MISMATCH', spanOf(text, item), `Each ${element} entry is text, in double quotes.`);
	}
	// Effect
	if (!s.effect) ctx.add('MISSING_EFFECT', at('Effect'), `${name} has no Effect. Add "Effect": "Allow" or "Deny".`);
	else if (s.effect.node.kind === 'string' && s.effect.value !== 'Allow' && s.effect.value !== 'Deny')
		ctx.add(
			'INVALID_EFFECT',
			s.effect.span,
			`"${s.effect.value}" is not an effect. Write "Allow" or "Deny" exactly (capital first letter).`,
		);
	// Pairs that exclude each other, and the ones a statement needs.
	for (const [a, b] of [
		['Action', 'NotAction'],
		['Resource', 'NotResource'],
		['Principal', 'NotPrincipal'],
	] as const) {
		if (s.entries.has(a) && s.entries.has(b))
			ctx.add(
				'UNSUPPORTED_ELEMENT_COMBINATION',
				at(b),
				`${name} has both ${a} and ${b}; a statement uses one of them. Remove one.`,
			);
	}
	if (!s.entries.has('Action') && !s.entries.has('NotAction'))
		ctx.add(
			'MISSING_ACTION',
			s.span.start === s.span.end ? s.span : at('Effect'),
			`${name} has no Action (or NotAction). Say which actions it covers.`,
		);
	checkResourcePresence(ctx, s, name, at);
	checkPrincipalPresence(ctx, s, name, at);
	checkSid(ctx, s);
	checkEmptyLists(ctx, s);
	checkRcp(ctx, s, name);
}

function checkResourcePresence(
	ctx: Context,
	s: StatementModel,
	name: string,
	at: (name: string) => { start: number; end: number },
): void {
	const hasResource = s.entries.has('Resource') || s.entries.has('NotResource');
	if (ctx.policyType === 'roleTrust') {
		if (hasResource)
			ctx.add(
				'ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE',
				at(s.entries.has('Resource') ? 'Resource' : 'NotResource'),
				'A role trust policy has no Resource: the resource is the role itself. Remove the element.',
			);
		return;
	}
	// SCPs may leave Resource out (it then means every resource).
	if (!hasResource && ctx.policyType !== 'scp')
		ctx.add('MISSING_RESOURCE', at('Effect'), `${name} has no Resource (or NotResource). Name the resources, or "*".`);
}

function checkPrincipalPresence(
	ctx: Context,
	s: StatementModel,
	name: string,
	at: (name: string) => { start: number; end: number },
): void {
	const element = s.principal ? 'Principal' : s.notPrincipal ? 'NotPrincipal' : undefined;
	if (element && isIdentityLike(ctx.policyType))
		ctx.add(
			'UNSUPPORTED_PRINCIPAL',
			at(element),
			`An identity-based policy applies to whoever it is attached to, so it has no ${element}. Remove it (or validate this as a resource policy).`,
		);
	if (element && ctx.policyType === 'scp')
		ctx.add(
			'SCP_SYNTAX_ERROR_PRINCIPAL',
			at(element),
			`SCPs do not take ${element}. To single out principals, use a condition on aws:PrincipalArn.`,
		);
	if (!element && needsPrincipal(ctx.policyType))
		ctx.add(
			'MISSING_PRINCIPAL',
			at('Effect'),
			`${name} has no Principal. A ${ctx.policyType === 'roleTrust' ? 'trust policy' : 'resource-based policy'} says who it applies to, e.g. "Principal": { "AWS": "arn:aws:iam::111122223333:root" }.`,
		);
	if (s.notPrincipal && s.effect?.value === 'Allow' && !isIdentityLike(ctx.policyType) && ctx.policyType !== 'scp')
		ctx.add(
			'ALLOW_WITH_NOT_PRINCIPAL',
			at('NotPrincipal'),
			'"Allow" with NotPrincipal allows everyone not listed — anonymous users included. Name who is allowed with Principal.',
		);
	if (s.notPrincipal && ctx.policyType === 'roleTrust')
		ctx.add(
			'ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL',
			at('NotPrincipal'),
			'A role trust policy cannot use NotPrincipal. Name who may assume the role with Principal.',
		);
}

function checkSid(ctx: Context, s: StatementModel): void {
	if (!s.sid || s.sid.node.kind !== 'string') return;
	if (s.sid.value === '') {
		ctx.add('EMPTY_SID_VALUE', s.sid.span, 'The Sid is empty. Give the statement a name, or remove Sid.');
		return;
	}
	// IAM (and Organizations) take only letters and digits in Sids; resource policies of other services are freer.
	const strict = isIdentityLike(ctx.policyType) || ctx.policyType === 'scp' || ctx.policyType === 'rcp';
	if (strict && !/^[A-Za-z0-9]+$/.test(s.sid.value))
		ctx.add(
			'UNSUPPORTED_SID',
			s.sid.span,
			`"${s.sid.value}": a Sid here may contain only letters (A–Z, a–z) and digits (0–9) — no spaces, dashes or underscores.`,
		);
}

function checkEmptyLists(ctx: Context, s: StatementModel): void {
	for (const [element, code, what] of [
		['Action', 'EMPTY_ARRAY_ACTION', 'actions'],
		['NotAction', 'EMPTY_ARRAY_ACTION', 'actions'],
		['Resource', 'EMPTY_ARRAY_RESOURCE', 'resources'],
		['NotResource', 'EMPTY_ARRAY_RESOURCE', 'resources'],
	] as const) {
		const e = s.entries.get(element);
		if (e?.value.kind === 'array' && e.value.items.length === 0)
			ctx.add(
				code,
				spanOf(ctx.text, e.value),
				`${element} is an empty list: the statement covers no ${what} and has no effect.`,
			);
	}
	const condition = s.condition;
	if (condition && condition.value.kind !== 'object')
		ctx.add(
			'DATA_TYPE_MISMATCH',
			spanOf(ctx.text, condition.value),
			'Condition is an object: { "Operator": { "key": "value" } }.',
		);
	else if (condition?.value.kind === 'object') {
		if (condition.value.entries.length === 0)
			ctx.add(
				'EMPTY_OBJECT_CONDITION',
				spanOf(ctx.text, condition.value),
				'The Condition block is empty: remove it or add a condition.',
			);
		for (const op of condition.value.entries) {
			if (op.value.kind !== 'object')
				ctx.add(
					'DATA_TYPE_MISMATCH',
					spanOf(ctx.text, op.value),
					`"${op.key}" takes an object: { "condition-key": "value" }.`,
				);
			else if (op.value.entries.length === 0)
				ctx.add(
					'EMPTY_OBJECT_CONDITION',
					spanOf(ctx.text, op.value),
					`"${op.key}" holds no condition key: remove it or add one.`,
				);
		}
	}
}

function checkRcp(ctx: Context, s: StatementModel, name: string): void {
	if (ctx.policyType !== 'rcp') return;
	const plain = (n?: JsonNode) => (n ? JSON.stringify(toPlain(n)) : undefined);
	if (s.effect?.value === 'Allow') {
		// Only AWS's RCPFullAWSAccess may allow: Principal "*", Action "*", Resource "*", no condition.
		const fullAccess =
			plain(s.principal?.value) === '"*"' &&
			s.action?.length === 1 &&
			s.action[0]?.value === '*' &&
			s.resource?.length === 1 &&
			s.resource[0]?.value === '*' &&
			!s.condition;
		if (!fullAccess)
			ctx.add(
				'RCP_SYNTAX_ERROR_ALLOW',
				s.effect.span,
				`${name}: resource control policies you write only deny ("Effect": "Deny"); "Allow" is reserved for AWS's RCPFullAWSAccess policy.`,
			);
	}
	if (s.principal && plain(s.principal.value) !== '"*"')
		ctx.add(
			'RCP_SYNTAX_ERROR_PRINCIPAL',
			spanOf(ctx.text, s.principal.value),
			'An RCP applies to every principal: write "Principal": "*" and narrow it with conditions (e.g. aws:PrincipalOrgID).',
		);
	if (s.notPrincipal)
		ctx.add(
			'RCP_SYNTAX_ERROR_NOTPRINCIPAL',
			keySpan(ctx.text, s.notPrincipal),
			'RCPs do not take NotPrincipal. Use "Principal": "*" with a condition on aws:PrincipalArn or aws:PrincipalOrgID.',
		);
}

/** Same statement written twice (Sid aside) → REDUNDANT_STATEMENT; Sids used twice → UNIQUE_SIDS_*. */
export function checkAcrossStatements(ctx: Context, statements: StatementModel[]): void {
	const seen = new Map<string, StatementModel>();
	const sids = new Map<string, StatementModel>();
	const required = isIdentityLike(ctx.policyType) || ctx.policyType === 'scp' || ctx.policyType === 'rcp';
	for (const s of statements) {
		const plain = toPlain(s.node) as Record<string, unknown>;
		delete plain.Sid;
		const key = stableStringify(plain);
		const first = seen.get(key);
		if (first)
			ctx.add(
				'REDUNDANT_STATEMENT',
				s.span,
				`Statement ${s.index + 1} repeats statement ${first.index + 1}: remove one of them.`,
			);
		else seen.set(key, s);
		if (s.sid?.value) {
			const before = sids.get(s.sid.value);
			if (before)
				ctx.add(
					required ? 'UNIQUE_SIDS_REQUIRED' : 'UNIQUE_SIDS_RECOMMENDED',
					s.sid.span,
					`Sid "${s.sid.value}" is already used by statement ${before.index + 1}. Give each statement its own Sid.`,
				);
			else sids.set(s.sid.value, s);
		}
	}
}

/** JSON with object keys sorted at every depth, so key order does not hide a duplicate. */
function stableStringify(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}
