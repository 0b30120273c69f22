/**
 * The Condition element of a statement: { operator: { key: value(s) } }, checked block by block.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 */
import { parseOperator, type ConditionClause, type ConditionOperator } from './conditions';
import { describeJsonType, type JsonEntry } from './json';
import type { Add } from './policy-grammar';

/** Single-valued global keys: a ForAnyValue:/ForAllValues: prefix on them is a mistake. */
const SINGLE_VALUED_KEY =
	/^aws:(sourceip|username|userid|principalarn|principalaccount|securetransport|multifactorauthpresent|currenttime|epochtime|requestedregion|sourcevpc|sourcevpce|principaltag\/|resourcetag\/|requesttag\/)/i;

export function checkConditionElement(conditionEntry: JsonEntry, add: Add): ConditionClause[] {
	const conditions: ConditionClause[] = [];
	if (conditionEntry.value.kind !== 'object') {
		add(
			'error',
			'bad-condition',
			conditionEntry.value.offset,
			`"Condition" must be an object like { "StringEquals": { "aws:username": "alice" } }, not ${describeJsonType(conditionEntry.value)}.`,
		);
		return conditions;
	}
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
		for (const keyEntry of opEntry.value.entries) conditions.push(checkConditionKey(keyEntry, operator, add));
	}
	return conditions;
}

function checkConditionKey(keyEntry: JsonEntry, operator: ConditionOperator, add: Add): ConditionClause {
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
	if (operator.set && keyEntry.key.toLowerCase().startsWith('aws:') && SINGLE_VALUED_KEY.test(keyEntry.key)) {
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
	return { operator, key: keyEntry.key, values };
}
