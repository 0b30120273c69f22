/**
 * One statement of a policy, checked element by element: its keys, Sid, Effect, Action/NotAction,
 * Resource/NotResource, Principal/NotPrincipal and Condition. Each step reports its own findings.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 */
import { parseArn } from './arn';
import type { ConditionClause } from './conditions';
import { describeJsonType, SourceMap, type JsonEntry, type JsonNode } from './json';
import { checkConditionElement } from './policy-condition';
import {
	closest,
	isIdentitySide,
	STATEMENT_ELEMENTS,
	stringList,
	TOP_LEVEL,
	valueNodes,
	type Add,
} from './policy-grammar';
import { checkPrincipal } from './policy-principal';
import type { ElementName, PolicyType, Position, PrincipalElement, Statement } from './policy';

/** A statement object being checked: its entries by key, and how to name it in messages. */
interface StatementNode {
	node: JsonNode & { kind: 'object' };
	byKey: Map<string, JsonEntry>;
	/** "Statement 2" or `Statement 2 ("ReadOnly")`. */
	name: string;
	add: Add;
}

const ACTION_FORMAT = /^[A-Za-z0-9-]+:[A-Za-z0-9*?_-]+$/;
const SERVICE_PREFIX = /^[A-Za-z0-9-]+$/;

/** Returns the statement even when it has errors, so the linter can comment on what was readable. */
export function checkStatement(
	node: JsonNode,
	index: number,
	policyType: PolicyType,
	add: Add,
	map: SourceMap,
): Statement | undefined {
	const label = `Statement ${index + 1}`;
	if (node.kind !== 'object') {
		add(
			'error',
			'bad-statement',
			node.offset,
			`${label} must be an object ({ "Effect": …, "Action": …, "Resource": … }), not ${describeJsonType(node)}.`,
		);
		return undefined;
	}
	const { byKey, elements } = checkKeys(node, label, add, map);
	const sid = checkSid(byKey, add);
	const s: StatementNode = { node, byKey, name: sid ? `${label} ("${sid}")` : label, add };
	const effect = checkEffect(s);
	const [action, notAction] = checkActions(s);
	const [resource, notResource] = checkResources(s, policyType);
	const { principal, notPrincipal } = checkPrincipals(s, policyType);
	const conditionEntry = byKey.get('Condition');
	const conditions: ConditionClause[] = conditionEntry ? checkConditionElement(conditionEntry, add) : [];
	if (policyType === 'rcp') checkRcpRules(s, { effect, action, principal, resource, conditions });
	return {
		index,
		sid,
		effect,
		principal,
		notPrincipal,
		action,
		notAction,
		resource,
		notResource,
		conditions,
		position: map.position(node.offset),
		elements,
		valuePositions: valuePositions(byKey, map),
	};
}

/** Duplicate and unknown keys; where each known element is. */
function checkKeys(node: JsonNode & { kind: 'object' }, label: string, add: Add, map: SourceMap) {
	const byKey = new Map<string, JsonEntry>();
	const elements: Partial<Record<ElementName, Position>> = {};
	for (const entry of node.entries) {
		if (byKey.has(entry.key))
			add(
				'error',
				'duplicate-key',
				entry.keyOffset,
				`"${entry.key}" appears twice in ${label}; AWS rejects duplicate keys.`,
			);
		byKey.set(entry.key, entry);
		if (STATEMENT_ELEMENTS.has(entry.key)) {
			elements[entry.key as ElementName] = map.position(entry.keyOffset);
			continue;
		}
		const hint = closest(entry.key, STATEMENT_ELEMENTS);
		const topHint = closest(entry.key, TOP_LEVEL);
		const extra = hint
			? ` Element names are case-sensitive: write "${hint}".`
			: topHint
				? ` "${topHint}" belongs at the top of the policy, not in a statement.`
				: ' A statement has Sid, Effect, Principal/NotPrincipal, Action/NotAction, Resource/NotResource and Condition.';
		add('error', 'unknown-element', entry.keyOffset, `Unknown statement element "${entry.key}" in ${label}.${extra}`);
	}
	return { byKey, elements };
}

function checkSid(byKey: Map<string, JsonEntry>, add: Add): string | undefined {
	const sidEntry = byKey.get('Sid');
	if (!sidEntry) return undefined;
	if (sidEntry.value.kind === 'string') return sidEntry.value.value;
	add('error', 'bad-type', sidEntry.value.offset, `"Sid" must be text, not ${describeJsonType(sidEntry.value)}.`);
	return undefined;
}

