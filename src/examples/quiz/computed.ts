/**
 * Quiz questions whose right answer is computed by the engine in src/lib, never written by hand.
 * Each builder takes the scenario, asks the engine, and marks the option the engine returns as correct;
 * the unit tests re-run the engine to check it. The engine is asked when the options are first read (by
 * the page, or inside a test), not when the quiz files are imported: code that runs at import runs outside
 * every test, and would make each engine mutant re-run every related test (`npm run mutation`).
 */
import { parseInstanceType, isOfferedInstanceType } from '../../lib/ec2';
import {
	routeRequest,
	selectCertificate,
	type AlbRequest,
	type Listener,
	type ListenerCertificate,
} from '../../lib/elb';
import { evaluate, type Decision, type EvaluationInput } from '../../lib/iam';
import { evaluateFlow, type FlowInput } from '../../lib/network';
import type { QuizOption, QuizQuestion } from '../../lib/quiz';
import { maxIopsForSize } from '../../lib/storage';

type Base = Pick<QuizQuestion, 'id' | 'prompt' | 'explanation' | 'learnMore'> & Partial<Pick<QuizQuestion, 'snippet'>>;
type Answer = Pick<QuizQuestion, 'kind' | 'options'>;

/** A question whose kind and options `decide` computes on first read (then kept). */
function lazyQuestion(base: Base, computedBy: string, decide: () => Answer): QuizQuestion {
	let answer: Answer | undefined;
	const decided = () => (answer ??= decide());
	const question = {
		...base,
		get kind() {
			return decided().kind;
		},
		get options() {
			return decided().options;
		},
	};
	// Added after the getters, not in the literal: V8 puts a literal's plain properties before its getters
	// when it starts with a spread, and the review page serialises the questions in key order.
	return Object.assign(question, { computedBy });
}

/** Options from labelled values; the one equal to `answer` is correct. Throws if the engine's answer is not offered. */
function optionsFor<T>(choices: { value: T; text: string }[], answer: T, context: string): QuizOption[] {
	if (!choices.some((choice) => Object.is(choice.value, answer))) {
		throw new Error(`${context}: the engine answered ${String(answer)}, which is not one of the options`);
	}
	return choices.map((choice, index) => ({
		id: String.fromCharCode(97 + index),
		text: choice.text,
		correct: Object.is(choice.value, answer),
	}));
}

const DECISIONS: { value: Decision; text: string }[] = [
	{ value: 'Allow', text: 'Allowed' },
	{ value: 'ExplicitDeny', text: 'Denied by an explicit Deny' },
	{ value: 'ImplicitDeny', text: 'Denied implicitly (no statement allows it)' },
];

export function iamDecisionQuestion(base: Base, input: EvaluationInput): QuizQuestion {
	return lazyQuestion(base, 'src/lib/iam evaluate', () => ({
		kind: 'single',
		options: optionsFor(DECISIONS, evaluate(input).decision, base.id),
	}));
}

const PROCESSORS = [
	{ value: 'graviton' as const, text: 'AWS Graviton (Arm)' },
	{ value: 'amd' as const, text: 'AMD' },
	{ value: 'intel' as const, text: 'Intel' },
	{ value: null, text: 'The name does not say' },
];

export function instanceProcessorQuestion(base: Base, name: string): QuizQuestion {
	return lazyQuestion(base, 'src/lib/ec2 parseInstanceType', () => ({
		kind: 'single',
		options: optionsFor(PROCESSORS, parseInstanceType(name).processor, base.id),
	}));
}

export function offeredInstanceQuestion(base: Base, names: string[]): QuizQuestion {
	return lazyQuestion(base, 'src/lib/ec2 isOfferedInstanceType', () => {
		const options = names.map((name, index) => ({
			id: String.fromCharCode(97 + index),
			text: name,
			correct: isOfferedInstanceType(name),
		}));
		return { kind: options.filter((option) => option.correct).length === 1 ? 'single' : 'multiple', options };
	});
}

const FLOW_OUTCOMES = [
	{ value: true, text: 'Allowed' },
	{ value: false, text: 'Blocked: the client times out' },
];

export function flowQuestion(base: Base, input: FlowInput): QuizQuestion {
	return lazyQuestion(base, 'src/lib/network evaluateFlow', () => ({
		kind: 'single',
		options: optionsFor(FLOW_OUTCOMES, evaluateFlow(input).allowed, base.id),
	}));
}

export function gp3MaxIopsQuestion(base: Base, sizeGiB: number, distractors: number[]): QuizQuestion {
	return lazyQuestion(base, 'src/lib/storage maxIopsForSize', () => {
		const answer = maxIopsForSize(sizeGiB);
		const values = [...new Set([answer, ...distractors])].sort((a, b) => a - b);
		const choices = values.map((value) => ({ value, text: `${value.toLocaleString('en-US')} IOPS` }));
		return { kind: 'single', options: optionsFor(choices, answer, base.id) };
	});
}

export function albRoutingQuestion(base: Base, listener: Listener, request: AlbRequest): QuizQuestion {
	return lazyQuestion(base, 'src/lib/elb routeRequest', () => {
		const actions = [...new Set([...listener.rules.map((rule) => rule.action), listener.defaultAction])];
		const choices = actions.map((value) => ({ value, text: value }));
		return { kind: 'single', options: optionsFor(choices, routeRequest(listener, request).action, base.id) };
	});
}

export function sniQuestion(
	base: Base,
	certificates: ListenerCertificate[],
	serverName: string | undefined,
): QuizQuestion {
	return lazyQuestion(base, 'src/lib/elb selectCertificate', () => {
		const choices = certificates.map((certificate) => ({
			value: certificate.id,
			text: `${certificate.id} (${certificate.domains.join(', ')})${certificate.isDefault ? ', the default certificate' : ''}`,
		}));
		return { kind: 'single', options: optionsFor(choices, selectCertificate(certificates, serverName), base.id) };
	});
}
