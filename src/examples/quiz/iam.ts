import type { ChapterQuiz } from '../../lib/quiz';
import { iamComputedQuestions } from './computed-questions';

/** IAM chapter quiz. Facts follow the corrected pages (errata E01–E24). */
export const iamQuiz: ChapterQuiz = {
	chapter: 'iam',
	title: 'IAM quiz: check what you learned',
	questions: [
		{
			id: 'groups-nesting',
			kind: 'single',
			prompt:
				'Zid is in the Audit Team and in Operations. Can you put the Audit Team group inside the Operations group?',
			options: [
				{ id: 'a', text: 'Yes, groups can contain other groups.', correct: false },
				{
					id: 'b',
					text: 'No: groups contain users only, never other groups; a user can be in several groups.',
					correct: true,
				},
				{ id: 'c', text: 'Only if both groups are in the same AWS Region.', correct: false },
			],
			explanation:
				'IAM user groups cannot be nested. A user can belong to up to 10 groups, which is how Zid gets both sets of permissions.',
			learnMore: { href: '/iam/users-and-groups/', label: 'Users and groups' },
		},
		{
			id: 'principal-identity-policy',
			kind: 'single',
			prompt: 'Where does the Principal element belong?',
			options: [
				{ id: 'a', text: 'In every policy, to say who it applies to.', correct: false },
				{
					id: 'b',
					text: 'Only in resource-based policies (including role trust policies); identity-based policies cannot use it.',
					correct: true,
				},
				{ id: 'c', text: 'Only in identity-based policies attached to groups.', correct: false },
			],
			explanation:
				'In an identity-based policy the principal is implied: it is the user, group or role the policy is attached to. Principal is required in resource-based policies such as bucket policies and trust policies.',
			learnMore: { href: '/iam/policy-structure/', label: 'Policy structure' },
		},
		{
			id: 'root-principal',
			kind: 'single',
			prompt:
				'A bucket policy names "Principal": {"AWS": "arn:aws:iam::123456789012:root"}. Whom does that grant access to?',
			options: [
				{ id: 'a', text: 'Only the root user of account 123456789012.', correct: false },
				{
					id: 'b',
					text: 'The account 123456789012 as a whole; its administrators then decide which of its identities may use the grant.',
					correct: true,
				},
				{ id: 'c', text: 'Every AWS account.', correct: false },
			],
			explanation:
				'The :root form is the account principal. It delegates to the account; it does not mean the root user.',
			learnMore: { href: '/iam/policy-structure/', label: 'Policy structure' },
		},
		{
			id: 'password-length',
			kind: 'single',
			prompt: 'What minimum password length can a custom IAM password policy require?',
			options: [
				{ id: 'a', text: 'Only 8 to 12 characters.', correct: false },
				{ id: 'b', text: 'Any value from 6 to 128 characters.', correct: true },
				{ id: 'c', text: 'Any value from 1 to 1,095 characters.', correct: false },
			],
			explanation:
				'A custom policy sets the minimum from 6 to 128. Without a custom policy the default applies: at least 8 characters and three of the four character types.',
			learnMore: { href: '/iam/password-policy/', label: 'Password policy' },
		},
		{
			id: 'mfa-totp',
			kind: 'single',
			prompt: 'How does a virtual MFA app on your phone get the 6-digit code?',
			options: [
				{ id: 'a', text: 'AWS sends it to the phone by push notification.', correct: false },
				{ id: 'b', text: 'AWS emails it to the account address.', correct: false },
				{
					id: 'c',
					text: 'The app computes it from a secret shared once (the QR code) and the current time (TOTP).',
					correct: true,
				},
			],
			explanation:
				'Nothing is sent: the app and AWS both compute the time-based one-time password from the shared secret. AWS MFA never uses email.',
			learnMore: { href: '/iam/mfa/', label: 'MFA' },
		},
		{
			id: 'mfa-kinds',
			kind: 'multiple',
			prompt: 'Which are supported MFA device types for IAM users today?',
			options: [
				{ id: 'a', text: 'Passkeys and security keys (FIDO2)', correct: true },
				{ id: 'b', text: 'Virtual authenticator apps', correct: true },
				{ id: 'c', text: 'Hardware TOTP tokens', correct: true },
				{ id: 'd', text: 'A code sent by email', correct: false },
				{ id: 'e', text: 'SMS text messages', correct: false },
			],
			explanation:
				'IAM supports FIDO2 passkeys and security keys, virtual authenticator apps and hardware TOTP tokens. SMS MFA is no longer supported and email was never an option.',
			learnMore: { href: '/iam/mfa/', label: 'MFA' },
		},
		{
			id: 'access-key-prefix',
			kind: 'single',
			prompt: 'An access key ID starts with ASIA. What kind of credential is it?',
			options: [
				{ id: 'a', text: 'A long-term access key of an IAM user.', correct: false },
				{ id: 'b', text: 'A temporary credential issued by AWS STS, which comes with a session token.', correct: true },
				{ id: 'c', text: 'A root user key.', correct: false },
			],
			explanation: 'AKIA marks long-term keys of IAM users (or the root user); ASIA marks temporary STS credentials.',
			learnMore: { href: '/iam/access-methods/', label: 'How users access AWS' },
		},
		{
			id: 'cli-botocore',
			kind: 'single',
			prompt: 'What is the AWS CLI built on?',
			options: [
				{ id: 'a', text: 'Boto3, the AWS SDK for Python.', correct: false },
				{ id: 'b', text: 'botocore, the low-level library that Boto3 is also built on.', correct: true },
				{ id: 'c', text: 'The AWS Management Console.', correct: false },
			],
			explanation:
				'The CLI and Boto3 are siblings: both sit on botocore. They call the same public service APIs as the console.',
			learnMore: { href: '/iam/cli-and-sdk/', label: 'CLI and SDK' },
		},
		{
			id: 'role-policies',
			kind: 'multiple',
			prompt: 'Which two policies decide what happens with an IAM role?',
			options: [
				{ id: 'a', text: 'The trust policy: who may assume the role.', correct: true },
				{ id: 'b', text: 'The permissions policies: what the role may do once assumed.', correct: true },
				{ id: 'c', text: 'The account password policy.', correct: false },
			],
			explanation:
				'A trust policy (a resource-based policy with a Principal) controls sts:AssumeRole; permissions policies control what the temporary credentials can do.',
			learnMore: { href: '/iam/roles/', label: 'Roles' },
		},
		{
			id: 'people-access',
			kind: 'single',
			prompt: 'What does AWS recommend today for giving people access to AWS accounts?',
			options: [
				{ id: 'a', text: 'One IAM user with long-term access keys per person.', correct: false },
				{ id: 'b', text: 'Federation with temporary credentials, preferably IAM Identity Center.', correct: true },
				{ id: 'c', text: 'Sharing the root user with MFA.', correct: false },
			],
			explanation:
				'AWS best practice: people use federation (IAM Identity Center), workloads use roles; both get temporary credentials.',
			learnMore: { href: '/iam/best-practices/', label: 'Best practices' },
		},
		...iamComputedQuestions,
	],
};
