/**
 * Public surface of the CloudFormation writer: templates as data (CfnTemplate), written as YAML without a
 * YAML library in the browser, and the deploy command. Used by the "Try it in your account" exports
 * where a template reads more naturally than a string of CLI commands.
 */
export { CfnRef, ref, toYaml, yamlString, YamlWriteError } from './yaml';
export type { YamlMapping, YamlValue } from './yaml';
export { deployCommand, templateYaml, TEMPLATE_FILE, TEMPLATE_FORMAT_VERSION } from './template';
export type { CfnParameter, CfnResource, CfnTemplate } from './template';
