/**
 * Condition checks: operators, keys (global and per service, from the catalogue), value types per
 * operator and per key type, set operators, IfExists/Null misuse, IP ranges, keys that the statement's
 * actions never send, tag keys on services without tags.
 * Condition operators: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * Global keys: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 * Multivalued keys: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
import { parseOperator, type ConditionOperator } from '../conditions';
import { findGlobalConditionKey, findServiceConditionKey } from '../catalog';
import { parseCidr, rangeContains, type IpRange } from '../ip';
import type { ConditionEntry, StatementModel } from './document';
import { hasWildcard, type Context } from './context';
import { expandAction } from './actions';
import { REGION } from './resources';

const TAG_KEYS = ['aws:requesttag', 'aws:resourcetag', 'aws:principaltag'];

interface KeyInfo {
	type: string;
	/** `aws` or the service prefix the key belongs to. */
	service: string;
}

export function checkConditions(ctx: Context, s: StatementModel): void {
	checkDuplicateKeyCase(ctx, s);
	for (const c of s.conditions) {
		const op = parseOperator(c.operator.value);
		if (!op) {
			checkBadOperator(ctx, c);
			continue;
		}
		const key = checkKey(ctx, c);
		checkValues(ctx, c, op, key);
		if (key) checkKeyAndActions(ctx, s, c, key);
	}
	checkPairedKeys(ctx, s);
}

function checkBadOperator(ctx: Context, c: ConditionEntry): void {
	const lower = c.operator.value.toLowerCase();
	if (lower === 'nullifexists')
		ctx.add(
			'NULL_WITH_IF_EXISTS',
			c.operator.span,
			'Null cannot take IfExists: Null itself tests whether the key exists. Use "Null".',
		);
	else if (/^for(all|any)values?:null$/.test(lower))
		ctx.add(
			'NULL_WITH_QUALIFIER',
			c.operator.span,
			`ForAllValues/ForAnyValue with Null always returns true or false respectively. Use "Null" alone.`,
		);
	else
		ctx.add(
			'INVALID_CONDITION_OPERATOR',
			c.operator.span,
			`"${c.operator.value}" is not a condition operator. Examples: StringEquals, StringLike, ArnLike, NumericLessThan, DateGreaterThan, Bool, IpAddress, Null.`,
		);
}

function checkDuplicateKeyCase(ctx: Context, s: StatementModel): void {
	const byOperator = new Map<string, Map<string, string>>();
	for (const c of s.conditions) {
		const keys = byOperator.get(c.operator.value) ?? new Map<string, string>();
		byOperator.set(c.operator.value, keys);
		const lower = c.key.value.toLowerCase();
		const before = keys.get(lower);
		if (before !== undefined && before !== c.key.value)
			ctx.add(
				'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
				c.key.span,
				`"${c.key.value}" repeats "${before}" in the same operator block; key names ignore case, so only one counts. Keep one.`,
			);
		else keys.set(lower, c.key.value);
	}
}

function checkKey(ctx: Context, c: ConditionEntry): KeyInfo | undefined {
	const key = c.key.value;
	const colon = key.indexOf(':');
	if (colon <= 0 || colon === key.length - 1) {
		ctx.add(
			'INVALID_CONDITION_KEY_FORMAT',
			c.key.span,
			`"${key}" is not a condition key. Keys are prefix:name, e.g. aws:SourceIp or s3:prefix.`,
		);
		return undefined;
	}
	const prefix = key.slice(0, colon).toLowerCase();
	if (prefix === 'aws') {
		const lower = key.toLowerCase();
		if (lower === 'aws:arn') {
			ctx.add(
				'DEPRECATED_GLOBAL_CONDITION_KEY',
				c.key.span,
				'aws:ARN is deprecated: use aws:PrincipalArn (who calls) or aws:SourceArn (which resource calls on your behalf).',
			);
			return undefined;
		}
		const tag = TAG_KEYS.find((t) => lower === t || lower === `${t}/`);
		if (tag) {
			ctx.add(
				'MISSING_TAG_KEY_IN_CONDITION',
				c.key.span,
				`"${key}" needs a tag key after the slash, e.g. ${key.replace(/\/$/, '')}/team.`,
			);
			return undefined;
		}
		const global = findGlobalConditionKey(ctx.index, key);
		if (!global) {
			ctx.add(
				'INVALID_GLOBAL_CONDITION_KEY',
				c.key.span,
				`"${key}" is not a global condition key. Check its spelling (e.g. aws:SourceIp, aws:PrincipalOrgID, aws:MultiFactorAuthPresent).`,
			);
			return undefined;
		}
		return { type: global.type, service: 'aws' };
	}
	// Keys of identity providers (saml:, accounts.google.com:, custom OIDC hosts) are not service prefixes.
	const owners = ctx.index.keyPrefixes[prefix];
	if (prefix.includes('.') || prefix.includes('/') || owners) {
		for (const owner of owners ?? []) {
			const service = ctx.services.get(owner);
			const found = service && findServiceConditionKey(service, key);
			if (found) return { type: found.type, service: owner };
		}
		return undefined;
	}
	if (!ctx.index.services[prefix]) {
		ctx.add('INVALID_SERVICE', c.key.span, `"${prefix}" in "${key}" is not an AWS service prefix.`);
		return undefined;
	}
	const service = ctx.services.get(prefix);
	if (!service) return undefined;
	const found = findServiceConditionKey(service, key);
	if (!found) {
		ctx.add(
			'INVALID_SERVICE_CONDITION_KEY',
			c.key.span,
			`${service.name} has no condition key "${key}". The action browser lists each action's keys.`,
		);
		return undefined;
	}
	return { type: found.type, service: prefix };
}

