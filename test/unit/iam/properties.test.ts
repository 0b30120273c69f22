/** Property tests (fast-check) for the IAM engine. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate, lintPolicy, parsePolicy, PolicyParseError, wildcardMatch } from '../../../src/lib/iam/index';
import { caseArb, doc, statementArb, toInput, type GeneratedCase } from './cases';

const decisionOf = (c: GeneratedCase) => evaluate(toInput(c)).decision;

describe('evaluation properties', () => {
	test('adding a Deny statement never turns a denied request into Allow', () => {
		fc.assert(
			fc.property(caseArb, statementArb, fc.nat(3), (c, extra, where) => {
				const before = decisionOf(c);
				const denyStatement = { ...extra, Effect: 'Deny' };
				const withDeny: GeneratedCase =
					where === 0 || c.identity.length === 0
						? { ...c, identity: [...c.identity, [denyStatement]] }
						: { ...c, identity: c.identity.map((p, i) => (i === 0 ? [...p, denyStatement] : p)) };
				const after = decisionOf(withDeny);
				if (before !== 'Allow') expect(after).not.toBe('Allow');
				if (before === 'ExplicitDeny') expect(after).toBe('ExplicitDeny');
			}),
			{ numRuns: 400 },
		);
	});

	test('statement order and policy order never change the decision', () => {
		fc.assert(
			fc.property(caseArb, fc.integer(), (c, seed) => {
				const shuffle = <T>(list: T[], salt: number): T[] =>
					list
						.map((v, i) => ({ v, k: Math.sin(seed + salt * 31 + i * 7919) }))
						.sort((a, b) => a.k - b.k)
						.map((x) => x.v);
				const shuffled: GeneratedCase = {
					...c,
					identity: shuffle(
						c.identity.map((p, i) => shuffle(p, i + 1)),
						0,
					),
					resource: c.resource && shuffle(c.resource, 99),
					scps: c.scps?.map((level, l) =>
						shuffle(
							level.map((p, i) => shuffle(p, l * 10 + i)),
							l + 50,
						),
					),
				};
				expect(decisionOf(shuffled)).toBe(decisionOf(c));
			}),
			{ numRuns: 400 },
		);
	});

	test('an identical Allow added to every policy type that limits keeps an Allow an Allow', () => {
		fc.assert(
			fc.property(caseArb, (c) => {
				if (decisionOf(c) !== 'Allow') return;
				const everything = { Effect: 'Allow', Action: '*', Resource: '*' };
				expect(decisionOf({ ...c, identity: [...c.identity, [everything]] })).toBe('Allow');
			}),
			{ numRuns: 300 },
		);
	});

	test('the trace always ends with the decision and marks at least one deciding rule', () => {
		fc.assert(
			fc.property(caseArb, (c) => {
				const result = evaluate(toInput(c));
				expect(result.trace.at(-1)).toMatchObject({ kind: 'decision', decision: result.decision });
				expect(result.trace.some((s) => s.kind === 'rule' && s.deciding)).toBe(true);
				if (result.decision === 'ExplicitDeny')
					expect(
						result.trace.some((s) => s.kind === 'statement' && s.deciding && s.effect === 'Deny' && s.matched),
					).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});
});

/** Reference: the pattern as a regular expression (* = any run, ? = any one character). */
function referenceRegex(pattern: string, flags = ''): RegExp {
	const body = [...pattern]
		.map((ch) => (ch === '*' ? '[\\s\\S]*' : ch === '?' ? '[\\s\\S]' : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')))
		.join('');
	return new RegExp(`^${body}$`, flags);
}

describe('wildcard matcher', () => {
	const alphabet = fc.constantFrom('a', 'b', 'A', ':', '/', '*', '?', '.', 'é');
	const text = fc.constantFrom('a', 'b', 'A', 'B', ':', '/', '.', 'é', '*', '?');
	test('equals a reference regex on random patterns and inputs', () => {
		fc.assert(
			fc.property(
				fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')),
				fc.array(text, { maxLength: 16 }).map((a) => a.join('')),
				(pattern, input) => {
					expect(wildcardMatch(pattern, input)).toBe(referenceRegex(pattern).test(input));
					expect(wildcardMatch(pattern, input, { caseInsensitive: true })).toBe(
						referenceRegex(pattern.toLowerCase()).test(input.toLowerCase()),
					);
				},
			),
			{ numRuns: 3000 },
		);
	});
	test('a pattern always matches itself with wildcards read literally, and "*" matches anything', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 30 }), (s) => {
				expect(wildcardMatch('*', s)).toBe(true);
				expect(wildcardMatch(s.replace(/[*?]/g, ''), s.replace(/[*?]/g, ''))).toBe(true);
			}),
		);
	});
});

describe('parser robustness', () => {
	const policyLike = fc.oneof(
		fc.string({ maxLength: 200 }),
		fc.json({ maxDepth: 4 }),
		fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ Version: '2012-10-17', Statement: v })),
		fc
			.array(statementArb, { minLength: 1, maxLength: 3 })
			.chain((statements) => fc.nat(200).map((cut) => JSON.stringify(doc(statements), null, 2).slice(0, cut + 20))),
		fc
			.tuple(
				fc.array(statementArb, { minLength: 1, maxLength: 3 }),
				fc.nat(400),
				fc.constantFrom('"', '{', '}', ',', ':', '[', ']', 'x', '\\', '\n'),
			)
			.map(([statements, at, ch]) => {
				const text = JSON.stringify(doc(statements), null, 2);
				const i = at % (text.length + 1);
				return text.slice(0, i) + ch + text.slice(i);
			}),
	);
	test('parsePolicy throws nothing but PolicyParseError, with a position inside the text', () => {
		fc.assert(
			fc.property(policyLike, (text) => {
				try {
					parsePolicy(text);
				} catch (error) {
					expect(error).toBeInstanceOf(PolicyParseError);
					const { line, column } = error as PolicyParseError;
					expect(line).toBeGreaterThanOrEqual(1);
					expect(column).toBeGreaterThanOrEqual(1);
					expect(line).toBeLessThanOrEqual(text.split('\n').length);
				}
			}),
			{ numRuns: 2000 },
		);
	});
	test('lintPolicy never throws, and reports an error exactly when parsePolicy rejects', () => {
		fc.assert(
			fc.property(policyLike, (text) => {
				const findings = lintPolicy(text, { policyType: 'any' });
				let rejected = false;
				try {
					parsePolicy(text);
				} catch {
					rejected = true;
				}
				expect(findings.some((f) => f.severity === 'error')).toBe(rejected);
			}),
			{ numRuns: 1000 },
		);
	});
	test('valid generated policies round-trip through parsePolicy', () => {
		fc.assert(
			fc.property(fc.array(statementArb, { minLength: 1, maxLength: 4 }), (statements) => {
				expect(parsePolicy(JSON.stringify(doc(statements))).statements).toHaveLength(statements.length);
			}),
		);
	});
});
