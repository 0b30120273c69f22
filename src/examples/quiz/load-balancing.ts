import type { ChapterQuiz } from '../../lib/quiz';
import { loadBalancingComputedQuestions } from './computed-questions';

/** Load balancing & scaling quiz. Facts follow the corrected pages (errata E51–E80). */
export const loadBalancingQuiz: ChapterQuiz = {
	chapter: 'load-balancing',
	title: 'Load balancing & scaling quiz: check what you learned',
	questions: [
		{
			id: 'elasticity',
			kind: 'single',
			prompt: 'What is elasticity?',
			options: [
				{ id: 'a', text: 'Moving to a bigger instance type.', correct: false },
				{ id: 'b', text: 'Adding and removing resources automatically to match demand.', correct: true },
				{ id: 'c', text: 'Running in two Availability Zones.', correct: false },
			],
			explanation:
				'Horizontal scaling means more instances; elasticity means scaling out and in automatically as demand changes (usually with Auto Scaling).',
			learnMore: { href: '/load-balancing/', label: 'Scalability & high availability' },
		},
		{
			id: 'nlb-tls',
			kind: 'single',
			prompt: 'Can a Network Load Balancer terminate TLS?',
			options: [
				{ id: 'a', text: 'No, only an ALB can.', correct: false },
				{ id: 'b', text: 'Yes, with a TLS listener and a certificate (for example from ACM).', correct: true },
			],
			explanation:
				'NLB TLS listeners offload encryption, with security policies, SNI and a certificate list. What NLB does not do is HTTP-level routing.',
			learnMore: { href: '/load-balancing/nlb/', label: 'Network Load Balancer' },
		},
		{
			id: 'clb',
			kind: 'multiple',
			prompt: 'Which statements about the Classic Load Balancer are true?',
			options: [
				{ id: 'a', text: 'It supports HTTP and HTTPS listeners as well as TCP and SSL.', correct: true },
				{ id: 'b', text: 'It is the previous generation and does not support SNI.', correct: true },
				{ id: 'c', text: 'It is “v2”, newer than ALB.', correct: false },
				{ id: 'd', text: 'It only works at the TCP level.', correct: false },
			],
			explanation:
				'CLB is the previous generation (API 2012-06-01). It has layer-7 listeners but no content-based rules, target groups or SNI.',
			learnMore: { href: '/load-balancing/sni/', label: 'SNI' },
		},
		{
			id: 'health-threshold',
			kind: 'single',
			prompt: 'With ALB defaults, a healthy target fails one health check. What is its state?',
			options: [
				{ id: 'a', text: 'Unhealthy at once.', correct: false },
				{
					id: 'b',
					text: 'Still healthy: it turns unhealthy only after 2 consecutive failures (the unhealthy threshold).',
					correct: true,
				},
			],
			explanation: 'ALB defaults: interval 30 s, unhealthy threshold 2, healthy threshold 5, success code 200.',
			learnMore: { href: '/load-balancing/health-checks/', label: 'Health checks' },
		},
		{
			id: 'sticky-nlb',
			kind: 'single',
			prompt: 'How does a Network Load Balancer keep a client on the same target?',
			options: [
				{ id: 'a', text: 'With the AWSALB cookie.', correct: false },
				{ id: 'b', text: 'By source IP affinity; clients behind one NAT all stick to one target.', correct: true },
				{ id: 'c', text: 'It cannot.', correct: false },
			],
			explanation: 'Cookie stickiness is for ALB and CLB. NLB stickiness uses the source IP address.',
			learnMore: { href: '/load-balancing/sticky-sessions/', label: 'Sticky sessions' },
		},
		{
			id: 'sni-default',
			kind: 'single',
			prompt:
				'A client connects to an HTTPS listener without sending SNI. Which certificate does the listener present?',
			options: [
				{ id: 'a', text: 'The listener’s default certificate.', correct: true },
				{ id: 'b', text: 'The first certificate in the certificate list.', correct: false },
				{ id: 'c', text: 'None; the handshake fails.', correct: false },
			],
			explanation: 'Without SNI, or when no certificate matches the name, the default certificate is used.',
			learnMore: { href: '/load-balancing/sni/', label: 'SNI' },
		},
		{
			id: 'ip-targets',
			kind: 'multiple',
			prompt: 'Which addresses can be registered as ip targets of an ALB target group?',
			options: [
				{ id: 'a', text: '10.0.1.25 (RFC 1918)', correct: true },
				{ id: 'b', text: '100.64.0.10 (RFC 6598)', correct: true },
				{ id: 'c', text: '8.8.8.8 (publicly routable)', correct: false },
			],
			explanation:
				'IP targets must be in the VPC’s subnets, RFC 1918 or RFC 6598 ranges; publicly routable IPs are not allowed.',
			learnMore: { href: '/load-balancing/alb-target-groups/', label: 'ALB target groups' },
		},
		{
			id: 'waf',
			kind: 'single',
			prompt: 'Which load balancer type can AWS WAF protect?',
			options: [
				{ id: 'a', text: 'Application Load Balancer', correct: true },
				{ id: 'b', text: 'Network Load Balancer', correct: false },
				{ id: 'c', text: 'Gateway Load Balancer', correct: false },
			],
			explanation:
				'Of the load balancers, WAF attaches only to ALBs (it also protects CloudFront, API Gateway and others).',
			learnMore: { href: '/load-balancing/why-elb/', label: 'Why ELB' },
		},
		{
			id: 'gwlb',
			kind: 'single',
			prompt: 'How does a Gateway Load Balancer exchange traffic with its appliances?',
			options: [
				{ id: 'a', text: 'HTTP on port 80.', correct: false },
				{ id: 'b', text: 'GENEVE encapsulation on UDP port 6081.', correct: true },
				{ id: 'c', text: 'TLS on port 443.', correct: false },
			],
			explanation:
				'GWLB works at layer 3, listens for all IP packets and uses GENEVE on port 6081, keeping flows sticky to one appliance.',
			learnMore: { href: '/load-balancing/load-balancer-types/', label: 'Load balancer types' },
		},
		...loadBalancingComputedQuestions,
	],
};
