// @ts-check
/**
 * The bare Starlight twin that `npm run bench:build` (scripts/bench-build.mjs) times this site against
 * (issue 19): the same pages with the same prose, frontmatter and Markdown, but with every MDX import,
 * export, `{expression}` and component tag removed — a component's children (an <Aside>'s text, a
 * <Card>'s body) stay as prose. Lower-case HTML (<table>, <code>) is prose markup and stays. The twin
 * uses the same Astro and Starlight (its node_modules is a link to ours) with Starlight's defaults plus
 * our title, description and sidebar: no integrations, plugins, custom CSS or component overrides.
 *
 * The twin lives in a directory inside the repository and is built with the repository as Astro's root
 * (`astro build --root <repo> --config <twin>/astro.config.mjs`) and the twin's `srcDir`, `publicDir` and
 * `cacheDir`: Astro cannot build a root whose node_modules is a link to files outside it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Index just past the JavaScript that starts at `start` and ends at the bracket matching `open`
 * (strings, template literals, comments and nested brackets skipped), e.g. past the `}` of `{a.map((x) => ({ x }))}`.
 * @param {string} text
 * @param {number} start index of the opening bracket
 * @returns {number}
 */
function skipBalanced(text, start) {
	const pairs = /** @type {Record<string, string>} */ ({ '{': '}', '(': ')', '[': ']' });
	/** @type {string[]} */
	const closers = [];
	let i = start;
	while (i < text.length) {
		const ch = /** @type {string} */ (text[i]);
		if (ch in pairs) closers.push(/** @type {string} */ (pairs[ch]));
		else if (ch === closers.at(-1)) {
			closers.pop();
			if (closers.length === 0) return i + 1;
		} else if (ch === '"' || ch === "'" || ch === '`') {
			i = skipString(text, i);
			continue;
		} else if (ch === '/' && (text[i + 1] === '*' || text[i + 1] === '/')) {
			// A comment, such as MDX's {/* … */}: an apostrophe in it opens no string.
			const end = text[i + 1] === '*' ? text.indexOf('*/', i + 2) + 2 : text.indexOf('\n', i);
			i = end > i ? end : text.length;
			continue;
		}
		i++;
	}
	throw new Error(`unbalanced "${text[start]}" at offset ${start}`);
}

/**
 * Index just past the string literal starting at `start` (a quote); `${…}` in a template is skipped whole.
 * @param {string} text
 * @param {number} start
 * @returns {number}
 */
function skipString(text, start) {
	const quote = text[start];
	let i = start + 1;
	while (i < text.length) {
		const ch = text[i];
		if (ch === '\\') i += 2;
		else if (ch === quote) return i + 1;
		else if (quote === '`' && ch === '$' && text[i + 1] === '{') i = skipBalanced(text, i + 1);
		else i++;
	}
	throw new Error(`unterminated string at offset ${start}`);
}

/**
 * Index just past a JSX tag that starts at `start` (`<Name …>`, `</Name>`, `<Name … />`): attribute
 * values may hold quotes, braces and `>` (arrow functions), which do not end the tag.
 * @param {string} text
 * @param {number} start
 * @returns {number}
 */
function skipTag(text, start) {
	let i = start + 1;
	while (i < text.length) {
		const ch = text[i];
		if (ch === '>') return i + 1;
		if (ch === '{') i = skipBalanced(text, i);
		else if (ch === '"' || ch === "'") i = text.indexOf(ch, i + 1) + 1 || text.length;
		else i++;
	}
	throw new Error(`unterminated tag at offset ${start}`);
}

/** A fenced code block's opening line: its fence (``` or ~~~, 3 or more). */
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
/** A component's opening or closing tag: a capitalised (or dotted) JSX name. */
const COMPONENT_TAG = /^<\/?[A-Z][\w.]*/;

/**
 * The page's MDX without imports, exports, expressions and component tags (their children kept):
 * what a bare Starlight site with the same prose would hold. Code blocks and code spans are copied as
 * written; blank lines are collapsed to one.
 * @param {string} mdx a whole MDX page, frontmatter included
 * @returns {string}
 */
