import { gp3BaselineIops, gp3BaselineThroughputMiBps } from '../../lib/facts';
import type { ChapterQuiz } from '../../lib/quiz';
import { storageComputedQuestions } from './computed-questions';

/** gp3's included performance, from the facts registry. */
const gp3Baseline = `${gp3BaselineIops.text} and ${gp3BaselineThroughputMiBps.text}`;

/** Storage chapter quiz. Facts follow the corrected pages (errata E45–E50). */
export const storageQuiz: ChapterQuiz = {
	chapter: 'storage',
	title: 'Storage quiz: check what you learned',
	questions: [
		{
			id: 'root-delete',
			kind: 'single',
			prompt: 'You terminate an instance launched with default settings. What happens to its root EBS volume?',
			options: [
				{ id: 'a', text: 'It is kept, because EBS always outlives the instance.', correct: false },
				{
					id: 'b',
					text: 'It is deleted, because the root volume’s DeleteOnTermination flag defaults to true.',
					correct: true,
				},
				{ id: 'c', text: 'It is moved to S3.', correct: false },
			],
			explanation:
				'Each volume’s DeleteOnTermination flag decides. The root volume defaults to true; data volumes attached later default to false. Stop and start keep all EBS data.',
			learnMore: { href: '/storage/ebs/', label: 'EBS' },
		},
		{
			id: 'ebs-az',
			kind: 'single',
			prompt: 'How do you use an EBS volume’s data in another Availability Zone?',
			options: [
				{ id: 'a', text: 'Attach the volume to an instance in the other AZ.', correct: false },
				{ id: 'b', text: 'Take a snapshot and create a new volume from it in the other AZ.', correct: true },
			],
			explanation:
				'A volume attaches only to instances in its own AZ. Snapshots are stored regionally and can be copied across Regions.',
			learnMore: { href: '/storage/ebs/', label: 'EBS' },
		},
		{
			id: 'instance-store',
			kind: 'multiple',
			prompt: 'When is instance store data lost?',
			options: [
				{ id: 'a', text: 'When the instance is stopped.', correct: true },
				{ id: 'b', text: 'When the instance is terminated.', correct: true },
				{ id: 'c', text: 'When the instance is rebooted.', correct: false },
			],
			explanation: 'Instance store survives a reboot but not a stop, hibernate, termination or disk failure.',
			learnMore: { href: '/storage/', label: 'Storage options' },
		},
		{
			id: 'gp3-baseline',
			kind: 'single',
			prompt: 'What baseline performance does every gp3 volume get, whatever its size?',
			options: [
				{ id: 'a', text: '3 IOPS per GiB, bursting to 3,000.', correct: false },
				{ id: 'b', text: `${gp3Baseline}.`, correct: true },
				{ id: 'c', text: '100 IOPS.', correct: false },
			],
			explanation: `gp3 includes ${gp3Baseline} at any size; more can be provisioned. The 3 IOPS per GiB burst model is gp2.`,
			learnMore: { href: '/storage/ebs/', label: 'EBS' },
		},
		{
			id: 'ami-copy',
			kind: 'single',
			prompt: 'You copy an AMI from eu-west-1 to us-east-1. What is the copy’s AMI ID?',
			options: [
				{ id: 'a', text: 'The same ID: AMI IDs are global.', correct: false },
				{
					id: 'b',
					text: 'A new ID: AMIs are Regional, so the copy is a new image in the target Region.',
					correct: true,
				},
			],
			explanation: 'AMI IDs are per Region. Copying creates a new AMI (and new snapshots) in the destination Region.',
			learnMore: { href: '/storage/ami/', label: 'AMI' },
		},
		{
			id: 'community-ami',
			kind: 'single',
			prompt: 'Who publishes community (public) AMIs?',
			options: [
				{ id: 'a', text: 'Only AWS.', correct: false },
				{ id: 'b', text: 'Anyone; use them at your own risk and prefer verified providers.', correct: true },
				{ id: 'c', text: 'Only AWS Marketplace sellers.', correct: false },
			],
			explanation:
				'AMI sources are AWS-provided, your own, shared with you, community AMIs published by anyone, and AWS Marketplace AMIs.',
			learnMore: { href: '/storage/ami/', label: 'AMI' },
		},
		{
			id: 'efs-protocol',
			kind: 'single',
			prompt: 'Which port must the EFS mount target’s security group allow from your instances?',
			options: [
				{ id: 'a', text: 'TCP 2049 (NFS)', correct: true },
				{ id: 'b', text: 'TCP 445 (SMB)', correct: false },
				{ id: 'c', text: 'TCP 3306', correct: false },
			],
			explanation: 'EFS speaks NFS v4.0/4.1 on TCP 2049. It is for Linux; Windows uses FSx for Windows File Server.',
			learnMore: { href: '/storage/efs/', label: 'EFS' },
		},
		{
			id: 'efs-regional',
			kind: 'single',
			prompt: 'Instances in three AZs need the same files. Which storage fits?',
			options: [
				{ id: 'a', text: 'One gp3 volume attached to all three instances.', correct: false },
				{ id: 'b', text: 'A Regional EFS file system with a mount target in each AZ.', correct: true },
				{ id: 'c', text: 'Instance store.', correct: false },
			],
			explanation:
				'Regional EFS stores data across AZs and is mounted from every AZ through per-AZ mount targets. EBS attaches within one AZ.',
			learnMore: { href: '/storage/efs/', label: 'EFS' },
		},
		...storageComputedQuestions,
	],
};
