// @ts-check
/**
 * The site's name, description and chapters, shared by astro.config.mjs and the bare twin that
 * `npm run bench:build` builds (scripts/bench-twin.mjs), so both show the same title and sidebar.
 */

export const title = 'DevOps Learning: AWS';

export const description =
	'Learn AWS IAM, EC2, security groups, storage and load balancing — with examples that run in the page.';

/** Chapters in reading order; each chapter's pages are ordered by `sidebar.order` in their frontmatter. */
export const chapters = [
	{ label: 'IAM', directory: 'iam' },
	{ label: 'EC2', directory: 'ec2' },
	{ label: 'Security groups & ports', directory: 'security-groups' },
	{ label: 'Storage', directory: 'storage' },
	{ label: 'Load balancing & scaling', directory: 'load-balancing' },
];
