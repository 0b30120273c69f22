/**
 * A CloudFormation template for a widget's "Try it in your account" panel (src/lib/cloudformation). Its own
 * module, imported only by the panels that have a template, so other pages do not ship the YAML writer.
 */
import { deployCommand, templateYaml, TEMPLATE_FILE, type CfnTemplate } from '../../lib/cloudformation';
import type { TryInAccountTemplate } from './TryInAccount.views';

/** The panel's template, or none when the widget's state has no template (a Classic Load Balancer). */
export function panelTemplate(template: CfnTemplate | null, stackName: string): TryInAccountTemplate | undefined {
	if (template === null) return undefined;
	return { yaml: templateYaml(template), file: TEMPLATE_FILE, deploy: deployCommand(template, stackName) };
}
