/**
 * The "Try it in your account" panel for every page example of the EC2 and storage widgets: what the
 * panel shows is what the copy button copies, each command in it parses back (parseCliCommand) into the
 * same service, operation and arguments, placeholders are marked, and the build-time Shiki block says
 * exactly the same text as the browser's plain one. The engines' own commands: test/unit/<domain>/cli-export.test.ts.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { formatCliCommand, parseCliCommand, type CliCommand } from '../../../src/lib/cli';
import { ELB_PLACEHOLDERS } from '../../../src/lib/elb';
import { calculateGp3, evaluateGp3Text } from '../../../src/lib/storage';
import { isViewElement, viewText, type ViewElement, type ViewNode } from '../../../src/components/kit/view';
import {
	commandsCodeView,
	commandsText,
	placeholderLegend,
	placeholderRanges,
	tryInAccountCopyText,
	tryInAccountView,
	type TryInAccountContent,
	type TryInAccountState,
} from '../../../src/components/kit/TryInAccount.views';
import { highlightCommands, readableOn } from '../../../src/components/kit/TryInAccount.highlight';
import { decoderCliState } from '../../../src/components/ec2/decoder-cli-views';
import { USER_DATA_DEMO_TYPE, launchCommand, userDataCliState } from '../../../src/components/ec2/user-data-cli-views';
import { runInstancesCommand, withUserData } from '../../../src/lib/ec2';
import { decodeTypedName } from '../../../src/components/ec2/decoder-views';
import { evaluateUserData } from '../../../src/components/ec2/user-data-views';
import { amiCopyCliState } from '../../../src/components/storage/ami-cli-views';
import { gp3CliState } from '../../../src/components/storage/gp3-cli-views';
import { evaluatePlayground } from '../../../src/lib/iam';
import { exampleText } from '../../../src/components/iam/views';
import { playgroundCliState } from '../../../src/components/iam/playground-cli-views';
import { playgroundExamples as policyStructureExamples } from '../../../src/examples/iam/policy-structure';
import { permissionsExample } from '../../../src/examples/iam/permissions-policy';
import { evaluateSgState, initialSgState } from '../../../src/components/network/security-group-simulator';
import { sgCliState } from '../../../src/components/network/sg-cli-views';
import { sgSimulatorExamples } from '../network/sg-simulator-examples';
import { formatListenerJson } from '../../../src/lib/elb';
import { evaluateAlbForm } from '../../../src/components/elb/AlbRouter.views';
import { albCliState } from '../../../src/components/elb/alb-cli-views';
import { albPresets } from '../../../src/examples/load-balancing/alb-router';
import { decoderExample } from '../../../src/examples/ec2/instance-type-decoder';
import { userDataBuilderStart } from '../../../src/examples/ec2/user-data';
import { amiCopyTarget, goldenAmi } from '../../../src/examples/storage/ami-copy';
import { gp3Examples, gp3Start } from '../../../src/examples/storage/gp3';

function content(state: TryInAccountState): TryInAccountContent {
	if ('invalid' in state) throw new Error(`expected commands, got: ${state.invalid}`);
	return state;
}

/** The panel's text, split back into one command line each (every command starts a paragraph with "aws "). */
function commandLines(text: string): string[] {
	return text.split(/\n\n(?=aws )/);
}

/** Every option, global or not, by name: what a round trip must keep. */
function expectRoundTrip(line: string, command: CliCommand) {
	const parsed = parseCliCommand(line);
	expect(parsed).toMatchObject({ service: command.service, operation: command.operation });
	const options = [...parsed.globalOptions, ...parsed.parameters].map((p) => [p.name, p.values] as const);
	expect(Object.fromEntries(options)).toEqual(Object.fromEntries(command.parameters.map((p) => [p.name, p.values])));
}

