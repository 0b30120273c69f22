import type { ChapterQuiz } from '../../lib/quiz';
import { ec2Quiz } from './ec2';
import { iamQuiz } from './iam';
import { loadBalancingQuiz } from './load-balancing';
import { securityGroupsQuiz } from './security-groups';
import { storageQuiz } from './storage';

/** Every chapter quiz, with the page it sits on (the chapter's last page). */
export const chapterQuizzes: { quiz: ChapterQuiz; page: string }[] = [
	{ quiz: iamQuiz, page: '/iam/summary/' },
	{ quiz: ec2Quiz, page: '/ec2/purchasing-options/' },
	{ quiz: securityGroupsQuiz, page: '/security-groups/ports/' },
	{ quiz: storageQuiz, page: '/storage/efs/' },
	{ quiz: loadBalancingQuiz, page: '/load-balancing/auto-scaling/' },
];

export { ec2Quiz, iamQuiz, loadBalancingQuiz, securityGroupsQuiz, storageQuiz };
