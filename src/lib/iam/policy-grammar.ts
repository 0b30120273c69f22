/**
 * What the policy checker's steps share: the element names of the grammar, the finding reporter and
 * the reading of a string-or-list value.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import { describeJsonType, type JsonEntry } from './json';

export type Severity = 'error' | 'warning' | 'info';

/** Records a finding at a character offset of the policy text. */
export type Add = (severity: Severity, code: string, offset: number, message: string) => void;

export const TOP_LEVEL = new Set(['Version', 'Id', 'Statement']);
export const STATEMENT_ELEMENTS = new Set<string>([
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

/** The option that differs from `word` only in letter case, to suggest the right spelling. */
export const closest = (word: string, options: Iterable<string>): string | undefined => {
	const lower = word.toLowerCase();
	for (const option of options) if (option.toLowerCase() === lower) return option;
	return undefined;
};

/** A value that may be one string or a non-empty list of strings; undefined (with an error) otherwise. */
export function stringList(entry: JsonEntry, add: Add): string[] | undefined {
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

/** The JSON nodes of a string-or-list value, in order. */
export const valueNodes = (entry: JsonEntry) => (entry.value.kind === 'array' ? entry.value.items : [entry.value]);

/** Policy types whose statements apply to whoever the policy is attached to: no Principal, Resource required. */
export const isIdentitySide = (policyType: string): boolean =>
	policyType === 'identity' || policyType === 'permissionsBoundary' || policyType === 'session' || policyType === 'scp';
