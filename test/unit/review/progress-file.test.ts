/** The progress file: export → import round trip; foreign or damaged files refused, changing nothing. */
import { describe, expect, test } from 'vitest';
import { chapterQuizzes } from '../../../src/examples/quiz';
import {
	cardId,
	exportProgress,
	importProgress,
	ProgressFileError,
	scheduleCard,
	type Progress,
} from '../../../src/lib/review';

const quizzes = chapterQuizzes.map((entry) => entry.quiz);
const iam = quizzes.find((quiz) => quiz.chapter === 'iam')!;
const [q1, q2] = iam.questions;
const T0 = Date.UTC(2026, 11, 1, 9);
const rightOf = (q: typeof q1) => q!.options.filter((o) => o.correct).map((o) => o.id);
const wrongOf = (q: typeof q1) => [q!.options.find((o) => !o.correct)!.id];

const progress: Progress = {
	quizzes: {
		iam: {
			answers: {
				[q1!.id]: { selected: rightOf(q1), correct: true },
				[q2!.id]: { selected: wrongOf(q2), correct: false },
			},
		},
	},
	cards: {
		[cardId('iam', q1!.id)]: scheduleCard(undefined, 'sure', T0),
		[cardId('iam', q2!.id)]: scheduleCard(undefined, 'wrong', T0),
	},
};

describe('round trip', () => {
	test('export then import gives back the same progress', () => {
		const text = exportProgress(progress, T0);
		expect(JSON.parse(text)).toMatchObject({
			format: 'devops-learning-aws/progress',
			version: 1,
			exportedAt: '2026-12-01T09:00:00.000Z',
		});
		expect(importProgress(text, quizzes)).toEqual({ progress, dropped: 0 });
	});

	test('answers are graded again on import: a hand-edited "correct": true does not count', () => {
		const edited = JSON.parse(exportProgress(progress, T0));
		edited.quizzes.iam.answers[q2!.id].correct = true;
		expect(importProgress(JSON.stringify(edited), quizzes).progress.quizzes.iam!.answers[q2!.id]!.correct).toBe(false);
	});

	test('questions the site no longer has are dropped and counted', () => {
		const file = JSON.parse(exportProgress(progress, T0));
		file.cards['iam/removed-question'] = file.cards[cardId('iam', q1!.id)];
		file.quizzes.iam.answers['removed-question'] = { selected: ['a'] };
		expect(importProgress(JSON.stringify(file), quizzes).dropped).toBe(2);
	});
});

describe('bad files are refused with a message', () => {
	const valid = () => JSON.parse(exportProgress(progress, T0));
	test.each([
		['not JSON', 'hello', /not JSON/],
		['another app’s JSON', JSON.stringify({ cards: {} }), /not exported by DevOps Learning: AWS/],
		['a newer version', JSON.stringify({ ...valid(), version: 2 }), /version 2; this site reads version 1/],
		['cards not an object', JSON.stringify({ ...valid(), cards: [] }), /must both be objects/],
		[
			'an impossible ease',
			JSON.stringify({
				...valid(),
				cards: { [cardId('iam', q1!.id)]: { ...progress.cards[cardId('iam', q1!.id)], ease: 99 } },
			}),
			/impossible "ease"/,
		],
		[
			'a date in 1970',
			JSON.stringify({
				...valid(),
				cards: { [cardId('iam', q1!.id)]: { ...progress.cards[cardId('iam', q1!.id)], lastAt: 0 } },
			}),
			/impossible "lastAt"/,
		],
		[
			'answers without choices',
			JSON.stringify({ ...valid(), quizzes: { iam: { answers: { [q1!.id]: { selected: 'a' } } } } }),
			/has no list of choices/,
		],
		['a huge file', ' '.repeat(1_000_001), /too large/],
	])('%s', (_, text, message) => {
		expect(() => importProgress(text, quizzes)).toThrow(ProgressFileError);
		expect(() => importProgress(text, quizzes)).toThrow(message);
	});
});
