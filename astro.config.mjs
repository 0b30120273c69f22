// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';

// Chapters in reading order; each chapter's pages are ordered by `sidebar.order` in their frontmatter.
export const chapters = [
	{ label: 'IAM', directory: 'iam' },
	{ label: 'EC2', directory: 'ec2' },
	{ label: 'Security groups & ports', directory: 'security-groups' },
	{ label: 'Storage', directory: 'storage' },
	{ label: 'Load balancing & scaling', directory: 'load-balancing' },
];

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://devops-learning-aws.example.org',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'DevOps Learning: AWS',
			description:
				'Learn AWS IAM, EC2, security groups, storage and load balancing — with examples that run in the page.',
			logo: { src: './src/assets/logo.svg', replacesTitle: false },
			favicon: '/favicon.svg',
			lastUpdated: false,
			pagination: true,
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: false })],
			sidebar: chapters.map(({ label, directory }) => ({
				label,
				items: [{ autogenerate: { directory } }],
			})),
			customCss: ['./src/styles/custom.css'],
		}),
	],
});
