/** EC2 "try it in your account": run-instances for the decoder and user data examples parses back exactly. */
import { describe, expect, test } from 'vitest';
import { formatCliCommand, parseCliCommand } from '../../../src/lib/cli';
import {
	amazonLinuxImageId,
	buildUserDataScript,
	InstanceTypeError,
	runInstancesCommand,
	runInstancesNotes,
} from '../../../src/lib/ec2';
import { decoderExample } from '../../../src/examples/ec2/instance-type-decoder';
import { userDataBuilderStart, userDataScript } from '../../../src/examples/ec2/user-data';

const option = (line: string, name: string) => parseCliCommand(line).parameters.find((p) => p.name === name);

describe('run-instances', () => {
	test.each([userDataScript, buildUserDataScript(userDataBuilderStart)])(
		'user data example %#: byte-identical after the round trip',
		(script) => {
			const line = formatCliCommand(runInstancesCommand({ instanceType: decoderExample.initial, userData: script }));
			expect(parseCliCommand(line)).toMatchObject({
				service: 'ec2',
				operation: 'run-instances',
				apiAction: 'ec2:RunInstances',
			});
			expect(option(line, '--user-data')?.values).toEqual([script]);
			expect(option(line, '--instance-type')?.values).toEqual([decoderExample.initial]);
		},
	);

	test.each([
		['c7gn.16xlarge', 'arm64'],
		['t4g.micro', 'arm64'],
		['a1.large', 'arm64'],
		['m7i.large', 'x86_64'],
		['c7a.xlarge', 'x86_64'],
		['t3.micro', 'x86_64'],
	])('%s boots Amazon Linux 2023 for %s', (type, arch) => {
		expect(amazonLinuxImageId(type)).toBe(
			`resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-${arch}`,
		);
	});

	test('a Mac instance says what the command lacks; a bad name throws the engine’s error', () => {
		expect(runInstancesNotes('mac2.metal').join(' ')).toMatch(/Dedicated Host/);
		expect(runInstancesNotes('t3.micro')).toEqual([]);
		expect(() => runInstancesCommand({ instanceType: 't3.banana' })).toThrow(InstanceTypeError);
	});

	test('snapshot', () => {
		expect(formatCliCommand(runInstancesCommand({ instanceType: decoderExample.initial }))).toMatchSnapshot();
	});
});
