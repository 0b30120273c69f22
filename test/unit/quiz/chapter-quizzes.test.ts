import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chapterQuizzes } from '../../../src/examples/quiz';
import { validateQuiz } from '../../../src/lib/quiz';
import {
	adminApiRequest,
	httpFromInternet,
	iamDenyWinsScenario,
	iamNoAllowScenario,
	listenerCertificates,
	shopListener,
	sshFromOtherComputer,
} from '../../../src/examples/quiz/computed-questions';
import { evaluate } from '../../../src/lib/iam';
import { parseInstanceType } from '../../../src/lib/ec2';
import { evaluateFlow } from '../../../src/lib/network';
import { routeRequest, selectCertificate } from '../../../src/lib/elb';

const docs = new URL('../../../src/content/docs/', import.meta.url);

/** Maps a site path like /iam/roles/ to the MDX (or MD) file that builds it. */
function pageExists(href: string): boolean {
	const path = href.split('#')[0]!.replace(/^\/|\/$/g, '');
	const candidates = path === '' ? ['index'] : [path, `${path}/index`];
	return candidates.some((c) => existsSync(new URL(`${c}.mdx`, docs)) || existsSync(new URL(`${c}.md`, docs)));
}

describe.each(chapterQuizzes)('$quiz.chapter quiz', ({ quiz, page }) => {
	test('has at least 8 questions', () => expect(quiz.questions.length).toBeGreaterThanOrEqual(8));
	test('every question has the right number of correct options, unique ids and a site link', () => {
		expect(validateQuiz(quiz)).toEqual([]);
	});
	test('every explanation link and the quiz page itself exist', () => {
		const missing = [page, ...quiz.questions.map((q) => q.learnMore.href)].filter((href) => !pageExists(href));
		expect(missing).toEqual([]);
	});
});

// The engines run inside the tests only (never while the tests are collected): see src/examples/quiz/computed.ts.
describe('engine-computed questions agree with the engine', () => {
	const computed = () => chapterQuizzes.flatMap(({ quiz }) => quiz.questions.filter((q) => q.computedBy));
	test('there are some in every chapter', () => {
		for (const { quiz } of chapterQuizzes)
			expect(
				quiz.questions.some((q) => q.computedBy),
				quiz.chapter,
			).toBe(true);
		expect(computed().length).toBeGreaterThanOrEqual(10);
	});
	test('importing the quizzes asks no engine: the options are computed when first read, then kept', () => {
		const question = computed().find((q) => q.id === 'computed-alb-priority')!;
		expect(Object.getOwnPropertyDescriptor(question, 'options')?.get).toBeTypeOf('function');
		expect(question.options).toBe(question.options);
		expect({ ...question }).toMatchObject({ kind: 'single', computedBy: 'src/lib/elb routeRequest' });
		// The review page serialises questions in key order: the same order as a hand-written question.
		expect(Object.keys(question).slice(-3)).toEqual(['kind', 'options', 'computedBy']);
	});
	test('IAM: deny wins, and no allow means implicit deny', () => {
		expect(evaluate(iamDenyWinsScenario).decision).toBe('ExplicitDeny');
		expect(evaluate(iamNoAllowScenario).decision).toBe('ImplicitDeny');
		expect(correctTexts('computed-deny-wins')).toEqual(['Denied by an explicit Deny']);
		expect(correctTexts('computed-implicit-deny')).toEqual(['Denied implicitly (no statement allows it)']);
	});
	test('EC2: c7gn is Graviton, m5 names no processor, only m5.2xlarge is offered', () => {
		expect(parseInstanceType('c7gn.16xlarge').processor).toBe('graviton');
		expect(correctTexts('computed-c7gn')).toEqual(['AWS Graviton (Arm)']);
		expect(correctTexts('computed-m5')).toEqual(['The name does not say']);
		expect(correctTexts('computed-offered')).toEqual(['m5.2xlarge']);
	});
	test('Security groups: SSH from elsewhere blocked, HTTP from anywhere allowed', () => {
		expect(evaluateFlow(sshFromOtherComputer).allowed).toBe(false);
		expect(evaluateFlow(httpFromInternet).allowed).toBe(true);
		expect(correctTexts('computed-ssh-other')).toEqual(['Blocked: the client times out']);
		expect(correctTexts('computed-http-anywhere')).toEqual(['Allowed']);
	});
	test('Storage: 20 GiB gp3 allows 10,000 IOPS', () => {
		expect(correctTexts('computed-gp3-iops')).toEqual(['10,000 IOPS']);
	});
	test('Load balancing: lowest priority number wins; exact SNI name beats wildcard; wildcard covers one label', () => {
		expect(routeRequest(shopListener, adminApiRequest).priority).toBe(5);
		expect(correctTexts('computed-alb-priority')).toEqual(['forward to admin-tg']);
		expect(selectCertificate(listenerCertificates, 'api.myapp.com')).toBe('cert-api');
		expect(correctTexts('computed-sni-exact')[0]).toMatch(/^cert-api /);
		expect(correctTexts('computed-sni-two-labels')[0]).toMatch(/^cert-default /);
	});

	function correctTexts(id: string): string[] {
		const question = computed().find((q) => q.id === id);
		if (!question) throw new Error(`no computed question ${id}`);
		return question.options.filter((o) => o.correct).map((o) => o.text);
	}
});
