import type { ChapterQuiz } from '../../lib/quiz';
import { ec2ComputedQuestions } from './computed-questions';

/** EC2 chapter quiz. Facts follow the corrected pages (errata E25–E35). */
export const ec2Quiz: ChapterQuiz = {
	chapter: 'ec2',
	title: 'EC2 quiz: check what you learned',
	questions: [
		{
			id: 'user-data',
			kind: 'single',
			prompt: 'By default, when does an EC2 user data script run?',
			options: [
				{ id: 'a', text: 'At every boot, as the default user.', correct: false },
				{ id: 'b', text: 'Once, at the first boot of the instance, as root.', correct: true },
				{ id: 'c', text: 'Whenever the instance is stopped.', correct: false },
			],
			explanation:
				'User data scripts run once at first boot with root privileges, unless you configure cloud-init to run them on every boot.',
			learnMore: { href: '/ec2/configuration/', label: 'EC2 configuration' },
		},
		{
			id: 'public-ip',
			kind: 'multiple',
			prompt: 'An instance has a public IPv4 address but cannot be reached from the internet. What else is needed?',
			options: [
				{ id: 'a', text: 'A route from its subnet to an internet gateway.', correct: true },
				{ id: 'b', text: 'Security group (and network ACL) rules that allow the traffic.', correct: true },
				{ id: 'c', text: 'A faster network card speed setting.', correct: false },
			],
			explanation:
				'A public IP is necessary but not sufficient: routing and firewalls must allow the traffic. There is no NIC speed setting; bandwidth comes with the instance type.',
			learnMore: { href: '/ec2/configuration/', label: 'EC2 configuration' },
		},
		{
			id: 'accelerated',
			kind: 'single',
			prompt: 'What do accelerated computing instances use?',
			options: [
				{ id: 'a', text: 'Only GPUs.', correct: false },
				{ id: 'b', text: 'Hardware accelerators: GPUs, FPGAs, AWS Inferentia and Trainium.', correct: true },
				{ id: 'c', text: 'More memory per vCPU.', correct: false },
			],
			explanation: 'Accelerated computing covers GPUs, FPGAs and AWS’s own Inferentia and Trainium chips.',
			learnMore: { href: '/ec2/instance-types/', label: 'Instance types' },
		},
		{
			id: 'on-demand-billing',
			kind: 'single',
			prompt: 'A Linux On-Demand instance runs for 45 seconds and is terminated. How much compute time is billed?',
			options: [
				{ id: 'a', text: '45 seconds.', correct: false },
				{ id: 'b', text: '60 seconds: per-second billing has a 60-second minimum.', correct: true },
				{ id: 'c', text: 'One full hour.', correct: false },
			],
			explanation:
				'Per-second billing applies with a 60-second minimum for most Linux and Windows usage, and only while the instance is running.',
			learnMore: { href: '/ec2/purchasing-options/', label: 'Purchasing options' },
		},
		{
			id: 'spot',
			kind: 'single',
			prompt: 'How do you get Spot Instances today?',
			options: [
				{ id: 'a', text: 'You bid, and the highest bid wins the capacity.', correct: false },
				{
					id: 'b',
					text: 'You pay the current Spot price; EC2 can interrupt with a two-minute notice when it needs the capacity back.',
					correct: true,
				},
				{ id: 'c', text: 'You commit to a one-year term.', correct: false },
			],
			explanation:
				'Bidding was removed in 2017. The Spot price moves gradually with supply and demand, and interruptions come with a two-minute notice.',
			learnMore: { href: '/ec2/purchasing-options/', label: 'Purchasing options' },
		},
		{
			id: 'savings-plans',
			kind: 'single',
			prompt: 'Which Savings Plan applies across instance families and Regions, and also to Fargate and Lambda?',
			options: [
				{ id: 'a', text: 'Compute Savings Plans.', correct: true },
				{ id: 'b', text: 'EC2 Instance Savings Plans.', correct: false },
				{ id: 'c', text: 'Convertible Reserved Instances.', correct: false },
			],
			explanation:
				'Compute Savings Plans are the flexible kind. EC2 Instance Savings Plans are tied to one family in one Region in exchange for a bigger discount.',
			learnMore: { href: '/ec2/purchasing-options/', label: 'Purchasing options' },
		},
		{
			id: 'dedicated-host',
			kind: 'single',
			prompt: 'Why choose a Dedicated Host over Dedicated Instances?',
			options: [
				{
					id: 'a',
					text: 'You get visibility of sockets and physical cores, which per-socket or per-core licences need.',
					correct: true,
				},
				{ id: 'b', text: 'You own and operate the hardware.', correct: false },
				{ id: 'c', text: 'It is always cheaper.', correct: false },
			],
			explanation:
				'Both are single-tenant; only a Dedicated Host gives socket/core visibility and host affinity for bring-your-own-licence software. AWS still owns the hardware.',
			learnMore: { href: '/ec2/purchasing-options/', label: 'Purchasing options' },
		},
		{
			id: 'reserved',
			kind: 'single',
			prompt: 'What is a Reserved Instance?',
			options: [
				{ id: 'a', text: 'A physical server set aside for you.', correct: false },
				{
					id: 'b',
					text: 'A billing discount applied to matching On-Demand usage for a 1- or 3-year term.',
					correct: true,
				},
				{ id: 'c', text: 'An instance that cannot be stopped.', correct: false },
			],
			explanation:
				'RIs are a billing construct. Only zonal RIs also reserve capacity; regional RIs give size and AZ flexibility instead.',
			learnMore: { href: '/ec2/purchasing-options/', label: 'Purchasing options' },
		},
		...ec2ComputedQuestions,
	],
};
