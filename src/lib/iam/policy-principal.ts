/**
 * The Principal / NotPrincipal element of a statement: "*", or an object of AWS, Service, Federated and
 * CanonicalUser principals, each checked as AWS's policy validator would.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import { parseArn, type Arn } from './arn';
import { describeJsonType, type JsonEntry } from './json';
import { closest, stringList, valueNodes, type Add } from './policy-grammar';
import type { PrincipalElement, PrincipalEntry } from './policy';

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

export function checkPrincipal(entry: JsonEntry, add: Add): PrincipalElement | undefined {
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
		const items = valueNodes(typeEntry);
		values.forEach((value, i) => {
			const offset = items[i]?.offset ?? typeEntry.keyOffset;
			if (type === 'AWS' && !checkAwsPrincipal(value, offset, add)) ok = false;
			entries.push({ type, value });
		});
	}
	if (node.entries.length === 0) {
		add('error', 'bad-principal', node.offset, `"${entry.key}" is empty: name at least one principal.`);
		ok = false;
	}
	return ok ? { wildcard: false, entries } : undefined;
}

/** An "AWS" principal: "*", a 12-digit account, or the ARN of an account, user, role or session. */
function checkAwsPrincipal(value: string, offset: number, add: Add): boolean {
	if (value === '*' || /^\d{12}$/.test(value)) return true;
	if (/^\d+$/.test(value)) {
		add(
			'error',
			'bad-account',
			offset,
			`"${value}" is not an AWS account ID: account IDs are exactly 12 digits (e.g. 123456789012).`,
		);
		return false;
	}
	if (!value.startsWith('arn:')) {
		add(
			'error',
			'bad-principal',
			offset,
			`"${value}" is not an AWS principal: use a 12-digit account ID, an ARN (arn:aws:iam::123456789012:user/alice) or "*".`,
		);
		return false;
	}
	let arn: Arn | undefined;
	try {
		arn = parseArn(value);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		add('error', /account ID/.test(message) ? 'bad-account' : 'bad-principal', offset, message);
		return false;
	}
	if (!/^\d{12}$/.test(arn.accountId)) {
		add(
			'error',
			'bad-account',
			offset,
			`"${arn.accountId}" is not an AWS account ID: account IDs are exactly 12 digits (e.g. 123456789012).`,
		);
		return false;
	}
	if (/[*?]/.test(arn.resource)) {
		add(
			'error',
			'bad-principal',
			offset,
			'Wildcards are not allowed inside a principal ARN; use "*" alone, or a condition on aws:PrincipalArn with ArnLike.',
		);
		return false;
	}
	if (arn.service === 'iam' && arn.resourceType === 'group') {
		add('error', 'bad-principal', offset, 'A group cannot be a principal: name its users or roles, or the account.');
		return false;
	}
	return true;
}
