/**
 * Build-time Shiki highlighting of policy JSON shown by components (highlightLines, used by
 * PolicyAnnotated.astro): every line keeps its text exactly, tokens carry both themes' colours at the
 * site's code-block contrast, and the annotated view says the same words with and without it.
 */
import { expect, test } from 'vitest';
import { highlightLines, readableOn } from '../../../src/components/kit/TryInAccount.highlight';
import { isViewElement, viewText, type ViewNode } from '../../../src/components/kit/view';
import { annotatedPolicyView } from '../../../src/components/iam/views';
import { s3AccountPolicy } from '../../../src/examples/iam/policy-structure';

const styles = (node: ViewNode): string[] => {
	if (Array.isArray(node)) return (node as ViewNode[]).flatMap(styles);
	if (!isViewElement(node)) return [];
	return [...(typeof node.attrs['style'] === 'string' ? [node.attrs['style']] : []), ...node.children.flatMap(styles)];
};

test('each highlighted line has exactly the text of the JSON line', async () => {
	const text = JSON.stringify(s3AccountPolicy, null, 2);
	const lines = await highlightLines(text, 'json');
	expect(lines.map(viewText)).toEqual(text.split('\n'));
});

test('tokens carry a light and a dark colour, each raised to the code-block contrast', async () => {
	const found = styles(await highlightLines('{ "Effect": "Allow", "Resource": "arn:aws:s3:::b/*" }', 'json'));
	expect(found.length).toBeGreaterThan(3);
	for (const style of found) {
		const light = /--shiki-light:(#[0-9a-f]{6})/i.exec(style)?.[1];
		const dark = /--shiki-dark:(#[0-9a-f]{6})/i.exec(style)?.[1];
		expect(light && dark, style).toBeTruthy();
		expect(readableOn(light!, 'light')).toBe(light);
		expect(readableOn(dark!, 'dark')).toBe(dark);
	}
	// Distinct colours for keys and string values: it is highlighted, not one colour.
	expect(new Set(found).size).toBeGreaterThan(1);
});

test('the annotated policy says the same words highlighted and plain, markers included', async () => {
	const notes = { Version: 'the version', Statement: 'the statements' };
	const plain = annotatedPolicyView(s3AccountPolicy, notes, 'A policy');
	const lines = await highlightLines(JSON.stringify(s3AccountPolicy, null, 2), 'json');
	const highlighted = annotatedPolicyView(s3AccountPolicy, notes, 'A policy', lines);
	expect(viewText(highlighted)).toBe(viewText(plain));
	expect(styles(plain)).toEqual([]);
	expect(styles(highlighted).length).toBeGreaterThan(10);
});