const isMulti = (type: string): boolean => type.startsWith('ArrayOf');
const baseType = (type: string): string => type.replace(/^ArrayOf/, '');

function checkValues(ctx: Context, c: ConditionEntry, op: ConditionOperator, key: KeyInfo | undefined): void {
	const family = op.base.family;
	const { text } = ctx;
	if (
		c.valueNode.kind === 'object' ||
		(c.valueNode.kind === 'array' && c.valueNode.items.some((i) => i.kind === 'object' || i.kind === 'array'))
	) {
		ctx.add(
			'DATA_TYPE_MISMATCH',
			c.key.span,
			`The value of "${c.key.value}" is text, a number, true/false, or a list of them.`,
		);
		return;
	}
	if (c.values.length === 0) {
		const code =
			op.set === 'ForAllValues'
				? 'EMPTY_ARRAY_CONDITION_FORALLVALUES'
				: op.set === 'ForAnyValue'
					? 'EMPTY_ARRAY_CONDITION_FORANYVALUE'
					: op.ifExists
						? 'EMPTY_ARRAY_CONDITION_IFEXISTS'
						: 'EMPTY_ARRAY_CONDITION';
		ctx.add(
			code,
			{ start: c.valueNode.offset, end: c.valueNode.offset + 2 },
			`"${c.key.value}" has no values: ${op.set === 'ForAllValues' || op.ifExists ? 'this matches only when the key is missing; say that with "Null": { key: "true" }' : 'the condition never matches'}.`,
		);
		return;
	}
	const kinds = new Set(c.values.map((v) => v.node.kind));
	if (kinds.size > 1)
		ctx.add(
			'INVALID_CONDITION_DATA_TYPE',
			c.key.span,
			`The values of "${c.key.value}" mix JSON types (${[...kinds].join(', ')}). Write them all the same way, e.g. all in quotes.`,
		);
	// Variables only resolve in string and ARN comparisons.
	for (const v of c.values) {
		if (
			typeof v.value === 'string' &&
			v.value.includes('${') &&
			ctx.variablesEnabled &&
			family !== 'String' &&
			family !== 'Arn'
		)
			ctx.add(
				'INVALID_VARIABLE_FOR_OPERATOR',
				v.span,
				`Policy variables work only with String and ARN operators, not ${op.base.name}.`,
			);
	}
	// Key type versus operator.
	if (key && family !== 'Null') {
		const type = baseType(key.type);
		const fits: Record<string, string[]> = {
			String: ['String', 'ARN'],
			Arn: ['ARN', 'String'],
			Numeric: ['Numeric', 'Long', 'Integer'],
			Date: ['Date', 'Numeric'],
			Bool: ['Bool', 'Boolean'],
			IpAddress: ['IPAddress'],
			Binary: ['Binary', 'String'],
		};
		const accepted = fits[family] ?? [];
		const keyFamily = type === 'ARN' || type === 'String' ? 'text' : type;
		if (!accepted.includes(type) && !(keyFamily === 'text' && (family === 'String' || family === 'Arn')))
			ctx.add(
				'TYPE_MISMATCH',
				c.operator.span,
				`"${c.key.value}" is a ${type} key; use a ${typeOperator(type)} operator instead of ${op.base.name}.`,
			);
		if (op.set === 'ForAllValues' && !isMulti(key.type))
			ctx.add(
				'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
				c.operator.span,
				`"${c.key.value}" holds one value, and ForAllValues is also true when the key is missing — overly permissive in an Allow. Remove "ForAllValues:".`,
			);
		if (!op.set && isMulti(key.type))
			ctx.add(
				'MISSING_QUALIFIER',
				c.operator.span,
				`"${c.key.value}" can hold several values: write ForAnyValue:${op.base.name} (any one matches) or ForAllValues:${op.base.name} (every one must match).`,
			);
	}
	checkValueFormats(ctx, c, op);
	void text;
}

