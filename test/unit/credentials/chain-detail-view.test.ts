/** The credential chain's details: the words a reader types are code, the text is the engine's. */
import { expect, test } from 'vitest';
import { CLI_CREDENTIAL_CHAIN } from '../../../src/lib/credentials';
import { chainDetailView } from '../../../src/components/credentials/views';
import { isViewElement, viewText, type ViewNode } from '../../../src/components/kit/view';

const codeWords = (nodes: readonly ViewNode[]) =>
	nodes.filter(isViewElement).map((node) => (node.tag === 'code' ? viewText(node) : `<${node.tag}>`));
const detail = (id: string) => CLI_CREDENTIAL_CHAIN.find((source) => source.id === id)!.detail;

test('options, variables, config keys, paths and API actions are code; prose is not', () => {
	expect(codeWords(chainDetailView(detail('command-line')))).toEqual(['--profile', '--region', '--output']);
	expect(codeWords(chainDetailView(detail('environment')))).toEqual([
		'AWS_ACCESS_KEY_ID',
		'AWS_SECRET_ACCESS_KEY',
		'AWS_SESSION_TOKEN',
	]);
	expect(codeWords(chainDetailView(detail('assume-role')))).toEqual(['role_arn', 'source_profile', 'sts:AssumeRole']);
	expect(codeWords(chainDetailView(detail('credentials-file')))).toEqual(['~/.aws/credentials']);
	expect(codeWords(chainDetailView('Read by the CLI, e.g. a non-option like pre-signed or x_'))).toEqual([]);
});

test('every detail keeps its text', () => {
	for (const source of CLI_CREDENTIAL_CHAIN) expect(viewText(chainDetailView(source.detail))).toBe(source.detail);
});
