/**
 * Search relevance: queries phrased the way learners type them (short, mixed case, product names, port
 * numbers, "X vs Y") and the page each one is looking for, run against the built Pagefind index.
 * Targets (issue 14): the page comes FIRST for at least 90% of the queries and in the TOP THREE for all.
 * What makes the pages rank: titles and descriptions that name the subject, `data-pagefind-weight` on
 * each page's lead (src/components/overrides), and Starlight's pagefind ranking options (astro.config.mjs).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeSearchIndex, openSearchIndex, search } from './search-index';

/** [query as a learner types it, the page that answers it]. */
export const relevanceSet: readonly (readonly [query: string, path: string])[] = [
	// IAM
	['IAM', '/iam/'],
	['iam role', '/iam/roles/'],
	['assume role', '/iam/roles/'],
	['MFA', '/iam/mfa/'],
	['authenticator app', '/iam/mfa/'],
	['password policy', '/iam/password-policy/'],
	['credential report', '/iam/security-tools/'],
	['access advisor', '/iam/security-tools/'],
	['policy json', '/iam/policy-structure/'],
	['ARN', '/iam/policy-structure/'],
	['inline policy', '/iam/policy-inheritance/'],
	['root user', '/iam/users-and-groups/'],
	['IAM groups', '/iam/users-and-groups/'],
	['aws cli', '/iam/cli-and-sdk/'],
	['SDK', '/iam/cli-and-sdk/'],
	['console vs cli', '/iam/access-methods/'],
	['least privilege', '/iam/permissions/'],
	['iam best practices', '/iam/best-practices/'],
	// EC2
	['EC2', '/ec2/'],
	['instance types', '/ec2/instance-types/'],
	['c7gn.16xlarge', '/ec2/instance-types/'],
	['t3.micro', '/ec2/instance-types/'],
	['spot instances', '/ec2/purchasing-options/'],
	['reserved instances', '/ec2/purchasing-options/'],
	['savings plans', '/ec2/purchasing-options/'],
	['on-demand vs spot', '/ec2/purchasing-options/'],
	['dedicated host', '/ec2/purchasing-options/'],
	['user data', '/ec2/configuration/'],
	// Security groups and ports
	['security group', '/security-groups/'],
	['Security Groups', '/security-groups/'],
	['port 22', '/security-groups/ports/'],
	['ssh', '/security-groups/ports/'],
	['RDP 3389', '/security-groups/ports/'],
	['port 443', '/security-groups/ports/'],
	['inbound rules', '/security-groups/inbound-outbound/'],
	['outbound traffic', '/security-groups/inbound-outbound/'],
	['CIDR', '/security-groups/rules/'],
	['VPC subnets', '/security-groups/subnet-planner/'],
	['reference another security group', '/security-groups/referencing/'],
	['timeout', '/security-groups/good-to-know/'],
	// Storage
	['EBS', '/storage/ebs/'],
	['gp3', '/storage/ebs/'],
	['snapshot', '/storage/ebs/'],
	['EFS', '/storage/efs/'],
	['AMI', '/storage/ami/'],
	['instance store', '/storage/'],
	['EBS vs EFS', '/storage/'],
	// Load balancing and scaling
	['ALB', '/load-balancing/alb/'],
	['NLB', '/load-balancing/nlb/'],
	// The NLB page holds the ALB-vs-NLB comparison table.
	['ALB vs NLB', '/load-balancing/nlb/'],
	['gateway load balancer', '/load-balancing/load-balancer-types/'],
	['target group', '/load-balancing/alb-target-groups/'],
	['health check', '/load-balancing/health-checks/'],
	['sticky sessions', '/load-balancing/sticky-sessions/'],
	['SNI', '/load-balancing/sni/'],
	['ACM certificate', '/load-balancing/ssl-tls-and-acm/'],
	['TLS', '/load-balancing/ssl-tls-and-acm/'],
	['auto scaling group', '/load-balancing/auto-scaling/'],
	['cross-zone load balancing', '/load-balancing/load-balancing-basics/'],
	['horizontal scaling', '/load-balancing/'],
	['load balancer security group', '/load-balancing/load-balancer-security-groups/'],
	['X-Forwarded-For', '/load-balancing/alb-target-groups/'],
	['elastic load balancing', '/load-balancing/why-elb/'],
];

const ranks = new Map<string, { rank: number; top: string[] }>();

describe('search relevance set', () => {
	beforeAll(async () => {
		await openSearchIndex();
		for (const [query, path] of relevanceSet) {
			const top = await search(query, 10);
			ranks.set(query, { rank: top.indexOf(path) + 1, top });
		}
	});
	afterAll(closeSearchIndex);

	test('has at least 40 queries, each naming a page once per query', () => {
		expect(relevanceSet.length).toBeGreaterThanOrEqual(40);
		expect(new Set(relevanceSet.map(([q]) => q.toLowerCase())).size).toBe(relevanceSet.length);
	});

	test.each(relevanceSet)('"%s" finds %s in the top three', (query) => {
		const { rank, top } = ranks.get(query)!;
		expect(rank, `top results: ${top.slice(0, 5).join(', ')}`).toBeGreaterThanOrEqual(1);
		expect(rank, `top results: ${top.slice(0, 5).join(', ')}`).toBeLessThanOrEqual(3);
	});

	test('the expected page comes first for at least 90% of the queries', () => {
		const notFirst = relevanceSet
			.filter(([query]) => ranks.get(query)!.rank !== 1)
			.map(
				([query, path]) =>
					`"${query}" → ${path} is #${ranks.get(query)!.rank || '—'} (first: ${ranks.get(query)!.top[0]})`,
			);
		const firstRate = 1 - notFirst.length / relevanceSet.length;
		console.info(
			`search relevance: top-1 ${(firstRate * 100).toFixed(1)}% of ${relevanceSet.length}\n${notFirst.join('\n')}`,
		);
		expect(firstRate, notFirst.join('\n')).toBeGreaterThanOrEqual(0.9);
	});
});
