/**
 * Quiz questions whose right answer is computed by the engine in src/lib, never written by hand.
 * Each builder takes the scenario, asks the engine, and marks the option the engine returns as correct;
 * the unit tests re-run the engine to check it.
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
	const { decision } = evaluate(input);
	return {
		...base,
		kind: 'single',
		options: optionsFor(DECISIONS, decision, base.id),
		computedBy: 'src/lib/iam evaluate',
	};
}

export function instanceProcessorQuestion(base: Base, name: string): QuizQuestion {
	const { processor } = parseInstanceType(name);
	const choices = [
		{ value: 'graviton' as const, text: 'AWS Graviton (Arm)' },
		{ value: 'amd' as const, text: 'AMD' },
		{ value: 'intel' as const, text: 'Intel' },
		{ value: null, text: 'The name does not say' },
	];
	return {
		...base,
		kind: 'single',
		options: optionsFor(choices, processor, base.id),
		computedBy: 'src/lib/ec2 parseInstanceType',
	};
}

export function offeredInstanceQuestion(base: Base, names: string[]): QuizQuestion {
	const options = names.map((name, index) => ({
		id: String.fromCharCode(97 + index),
		text: name,
		correct: isOfferedInstanceType(name),
	}));
	const kind = options.filter((option) => option.correct).length === 1 ? 'single' : 'multiple';
	return { ...base, kind, options, computedBy: 'src/lib/ec2 isOfferedInstanceType' };
}

export function flowQuestion(base: Base, input: FlowInput): QuizQuestion {
	const { allowed } = evaluateFlow(input);
	const choices = [
		{ value: true, text: 'Allowed' },
		{ value: false, text: 'Blocked: the client times out' },
	];
	return {
		...base,
		kind: 'single',
		options: optionsFor(choices, allowed, base.id),
		computedBy: 'src/lib/network evaluateFlow',
	};
}

export function gp3MaxIopsQuestion(base: Base, sizeGiB: number, distractors: number[]): QuizQuestion {
	const answer = maxIopsForSize(sizeGiB);
	const values = [...new Set([answer, ...distractors])].sort((a, b) => a - b);
	const choices = values.map((value) => ({ value, text: `${value.toLocaleString('en-US')} IOPS` }));
	return {
		...base,
		kind: 'single',
		options: optionsFor(choices, answer, base.id),
		computedBy: 'src/lib/storage maxIopsForSize',
	};
}

export function albRoutingQuestion(base: Base, listener: Listener, request: AlbRequest): QuizQuestion {
	const { action } = routeRequest(listener, request);
	const actions = [...new Set([...listener.rules.map((rule) => rule.action), listener.defaultAction])];
	const choices = actions.map((value) => ({ value, text: value }));
	return {
		...base,
		kind: 'single',
		options: optionsFor(choices, action, base.id),
		computedBy: 'src/lib/elb routeRequest',
	};
}

export function sniQuestion(
	base: Base,
	certificates: ListenerCertificate[],
	serverName: string | undefined,
): QuizQuestion {
	const chosen = selectCertificate(certificates, serverName);
	const choices = certificates.map((certificate) => ({
		value: certificate.id,
		text: `${certificate.id} (${certificate.domains.join(', ')})${certificate.isDefault ? ', the default certificate' : ''}`,
	}));
	return {
		...base,
		kind: 'single',
		options: optionsFor(choices, chosen, base.id),
		computedBy: 'src/lib/elb selectCertificate',
	};
}
