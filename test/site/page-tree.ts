/**
 * The site's page tree, in reading order: the five chapters and, within each, its pages in the order
 * of `/work/shared/content/page-tree.md` (§2), plus three ADDITIONS: `load-balancing/auto-scaling` last,
 * `security-groups/subnet-planner` after `rules` (the VPC subnet planner, issue 15) and `iam/actions`
 * before the IAM summary (the action browser, issue 13).
 * The sidebar must list exactly these pages in exactly this order. Adding a page (e.g. a chapter quiz)
 * means adding it here, in place.
 */
export interface Chapter {
	label: string;
	slug: string;
	pages: string[];
}

export const pageTree: Chapter[] = [
	{
		label: 'IAM',
		slug: 'iam',
		pages: [
			'',
			'users-and-groups',
			'permissions',
			'policy-inheritance',
			'policy-structure',
			'password-policy',
			'mfa',
			'access-methods',
			'cli-and-sdk',
			'roles',
			'security-tools',
			'best-practices',
			'actions', // ADDITION (issue 13): the action browser
			'summary',
		],
	},
	{ label: 'EC2', slug: 'ec2', pages: ['', 'configuration', 'instance-types', 'purchasing-options'] },
	{
		label: 'Security groups & ports',
		slug: 'security-groups',
		pages: ['', 'rules', 'subnet-planner', 'inbound-outbound', 'good-to-know', 'referencing', 'ports'],
	},
	{ label: 'Storage', slug: 'storage', pages: ['', 'ebs', 'ami', 'efs'] },
	{
		label: 'Load balancing & scaling',
		slug: 'load-balancing',
		pages: [
			'',
			'load-balancing-basics',
			'why-elb',
			'health-checks',
			'load-balancer-types',
			'load-balancer-security-groups',
			'alb',
			'alb-target-groups',
			'nlb',
			'sticky-sessions',
			'ssl-tls-and-acm',
			'sni',
			'auto-scaling',
		],
	},
];

/** `/iam/`, `/iam/users-and-groups/`, … for one chapter. */
export const chapterPaths = (chapter: Chapter) =>
	chapter.pages.map((page) => (page ? `/${chapter.slug}/${page}/` : `/${chapter.slug}/`));

/** Every expected content page, in reading order. */
export const expectedPaths = pageTree.flatMap(chapterPaths);