/** What a panel shows and copies for a state, checked the same way for every example. */
function expectPanel(state: TryInAccountState) {
	const panel = content(state);
	const text = tryInAccountCopyText(panel)!;
	expect(viewText(commandsCodeView(panel))).toBe(text);
	const lines = commandLines(text);
	expect(lines).toHaveLength(panel.commands.length);
	lines.forEach((line, i) => expectRoundTrip(line, panel.commands[i]!));
	return { panel, text };
}

/**
 * A page example: its name, and how to get its panel state. The tables hold inputs only and each test
 * computes the state in its own body: an engine call while the tables are built would run outside every
 * test, and make each engine mutant re-run every related test (`npm run mutation`).
 */
type Example = [string, () => TryInAccountState];

const playgroundExamples = [...policyStructureExamples, permissionsExample];
const playgroundStates = playgroundExamples.map((e): Example => [
	`policy playground ${e.id}`,
	() => playgroundCliState(evaluatePlayground(e, exampleText(e))),
]);

const sgExamples = sgSimulatorExamples;
const sgStates = Object.entries(sgExamples).map(([name, example]): Example => [
	`security groups ${name}`,
	() => sgCliState(evaluateSgState(example, initialSgState(example))),
]);

const albStates = albPresets
	.filter((p) => p.listener.rules.length > 0)
	.map((p): Example => [
		`ALB router ${p.id}`,
		() =>
			albCliState(
				evaluateAlbForm({
					rules: formatListenerJson(p.listener),
					url: p.url,
					method: p.method,
					headers: p.headers,
					ip: p.sourceIp,
				}),
			),
	]);

const examples: Example[] = [
	...playgroundStates,
	...albStates,
	...sgStates,
	...decoderExample.presets.map((name): Example => [`decoder ${name}`, () => decoderCliState(decodeTypedName(name))]),
	[
		'user data, the page example',
		() => userDataCliState(evaluateUserData(userDataBuilderStart).result!.script, launchCommand()),
	],
	['gp3, the page start', () => gp3CliState(evaluateGp3Text(gp3Start).result)],
	...gp3Examples.map((p): Example => [`gp3 ${p.label}`, () => gp3CliState(calculateGp3(p))]),
	['AMI copy, the page example', () => amiCopyCliState(goldenAmi, [amiCopyTarget], true)],
	['AMI copy, three copies', () => amiCopyCliState(goldenAmi, [amiCopyTarget, 'ap-northeast-1', 'us-west-2'], true)],
];

describe('every page example: the panel text parses back into its commands', () => {
	test.each(examples)('%s', (_, state) => {
		expectPanel(state());
	});
});

test('user data keeps the script byte for byte inside the one quoted word', () => {
	const script = evaluateUserData(userDataBuilderStart).result!.script;
	const { text } = expectPanel(userDataCliState(script, launchCommand()));
	expect(parseCliCommand(text).parameters.find((p) => p.name === '--user-data')?.value).toBe(script);
});

test('the browser path (build-time launch + withUserData) gives the engine’s own run-instances', () => {
	const script = evaluateUserData(userDataBuilderStart).result!.script;
	const panel = content(userDataCliState(script, launchCommand()));
	expect(panel.commands).toEqual([runInstancesCommand({ instanceType: USER_DATA_DEMO_TYPE, userData: script })]);
	expect(withUserData(withUserData(launchCommand(), script), '')).toEqual(launchCommand());
});

test('the decoder launches Graviton names on arm64 and notes what a Mac needs', () => {
	const graviton = content(decoderCliState(decodeTypedName('m7g.medium')));
	expect(formatCliCommand(graviton.commands[0]!)).toContain('arm64');
	const mac = content(decoderCliState(decodeTypedName('mac2-m2pro.metal')));
	expect(mac.notes?.some((note) => note.includes('Dedicated Host'))).toBe(true);
});

test.each(playgroundExamples.map((e) => [e.id, e] as const))(
	'policy playground %s: the answer names the site’s own decision, in the API’s words',
	(_, example) => {
		const evaluation = evaluatePlayground(example, exampleText(example));
		const panel = content(playgroundCliState(evaluation));
		const words = { Allow: '"allowed"', ExplicitDeny: '"explicitDeny"', ImplicitDeny: '"implicitDeny"' };
		expect(panel.answer).toContain(words[evaluation.result!.decision]);
		expect(parseCliCommand(commandsText(panel.commands)).apiAction).toBe('iam:SimulateCustomPolicy');
	},
);