function checkEffect({ node, byKey, name, add }: StatementNode): 'Allow' | 'Deny' {
	const effectEntry = byKey.get('Effect');
	if (!effectEntry) {
		if (!node.entries.some((e) => e.key.toLowerCase() === 'effect'))
			add(
				'error',
				'missing-effect',
				node.offset,
				`${name} has no "Effect": add "Effect": "Allow" or "Effect": "Deny".`,
			);
		return 'Allow';
	}
	const value = effectEntry.value;
	if (value.kind === 'string' && (value.value === 'Allow' || value.value === 'Deny')) return value.value;
	const written = value.kind === 'string' ? `"${value.value}"` : describeJsonType(value);
	add(
		'error',
		'bad-effect',
		value.offset,
		`"Effect" must be exactly "Allow" or "Deny" (case-sensitive), not ${written}.`,
	);
	return 'Allow';
}

/** An element and its Not- twin: at most one of them, and (when required) at least one. */
function checkPair(
	{ node, byKey, name, add }: StatementNode,
	a: ElementName,
	b: ElementName,
	required: boolean,
	requiredMessage: () => string,
): [string[] | undefined, string[] | undefined] {
	const ea = byKey.get(a);
	const eb = byKey.get(b);
	if (ea && eb)
		add('error', 'both-elements', eb.keyOffset, `${name} has both "${a}" and "${b}"; use one or the other.`);
	// A misspelt element ("action") already has its own error; don't also report it as missing.
	const misspelt = node.entries.some(
		(e) =>
			e.key !== a &&
			e.key !== b &&
			(e.key.toLowerCase() === a.toLowerCase() || e.key.toLowerCase() === b.toLowerCase()),
	);
	if (!ea && !eb && required && !misspelt) add('error', `missing-${a.toLowerCase()}`, node.offset, requiredMessage());
	return [ea ? stringList(ea, add) : undefined, eb ? stringList(eb, add) : undefined];
}

/** Each value of an element of the pair, with its offset in the text. */
function eachValue(
	{ byKey }: StatementNode,
	lists: [string[] | undefined, string[] | undefined],
	keys: [ElementName, ElementName],
	check: (value: string, offset: number) => void,
): void {
	lists.forEach((list, k) => {
		const entry = byKey.get(keys[k]!);
		if (!list || !entry) return;
		const items = valueNodes(entry);
		list.forEach((value, i) => check(value, items[i]?.offset ?? entry.keyOffset));
	});
}

function checkActions(s: StatementNode): [string[] | undefined, string[] | undefined] {
	const lists = checkPair(
		s,
		'Action',
		'NotAction',
		true,
		() => `${s.name} has no "Action" (or "NotAction"): say which API actions it covers, e.g. "s3:GetObject".`,
	);
	eachValue(s, lists, ['Action', 'NotAction'], (value, offset) => checkActionValue(value, offset, s.add));
	return lists;
}

