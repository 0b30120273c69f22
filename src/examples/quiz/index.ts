import type { ChapterQuiz } from '../../lib/quiz';
import { ec2Quiz } from './ec2';
import { iamQuiz } from './iam';
import { loadBalancingQuiz } from './load-balancing';
import { securityGroupsQuiz } from './security-groups';
import { storageQuiz } from './storage';

/** Every chapter quiz, with the page it sits on (the chapter's last page) and the chapter's sidebar label. */
export const chapterQuizzes: { quiz: ChapterQuiz; page: string; chapterTitle: string }[] = [
	{ quiz: iamQuiz, page: '/iam/summary/', chapterTitle: 'IAM' },
	{ quiz: ec2Quiz, page: '/ec2/purchasing-options/', chapterTitle: 'EC2' },
	{ quiz: securityGroupsQuiz, page: '/security-groups/ports/', chapterTitle: 'Security groups & ports' },
	{ quiz: storageQuiz, page: '/storage/efs/', chapterTitle: 'Storage' },
	{ quiz: loadBalancingQuiz, page: '/load-balancing/auto-scaling/', chapterTitle: 'Load balancing & scaling' },
];

export { ec2Quiz, iamQuiz, loadBalancingQuiz, securityGroupsQuiz, storageQuiz };