export function bareMdx(mdx) {
	const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(mdx)?.[0] ?? '';
	const body = mdx.slice(frontmatter.length);
	let out = '';
	let i = 0;
	while (i < body.length) {
		const atLineStart = i === 0 || body[i - 1] === '\n';
		const rest = body.slice(i, i + 200);
		const fence = atLineStart ? FENCE.exec(rest) : null;
		if (fence) {
			// Copy the whole block: from this line to the line that closes it with the same fence or longer.
			const marker = /** @type {string} */ (fence[1]);
			const close = new RegExp(`\\n[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*(?:\\n|$)`, 'g');
			const lineEnd = body.indexOf('\n', i);
			close.lastIndex = lineEnd;
			const end = lineEnd !== -1 && close.exec(body) ? close.lastIndex : body.length;
			out += body.slice(i, end);
			i = end;
		} else if (atLineStart && /^(?:import|export)\s/.test(rest) && /(?:^|\n)[ \t]*\n$|^$/.test(body.slice(0, i))) {
			// An ESM block starts a block (after a blank line) and runs to the next blank line, as MDX reads it.
			const blank = body.slice(i).search(/\n[ \t]*\n/);
			i = blank === -1 ? body.length : i + blank + 1;
		} else if (body[i] === '\\') {
			out += body.slice(i, i + 2);
			i += 2;
		} else if (body[i] === '`') {
			// A code span: its closing run of the same length; an unmatched run is plain text.
			const run = /** @type {string} */ (/^`+/.exec(rest)?.[0]);
			const close = body.indexOf(run, i + run.length);
			const end = close === -1 ? i + run.length : close + run.length;
			out += body.slice(i, end);
			i = end;
		} else if (body[i] === '{') {
			i = skipBalanced(body, i);
		} else if (body[i] === '<' && COMPONENT_TAG.test(rest)) {
			i = skipTag(body, i);
		} else {
			out += body[i];
			i++;
		}
	}
	// Lines left holding only whitespace (a removed tag's indentation) become blank; runs of blank lines one.
	const tidy = out
		.replace(/^[ \t]+$/gm, '')
		.replace(/\n{3,}/g, '\n\n')
		.replace(/^\n+/, '\n');
	return frontmatter + tidy;
}

/**
 * Every file under `dir`, as paths relative to it.
 * @param {string} dir
 * @returns {string[]}
 */
function filesUnder(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

/**
 * The twin's astro.config.mjs: Starlight's defaults with our title, description and sidebar; its pages,
 * public files and caches in `twinDir` (relative to the repository root, Astro's root for the build).
 * @param {{ twinDir: string, site: string, title: string, description: string, chapters: { label: string, directory: string }[] }} options
 * @returns {string}
 */
export function twinConfig({ twinDir, site, title, description, chapters }) {
	const sidebar = chapters.map(({ label, directory }) => ({ label, items: [{ autogenerate: { directory } }] }));
	const dir = (/** @type {string} */ name) => JSON.stringify(`./${twinDir}/${name}`);
	return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	site: ${JSON.stringify(site)},
	trailingSlash: 'always',
	srcDir: ${dir('src')},
	publicDir: ${dir('public')},
	cacheDir: ${dir('cache')},
	vite: { cacheDir: ${dir('vite-cache')} },
	integrations: [
		starlight({
			title: ${JSON.stringify(title)},
			description: ${JSON.stringify(description)},
			lastUpdated: false,
			pagination: true,
			sidebar: ${JSON.stringify(sidebar)},
		}),
	],
});
`;
}

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes the twin into `<root>/<twinDir>` (emptied first): bare copies of `<root>/src/content/docs`, a
 * content config, an empty public directory and astro.config.mjs.
 * @param {{ root: string, twinDir: string, site: string, title: string, description: string, chapters: { label: string, directory: string }[] }} options
 * @returns {{ pages: number, config: string }} the page count and the config file's path from the root
 */
export function writeTwin({ root, ...options }) {
	const dir = join(root, options.twinDir);
	rmSync(dir, { recursive: true, force: true });
	const docs = join(root, 'src/content/docs');
	const pages = filesUnder(docs);
	for (const page of pages) {
		const target = join(dir, 'src/content/docs', page);
		mkdirSync(dirname(target), { recursive: true });
		const source = readFileSync(join(docs, page), 'utf8');
		writeFileSync(target, page.endsWith('.mdx') ? bareMdx(source) : source);
	}
	writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
	mkdirSync(join(dir, 'public'));
	writeFileSync(join(dir, 'astro.config.mjs'), twinConfig(options));
	// Astro reads --config relative to the root.
	return { pages: pages.length, config: `${options.twinDir}/astro.config.mjs` };
}
