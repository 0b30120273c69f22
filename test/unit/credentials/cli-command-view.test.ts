/** The CLI command reader's view: option values are code that wraps only after separators and at spaces. */
import { expect, test } from 'vitest';
import { parseCliCommand } from '../../../src/lib/credentials';
import { cliCommandView } from '../../../src/components/credentials/views';
import { isViewElement, viewText, type ViewElement, type ViewNode } from '../../../src/components/kit/view';

/** Every element of a view, depth first. */
function elements(node: ViewNode): ViewElement[] {
	if (Array.isArray(node)) return (node as readonly ViewNode[]).flatMap(elements);
	if (!isViewElement(node)) return [];
	return [node, ...node.children.flatMap(elements)];
}
const valueCells = (command: string) =>
	elements(elements(cliCommandView(parseCliCommand(command))).find((e) => e.tag === 'tbody')!)
		.filter((e) => e.tag === 'tr')
		.map((row) => row.children.flat().filter(isViewElement)[1]!);

test('a value is code with its text; a hyphenated part is one nowrap span, breaks come after separators', () => {
	const [region, filters, flag] = valueCells(
		'aws ec2 describe-instances --region us-east-1 --filters Name=instance-state-name,Values=running --dry-run',
	);
	expect(viewText(region)).toBe('us-east-1');
	const code = region!.children.flat().find(isViewElement)!;
	expect(code.tag).toBe('code');
	const spans = (cell: ViewElement) =>
		elements(cell)
			.filter((e) => e.tag === 'span')
			.map((e) => [e.attrs['class'], viewText(e)]);
	expect(spans(region!)).toEqual([['dla-nowrap', 'us-east-1']]);
	expect(viewText(filters)).toBe('Name=instance-state-name,Values=running');
	expect(spans(filters!)).toEqual([['dla-nowrap', 'instance-state-name']]);
	expect(elements(filters!).filter((e) => e.tag === 'wbr')).toHaveLength(3);
	expect(viewText(flag)).toBe('(flag)');
	expect(elements(flag!).filter((e) => e.tag === 'code')).toEqual([]);
});

test('a value of several words keeps its spaces, where it may wrap', () => {
	const [description] = valueCells('aws ec2 create-security-group --description "web tier in us-west-2"');
	expect(viewText(description)).toBe('web tier in us-west-2');
	expect(elements(description!).filter((e) => e.tag === 'code')).toHaveLength(1);
});