test('policy playground: a resource in another account without a resource policy is named as not covered, and the answer does not promise the site’s decision', () => {
	const text = { ...exampleText(permissionsExample), resourceAccount: '999988887777' };
	const evaluation = evaluatePlayground(permissionsExample, text);
	expect(evaluation.result?.decision).toBe('ImplicitDeny');
	const panel = content(playgroundCliState(evaluation));
	expect(panel.notes?.some((note) => note.includes('999988887777'))).toBe(true);
	expect(panel.answer).toContain('can differ');
	expect(panel.answer).not.toContain('the decision shown above');
});

test('security groups: every group ID is marked as a placeholder and named in the notes', () => {
	for (const [, state] of sgStates) {
		const panel = content(state());
		const ids = [
			...new Set(
				panel.commands.flatMap((c) => c.parameters.filter((p) => p.name === '--group-id').flatMap((p) => p.values)),
			),
		];
		const marked = marks(commandsCodeView(panel));
		for (const id of ids) {
			expect(marked).toContain(id);
			expect(panel.notes?.join(' ')).toContain(id);
		}
	}
});

test('ALB router: a listener with only a default action has no rule to create, and says why', () => {
	const only = albPresets.filter((p) => p.listener.rules.length === 0);
	expect(only.length).toBeGreaterThan(0);
	for (const p of only) {
		const form = {
			rules: formatListenerJson(p.listener),
			url: p.url,
			method: p.method,
			headers: p.headers,
			ip: p.sourceIp,
		};
		const state = albCliState(evaluateAlbForm(form));
		expect('invalid' in state && state.invalid).toContain('create-listener');
	}
});

test('ALB router: one create-rule per listener rule, its listener ARN marked whole', () => {
	for (const [, state] of albStates) {
		const panel = content(state());
		expect(panel.commands.every((c) => c.operation === 'create-rule')).toBe(true);
		expect(marks(commandsCodeView(panel))).toContain(ELB_PLACEHOLDERS.listenerArn);
	}
});

describe('invalid input: no commands to copy', () => {
	test.each([
		[
			'a policy that is not JSON',
			() =>
				playgroundCliState(
					evaluatePlayground(permissionsExample, { ...exampleText(permissionsExample), policy: '{ "Version": ' }),
				),
		],
		['a name the parser refuses', () => decoderCliState(decodeTypedName('m5.'))],
		['a well-formed name EC2 does not offer', () => decoderCliState(decodeTypedName('m5.3xlarge'))],
		['user data with an invalid extra command', () => userDataCliState(null, launchCommand())],
		[
			'a gp3 volume out of range',
			() => gp3CliState(evaluateGp3Text({ sizeGiB: '0', iops: '', throughputMiBps: '' }).result),
		],
		['an invalid AMI ID', () => amiCopyCliState(goldenAmi, [amiCopyTarget], false)],
		['no AMI copies yet', () => amiCopyCliState(goldenAmi, [], true)],
	] satisfies Example[])('%s', (_, example) => {
		const state = example();
		expect('invalid' in state).toBe(true);
		expect(tryInAccountCopyText(state)).toBeNull();
		expect(viewText(tryInAccountView(state))).not.toContain('aws ');
	});
});

/** Marked words in a view, in order. */
function marks(node: ViewNode): string[] {
	if (Array.isArray(node)) return (node as ViewNode[]).flatMap(marks);
	if (!isViewElement(node)) return [];
	return node.tag === 'mark' ? [viewText(node)] : node.children.flatMap(marks);
}

