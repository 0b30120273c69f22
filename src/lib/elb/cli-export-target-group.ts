/**
 * A target group as a CloudFormation resource (AWS::ElasticLoadBalancingV2::TargetGroup), shared by the
 * health-check and stickiness templates.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-targetgroup.html
 */
import { ref, type CfnParameter, type CfnResource, type CfnTemplate, type YamlMapping } from '../cloudformation';
import { ELB_PLACEHOLDERS } from './cli-export';

const TARGET_GROUP_TYPE = 'AWS::ElasticLoadBalancingV2::TargetGroup';

// A function, not a constant: reading ELB_PLACEHOLDERS at module level counts as a side effect to the
// bundler, which would then ship this module (and the YAML writer) to every page that uses src/lib/elb.
const vpcParameter = (): CfnParameter => ({
	Type: 'AWS::EC2::VPC::Id',
	Description: 'The VPC of the targets',
	example: ELB_PLACEHOLDERS.vpcId,
});

/** The target group's own settings: what create-target-group takes besides the health check. */
export function targetGroupBase(name: string, protocol: 'HTTP' | 'TCP', grpc = false): YamlMapping {
	return {
		Name: name,
		Protocol: protocol,
		...(grpc ? { ProtocolVersion: 'GRPC' } : {}),
		Port: 80,
		VpcId: ref('VpcId'),
	};
}

export function targetGroupTemplate(description: string, properties: YamlMapping): CfnTemplate {
	const resource: CfnResource = { Type: TARGET_GROUP_TYPE, Properties: properties };
	return { Description: description, Parameters: { VpcId: vpcParameter() }, Resources: { TargetGroup: resource } };
}