function typeOperator(type: string): string {
	return (
		(
			{
				Bool: 'Bool',
				Numeric: 'Numeric…',
				Date: 'Date…',
				IPAddress: 'IpAddress/NotIpAddress',
				ARN: 'Arn… or String…',
				Binary: 'BinaryEquals',
			} as Record<string, string>
		)[type] ?? 'String…'
	);
}

const PRIVATE_RANGES = [
	'10.0.0.0/8',
	'172.16.0.0/12',
	'192.168.0.0/16',
	'127.0.0.0/8',
	'169.254.0.0/16',
	'fc00::/7',
	'fe80::/10',
	'::1/128',
].map((c) => parseCidr(c)!);

function isPrivate(cidr: string): boolean {
	const range = parseCidr(cidr);
	return range !== undefined && PRIVATE_RANGES.some((p) => range.prefix >= p.prefix && rangeContains(p, range.bytes));
}

function checkValueFormats(ctx: Context, c: ConditionEntry, op: ConditionOperator): void {
	const family = op.base.family;
	const key = c.key.value.toLowerCase();
	const strings = c.values.map((v) => ({ ...v, text: v.value === null ? '' : String(v.value) }));
	const concrete = strings.filter((v) => !v.text.includes('${'));
	if (family === 'Bool' || family === 'Null') {
		for (const v of concrete)
			if (!/^(true|false)$/i.test(v.text))
				ctx.add('TYPE_MISMATCH_BOOLEAN', v.span, `${op.base.name} takes "true" or "false", not "${v.text}".`);
		if (family === 'Bool' && new Set(concrete.map((v) => v.text.toLowerCase())).size > 1)
			ctx.add(
				'INVALID_CONDITION_MULTIPLE_BOOLEAN',
				c.key.span,
				`"${c.key.value}" lists both true and false, so it matches either way. Use one value.`,
			);
	} else if (family === 'Numeric') {
		for (const v of concrete)
			if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v.text))
				ctx.add('TYPE_MISMATCH_NUMBER', v.span, `${op.base.name} compares numbers; "${v.text}" is not one.`);
		if (concrete.length > 1 && /(LessThan|GreaterThan)/.test(op.base.name) && !op.set)
			ctx.add(
				'REDUNDANT_CONDITION_VALUE_NUM',
				c.key.span,
				`With ${op.base.name} only the ${op.base.name.includes('Less') ? 'greatest' : 'least'} of these values matters; keep that one.`,
			);
	} else if (family === 'Date') {
		for (const v of concrete) {
			if (/^\d+$/.test(v.text.trim()))
				ctx.add(
					'INVALID_DATE_VALUE',
					v.span,
					`"${v.text}" is read as epoch seconds and may not be the moment you mean. Prefer ISO 8601, e.g. 2026-12-31T23:59:59Z.`,
				);
			else if (!/^\d{4}-\d{2}-\d{2}/.test(v.text) || Number.isNaN(Date.parse(v.text)))
				ctx.add(
					'TYPE_MISMATCH_DATE',
					v.span,
					`${op.base.name} needs a date such as 2026-12-31 or 2026-12-31T23:59:59Z, not "${v.text}".`,
				);
		}
	} else if (family === 'IpAddress') {
		checkIps(ctx, c, op, concrete);
	} else if (family === 'Binary') {
		for (const v of concrete)
			if (!/^[A-Za-z0-9+/]*={0,2}$/.test(v.text) || v.text.length % 4 !== 0)
				ctx.add('TYPE_MISMATCH_STRING', v.span, `BinaryEquals compares base64 text; "${v.text}" is not valid base64.`);
	} else if (family === 'String') {
		const like = /Like/.test(op.base.name);
		for (const v of concrete) {
			if (!like && hasWildcard(v.text))
				ctx.add(
					'WILDCARD_WITHOUT_LIKE_OPERATOR',
					v.span,
					`"${v.text}" contains * or ?, which ${op.base.name} compares literally. For a wildcard use ${op.base.name.replace('Equals', 'Like').replace('IgnoreCase', '')}.`,
				);
			if (key === 'aws:requestedregion' && !hasWildcard(v.text) && !REGION.test(v.text))
				ctx.add('INVALID_REGION', v.span, `"${v.text}" is not a Region code (e.g. eu-west-1).`);
			if (key === 'aws:sourcevpc' && !hasWildcard(v.text) && !/^vpc-[0-9a-f]+$/.test(v.text))
				ctx.add('TYPE_MISMATCH', v.span, `aws:SourceVpc takes a VPC ID such as vpc-1a2b3c4d, not "${v.text}".`);
			if (
				(key === 'aws:principalservicename' || key === 'aws:principalservicenameslist') &&
				!hasWildcard(v.text) &&
				!/^[a-z0-9.-]+\.(amazonaws\.com|amazon\.com|api\.aws)$/.test(v.text)
			)
				ctx.add(
					'INVALID_SERVICE_PRINCIPAL_FORMAT',
					v.span,
					`"${v.text}" is not a service principal (service-name.amazonaws.com).`,
				);
		}
	}
}

