/**
 * Policy documents: JSON text → a checked, normalised PolicyDocument, with every problem located by
 * line and column. Grammar: "IAM JSON policy grammar" and "IAM JSON policy element reference"
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 */
import { parseArn, type Arn } from './arn';
import { parseOperator, type ConditionClause } from './conditions';
import { PolicyParseError } from './errors';
import { describeJsonType, parseJson, SourceMap, type JsonEntry, type JsonNode } from './json';

export type PolicyType = 'identity' | 'resource' | 'permissionsBoundary' | 'scp' | 'session' | 'any';
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
	severity: Severity;
	message: string;
	line: number;
	column: number;
	/** Stable identifier, for tests and for the linter's own rules. */
	code: string;
}

export type ElementName =
	'Sid' | 'Effect' | 'Principal' | 'NotPrincipal' | 'Action' | 'NotAction' | 'Resource' | 'NotResource' | 'Condition';

export interface PrincipalEntry {
	/** `AWS`, `Service`, `Federated` or `CanonicalUser`. */
	type: string;
	value: string;
}
export interface PrincipalElement {
	/** `"Principal": "*"` — everyone, including anonymous callers. */
	wildcard: boolean;
	entries: PrincipalEntry[];
}

export interface Position {
	line: number;
	column: number;
}

export interface Statement {
	/** 0-based position in the Statement list. */
	index: number;
	sid: string | undefined;
	effect: 'Allow' | 'Deny';
	principal: PrincipalElement | undefined;
	notPrincipal: PrincipalElement | undefined;
	action: string[] | undefined;
	notAction: string[] | undefined;
	resource: string[] | undefined;
	notResource: string[] | undefined;
	conditions: ConditionClause[];
	position: Position;
	/** Where each element's key is, for lint findings and the annotated view. */
	elements: Partial<Record<ElementName, Position>>;
	/** Where each value of Action/NotAction/Resource/NotResource is. */
	valuePositions: Partial<Record<'Action' | 'NotAction' | 'Resource' | 'NotResource', Position[]>>;
}

export interface PolicyDocument {
	version: string | undefined;
	id: string | undefined;
	statements: Statement[];
	/** Policy variables are substituted only under Version 2012-10-17. */
	variablesEnabled: boolean;
	text: string;
}

