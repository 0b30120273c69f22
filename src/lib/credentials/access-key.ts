/**
 * Reads an access key ID the way AWS documents its unique-ID prefixes ("IAM identifiers", section
 * "Understanding unique ID prefixes"): the first four characters say what kind of thing an ID is.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-prefixes
 *
 * Only the ID is ever examined. A secret access key is never needed to tell what a key is, and the
 * widget that calls this never stores what is typed.
 */

export type AccessKeyKind = 'long-term' | 'temporary' | 'not-an-access-key' | 'unknown';

export interface IdPrefix {
	prefix: string;
	/** What AWS's table says the prefix denotes. */
	entity: string;
	kind: AccessKeyKind;
}

// The table from "Understanding unique ID prefixes". Only AKIA and ASIA begin access key IDs; the
// others are unique IDs of users, roles, policies… which people sometimes paste by mistake.
export const ID_PREFIXES: readonly IdPrefix[] = [
	{ prefix: 'AKIA', entity: 'Access key — long-term credentials of an IAM user (or the root user)', kind: 'long-term' },
	{ prefix: 'ASIA', entity: 'Temporary (AWS STS) access key — used with a session token; expires', kind: 'temporary' },
	{ prefix: 'ABIA', entity: 'AWS STS service bearer token', kind: 'not-an-access-key' },
	{ prefix: 'ACCA', entity: 'Context-specific credential', kind: 'not-an-access-key' },
	{ prefix: 'AGPA', entity: 'User group (unique ID)', kind: 'not-an-access-key' },
	{ prefix: 'AIDA', entity: 'IAM user (unique ID)', kind: 'not-an-access-key' },
	{ prefix: 'AIPA', entity: 'Amazon EC2 instance profile (unique ID)', kind: 'not-an-access-key' },
	{ prefix: 'ANPA', entity: 'Managed policy (unique ID)', kind: 'not-an-access-key' },
	{ prefix: 'ANVA', entity: 'Version in a managed policy', kind: 'not-an-access-key' },
	{ prefix: 'APKA', entity: 'Public key', kind: 'not-an-access-key' },
	{ prefix: 'AROA', entity: 'Role (unique ID)', kind: 'not-an-access-key' },
	{ prefix: 'ASCA', entity: 'Certificate', kind: 'not-an-access-key' },
];

/** AWS's documented example key pair — the only keys this site ever shows. */
export const DOCUMENTED_EXAMPLE_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const DOCUMENTED_EXAMPLE_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

export interface AccessKeyIdAnalysis {
	/** The input with surrounding whitespace removed. */
	id: string;
	prefix: string;
	entity: string;
	kind: AccessKeyKind;
	/** True for a 20-character AKIA/ASIA ID of upper-case letters and digits. */
	wellFormed: boolean;
	/** Why it is not well formed, one sentence each. */
	problems: string[];
	/** It is AWS's published example ID (safe to share). */
	isDocumentedExample: boolean;
	/** The text looks like a secret access key, not an ID — warn the reader. */
	looksLikeSecret: boolean;
}

export class AccessKeyIdError extends Error {
	override name = 'AccessKeyIdError';
}

/** A secret access key is 40 characters of Base64 (A–Z a–z 0–9 + /); an ID is upper-case only. */
export function looksLikeSecretAccessKey(text: string): boolean {
	return /^[A-Za-z0-9/+]{40}$/.test(text.trim()) && /[a-z/+]/.test(text.trim());
}

export function parseAccessKeyId(input: string): AccessKeyIdAnalysis {
	const id = input.trim();
	if (id === '')
		throw new AccessKeyIdError('Type an access key ID, for example AWS’s documented AKIAIOSFODNN7EXAMPLE.');
	const prefix = id.slice(0, 4).toUpperCase();
	const known = ID_PREFIXES.find((entry) => entry.prefix === prefix);
	const looksLikeSecret = looksLikeSecretAccessKey(id);
	const problems: string[] = [];
	if (looksLikeSecret)
		problems.push(
			'This looks like a secret access key, not an access key ID. Never paste a real secret anywhere — not even here.',
		);
	if (!known)
		problems.push(
			`“${id.slice(0, 4)}” is not a prefix AWS documents; access key IDs start with AKIA (long-term) or ASIA (temporary).`,
		);
	else if (known.kind === 'not-an-access-key')
		problems.push(`${prefix} is the prefix of a ${known.entity.toLowerCase()}, not of an access key ID.`);
	if (id !== id.toUpperCase()) problems.push('Access key IDs use upper-case letters and digits only.');
	if (/[^A-Za-z0-9]/.test(id)) problems.push('It contains characters other than letters and digits.');
	// The API allows 16–128 characters (AccessKey data type), but every key IAM issues today has 20.
	if (id.length !== 20) problems.push(`It has ${id.length} characters; IAM access key IDs have 20.`);
	return {
		id,
		prefix,
		entity: known?.entity ?? 'Unknown prefix',
		kind: known?.kind ?? 'unknown',
		wellFormed: problems.length === 0 && (known?.kind === 'long-term' || known?.kind === 'temporary'),
		problems,
		isDocumentedExample: id === DOCUMENTED_EXAMPLE_ACCESS_KEY_ID,
		looksLikeSecret,
	};
}

/** Splits a well-formed ID for the anatomy diagram: prefix + the rest. */
export function accessKeyIdParts(id: string): { prefix: string; rest: string } {
	return { prefix: id.slice(0, 4), rest: id.slice(4) };
}
