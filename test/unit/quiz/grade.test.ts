import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	gradeAnswer,
	parseProgress,
	QuizError,
	scoreProgress,
	validateQuiz,
	type ChapterQuiz,
	type QuizQuestion,
} from '../../../src/lib/quiz';

const single: QuizQuestion = {
	id: 'q1',
	kind: 'single',
	prompt: 'p',
	explanation: 'e',
	learnMore: { href: '/iam/', label: 'IAM' },
	options: [
		{ id: 'a', text: 'A', correct: false },
		{ id: 'b', text: 'B', correct: true },
	],
};
const multiple: QuizQuestion = {
	...single,
	id: 'q2',
	kind: 'multiple',
	options: [
		{ id: 'a', text: 'A', correct: true },
		{ id: 'b', text: 'B', correct: true },
		{ id: 'c', text: 'C', correct: false },
	],
};
const quiz: ChapterQuiz = { chapter: 'iam', title: 't', questions: [single, multiple] };

describe('gradeAnswer', () => {
	test('single choice is right only with the correct option', () => {
		expect(gradeAnswer(single, ['b'])).toBe(true);
		expect(gradeAnswer(single, ['a'])).toBe(false);
		expect(gradeAnswer(single, [])).toBe(false);
	});
	test('multiple choice needs every correct option and no wrong one', () => {
		expect(gradeAnswer(multiple, ['a', 'b'])).toBe(true);
		expect(gradeAnswer(multiple, ['b', 'a'])).toBe(true);
		expect(gradeAnswer(multiple, ['a'])).toBe(false);
		expect(gradeAnswer(multiple, ['a', 'b', 'c'])).toBe(false);
	});
	test('an unknown option id is a QuizError', () => {
		expect(() => gradeAnswer(single, ['z'])).toThrow(QuizError);
	});
	test('property: exactly one subset of options is graded correct', () => {
		fc.assert(
			fc.property(fc.subarray(['a', 'b', 'c']), (selected) => {
				expect(gradeAnswer(multiple, selected)).toBe(selected.length === 2 && !selected.includes('c'));
			}),
		);
	});
});

describe('validateQuiz', () => {
	test('accepts a well-formed quiz', () => expect(validateQuiz(quiz)).toEqual([]));
	test('rejects a single-choice question with two correct options', () => {
		const broken = {
			...quiz,
			questions: [{ ...single, options: single.options.map((o) => ({ ...o, correct: true })) }],
		};
		expect(validateQuiz(broken).join('\n')).toMatch(/exactly 1 correct/);
	});
	test('rejects a multiple-choice question with one correct option', () => {
		const broken = { ...quiz, questions: [{ ...multiple, options: single.options }] };
		expect(validateQuiz(broken).join('\n')).toMatch(/at least 2 correct/);
	});
	test('rejects duplicate ids and bad links', () => {
		const broken = {
			...quiz,
			questions: [single, { ...single, learnMore: { href: 'https://example.com', label: 'x' } }],
		};
		const problems = validateQuiz(broken).join('\n');
		expect(problems).toMatch(/duplicate question id/);
		expect(problems).toMatch(/site path/);
	});
});

describe('parseProgress', () => {
	test('round-trips saved answers and re-grades them', () => {
		const saved = JSON.stringify({
			answers: { q1: { selected: ['b'], correct: false }, q2: { selected: ['a'], correct: true } },
		});
		const progress = parseProgress(quiz, saved);
		// The stored "correct" flags are not trusted: they are recomputed.
		expect(progress.answers).toEqual({
			q1: { selected: ['b'], correct: true },
			q2: { selected: ['a'], correct: false },
		});
		expect(scoreProgress(quiz, progress)).toEqual({ answered: 2, correct: 1, total: 2 });
	});
	test('ignores garbage, removed questions and removed options', () => {
		expect(parseProgress(quiz, 'not json').answers).toEqual({});
		expect(parseProgress(quiz, 'null').answers).toEqual({});
		expect(
			parseProgress(quiz, JSON.stringify({ answers: { gone: { selected: ['a'] }, q1: { selected: ['zzz'] } } }))
				.answers,
		).toEqual({});
	});
	test('property: never throws on any string', () => {
		fc.assert(fc.property(fc.string(), (raw) => void parseProgress(quiz, raw)));
	});
});
