import type { ChapterQuiz } from '../../lib/quiz';
import { securityGroupsComputedQuestions } from './computed-questions';

/** Security groups & ports quiz. Facts follow the corrected pages (errata E36–E44). */
export const securityGroupsQuiz: ChapterQuiz = {
	chapter: 'security-groups',
	title: 'Security groups & ports quiz: check what you learned',
	questions: [
		{
			id: 'stateful',
			kind: 'single',
			prompt:
				'A security group allows inbound HTTP on port 80 and has no outbound rules. Can the web server answer the request?',
			options: [
				{ id: 'a', text: 'No: the response needs an outbound rule.', correct: false },
				{
					id: 'b',
					text: 'Yes: security groups are stateful, so responses to allowed requests are allowed automatically.',
					correct: true,
				},
				{ id: 'c', text: 'Only if a network ACL allows it too, and never otherwise.', correct: false },
			],
			explanation:
				'Security groups track connections: return traffic of an allowed connection flows regardless of rules. Network ACLs are stateless and do need rules for return traffic.',
			learnMore: { href: '/security-groups/', label: 'Security groups' },
		},
		{
			id: 'allow-only',
			kind: 'single',
			prompt: 'How do you block one IP address with a security group?',
			options: [
				{ id: 'a', text: 'Add a deny rule for that IP.', correct: false },
				{ id: 'b', text: 'You cannot: security group rules only allow. Use a network ACL deny rule.', correct: true },
			],
			explanation:
				'Security group rules are allow rules; anything not allowed is denied. Network ACLs support both allow and deny.',
			learnMore: { href: '/security-groups/', label: 'Security groups' },
		},
		{
			id: 'new-group-defaults',
			kind: 'single',
			prompt: 'What does a newly created (non-default) security group allow?',
			options: [
				{ id: 'a', text: 'All inbound and no outbound traffic.', correct: false },
				{ id: 'b', text: 'No inbound traffic and all outbound traffic.', correct: true },
				{ id: 'c', text: 'Nothing at all.', correct: false },
			],
			explanation:
				'A new group has no inbound rules and one outbound allow-all rule. The VPC’s default group also allows inbound traffic from members of the same group.',
			learnMore: { href: '/security-groups/inbound-outbound/', label: 'Inbound and outbound' },
		},
		{
			id: 'timeout',
			kind: 'single',
			prompt: 'SSH to your instance hangs and then times out. What is the most likely first thing to check?',
			options: [
				{ id: 'a', text: 'The security group’s inbound rule for TCP 22 from your IP.', correct: true },
				{ id: 'b', text: 'Whether sshd is running; a timeout always means the service is down.', correct: false },
				{ id: 'c', text: 'Your IAM password policy.', correct: false },
			],
			explanation:
				'A timeout means packets are dropped on the way: security group, network ACL, routing or an OS firewall. “Connection refused” means the packet arrived but nothing listened on the port.',
			learnMore: { href: '/security-groups/good-to-know/', label: 'Good to know' },
		},
		{
			id: 'referencing',
			kind: 'single',
			prompt:
				'The app servers’ group allows port 80 from the load balancer’s security group. Who can connect on port 80?',
			options: [
				{ id: 'a', text: 'Anything in the same VPC.', correct: false },
				{ id: 'b', text: 'Only network interfaces that carry the load balancer’s security group.', correct: true },
				{ id: 'c', text: 'The whole internet, through the load balancer’s public IP.', correct: false },
			],
			explanation:
				'A rule that references a security group matches traffic from interfaces associated with that group, using their private IPs.',
			learnMore: { href: '/security-groups/referencing/', label: 'Referencing' },
		},
		{
			id: 'sftp',
			kind: 'single',
			prompt: 'Which protocol runs over SSH on TCP port 22?',
			options: [
				{ id: 'a', text: 'FTPS', correct: false },
				{ id: 'b', text: 'SFTP, the SSH File Transfer Protocol', correct: true },
				{ id: 'c', text: 'FTP', correct: false },
			],
			explanation:
				'SFTP is a different protocol from FTP and runs over SSH on 22. FTP secured with TLS is FTPS (explicit on 21, implicit on 990).',
			learnMore: { href: '/security-groups/ports/', label: 'Ports' },
		},
		{
			id: 'port-25',
			kind: 'single',
			prompt: 'What is special about outbound port 25 on EC2?',
			options: [
				{ id: 'a', text: 'Nothing, it behaves like any other port.', correct: false },
				{
					id: 'b',
					text: 'Outbound traffic to public IPs on port 25 is restricted by default; you request its removal.',
					correct: true,
				},
				{ id: 'c', text: 'It is only open for Windows instances.', correct: false },
			],
			explanation: 'AWS restricts outbound SMTP on 25 by default. Mail clients usually submit on 587 (or 465) anyway.',
			learnMore: { href: '/security-groups/ports/', label: 'Ports' },
		},
		{
			id: 'scope',
			kind: 'single',
			prompt: 'Can a security group be used in another Region?',
			options: [
				{ id: 'a', text: 'Yes, security groups are global.', correct: false },
				{
					id: 'b',
					text: 'No: a security group is Regional; it can be associated with other VPCs of the same Region, not other Regions.',
					correct: true,
				},
			],
			explanation:
				'Security groups are Region-bound. A group created in one VPC can now be associated with other VPCs in the same Region that you own or that are shared with you.',
			learnMore: { href: '/security-groups/good-to-know/', label: 'Good to know' },
		},
		...securityGroupsComputedQuestions,
	],
};