export const CURRENT_VERSION = '2012-10-17';
const TOP_LEVEL = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_ELEMENTS = new Set<string>([
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
const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

export interface CheckResult {
	document: PolicyDocument | undefined;
	findings: Finding[];
	/** Every statement that could be read, even when the policy has errors (for the linter). */
	statements: Statement[];
	variablesEnabled: boolean;
}

const closest = (word: string, options: Iterable<string>): string | undefined => {
	const lower = word.toLowerCase();
	for (const option of options) if (option.toLowerCase() === lower) return option;
	return undefined;
};

/**
 * Checks a policy and builds its document. Never throws: every problem becomes a finding.
 * `document` is undefined when the JSON itself is broken or the shape is unusable.
 */
export function checkPolicy(text: string, policyType: PolicyType = 'any'): CheckResult {
	const findings: Finding[] = [];
	const map = new SourceMap(text);
	const add = (severity: Severity, code: string, offset: number, message: string): void => {
		const { line, column } = map.position(offset);
		findings.push({ severity, code, message, line, column });
	};
	let root: JsonNode;
	try {
		if (typeof text !== 'string') throw new PolicyParseError('The policy must be JSON text.', 1, 1);
		if (text.trim() === '')
			throw new PolicyParseError('The policy is empty: paste a JSON policy document, starting with {.', 1, 1);
		root = parseJson(text, map);
	} catch (error) {
		if (error instanceof PolicyParseError) {
			findings.push({
				severity: 'error',
				code: 'json-syntax',
				message: error.message,
				line: error.line,
				column: error.column,
			});
			return { document: undefined, findings, statements: [], variablesEnabled: false };
		}
		throw error;
	}
	if (root.kind !== 'object') {
		add('error', 'not-object', root.offset, `A policy is a JSON object ({ … }), not ${describeJsonType(root)}.`);
		return { document: undefined, findings, statements: [], variablesEnabled: false };
	}
	const seen = (entries: JsonEntry[], where: string): Map<string, JsonEntry> => {
		const byKey = new Map<string, JsonEntry>();
		for (const entry of entries) {
			if (byKey.has(entry.key))
				add(
					'error',
					'duplicate-key',
					entry.keyOffset,
					`"${entry.key}" appears twice in ${where}; AWS rejects duplicate keys (JSON readers would keep only the last one).`,
				);
			byKey.set(entry.key, entry);
		}
		return byKey;
	};
	const top = seen(root.entries, 'the policy');
	for (const entry of root.entries) {
		if (!TOP_LEVEL.has(entry.key)) {
			const hint = closest(entry.key, TOP_LEVEL) ?? closest(entry.key, STATEMENT_ELEMENTS);
			const extra =
				hint && TOP_LEVEL.has(hint)
					? ` Element names are case-sensitive: write "${hint}".`
					: hint
						? ` "${hint}" belongs inside a statement.`
						: ' A policy has only Version, Id and Statement.';
			add('error', 'unknown-element', entry.keyOffset, `Unknown policy element "${entry.key}".${extra}`);
		}
	}
	let version: string | undefined;
	const versionEntry = top.get('Version');
	if (!versionEntry) {
		add(
			'warning',
			'missing-version',
			root.offset,
			`No "Version": AWS then uses the old 2008-10-17 language, where policy variables like \${aws:username} are plain text. Add "Version": "${CURRENT_VERSION}".`,
		);
	} else if (versionEntry.value.kind !== 'string') {
		add('error', 'bad-version', versionEntry.value.offset, `"Version" must be text: "${CURRENT_VERSION}".`);
	} else {
		version = versionEntry.value.value;
		if (version === '2008-10-17')
			add(
				'warning',
				'old-version',
				versionEntry.value.offset,
				`"2008-10-17" is the old policy language version: policy variables are not substituted. Use "${CURRENT_VERSION}".`,
			);
		else if (version !== CURRENT_VERSION)
			add(
				'error',
				'bad-version',
				versionEntry.value.offset,
				`"${version}" is not a policy language version. Use "${CURRENT_VERSION}" (the date of the language version, not of your policy).`,
			);
	}
	let id: string | undefined;
	const idEntry = top.get('Id');
	if (idEntry) {
		if (idEntry.value.kind === 'string') id = idEntry.value.value;
		else add('error', 'bad-type', idEntry.value.offset, `"Id" must be text, not ${describeJsonType(idEntry.value)}.`);
	}
	const statementEntry = top.get('Statement');
	const statements: Statement[] = [];
	if (!statementEntry) {
		// An unknown element ("Statment") already has its own error.
		if (root.entries.every((e) => TOP_LEVEL.has(e.key)))
			add(
				'error',
				'missing-statement',
				root.offset,
				'The policy has no "Statement": add at least one statement, e.g. { "Effect": "Allow", "Action": "…", "Resource": "…" }.',
			);
	} else {
		const nodes = statementEntry.value.kind === 'array' ? statementEntry.value.items : [statementEntry.value];
		if (statementEntry.value.kind === 'array' && nodes.length === 0)
			add(
				'error',
				'empty-statement',
				statementEntry.value.offset,
				'"Statement" is an empty list: add at least one statement.',
			);
		const sids = new Map<string, number>();
		nodes.forEach((node, index) => {
			const statement = checkStatement(node, index, policyType, add, map);
			if (statement) {
				statements.push(statement);
				if (statement.sid !== undefined && statement.sid !== '') {
					if (sids.has(statement.sid))
						add(
							'error',
							'duplicate-sid',
							node.offset,
							`Two statements have the Sid "${statement.sid}"; Sids must be unique within a policy.`,
						);
					sids.set(statement.sid, index);
				}
			}
		});
	}
	const hasErrors = findings.some((f) => f.severity === 'error');
	findings.sort((a, b) => a.line - b.line || a.column - b.column);
	const variablesEnabled = version === CURRENT_VERSION;
	return {
		document: hasErrors ? undefined : { version, id, statements, variablesEnabled, text },
		findings,
		statements,
		variablesEnabled,
	};
}

type Add = (severity: Severity, code: string, offset: number, message: string) => void;

function stringList(entry: JsonEntry, add: Add): string[] | undefined {
	const node = entry.value;
	const items = node.kind === 'array' ? node.items : [node];
	if (node.kind === 'array' && items.length === 0) {
		add('error', 'empty-list', node.offset, `"${entry.key}" is an empty list; give at least one value.`);
		return undefined;
	}
	const out: string[] = [];
	for (const item of items) {
		if (item.kind !== 'string') {
			add(
				'error',
				'bad-type',
				item.offset,
				`Each "${entry.key}" value must be text in double quotes, not ${describeJsonType(item)}.`,
			);
			return undefined;
		}
		out.push(item.value);
	}
	return out;
}

const ACTION_FORMAT = /^[A-Za-z0-9-]+:[A-Za-z0-9*?_-]+$/;

function checkStatement(
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
		} else {
			const hint = closest(entry.key, STATEMENT_ELEMENTS);
			const topHint = closest(entry.key, TOP_LEVEL);
			const extra = hint
				? ` Element names are case-sensitive: write "${hint}".`
				: topHint
					? ` "${topHint}" belongs at the top of the policy, not in a statement.`
					: ' A statement has Sid, Effect, Principal/NotPrincipal, Action/NotAction, Resource/NotResource and Condition.';
			add('error', 'unknown-element', entry.keyOffset, `Unknown statement element "${entry.key}" in ${label}.${extra}`);
		}
	}
	let sid: string | undefined;
	const sidEntry = byKey.get('Sid');
	if (sidEntry) {
		if (sidEntry.value.kind === 'string') sid = sidEntry.value.value;
		else
			add('error', 'bad-type', sidEntry.value.offset, `"Sid" must be text, not ${describeJsonType(sidEntry.value)}.`);
	}
	const name = sid ? `${label} ("${sid}")` : label;
	let effect: 'Allow' | 'Deny' = 'Allow';
	const effectEntry = byKey.get('Effect');
	if (!effectEntry) {
		if (!node.entries.some((e) => e.key.toLowerCase() === 'effect'))
			add(
				'error',
				'missing-effect',
				node.offset,
				`${name} has no "Effect": add "Effect": "Allow" or "Effect": "Deny".`,
			);
	} else if (
		effectEntry.value.kind !== 'string' ||
		(effectEntry.value.value !== 'Allow' && effectEntry.value.value !== 'Deny')
	) {
		const written =
			effectEntry.value.kind === 'string' ? `"${effectEntry.value.value}"` : describeJsonType(effectEntry.value);
		add(
			'error',
			'bad-effect',
			effectEntry.value.offset,
			`"Effect" must be exactly "Allow" or "Deny" (case-sensitive), not ${written}.`,
		);
	} else {
		effect = effectEntry.value.value;
	}
	const pair = (
		a: ElementName,
		b: ElementName,
		required: boolean,
		requiredMessage: () => string,
	): [string[] | undefined, string[] | undefined] => {
		const ea = byKey.get(a);
		const eb = byKey.get(b);
		if (ea && eb) {
			add('error', 'both-elements', eb.keyOffset, `${name} has both "${a}" and "${b}"; use one or the other.`);
		}
		// A misspelt element ("action") already has its own error; don't also report it as missing.
		const misspelt = node.entries.some(
			(e) =>
				e.key !== a &&
				e.key !== b &&
				(e.key.toLowerCase() === a.toLowerCase() || e.key.toLowerCase() === b.toLowerCase()),
		);
		if (!ea && !eb && required && !misspelt) {
			add('error', `missing-${a.toLowerCase()}`, node.offset, requiredMessage());
		}
		const va = ea ? stringList(ea, add) : undefined;
		const vb = eb ? stringList(eb, add) : undefined;
		return [va, vb];
	};
	const [action, notAction] = pair(
		'Action',
		'NotAction',
		true,
		() => `${name} has no "Action" (or "NotAction"): say which API actions it covers, e.g. "s3:GetObject".`,
	);
	for (const [list, key] of [
		[action, 'Action'],
		[notAction, 'NotAction'],
	] as const) {
		const entry = byKey.get(key);
		if (!list || !entry) continue;
		const items = entry.value.kind === 'array' ? entry.value.items : [entry.value];
		list.forEach((value, i) => {
			if (value !== '*' && !ACTION_FORMAT.test(value)) {
				add(
					'error',
					'bad-action',
					items[i]?.offset ?? entry.keyOffset,
					`"${value}" is not an action: write service:ActionName, e.g. "s3:GetObject" or "ec2:Describe*".`,
				);
			}
		});
	}
	const resourceRequired =
		policyType === 'identity' ||
		policyType === 'permissionsBoundary' ||
		policyType === 'session' ||
		policyType === 'scp';
	const [resource, notResource] = pair(
		'Resource',
		'NotResource',
		resourceRequired,
		() => `${name} has no "Resource" (or "NotResource"): name the resources as ARNs, or "*" for all.`,
	);
	for (const [list, key] of [
		[resource, 'Resource'],
		[notResource, 'NotResource'],
	] as const) {
		const entry = byKey.get(key);
		if (!list || !entry) continue;
		const items = entry.value.kind === 'array' ? entry.value.items : [entry.value];
		list.forEach((value, i) => {
			const offset = items[i]?.offset ?? entry.keyOffset;
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
		});
	}
	let principal: PrincipalElement | undefined;
	let notPrincipal: PrincipalElement | undefined;
	const principalEntry = byKey.get('Principal');
	const notPrincipalEntry = byKey.get('NotPrincipal');
	if (principalEntry && notPrincipalEntry) {
		add(
			'error',
			'both-elements',
			notPrincipalEntry.keyOffset,
			`${name} has both "Principal" and "NotPrincipal"; use one or the other.`,
		);
	}
	for (const entry of [principalEntry, notPrincipalEntry]) {
		if (!entry) continue;
		if (
			policyType === 'identity' ||
			policyType === 'permissionsBoundary' ||
			policyType === 'session' ||
			policyType === 'scp'
		) {
			const where =
				policyType === 'scp'
					? 'a service control policy'
					: policyType === 'identity'
						? 'an identity-based policy'
						: `a ${policyType === 'session' ? 'session' : 'permissions boundary'} policy`;
			add(
				'error',
				'principal-in-identity-policy',
				entry.keyOffset,
				`"${entry.key}" is not allowed in ${where}: the principal is whoever the policy is attached to. Principal belongs only in resource-based policies (bucket policies, role trust policies…).`,
			);
			continue;
		}
		const parsed = checkPrincipal(entry, add);
		if (!parsed) continue;
		if (entry.key === 'Principal') principal = parsed;
		else {
			notPrincipal = parsed;
			add(
				'warning',
				'not-principal',
				entry.keyOffset,
				'AWS recommends against NotPrincipal: use "Principal": "*" with an ArnNotEquals condition on aws:PrincipalArn instead. With Deny, NotPrincipal must list the account too, or the listed principal is denied as well.',
			);
		}
	}
	if (policyType === 'resource' && !principalEntry && !notPrincipalEntry) {
		add(
			'error',
			'missing-principal',
			node.offset,
			`${name} has no "Principal": a resource-based policy must say who it applies to, e.g. "Principal": { "AWS": "arn:aws:iam::123456789012:root" }.`,
		);
	}
	const conditions: ConditionClause[] = [];
	const conditionEntry = byKey.get('Condition');
	if (conditionEntry) {
		if (conditionEntry.value.kind !== 'object') {
			add(
				'error',
				'bad-condition',
				conditionEntry.value.offset,
				`"Condition" must be an object like { "StringEquals": { "aws:username": "alice" } }, not ${describeJsonType(conditionEntry.value)}.`,
			);
		} else {
			for (const opEntry of conditionEntry.value.entries) {
				const operator = parseOperator(opEntry.key);
				if (!operator) {
					add(
						'error',
						'unknown-operator',
						opEntry.keyOffset,
						`"${opEntry.key}" is not a condition operator. Operators include StringEquals, StringLike, NumericLessThan, DateGreaterThan, Bool, IpAddress, ArnLike, Null — optionally with …IfExists or a ForAnyValue:/ForAllValues: prefix.`,
					);
					continue;
				}
				if (opEntry.value.kind !== 'object') {
					add(
						'error',
						'bad-condition',
						opEntry.value.offset,
						`"${opEntry.key}" must hold an object of condition keys and values, e.g. { "aws:SourceIp": "203.0.113.0/24" }.`,
					);
					continue;
				}
				for (const keyEntry of opEntry.value.entries) {
					const raw = keyEntry.value.kind === 'array' ? keyEntry.value.items : [keyEntry.value];
					const values: string[] = [];
					for (const item of raw) {
						if (item.kind === 'string') values.push(item.value);
						else if (item.kind === 'number') values.push(item.raw);
						else if (item.kind === 'boolean') values.push(String(item.value));
						else {
							add(
								'error',
								'bad-condition',
								item.offset,
								`Condition values must be text, numbers or true/false, not ${describeJsonType(item)}.`,
							);
						}
					}
					if (keyEntry.value.kind === 'array' && raw.length === 0) {
						add(
							'error',
							'empty-list',
							keyEntry.value.offset,
							`The condition key "${keyEntry.key}" has an empty list of values.`,
						);
					}
					if (!/^[A-Za-z0-9-]+:\S+$/.test(keyEntry.key)) {
						add(
							'warning',
							'bad-condition-key',
							keyEntry.keyOffset,
							`"${keyEntry.key}" does not look like a condition key (prefix:name, e.g. aws:SourceIp, s3:prefix).`,
						);
					}
					if (
						operator.set &&
						keyEntry.key.toLowerCase().startsWith('aws:') &&
						/^aws:(sourceip|username|userid|principalarn|principalaccount|securetransport|multifactorauthpresent|currenttime|epochtime|requestedregion|sourcevpc|sourcevpce|principaltag\/|resourcetag\/|requesttag\/)/i.test(
							keyEntry.key,
						)
					) {
						add(
							'warning',
							'set-on-single',
							keyEntry.keyOffset,
							`${operator.set}: is for multivalued keys (like aws:TagKeys). "${keyEntry.key}" has one value; with ForAllValues a missing key even makes the condition true. Use ${operator.base.name}${operator.ifExists ? 'IfExists' : ''}.`,
						);
					}
					if (operator.base.family === 'Null') {
						for (const v of values)
							if (v.toLowerCase() !== 'true' && v.toLowerCase() !== 'false')
								add(
									'error',
									'bad-condition',
									keyEntry.value.offset,
									`Null takes "true" (key is missing) or "false" (key is present), not "${v}".`,
								);
					}
					conditions.push({ operator, key: keyEntry.key, values });
				}
			}
		}
	}
	const valuePositions: Statement['valuePositions'] = {};
	for (const key of ['Action', 'NotAction', 'Resource', 'NotResource'] as const) {
		const entry = byKey.get(key);
		if (entry)
			valuePositions[key] = (entry.value.kind === 'array' ? entry.value.items : [entry.value]).map((item) =>
				map.position(item.offset),
			);
	}
	// Returned even when not ok: the policy then has error findings and no document, but the linter
	// can still comment on the parts that were readable.
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
		valuePositions,
	};
}

