/**
 * AWS CLI commands shown on the IAM pages. Only AWS's documented example keys and account ID
 * (111122223333) appear. test/unit/credentials/examples.test.ts parses every command.
 */

/** D10 — a terminal session: configure, then check who you are. */
export const cliTerminalSession = `$ aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-west-2
Default output format [None]: json
$ aws sts get-caller-identity
{
    "UserId": "AIDACKCEVSQ6C2EXAMPLE",
    "Account": "111122223333",
    "Arn": "arn:aws:iam::111122223333:user/alice"
}`;

/** The commands of the session above, for the parser test. */
export const cliTerminalCommands = ['aws configure', 'aws sts get-caller-identity'];

export const cliExampleCommands: { command: string; what: string }[] = [
	{
		command: 'aws sts get-caller-identity',
		what: 'Which identity are my credentials for? (Works without any permission.)',
	},
	{ command: 'aws iam list-users --output table', what: 'List the IAM users of the account.' },
	{
		command: 'aws ec2 describe-instances --region us-west-2 --filters "Name=instance-state-name,Values=running"',
		what: 'Running EC2 instances in one Region.',
	},
	{ command: 'aws s3 ls', what: 'List your S3 buckets.' },
	{
		command: 'aws configure sso',
		what: 'Set up a profile that signs in through IAM Identity Center (temporary credentials).',
	},
	{ command: 'aws sso login --profile dev', what: 'Sign in again when the Identity Center session has expired.' },
];

export const cliCommandInitial =
	'aws ec2 describe-instances --region us-west-2 --filters "Name=instance-state-name,Values=running"';

/** password-policy page: setting the strict example policy from the CLI. */
export const passwordPolicyCliCommand =
	'aws iam update-account-password-policy --minimum-password-length 14 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --allow-users-to-change-password --max-password-age 90 --password-reuse-prevention 24';

/** security-tools page: generate, then download and decode, the credential report. */
export const credentialReportCliCommands = [
	'aws iam generate-credential-report',
	'aws iam get-credential-report --query Content --output text',
];

/** "Same call three ways": one API action (ec2:DescribeInstances) from the console, the CLI and two SDKs. */
export const sameCallThreeWays = {
	apiAction: 'ec2:DescribeInstances',
	consoleSteps: [
		'Sign in to the AWS Management Console (password + MFA).',
		'Choose the Region (for example US West (Oregon) us-west-2).',
		'Open EC2 → Instances. The console calls DescribeInstances for you and draws the table.',
	],
	cli: 'aws ec2 describe-instances --region us-west-2',
	python: `import boto3

ec2 = boto3.client("ec2", region_name="us-west-2")  # credentials come from the provider chain
response = ec2.describe_instances()
for reservation in response["Reservations"]:
    for instance in reservation["Instances"]:
        print(instance["InstanceId"], instance["State"]["Name"])`,
	javascript: `import { EC2Client, DescribeInstancesCommand } from "@aws-sdk/client-ec2";

const ec2 = new EC2Client({ region: "us-west-2" }); // credentials come from the provider chain
const response = await ec2.send(new DescribeInstancesCommand({}));
for (const reservation of response.Reservations ?? []) {
  for (const instance of reservation.Instances ?? []) {
    console.log(instance.InstanceId, instance.State?.Name);
  }
}`,
} as const;

/** security-tools page: the full download command, including decoding the Base64 content to a file. */
export const credentialReportDownloadSession = `$ aws iam generate-credential-report
{
    "State": "STARTED",
    "Description": "No report exists. Starting a new report generation task"
}
$ aws iam get-credential-report --query Content --output text | base64 --decode > report.csv`;
