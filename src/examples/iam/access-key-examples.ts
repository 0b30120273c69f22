/**
 * IDs the access-key inspector offers as one-click examples. All are AWS's own documented example
 * values (they end in EXAMPLE and belong to no account): the key pair from "Manage access keys for
 * IAM users", the temporary key from the STS examples, and unique IDs from "IAM identifiers".
 */
import { DOCUMENTED_EXAMPLE_ACCESS_KEY_ID, DOCUMENTED_EXAMPLE_SECRET_ACCESS_KEY } from '../../lib/credentials';

export const accessKeyPairExample = {
	accessKeyId: DOCUMENTED_EXAMPLE_ACCESS_KEY_ID,
	secretAccessKey: DOCUMENTED_EXAMPLE_SECRET_ACCESS_KEY,
	userName: 'alice',
	status: 'Active',
	created: '2025-05-02',
} as const;

export const accessKeyInspectorExamples: { label: string; id: string }[] = [
	{ label: 'Long-term key (AKIA)', id: 'AKIAIOSFODNN7EXAMPLE' },
	{ label: 'Temporary STS key (ASIA)', id: 'ASIAIOSFODNN7EXAMPLE' },
	{ label: 'IAM user ID (AIDA) — not a key', id: 'AIDACKCEVSQ6C2EXAMPLE' },
	{ label: 'Role ID (AROA) — not a key', id: 'AROADBQP57FF2AEXAMPLE' },
];

export const accessKeyInspectorInitial = 'AKIAIOSFODNN7EXAMPLE';