function checkIps(
	ctx: Context,
	c: ConditionEntry,
	op: ConditionOperator,
	values: { text: string; span: { start: number; end: number } }[],
): void {
	const valid: string[] = [];
	for (const v of values) {
		const cidr = v.text.includes('/') ? v.text : v.text.includes(':') ? `${v.text}/128` : `${v.text}/32`;
		const range = parseCidr(cidr);
		if (!range) {
			ctx.add(
				'TYPE_MISMATCH_IP_RANGE',
				v.span,
				`"${v.text}" is not an IP address or CIDR range (e.g. 203.0.113.0/24).`,
			);
			continue;
		}
		valid.push(cidr);
		if (!prefixEqualAll(range))
			ctx.add(
				'IMPROVE_IP_RANGE',
				v.span,
				`Bits after /${range.prefix} in "${v.text}" are ignored: the range is ${canonical(range)}.`,
			);
	}
	if (c.key.value.toLowerCase() !== 'aws:sourceip' || valid.length === 0) return;
	const privates = valid.filter(isPrivate).length;
	const negated = op.base.negated;
	if (privates === valid.length)
		ctx.add(
			negated ? 'PRIVATE_NOT_IP_ADDRESS' : 'PRIVATE_IP_ADDRESS',
			c.key.span,
			`aws:SourceIp only ever holds public addresses; ${negated ? 'excluding' : 'matching'} private ranges ${negated ? 'has no effect' : 'never matches'}. Use aws:VpcSourceIp for addresses inside a VPC.`,
		);
	else if (privates > 0)
		ctx.add(
			negated ? 'PRIVATE_NOT_IP_ADDRESS_SUBSET' : 'PRIVATE_IP_ADDRESS_SUBSET',
			c.key.span,
			'aws:SourceIp only ever holds public addresses, so the private ranges listed here have no effect. Use aws:VpcSourceIp for those.',
		);
}

/** True when no bit is set after the prefix length. */
function prefixEqualAll(range: IpRange): boolean {
	for (let i = range.prefix; i < range.bytes.length * 8; i++)
		if ((range.bytes[i >> 3] ?? 0) & (0x80 >> (i & 7))) return false;
	return true;
}

function canonical(range: IpRange): string {
	const bytes = range.bytes.map((b, i) => {
		const keep = Math.max(0, Math.min(8, range.prefix - i * 8));
		return b & (0xff << (8 - keep)) & 0xff;
	});
	if (bytes.length === 4) return `${bytes.join('.')}/${range.prefix}`;
	const groups: string[] = [];
	for (let i = 0; i < 16; i += 2) groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
	return `${groups.join(':')}/${range.prefix}`;
}

/**
 * A service key the statement's actions never send: none of them (MISSING_ACTION_FOR_CONDITION_KEY) or
 * only some (UNSUPPORTED_ACTION_FOR_CONDITION_KEY). aws:ResourceTag on services without tag-based
 * access: the Allow never matches, the Deny never applies (…_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE).
 */
