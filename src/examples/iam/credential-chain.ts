/** Scenarios for the credential-chain widget on the CLI & SDK page. */
import type { CredentialSourceId } from '../../lib/credentials';

export const credentialChainScenarios: { id: string; label: string; configured: CredentialSourceId[] }[] = [
	{ id: 'laptop-configure', label: 'Laptop after aws configure', configured: ['credentials-file'] },
	{
		id: 'laptop-env-override',
		label: 'Laptop with leftover environment variables',
		configured: ['environment', 'credentials-file'],
	},
	{ id: 'laptop-sso', label: 'Laptop with IAM Identity Center (aws configure sso)', configured: ['identity-center'] },
	{ id: 'ec2-role', label: 'Script on an EC2 instance with a role', configured: ['instance-profile'] },
	{
		id: 'ec2-role-and-keys',
		label: 'EC2 instance with a role and keys copied onto it',
		configured: ['credentials-file', 'instance-profile'],
	},
	{ id: 'nothing', label: 'Nothing configured', configured: [] },
];

export const credentialChainInitial = 'laptop-env-override';
