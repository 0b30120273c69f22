/** What both EC2 panels say about run-instances (no engine import: the user data page ships this). */

// run-instances without --subnet-id launches into the Region's default VPC.
// https://docs.aws.amazon.com/cli/latest/reference/ec2/run-instances.html
export const DEFAULT_VPC_NOTE =
	'Without --subnet-id the instance goes into your default VPC, with its default security group; if the Region has no default VPC, add --subnet-id subnet-… .';

export const RUN_INSTANCES_ANSWER =
	'the new instance as JSON (its InstanceId, i-…, in State pending). It bills while it runs: remove it with aws ec2 terminate-instances --instance-ids and that ID.';
