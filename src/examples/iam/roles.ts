/**
 * An EC2 instance role: its trust policy (who may assume it — uses Principal) and its permissions
 * policy (what it may do — no Principal). Used on iam/roles.
 */
export const ROLE_ACCOUNT = '123456789012';
export const ROLE_ARN = `arn:aws:iam::${ROLE_ACCOUNT}:role/AppServerRole`;
/** The credentials an instance gets are an assumed-role session; EC2 names the session after the instance ID. */
export const ROLE_SESSION = `arn:aws:sts::${ROLE_ACCOUNT}:assumed-role/AppServerRole/i-0abcd1234example`;
export const ORDERS_TABLE = `arn:aws:dynamodb:us-east-1:${ROLE_ACCOUNT}:table/Orders`;
export const UPLOADS_BUCKET = 'arn:aws:s3:::amzn-s3-demo-bucket-uploads';

export const trustPolicy = {
	Version: '2012-10-17',
	Statement: [
		{ Sid: 'EC2CanAssume', Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
	],
};

export const permissionsPolicy = {
	Version: '2012-10-17',
	Statement: [
		{ Sid: 'Uploads', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${UPLOADS_BUCKET}/*` },
		{
			Sid: 'OrdersTable',
			Effect: 'Allow',
			Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
			Resource: ORDERS_TABLE,
		},
	],
};

export const assumeQuestions = [
	{ id: 'ec2', principal: 'ec2.amazonaws.com', label: 'Amazon EC2 (ec2.amazonaws.com)', expected: 'Allow' },
	{
		id: 'lambda',
		principal: 'lambda.amazonaws.com',
		label: 'AWS Lambda (lambda.amazonaws.com)',
		expected: 'ImplicitDeny',
	},
	{
		id: 'alice',
		principal: `arn:aws:iam::${ROLE_ACCOUNT}:user/alice`,
		label: 'IAM user alice in the same account',
		expected: 'ImplicitDeny',
	},
] as const;

export const doQuestions = [
	{
		id: 'put',
		action: 's3:PutObject',
		resource: `${UPLOADS_BUCKET}/images/cat.jpg`,
		label: 'Upload to the uploads bucket',
		expected: 'Allow',
	},
	{
		id: 'delete',
		action: 's3:DeleteObject',
		resource: `${UPLOADS_BUCKET}/images/cat.jpg`,
		label: 'Delete from the uploads bucket',
		expected: 'ImplicitDeny',
	},
	{
		id: 'putitem',
		action: 'dynamodb:PutItem',
		resource: ORDERS_TABLE,
		label: 'Write an order to DynamoDB',
		expected: 'Allow',
	},
	{
		id: 'scan',
		action: 'dynamodb:Scan',
		resource: ORDERS_TABLE,
		label: 'Scan the whole Orders table',
		expected: 'ImplicitDeny',
	},
	{
		id: 'terminate',
		action: 'ec2:TerminateInstances',
		resource: `arn:aws:ec2:us-east-1:${ROLE_ACCOUNT}:instance/i-0abcd1234example`,
		label: 'Terminate an instance',
		expected: 'ImplicitDeny',
	},
] as const;