function checkPrincipal(entry: JsonEntry, add: Add): PrincipalElement | undefined {
	const node = entry.value;
	if (node.kind === 'string') {
		if (node.value === '*') return { wildcard: true, entries: [] };
		add(
			'error',
			'bad-principal',
			node.offset,
			`"${entry.key}" is "*" or an object such as { "AWS": "arn:aws:iam::123456789012:root" } or { "Service": "ec2.amazonaws.com" }.`,
		);
		return undefined;
	}
	if (node.kind !== 'object') {
		add(
			'error',
			'bad-principal',
			node.offset,
			`"${entry.key}" must be "*" or an object, not ${describeJsonType(node)}.`,
		);
		return undefined;
	}
	const entries: PrincipalEntry[] = [];
	let ok = true;
	for (const typeEntry of node.entries) {
		const type = PRINCIPAL_TYPES.find((t) => t === typeEntry.key);
		if (!type) {
			const hint = closest(typeEntry.key, PRINCIPAL_TYPES);
			add(
				'error',
				'bad-principal',
				typeEntry.keyOffset,
				`"${typeEntry.key}" is not a principal type; use ${hint ? `"${hint}" (case-sensitive)` : 'AWS, Service, Federated or CanonicalUser'}.`,
			);
			ok = false;
			continue;
		}
		const values = stringList(typeEntry, add);
		if (!values) {
			ok = false;
			continue;
		}
		const items = typeEntry.value.kind === 'array' ? typeEntry.value.items : [typeEntry.value];
		values.forEach((value, i) => {
			const offset = items[i]?.offset ?? typeEntry.keyOffset;
			if (type === 'AWS' && value !== '*' && !/^\d{12}$/.test(value)) {
				if (/^\d+$/.test(value)) {
					add(
						'error',
						'bad-account',
						offset,
						`"${value}" is not an AWS account ID: account IDs are exactly 12 digits (e.g. 123456789012).`,
					);
					ok = false;
				} else if (!value.startsWith('arn:')) {
					add(
						'error',
						'bad-principal',
						offset,
						`"${value}" is not an AWS principal: use a 12-digit account ID, an ARN (arn:aws:iam::123456789012:user/alice) or "*".`,
					);
					ok = false;
				} else {
					let arn: Arn | undefined;
					try {
						arn = parseArn(value);
					} catch (error) {
						const message = error instanceof Error ? error.message : String(error);
						add('error', /account ID/.test(message) ? 'bad-account' : 'bad-principal', offset, message);
					}
					if (!arn) {
						ok = false;
					} else if (!/^\d{12}$/.test(arn.accountId)) {
						add(
							'error',
							'bad-account',
							offset,
							`"${arn.accountId}" is not an AWS account ID: account IDs are exactly 12 digits (e.g. 123456789012).`,
						);
						ok = false;
					} else if (/[*?]/.test(arn.resource)) {
						add(
							'error',
							'bad-principal',
							offset,
							'Wildcards are not allowed inside a principal ARN; use "*" alone, or a condition on aws:PrincipalArn with ArnLike.',
						);
						ok = false;
					} else if (arn.service === 'iam' && arn.resourceType === 'group') {
						add(
							'error',
							'bad-principal',
							offset,
							'A group cannot be a principal: name its users or roles, or the account.',
						);
						ok = false;
					}
				}
			}
			entries.push({ type, value });
		});
	}
	if (node.entries.length === 0) {
		add('error', 'bad-principal', node.offset, `"${entry.key}" is empty: name at least one principal.`);
		ok = false;
	}
	return ok ? { wildcard: false, entries } : undefined;
}

/** Parses and checks a policy; throws PolicyParseError (line/column) for the first error. */
export function parsePolicyAs(text: string, policyType: PolicyType = 'any'): PolicyDocument {
	const { document, findings } = checkPolicy(text, policyType);
	if (!document) {
		const first = findings.find((f) => f.severity === 'error');
		if (!first) throw new PolicyParseError('The policy could not be read.', 1, 1);
		const message =
			first.code === 'json-syntax' ? first.message : `Line ${first.line}, column ${first.column}: ${first.message}`;
		throw new PolicyParseError(message, first.line, first.column);
	}
	return document;
}
