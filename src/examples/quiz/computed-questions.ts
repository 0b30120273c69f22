/** The engine-computed questions of each chapter quiz, with their scenarios (exported for the tests). */
import type { AlbRequest, Listener, ListenerCertificate } from '../../lib/elb';
import type { EvaluationInput } from '../../lib/iam';
import type { FlowInput } from '../../lib/network';
import {
	albRoutingQuestion,
	flowQuestion,
	gp3MaxIopsQuestion,
	iamDecisionQuestion,
	instanceProcessorQuestion,
	offeredInstanceQuestion,
	sniQuestion,
} from './computed';

const alice = 'arn:aws:iam::123456789012:user/alice';

export const iamDenyWinsScenario: EvaluationInput = {
	request: { principal: alice, action: 's3:DeleteObject', resource: 'arn:aws:s3:::reports/2026/q3.csv' },
	identityPolicies: [
		{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::reports/*' }] },
		{ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:Delete*', Resource: '*' }] },
	],
};

export const iamNoAllowScenario: EvaluationInput = {
	request: { principal: alice, action: 's3:PutObject', resource: 'arn:aws:s3:::reports/upload.csv' },
	identityPolicies: [
		{
			Version: '2012-10-17',
			Statement: [
				{
					Effect: 'Allow',
					Action: ['s3:GetObject', 's3:ListBucket'],
					Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'],
				},
			],
		},
	],
};

const policySnippet = (input: EvaluationInput) => JSON.stringify(input.identityPolicies, null, 2);

export const iamComputedQuestions = [
	iamDecisionQuestion(
		{
			id: 'computed-deny-wins',
			prompt: `Alice has the two identity policies below. She calls ${iamDenyWinsScenario.request.action} on ${iamDenyWinsScenario.request.resource}. What does AWS decide?`,
			snippet: { language: 'json', code: policySnippet(iamDenyWinsScenario) },
			explanation:
				'The first policy allows every S3 action on the bucket, but the second explicitly denies s3:Delete*. An explicit Deny in any policy overrides every Allow.',
			learnMore: { href: '/iam/policy-inheritance/', label: 'Policy inheritance' },
		},
		iamDenyWinsScenario,
	),
	iamDecisionQuestion(
		{
			id: 'computed-implicit-deny',
			prompt: `Alice has only the policy below. She calls ${iamNoAllowScenario.request.action} on ${iamNoAllowScenario.request.resource}. What does AWS decide?`,
			snippet: { language: 'json', code: policySnippet(iamNoAllowScenario) },
			explanation:
				'No statement allows s3:PutObject, and nothing denies it either: every request starts implicitly denied, so it stays denied.',
			learnMore: { href: '/iam/permissions/', label: 'Permissions' },
		},
		iamNoAllowScenario,
	),
];

export const ec2ComputedQuestions = [
	instanceProcessorQuestion(
		{
			id: 'computed-c7gn',
			prompt: 'Which processor does the name c7gn.16xlarge tell you about?',
			explanation:
				'After the family (c) and generation (7) come the option letters: g = AWS Graviton, n = network optimised. The size is 16xlarge.',
			learnMore: { href: '/ec2/instance-types/', label: 'Instance types' },
		},
		'c7gn.16xlarge',
	),
	instanceProcessorQuestion(
		{
			id: 'computed-m5',
			prompt: 'Which processor does the name m5.2xlarge tell you about?',
			explanation:
				'm5 has no processor letter after the generation. Such families do run on a specific processor, but the name itself does not say which.',
			learnMore: { href: '/ec2/instance-types/', label: 'Instance types' },
		},
		'm5.2xlarge',
	),
	offeredInstanceQuestion(
		{
			id: 'computed-offered',
			prompt: 'Which of these instance types does EC2 actually offer?',
			explanation:
				'All three are well-formed names, but EC2 only offers some sizes per family: m5 has no nano and no 3xlarge size.',
			learnMore: { href: '/ec2/instance-types/', label: 'Instance types' },
		},
		['m5.nano', 'm5.3xlarge', 'm5.2xlarge'],
	),
];

const webServerGroups: FlowInput['groups'] = [
	{
		id: 'sg-web',
		inbound: [
			{ protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0', description: 'HTTP from anywhere' },
			{ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '122.149.196.85/32', description: 'SSH from my IP' },
		],
		outbound: [{ protocol: '-1', cidr: '0.0.0.0/0' }],
	},
];

export const sshFromOtherComputer: FlowInput = {
	groups: webServerGroups,
	source: { ip: '203.0.113.50' },
	destination: { ip: '10.0.1.10', securityGroupIds: ['sg-web'] },
	protocol: 'tcp',
	port: 22,
};

export const httpFromInternet: FlowInput = { ...sshFromOtherComputer, port: 80 };

const rulesSnippet = 'Inbound rules of sg-web:\n  HTTP  TCP 80  0.0.0.0/0\n  SSH   TCP 22  122.149.196.85/32';

export const securityGroupsComputedQuestions = [
	flowQuestion(
		{
			id: 'computed-ssh-other',
			prompt:
				'The web server’s group has the inbound rules below. A computer at 203.0.113.50 opens SSH (TCP 22) to the server. What happens?',
			snippet: { language: 'text', code: rulesSnippet },
			explanation:
				'SSH is allowed only from 122.149.196.85/32. No rule matches 203.0.113.50 on port 22, so the packets are dropped silently and the client times out.',
			learnMore: { href: '/security-groups/rules/', label: 'Security group rules' },
		},
		sshFromOtherComputer,
	),
	flowQuestion(
		{
			id: 'computed-http-anywhere',
			prompt: 'Same group. The computer at 203.0.113.50 opens HTTP (TCP 80) to the server. What happens?',
			snippet: { language: 'text', code: rulesSnippet },
			explanation:
				'HTTP is allowed from 0.0.0.0/0, which contains every IPv4 address; the response goes back out because security groups are stateful.',
			learnMore: { href: '/security-groups/rules/', label: 'Security group rules' },
		},
		httpFromInternet,
	),
];

export const storageComputedQuestions = [
	gp3MaxIopsQuestion(
		{
			id: 'computed-gp3-iops',
			prompt: 'What is the most IOPS you can provision on a 20 GiB gp3 volume?',
			explanation:
				'gp3 allows up to 500 provisioned IOPS per GiB: 20 GiB × 500 = 10,000 IOPS. Bigger volumes can go higher, up to the gp3 maximum.',
			learnMore: { href: '/storage/ebs/', label: 'EBS' },
		},
		20,
		[3_000, 16_000],
	),
];

export const shopListener: Listener = {
	rules: [
		{ priority: 10, conditions: [{ field: 'path-pattern', values: ['/api/*'] }], action: 'forward to api-tg' },
		{ priority: 5, conditions: [{ field: 'host-header', values: ['admin.myapp.com'] }], action: 'forward to admin-tg' },
		{ priority: 20, conditions: [{ field: 'path-pattern', values: ['/images/*'] }], action: 'forward to images-tg' },
	],
	defaultAction: 'forward to web-tg',
};

export const adminApiRequest: AlbRequest = { host: 'admin.myapp.com', path: '/api/users', method: 'GET' };

export const listenerCertificates: ListenerCertificate[] = [
	{ id: 'cert-default', domains: ['myapp.com'], isDefault: true },
	{ id: 'cert-wildcard', domains: ['*.myapp.com'] },
	{ id: 'cert-api', domains: ['api.myapp.com'] },
];

export const loadBalancingComputedQuestions = [
	albRoutingQuestion(
		{
			id: 'computed-alb-priority',
			prompt:
				'An ALB listener has these rules. A request arrives for https://admin.myapp.com/api/users. Where does it go?',
			snippet: {
				language: 'text',
				code: 'priority 10: path /api/*           → forward to api-tg\npriority  5: host admin.myapp.com  → forward to admin-tg\npriority 20: path /images/*        → forward to images-tg\ndefault:                            → forward to web-tg',
			},
			explanation:
				'Rules are evaluated by priority number, lowest first, whatever order they are listed in. Both priority 5 and 10 match; priority 5 wins.',
			learnMore: { href: '/load-balancing/alb/', label: 'Application Load Balancer' },
		},
		shopListener,
		adminApiRequest,
	),
	sniQuestion(
		{
			id: 'computed-sni-exact',
			prompt:
				'An HTTPS listener has the certificates below. A browser connects with SNI api.myapp.com. Which certificate is presented?',
			explanation:
				'An exact name match is preferred over a wildcard, and the default certificate is only the fallback.',
			learnMore: { href: '/load-balancing/sni/', label: 'SNI' },
		},
		listenerCertificates,
		'api.myapp.com',
	),
	sniQuestion(
		{
			id: 'computed-sni-two-labels',
			prompt: 'Same listener. A client connects with SNI v2.api.myapp.com. Which certificate is presented?',
			explanation:
				'A wildcard covers exactly one label: *.myapp.com matches api.myapp.com but not v2.api.myapp.com. With no match, the default certificate is used.',
			learnMore: { href: '/load-balancing/sni/', label: 'SNI' },
		},
		listenerCertificates,
		'v2.api.myapp.com',
	),
];
