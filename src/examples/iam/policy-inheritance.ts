/**
 * D03 — the notes' inheritance example as data: Developers (Alice, Bob, Charles), DevOps Team
 * (Charles, David), Operations (David, Fred), and an inline policy on Fred. A user's effective
 * permissions are the union of every policy of every group they are in, plus their own policies.
 * The optional Deny shows that an explicit Deny in one group beats an Allow from another.
 */
export const INHERITANCE_ACCOUNT = '123456789012';
export const APP_BUCKET = 'arn:aws:s3:::amzn-s3-demo-bucket-app';

export interface GroupDefinition {
	name: string;
	members: string[];
	policy: object;
}

export const users = ['Alice', 'Bob', 'Charles', 'David', 'Fred'] as const;

export const groups: GroupDefinition[] = [
	{
		name: 'Developers',
		members: ['Alice', 'Bob', 'Charles'],
		policy: {
			Version: '2012-10-17',
			Statement: [
				{
					Sid: 'EC2Access',
					Effect: 'Allow',
					Action: ['ec2:Describe*', 'ec2:StartInstances', 'ec2:StopInstances'],
					Resource: '*',
				},
				{ Sid: 'S3AppBucket', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${APP_BUCKET}/*` },
			],
		},
	},
	{
		name: 'DevOps Team',
		members: ['Charles', 'David'],
		policy: {
			Version: '2012-10-17',
			Statement: [
				{
					Sid: 'Deployments',
					Effect: 'Allow',
					Action: ['cloudformation:CreateStack', 'cloudformation:UpdateStack', 'cloudformation:Describe*'],
					Resource: '*',
				},
			],
		},
	},
	{
		name: 'Operations',
		members: ['David', 'Fred'],
		policy: {
			Version: '2012-10-17',
			Statement: [
				{
					Sid: 'Monitoring',
					Effect: 'Allow',
					Action: [
						'cloudwatch:DescribeAlarms',
						'cloudwatch:GetMetricData',
						'ec2:RebootInstances',
						'ec2:DescribeInstances',
					],
					Resource: '*',
				},
			],
		},
	},
];

/** Fred's inline policy: embedded in Fred only, deleted with him (E03). */
export const inlinePolicies: Record<string, object> = {
	Fred: {
		Version: '2012-10-17',
		Statement: [{ Sid: 'CostReports', Effect: 'Allow', Action: 'ce:GetCostAndUsage', Resource: '*' }],
	},
};

/** The toggle: an explicit Deny added to the DevOps Team group's policy. */
export const devOpsDenyStatement = {
	Sid: 'NoAppDataWrites',
	Effect: 'Deny',
	Action: 's3:PutObject',
	Resource: `${APP_BUCKET}/*`,
};

export interface MatrixAction {
	action: string;
	resource: string;
	label: string;
}

export const matrixActions: MatrixAction[] = [
	{ action: 'ec2:DescribeInstances', resource: '*', label: 'Describe EC2 instances' },
	{
		action: 'ec2:StopInstances',
		resource: `arn:aws:ec2:us-east-1:${INHERITANCE_ACCOUNT}:instance/i-0abcd1234example`,
		label: 'Stop an EC2 instance',
	},
	{ action: 's3:PutObject', resource: `${APP_BUCKET}/build/app.zip`, label: 'Upload to the app bucket' },
	{
		action: 'cloudformation:CreateStack',
		resource: `arn:aws:cloudformation:us-east-1:${INHERITANCE_ACCOUNT}:stack/web/*`,
		label: 'Create a CloudFormation stack',
	},
	{ action: 'cloudwatch:DescribeAlarms', resource: '*', label: 'Read CloudWatch alarms' },
	{ action: 'ce:GetCostAndUsage', resource: '*', label: 'Read cost reports' },
];

export const userArn = (user: string): string => `arn:aws:iam::${INHERITANCE_ACCOUNT}:user/${user.toLowerCase()}`;

export interface InheritanceState {
	/** group name → member names */
	membership: Record<string, string[]>;
	denyOn: boolean;
}

export const initialInheritanceState: InheritanceState = {
	membership: Object.fromEntries(groups.map((g) => [g.name, [...g.members]])),
	denyOn: false,
};

/** The policies that apply to one user: each group they are in, then their inline policy. */
export function policiesFor(
	user: string,
	state: InheritanceState,
	groupPolicies: Record<string, object> = Object.fromEntries(groups.map((g) => [g.name, g.policy])),
): { source: string; policy: object }[] {
	const out: { source: string; policy: object }[] = [];
	for (const group of groups) {
		if (!(state.membership[group.name] ?? []).includes(user)) continue;
		let policy = groupPolicies[group.name] ?? group.policy;
		if (state.denyOn && group.name === 'DevOps Team') {
			const p = policy as { Version: string; Statement: object[] };
			policy = { ...p, Statement: [...p.Statement, devOpsDenyStatement] };
		}
		out.push({ source: `group ${group.name}`, policy });
	}
	const inline = inlinePolicies[user];
	if (inline) out.push({ source: `${user}'s inline policy`, policy: inline });
	return out;
}

/** The decisions the page shows (the unit test recomputes them with the engine). */
export const expectedMatrix: Record<string, string[]> = {
	//          Describe  Stop     PutObject  CreateStack  Alarms   Cost
	Alice: ['Allow', 'Allow', 'Allow', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny'],
	Bob: ['Allow', 'Allow', 'Allow', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny'],
	Charles: ['Allow', 'Allow', 'Allow', 'Allow', 'ImplicitDeny', 'ImplicitDeny'],
	David: ['Allow', 'ImplicitDeny', 'ImplicitDeny', 'Allow', 'Allow', 'ImplicitDeny'],
	Fred: ['Allow', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny', 'Allow', 'Allow'],
};

/**
 * With the DevOps Deny switched on, the upload becomes an explicit deny for both DevOps members:
 * for Charles it overrides the Allow he gets from Developers; David had no Allow to lose.
 */
export const expectedWithDeny: Record<string, string[]> = {
	...expectedMatrix,
	Charles: ['Allow', 'Allow', 'ExplicitDeny', 'Allow', 'ImplicitDeny', 'ImplicitDeny'],
	David: ['Allow', 'ImplicitDeny', 'ExplicitDeny', 'Allow', 'Allow', 'ImplicitDeny'],
};

/** The matrix widget's example (InheritanceMatrix.astro): Charles's upload is selected at first. */
export const inheritanceExample = {
	account: INHERITANCE_ACCOUNT,
	users,
	groups,
	inlinePolicies,
	actions: matrixActions,
	denyStatement: devOpsDenyStatement,
	denyGroup: 'DevOps Team',
	selected: 'Charles|2',
};
