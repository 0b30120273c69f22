/** The bare twin of `npm run bench:build` keeps each page's prose and drops only what MDX adds. */
import { describe, expect, test } from 'vitest';
import { bareMdx, twinConfig } from '../../../scripts/bench-twin.mjs';

const frontmatter = '---\ntitle: EBS\ndescription: Volumes.\nsidebar:\n  order: 1\n---\n';

describe('bareMdx', () => {
	test('drops imports and self-closing components, keeps frontmatter, headings and prose', () => {
		const page = `${frontmatter}import Gp3 from '../Gp3.astro';
import {
	gp3Start,
} from '../gp3';

## What is EBS?

A **network drive** for [EC2](/ec2/).

<Gp3 start={gp3Start} examples={[1, 2].map((n) => ({ n }))} />

### Sizing
Text after.
`;
		expect(bareMdx(page)).toBe(
			`${frontmatter}\n## What is EBS?\n\nA **network drive** for [EC2](/ec2/).\n\n### Sizing\nText after.\n`,
		);
	});

	test("unwraps a component's children and drops its attributes, even with > or quotes inside", () => {
		const page = `${frontmatter}
<Aside type="note" title="One AZ, one 'instance' > two">
An EBS volume is attached **in the same AZ**.
</Aside>

See <Fact id="gp3Iops" strong /> IOPS.
`;
		expect(bareMdx(page)).toBe(`${frontmatter}\nAn EBS volume is attached **in the same AZ**.\n\nSee  IOPS.\n`);
	});

	test('drops expressions and comments but keeps HTML tags, code spans and code blocks as written', () => {
		const page = `${frontmatter}
{/* The page's subject: weighs most in search. */}
The user <code>{DEVELOPER}</code> and \`\${aws:username}\` and \\{literal\\}.

\`\`\`json
{ "Effect": "Allow", "Action": "<Not a component>" }
\`\`\`
`;
		expect(bareMdx(page)).toBe(
			`${frontmatter}\nThe user <code></code> and \`\${aws:username}\` and \\{literal\\}.\n\n\`\`\`json\n{ "Effect": "Allow", "Action": "<Not a component>" }\n\`\`\`\n`,
		);
	});

	test('an expression holding JSX and strings is dropped whole', () => {
		const page = `${frontmatter}<ol>{steps.map((step) => <li>{step.label + '}'}</li>)}</ol>\n`;
		expect(bareMdx(page)).toBe(`${frontmatter}<ol></ol>\n`);
	});

	test('a prose line starting with "import" inside a paragraph is prose', () => {
		const page = `${frontmatter}\nYou can\nimport a key pair.\n`;
		expect(bareMdx(page)).toBe(page);
	});

	test('unbalanced braces are reported, not silently dropped to the end', () => {
		expect(() => bareMdx(`${frontmatter}\n{open(\n`)).toThrow(/unbalanced/);
	});
});

test('twinConfig: Starlight with only title, description and the same sidebar', () => {
	const config = twinConfig({
		twinDir: '.bench-build-x/twin',
		site: 'https://example.org',
		title: 'T',
		description: 'D',
		chapters: [{ label: 'IAM', directory: 'iam' }],
	});
	expect(config).toContain('"autogenerate":{"directory":"iam"}');
	expect(config).toContain('title: "T"');
	expect(config).toContain('srcDir: "./.bench-build-x/twin/src"');
	expect(config).not.toMatch(/plugins|customCss|components:|routeMiddleware/);
});