describe('placeholders are marked', () => {
	test('the gp3 Availability Zone and the example AMI ID', () => {
		expect(marks(commandsCodeView(content(gp3CliState(calculateGp3(gp3Examples[0]!)))))).toEqual(['us-east-1a']);
		expect(marks(commandsCodeView(content(amiCopyCliState(goldenAmi, [amiCopyTarget], true))))).toEqual([
			goldenAmi.imageId,
		]);
	});

	test('a whole example ARN wins over the account inside it; IDs and the account alone are marked too', () => {
		const text = `--listener-arn ${ELB_PLACEHOLDERS.listenerArn} --vpc-id vpc-0123456789abcdef0 '{"Account":"111122223333","Arn":"${ELB_PLACEHOLDERS.targetGroupArn('web')}"}'`;
		const words = placeholderRanges(text).map((r) => text.slice(r.start, r.end));
		expect(words).toEqual([
			ELB_PLACEHOLDERS.listenerArn,
			'vpc-0123456789abcdef0',
			'111122223333',
			ELB_PLACEHOLDERS.targetGroupArn('web'),
		]);
	});

	test('a word that only contains a placeholder is not marked', () => {
		expect(placeholderRanges('us-east-1ab my-us-east-1a', ['us-east-1a'])).toEqual([]);
	});

	test('the legend lists each marked word once, as code that wraps only after its separators', () => {
		const text = `--listener-arn ${ELB_PLACEHOLDERS.listenerArn} --vpc-id vpc-0123456789abcdef0 --other vpc-0123456789abcdef0`;
		const legend = placeholderLegend(text, placeholderRanges(text));
		const items = (legend as ViewNode[])
			.filter(isViewElement)
			.flatMap((node) => (node.tag === 'ul' ? node.children.flat() : []));
		expect((items as ViewNode[]).map(viewText)).toEqual([ELB_PLACEHOLDERS.listenerArn, 'vpc-0123456789abcdef0']);
		expect(viewText(legend)).toMatch(
			/^Marked words are examples: replace them with your own \(111122223333 is AWS's example account\):/,
		);
		// The ARN is code, and its parts between <wbr>s are whole words: "0123456789abcdef" never splits on a
		// phone, nor "us-east-1" at its hyphens (each such part is one nowrap span).
		const code = (items[0] as ViewElement).children[0] as ViewElement;
		expect(code.tag).toBe('code');
		const parts = code.children
			.flat()
			.reduce<ViewNode[][]>(
				(all, node) => (isViewElement(node) && node.tag === 'wbr' ? [...all, []] : (all.at(-1)!.push(node), all)),
				[[]],
			);
		expect(parts.map(viewText)).toEqual([
			'arn:',
			'aws:',
			'elasticloadbalancing:',
			'us-east-1:',
			'111122223333:',
			'listener/',
			'app/',
			'my-alb/',
			'0123456789abcdef/',
			'0123456789abcdef',
		]);
		const spans = code.children.flat().filter((node) => isViewElement(node) && node.tag === 'span');
		expect(spans.map(viewText)).toEqual(['us-east-1', 'my-alb']);
		expect(placeholderLegend('no placeholder', [])).toBeNull();
	});
});

function textContent(node: DefaultTreeAdapterMap['node']): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
	return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

describe('Shiki (build time) shows the same text and marks as the browser view', () => {
	test.each(examples)('%s', async (_, state) => {
		const panel = content(state());
		const html = await highlightCommands(panel);
		expect(textContent(parse(html))).toBe(commandsText(panel.commands));
		const marked = [...html.matchAll(/<mark class="dla-tia__placeholder">(.*?)<\/mark>/g)].map((m) =>
			textContent(parse(m[1]!)),
		);
		expect(marked).toEqual(marks(commandsCodeView(panel)));
	});
});

test('token colours are raised to the contrast Expressive Code keeps (5.5) on the panel background', () => {
	// night-owl-light's blue reads at about 4 : 1 on Starlight's light gray-6; it is darkened.
	expect(readableOn('#4876D6', 'light')).not.toBe('#4876D6');
	// night-owl's pale yellow already reads on the dark gray-6: unchanged.
	expect(readableOn('#ECC48D', 'dark')).toBe('#ECC48D');
});