/**
 * IAM rejects an action without exactly one colon or with a wildcard in the service prefix
 * (MalformedPolicyDocument: "Actions/Conditions must be prefaced by a vendor", "Actions/Condition can
 * contain only one colon", "Action vendors … must not contain wildcards"). It does not check action
 * names, so a misspelt name is accepted and simply matches nothing — a warning, not an error.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
function checkActionValue(value: string, offset: number, add: Add): void {
	if (value === '*' || ACTION_FORMAT.test(value)) return;
	const parts = value.split(':');
	if (parts.length === 2 && SERVICE_PREFIX.test(parts[0]!)) {
		add(
			'warning',
			'odd-action',
			offset,
			`"${value}" has no valid action name after "${parts[0]}:" (spaces, commas or an empty name), so it matches no action. List actions separately, e.g. ["s3:GetObject", "s3:PutObject"].`,
		);
		return;
	}
	add(
		'error',
		'bad-action',
		offset,
		`"${value}" is not an action: write service:ActionName, e.g. "s3:GetObject" or "ec2:Describe*".`,
	);
}

function checkResources(s: StatementNode, policyType: PolicyType): [string[] | undefined, string[] | undefined] {
	const lists = checkPair(
		s,
		'Resource',
		'NotResource',
		isIdentitySide(policyType) || policyType === 'rcp',
		() => `${s.name} has no "Resource" (or "NotResource"): name the resources as ARNs, or "*" for all.`,
	);
	eachValue(s, lists, ['Resource', 'NotResource'], (value, offset) => checkResourceValue(value, offset, s.add));
	return lists;
}

function checkResourceValue(value: string, offset: number, add: Add): void {
	if (value === '*') return;
	if (!value.startsWith('arn:')) {
		add(
			'error',
			'bad-resource',
			offset,
			`"${value}" is not a resource: write an ARN (arn:partition:service:region:account-id:resource) or "*".`,
		);
		return;
	}
	if (value.split(':').length < 6) {
		add(
			'error',
			'bad-resource',
			offset,
			`"${value}" has fewer than the six colon-separated parts of an ARN (arn:partition:service:region:account-id:resource).`,
		);
		return;
	}
	try {
		parseArn(value);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		add('warning', /account ID/.test(message) ? 'bad-account' : 'bad-arn', offset, message);
	}
}

const PRINCIPAL_PLACE: Record<string, string> = {
	scp: 'a service control policy',
	identity: 'an identity-based policy',
	session: 'a session policy',
	permissionsBoundary: 'a permissions boundary policy',
};

function checkPrincipals(
	{ node, byKey, name, add }: StatementNode,
	policyType: PolicyType,
): { principal: PrincipalElement | undefined; notPrincipal: PrincipalElement | undefined } {
	let principal: PrincipalElement | undefined;
	let notPrincipal: PrincipalElement | undefined;
	const principalEntry = byKey.get('Principal');
	const notPrincipalEntry = byKey.get('NotPrincipal');
	if (principalEntry && notPrincipalEntry)
		add(
			'error',
			'both-elements',
			notPrincipalEntry.keyOffset,
			`${name} has both "Principal" and "NotPrincipal"; use one or the other.`,
		);
	for (const entry of [principalEntry, notPrincipalEntry]) {
		if (!entry) continue;
		if (isIdentitySide(policyType)) {
			add(
				'error',
				'principal-in-identity-policy',
				entry.keyOffset,
				`"${entry.key}" is not allowed in ${PRINCIPAL_PLACE[policyType]}: the principal is whoever the policy is attached to. Principal belongs only in resource-based policies (bucket policies, role trust policies…).`,
			);
			continue;
		}
		const parsed = checkPrincipal(entry, add);
		if (!parsed) continue;
		if (entry.key === 'Principal') {
			principal = parsed;
			continue;
		}
		notPrincipal = parsed;
		add(
			'warning',
			'not-principal',
			entry.keyOffset,
			'AWS recommends against NotPrincipal: use "Principal": "*" with an ArnNotEquals condition on aws:PrincipalArn instead. With Deny, NotPrincipal must list the account too, or the listed principal is denied as well.',
		);
	}
	if (policyType === 'resource' && !principalEntry && !notPrincipalEntry)
		add(
			'error',
			'missing-principal',
			node.offset,
			`${name} has no "Principal": a resource-based policy must say who it applies to, e.g. "Principal": { "AWS": "arn:aws:iam::123456789012:root" }.`,
		);
	if (policyType === 'rcp' && !principalEntry && !notPrincipalEntry)
		add(
			'error',
			'missing-principal',
			node.offset,
			`${name} has no "Principal": every RCP statement has "Principal": "*".`,
		);
	return { principal, notPrincipal };
}

function valuePositions(byKey: Map<string, JsonEntry>, map: SourceMap): Statement['valuePositions'] {
	const positions: Statement['valuePositions'] = {};
	for (const key of ['Action', 'NotAction', 'Resource', 'NotResource'] as const) {
		const entry = byKey.get(key);
		if (entry) positions[key] = valueNodes(entry).map((item) => map.position(item.offset));
	}
	return positions;
}

/**
 * What RCP syntax adds to the resource-policy grammar: Principal is always "*", no NotPrincipal or
 * NotAction, and only Deny — Allow exists only in the AWS-managed RCPFullAWSAccess (Allow * on * for
 * "*"), which is always attached. A customer RCP also cannot use "*" alone as its Action.
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
 */
function checkRcpRules(
	{ node, byKey, name, add }: StatementNode,
	s: Pick<Statement, 'effect' | 'action' | 'principal' | 'resource' | 'conditions'>,
): void {
	for (const key of ['NotPrincipal', 'NotAction'] as const) {
		const entry = byKey.get(key);
		if (entry)
			add('error', 'rcp-unsupported', entry.keyOffset, `"${key}" is not supported in resource control policies.`);
	}
	const principalEntry = byKey.get('Principal');
	if (principalEntry && s.principal && !s.principal.wildcard)
		add(
			'error',
			'rcp-principal',
			principalEntry.value.offset,
			'An RCP can only say "Principal": "*"; narrow it to some callers with a Condition (e.g. on aws:PrincipalOrgID).',
		);
	const onlyStar = (list: string[] | undefined) => list?.length === 1 && list[0] === '*';
	const fullAccess = onlyStar(s.action) && onlyStar(s.resource) && s.principal?.wildcard && !s.conditions.length;
	if (s.effect === 'Allow' && !fullAccess)
		add(
			'error',
			'rcp-allow',
			byKey.get('Effect')?.value.offset ?? node.offset,
			`${name}: an RCP you write can only Deny. The only Allow is AWS's RCPFullAWSAccess (Allow "*" on "*"), which is attached to every level and cannot be detached.`,
		);
	const actionEntry = byKey.get('Action');
	if (s.effect === 'Deny' && actionEntry && s.action?.includes('*'))
		add(
			'error',
			'rcp-action-star',
			actionEntry.value.offset,
			'A customer-managed RCP cannot use "*" as an Action: name the service, e.g. "s3:*".',
		);
}
