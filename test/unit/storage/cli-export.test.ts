/** Storage "try it in your account" commands for the page examples: they parse back and say what the widget says. */
import { describe, expect, test } from 'vitest';
import { formatCliCommand, parseCliCommand, type CliCommand } from '../../../src/lib/cli';
import {
	calculateGp3,
	copyImageCommand,
	createGp3VolumeCommand,
	createSnapshotCommand,
	evaluateGp3Text,
} from '../../../src/lib/storage';
import { amiCopyTarget, goldenAmi } from '../../../src/examples/storage/ami-copy';
import { gp3Examples, gp3Start } from '../../../src/examples/storage/gp3';

/** Every option the command line holds, global or not, by name: what a round trip must keep. */
function roundTrip(command: CliCommand) {
	const parsed = parseCliCommand(formatCliCommand(command));
	expect(parsed).toMatchObject({ service: command.service, operation: command.operation });
	const options = [...parsed.globalOptions, ...parsed.parameters].map((p) => [p.name, p.values] as const);
	expect(Object.fromEntries(options)).toEqual(Object.fromEntries(command.parameters.map((p) => [p.name, p.values])));
	return parsed;
}

describe('create-volume for the gp3 calculator', () => {
	test('the page’s starting volume', () => {
		const { result } = evaluateGp3Text(gp3Start);
		const command = createGp3VolumeCommand(result!);
		roundTrip(command);
		expect(formatCliCommand(command)).toMatchInlineSnapshot(`
			"aws ec2 create-volume \\
			  --volume-type gp3 \\
			  --size 100 \\
			  --iops 6000 \\
			  --throughput 500 \\
			  --availability-zone us-east-1a"
		`);
	});

	test.each(gp3Examples.map((e) => [e.label, e] as const))('preset %s', (_, preset) => {
		const result = calculateGp3(preset);
		const parsed = roundTrip(createGp3VolumeCommand(result));
		const get = (name: string) => parsed.parameters.find((p) => p.name === name)?.value;
		expect(get('--size')).toBe(String(result.sizeGiB));
		// Baseline IOPS/throughput are what AWS applies when the option is left out.
		expect(get('--iops') ?? '3000').toBe(String(result.iops));
		expect(get('--throughput') ?? '125').toBe(String(result.throughputMiBps));
	});
});

test('create-snapshot', () => {
	expect(roundTrip(createSnapshotCommand()).apiAction).toBe('ec2:CreateSnapshot');
});

test('copy-image for the AMI example runs in the destination Region', () => {
	const parsed = roundTrip(copyImageCommand(goldenAmi, amiCopyTarget, true));
	expect(parsed.apiAction).toBe('ec2:CopyImage');
	expect(parsed.globalOptions).toEqual([{ name: '--region', value: amiCopyTarget, values: [amiCopyTarget] }]);
	expect(parsed.parameters.find((p) => p.name === '--source-region')?.value).toBe(goldenAmi.region);
	expect(parsed.parameters.find((p) => p.name === '--copy-image-tags')?.value).toBeNull();
});
