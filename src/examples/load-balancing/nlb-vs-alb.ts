/**
 * The ALB-vs-NLB comparison on the nlb page, as data: the page renders this table and
 * test/unit/elb/alb-compare.test.ts checks it (every row filled, every row sourced).
 * Sources: ALB and NLB User Guides (docs.aws.amazon.com/elasticloadbalancing/latest/{application,network}/).
 */
export interface ComparisonRow {
	feature: string;
	alb: string;
	nlb: string;
	/** AWS documentation page the row is checked against. */
	source: string;
}

export const albVsNlb: ComparisonRow[] = [
	{
		feature: 'OSI layer',
		alb: 'Layer 7 (application: HTTP)',
		nlb: 'Layer 4 (transport: TCP/UDP)',
		source: 'What is an Application Load Balancer?; What is a Network Load Balancer?',
	},
	{
		feature: 'Listener protocols',
		alb: 'HTTP, HTTPS (with WebSockets, HTTP/2, gRPC)',
		nlb: 'TCP, UDP, TCP_UDP, TLS',
		source: 'Listeners for your Application Load Balancers; Listeners for your Network Load Balancers',
	},
	{
		feature: 'Routing decisions',
		alb: 'Listener rules on host, path, headers, method, query string, source IP',
		nlb: 'Each listener (protocol + port) forwards to one target group, or splits connections across several weighted target groups; never looks inside the traffic',
		source: 'Listener rules for your Application Load Balancer; Listeners for your Network Load Balancers',
	},
	{
		feature: 'Actions',
		alb: 'Forward (also weighted), redirect, fixed response, authenticate (OIDC/Cognito)',
		nlb: 'Forward (to one target group, or weighted across several)',
		source:
			'Listener rules for your Application Load Balancer — Action types; Listeners for your Network Load Balancers',
	},
	{
		feature: 'Static IP addresses',
		alb: 'No — reach it by its DNS name (its IPs change)',
		nlb: 'One static IP per enabled AZ; internet-facing: one Elastic IP per subnet',
		source: 'What is a Network Load Balancer?',
	},
	{
		feature: 'TLS termination',
		alb: 'Yes — HTTPS listener with ACM certificate',
		nlb: 'Yes — TLS listener with ACM certificate (or TCP 443 passthrough to let targets decrypt)',
		source: 'TLS listeners for your Network Load Balancer',
	},
	{
		feature: 'SNI (several certificates on one listener)',
		alb: 'Yes',
		nlb: 'Yes (TLS listeners)',
		source: 'SSL certificates for your ALB; Server certificates for your NLB',
	},
	{
		feature: 'Security groups',
		alb: 'Yes',
		nlb: 'Yes, but only if at least one is associated when the NLB is created',
		source: 'Update the security groups for your Network Load Balancer',
	},
	{
		feature: 'Target types',
		alb: 'instance, ip, lambda',
		nlb: 'instance, ip, alb (an ALB behind the NLB)',
		source: 'Target groups for your ALBs / NLBs — Target type',
	},
	{
		feature: 'Client IP at the target',
		alb: 'In the X-Forwarded-For header (the TCP connection comes from the ALB)',
		nlb: 'Client IP preservation: on by default for instance targets (and always for UDP); can be enabled for ip targets',
		source: 'HTTP headers and ALBs; Target groups for your NLBs — Client IP preservation',
	},
	{
		feature: 'Sticky sessions',
		alb: 'Cookies: duration-based (AWSALB) or application-based (AWSALBAPP)',
		nlb: 'Source IP affinity (no cookies)',
		source: 'Sticky sessions for your ALB; Target groups for your NLBs — Sticky sessions',
	},
	{
		feature: 'Health checks',
		alb: 'HTTP or HTTPS',
		nlb: 'TCP, HTTP or HTTPS',
		source: 'Health checks for ALB / NLB target groups',
	},
	{
		feature: 'Cross-zone load balancing',
		alb: 'Always on at the load balancer (can be turned off per target group)',
		nlb: 'Off by default',
		source: 'How Elastic Load Balancing works — Cross-zone load balancing',
	},
	{ feature: 'AWS WAF', alb: 'Yes', nlb: 'No', source: 'What is AWS WAF?' },
	{
		feature: 'Typical uses',
		alb: 'Websites, APIs, microservices and containers (ECS)',
		nlb: 'Gaming, IoT, streaming, real-time apps, non-HTTP protocols, PrivateLink services',
		source: 'What is a Network Load Balancer?',
	},
];