function checkKeyAndActions(ctx: Context, s: StatementModel, c: ConditionEntry, key: KeyInfo): void {
	const deny = s.effect?.value === 'Deny';
	const lower = c.key.value.toLowerCase();
	if (s.notAction && lower.startsWith('aws:resourcetag/')) {
		ctx.add(
			deny
				? 'DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE'
				: 'ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
			c.key.span,
			`With NotAction, ${c.key.value} covers actions of services that do not support it; for those the condition is ${deny ? 'false, so they are never denied' : 'false, so they are never allowed'}. List the actions with Action.`,
		);
		return;
	}
	if (!s.action) return;
	const expanded: { pattern: string; actions: ReturnType<typeof expandAction> }[] = s.action.map((a) => ({
		pattern: a.value,
		actions: expandAction(ctx, a.value),
	}));
	if (expanded.some((e) => e.actions === undefined)) return; // "*" or a service not loaded: cannot tell
	const all = expanded.flatMap((e) => e.actions ?? []);
	if (all.length === 0) return;
	const supports = (action: (typeof all)[number]): boolean => {
		const service = ctx.services.get(action.service);
		const keys = [
			...action.conditionKeys,
			...action.resourceTypes.flatMap((r) => service?.resourceTypes.get(r.name)?.conditionKeys ?? []),
		].map((k) => k.toLowerCase());
		if (keys.includes(lower)) return true;
		const slash = lower.indexOf('/');
		return slash > 0 && keys.some((k) => k.startsWith(lower.slice(0, slash + 1)) && k.includes('${'));
	};
	if (lower.startsWith('aws:resourcetag/')) {
		const unsupported = new Set(all.filter((a) => !supports(a)).map((a) => a.service));
		const supported = new Set(all.filter(supports).map((a) => a.service));
		const services = [...unsupported].filter((svc) => !supported.has(svc));
		if (services.length)
			ctx.add(
				deny
					? 'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE'
					: 'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
				c.key.span,
				`${services.join(', ')} actions here never carry ${c.key.value}, so this ${deny ? 'Deny never applies to them' : 'Allow never matches them'}. Move them to their own statement.`,
			);
		return;
	}
	if (key.service === 'aws') return; // other global keys are in every request context that has them
	const own = all.filter((a) => a.service === key.service);
	if (own.length === 0) return;
	const without = own.filter((a) => !supports(a));
	if (without.length === own.length) {
		const service = ctx.services.get(key.service);
		const examples =
			service?.actions
				.filter(supports)
				.slice(0, 3)
				.map((a) => a.qualified) ?? [];
		ctx.add(
			'MISSING_ACTION_FOR_CONDITION_KEY',
			c.key.span,
			`None of this statement's actions sends ${c.key.value}, so the condition ${deny ? 'never applies' : 'never matches'}.${examples.length ? ` Actions that do: ${examples.join(', ')}.` : ''}`,
		);
	} else if (without.length > 0 && !op(c)) {
		ctx.add(
			'UNSUPPORTED_ACTION_FOR_CONDITION_KEY',
			c.key.span,
			`${without
				.slice(0, 3)
				.map((a) => a.qualified)
				.join(
					', ',
				)}${without.length > 3 ? ` and ${without.length - 3} more` : ''} never send ${c.key.value}; for ${without.length === 1 ? 'it' : 'them'} the condition is false. Move ${without.length === 1 ? 'it' : 'them'} to a statement without this key.`,
		);
	}
}

/** …IfExists deliberately tolerates actions without the key. */
const op = (c: ConditionEntry): boolean => /IfExists$/i.test(c.operator.value);

/** aws:VpcSourceIp is only meaningful together with aws:SourceVpc (the same address can exist in many VPCs). */
function checkPairedKeys(ctx: Context, s: StatementModel): void {
	const keys = new Set(s.conditions.map((c) => c.key.value.toLowerCase()));
	const vpcIp = s.conditions.find((c) => c.key.value.toLowerCase() === 'aws:vpcsourceip');
	if (vpcIp && !keys.has('aws:sourcevpc') && !keys.has('aws:sourcevpce'))
		ctx.add(
			'MISSING_PAIRED_CONDITION_KEYS',
			vpcIp.key.span,
			'aws:VpcSourceIp matches an address in any VPC; pair it with aws:SourceVpc to say which VPC.',
		);
}
