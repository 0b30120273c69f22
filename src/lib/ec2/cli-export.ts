/**
 * "Try it in your account" for EC2: `aws ec2 run-instances` for a decoded instance type and a user data
 * script. https://docs.aws.amazon.com/cli/latest/reference/ec2/run-instances.html
 *
 * - The AMI comes from AWS's public SSM parameter for the latest Amazon Linux 2023 (`resolve:ssm:`, which
 *   run-instances accepts as the image ID), for the architecture the name's processor letter implies, so
 *   the command works in any Region without a made-up AMI ID.
 * - --user-data takes the script as text: the AWS CLI base64-encodes it for the API, as the EC2 User Guide
 *   says ("If you are using a command line tool, base64-encoding is performed for you").
 */
import type { CliCommand } from '../cli';
import { parseInstanceType } from './instance-type';
import { withUserData } from './cli-user-data';

export { withUserData };

const AL2023_PARAMETER = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default';

/** `resolve:ssm:` image ID of the latest Amazon Linux 2023 for the instance type's architecture. */
export function amazonLinuxImageId(instanceType: string): string {
	const { processor, family } = parseInstanceType(instanceType);
	// a1 is the first Graviton generation, named before the processor letter existed.
	const arm = processor === 'graviton' || family === 'a1';
	return `resolve:ssm:${AL2023_PARAMETER}-${arm ? 'arm64' : 'x86_64'}`;
}

/** What the command cannot do as written for this type, one sentence each. */
export function runInstancesNotes(instanceType: string): string[] {
	const { family } = parseInstanceType(instanceType);
	if (family.startsWith('mac'))
		return [
			'Mac instances run only on an allocated Dedicated Host and need a macOS AMI: add --placement HostId=… and a macOS image ID.',
		];
	return [];
}

export interface RunInstancesOptions {
	instanceType: string;
	userData?: string;
	/** Tag Name, so the reader finds the instance in the console. */
	name?: string;
}

export function runInstancesCommand({
	instanceType,
	userData,
	name = 'devops-learning-demo',
}: RunInstancesOptions): CliCommand {
	const command: CliCommand = {
		service: 'ec2',
		operation: 'run-instances',
		parameters: [
			{ name: '--image-id', values: [amazonLinuxImageId(instanceType)] },
			{ name: '--instance-type', values: [parseInstanceType(instanceType).name] },
			{ name: '--count', values: ['1'] },
			{ name: '--tag-specifications', values: [`ResourceType=instance,Tags=[{Key=Name,Value=${name}}]`] },
		],
	};
	return withUserData(command, userData);
}
