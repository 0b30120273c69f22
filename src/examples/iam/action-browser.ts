/** The action browser's starting query and its quick picks (page and unit test import this file). */
export const actionBrowserExample = {
	query: 's3:Get*',
	presets: ['ec2:RunInstances', 'iam:PassRole', 's3:Get*', 'sts:AssumeRole*', 'kms'],
};
