/**
 * CloudFormation templates as data, written as YAML (./yaml.ts), and the one command that deploys one.
 * Anatomy: "Template sections", CloudFormation User Guide
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html
 * Deploying: https://docs.aws.amazon.com/cli/latest/reference/cloudformation/deploy/
 */
import type { CliCommand } from '../cli';
import { toYaml, type YamlMapping } from './yaml';

export interface CfnParameter {
	/** A parameter type, e.g. `String` or the AWS-specific `AWS::EC2::VPC::Id` (the console offers a picker). */
	readonly Type: string;
	readonly Description: string;
	/** What the reader passes at deploy time: an example value, shown as a marked placeholder. */
	readonly example: string;
}

export interface CfnResource {
	readonly Type: string;
	readonly Properties: YamlMapping;
}

export interface CfnTemplate {
	readonly Description: string;
	readonly Parameters?: Readonly<Record<string, CfnParameter>>;
	readonly Resources: Readonly<Record<string, CfnResource>>;
}

/** The only format version there is; a string, or YAML would read it as a date. */
export const TEMPLATE_FORMAT_VERSION = '2010-09-09';
export const TEMPLATE_FILE = 'template.yaml';

/** The template as YAML, sections in the documented order. */
export function templateYaml(template: CfnTemplate): string {
	const parameters = Object.entries(template.Parameters ?? {}).map(
		([name, { Type, Description }]) => [name, { Type, Description }] as const,
	);
	return toYaml({
		AWSTemplateFormatVersion: TEMPLATE_FORMAT_VERSION,
		Description: template.Description,
		...(parameters.length > 0 ? { Parameters: Object.fromEntries(parameters) } : {}),
		Resources: Object.fromEntries(
			Object.entries(template.Resources).map(([name, { Type, Properties }]) => [name, { Type, Properties }]),
		),
	});
}

/** `aws cloudformation deploy` for the template saved as template.yaml, each parameter given its example. */
export function deployCommand(template: CfnTemplate, stackName: string): CliCommand {
	const overrides = Object.entries(template.Parameters ?? {}).map(([name, p]) => `${name}=${p.example}`);
	return {
		service: 'cloudformation',
		operation: 'deploy',
		parameters: [
			{ name: '--template-file', values: [TEMPLATE_FILE] },
			{ name: '--stack-name', values: [stackName] },
			...(overrides.length > 0 ? [{ name: '--parameter-overrides', values: overrides }] : []),
		],
	};
}
