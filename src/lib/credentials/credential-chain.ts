/**
 * Where the AWS CLI looks for credentials, in order, stopping at the first place that has them.
 * Order from "Configuration and credential precedence" (AWS CLI User Guide, version 2):
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-chap-configure.html#configure-precedence
 * The SDKs follow the same idea with an SDK-specific order ("Understand the credential provider
 * chain", AWS SDKs and Tools Reference Guide):
 * https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html
 */

export type CredentialSourceId =
	| 'command-line'
	| 'environment'
	| 'assume-role'
	| 'web-identity'
	| 'identity-center'
	| 'credentials-file'
	| 'custom-process'
	| 'config-file'
	| 'container'
	| 'instance-profile';

export interface CredentialSource {
	id: CredentialSourceId;
	name: string;
	/** What it looks like in practice. */
	detail: string;
	/** Whether the credentials it yields are temporary (they expire) or long-term. */
	lifetime: 'temporary' | 'long-term' | 'either';
}

export const CLI_CREDENTIAL_CHAIN: readonly CredentialSource[] = [
	{
		id: 'command-line',
		name: 'Command line options',
		detail: '--profile, --region and --output on the command override every other place.',
		lifetime: 'either',
	},
	{
		id: 'environment',
		name: 'Environment variables',
		detail: 'AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and (for temporary keys) AWS_SESSION_TOKEN.',
		lifetime: 'either',
	},
	{
		id: 'assume-role',
		name: 'Assume role',
		detail: 'A profile with role_arn + source_profile: the CLI calls sts:AssumeRole for you.',
		lifetime: 'temporary',
	},
	{
		id: 'web-identity',
		name: 'Assume role with web identity',
		detail: 'role_arn + web_identity_token_file (e.g. a CI system’s OIDC token).',
		lifetime: 'temporary',
	},
	{
		id: 'identity-center',
		name: 'AWS IAM Identity Center',
		detail: 'Set up with aws configure sso; aws sso login fetches short-lived credentials.',
		lifetime: 'temporary',
	},
	{
		id: 'credentials-file',
		name: 'Credentials file',
		detail: '~/.aws/credentials, written by aws configure.',
		lifetime: 'either',
	},
	{
		id: 'custom-process',
		name: 'Custom process',
		detail: 'credential_process = a program that prints credentials as JSON.',
		lifetime: 'either',
	},
	{
		id: 'config-file',
		name: 'Configuration file',
		detail: '~/.aws/config (keys can be stored there too, though the credentials file is the usual place).',
		lifetime: 'either',
	},
	{
		id: 'container',
		name: 'Container credentials',
		detail: 'The IAM role of an Amazon ECS task (or EKS pod identity), served to the container.',
		lifetime: 'temporary',
	},
	{
		id: 'instance-profile',
		name: 'Amazon EC2 instance profile credentials',
		detail: 'The IAM role attached to the EC2 instance, read from the instance metadata service.',
		lifetime: 'temporary',
	},
];

export interface ChainResolution {
	/** The source the CLI uses, or null when no source has credentials ("Unable to locate credentials"). */
	used: CredentialSource | null;
	/** Sources checked before it that had nothing. */
	checkedEmpty: CredentialSource[];
	/** Sources that had credentials but were never reached — a common surprise. */
	shadowed: CredentialSource[];
}

export class CredentialChainError extends Error {
	override name = 'CredentialChainError';
}

/** Walks the chain with the given sources configured and says which one wins. */
export function resolveCredentialSource(configured: Iterable<CredentialSourceId>): ChainResolution {
	const present = new Set(configured);
	for (const id of present) {
		if (!CLI_CREDENTIAL_CHAIN.some((source) => source.id === id))
			throw new CredentialChainError(`Unknown credential source “${id}”.`);
	}
	const index = CLI_CREDENTIAL_CHAIN.findIndex((source) => present.has(source.id));
	if (index === -1) return { used: null, checkedEmpty: [...CLI_CREDENTIAL_CHAIN], shadowed: [] };
	return {
		used: CLI_CREDENTIAL_CHAIN[index]!,
		checkedEmpty: CLI_CREDENTIAL_CHAIN.slice(0, index),
		shadowed: CLI_CREDENTIAL_CHAIN.slice(index + 1).filter((source) => present.has(source.id)),
	};
}
