/**
 * The site's one `*` / `?` matcher, checked against its definition on every small pattern and input.
 * Plain mode: `*` is any run of characters, `?` any one character.
 * ARN modes, from https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html:
 * a wildcard stays inside its colon-separated segment, except that "if the * wildcard is the last character
 * of a resource ARN segment, it can expand to match beyond the colon boundaries" (`resource`); ArnLike
 * checks each of the six colon-delimited parts on its own (`segments`). The sixth part, the resource id,
 * may contain colons itself.
 */
import { describe, expect, test } from 'vitest';
import {
	compileCached,
	compileParts,
	compilePattern,
	matchPattern,
	wildcardMatch,
	type GlobOptions,
} from '../../../src/lib/wildcard';

/** Every string over `alphabet` up to `maxLength` characters, the empty string included. */
function allStrings(alphabet: readonly string[], maxLength: number): string[] {
	const out = [''];
	let level = [''];
	for (let length = 1; length <= maxLength; length++) {
		level = level.flatMap((s) => alphabet.map((ch) => s + ch));
		out.push(...level);
	}
	return out;
}

const escape = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The definition above, written as a regular expression. */
function reference(pattern: string, arn?: GlobOptions['arn']): RegExp {
	let segment = 0;
	let body = '';
	for (let i = 0; i < pattern.length; i++) {
		const ch = pattern[i]!;
		const crossesColons = !arn || segment >= 5;
		if (ch === '?') body += crossesColons ? '[\\s\\S]' : '[^:]';
		else if (ch === '*') {
			const endsSegment = i + 1 === pattern.length || pattern[i + 1] === ':';
			body += crossesColons || (arn === 'resource' && endsSegment) ? '[\\s\\S]*' : '[^:]*';
		} else {
			if (ch === ':') segment++;
			body += escape(ch);
		}
	}
	return new RegExp(`^${body}$`);
}

function expectAgreement(patterns: string[], inputs: string[], options: GlobOptions = {}): void {
	const wrong: string[] = [];
	for (const pattern of patterns) {
		const expected = reference(pattern, options.arn);
		for (const input of inputs)
			if (wildcardMatch(pattern, input, options) !== expected.test(input)) wrong.push(`${pattern} ~ ${input}`);
	}
	expect(wrong).toEqual([]);
}

describe('plain patterns (Action, StringLike)', () => {
	test('agree with the definition on every pattern and input up to 4 characters', () => {
		expectAgreement(allStrings(['a', 'b', '*', '?'], 4), allStrings(['a', 'b'], 4));
	});
	test('a wildcard in plain mode crosses colons', () => {
		expect(wildcardMatch('s3:*', 's3:GetObject')).toBe(true);
		expect(wildcardMatch('a?b', 'a:b')).toBe(true);
		expect(wildcardMatch('*:b', 'x:y:b')).toBe(true);
	});
	test('exact text, a prefix and a pattern that only looks like a prefix', () => {
		expect(wildcardMatch('abc', 'abc')).toBe(true);
		expect(wildcardMatch('abc', 'abcd')).toBe(false);
		expect(wildcardMatch('ab*', 'ab')).toBe(true);
		expect(wildcardMatch('ab*', 'aXb')).toBe(false);
		expect(wildcardMatch('ab?', 'abcd')).toBe(false);
		expect(wildcardMatch('ab*c', 'abXd')).toBe(false);
		expect(wildcardMatch('a*b*', 'aXbY')).toBe(true);
		expect(wildcardMatch('a**b', 'aXYb')).toBe(true);
	});
	test('every other character is literal, a control character included', () => {
		expect(wildcardMatch('a\u0000*', 'a\u0000b')).toBe(true);
		expect(wildcardMatch('a\u0000*', 'axb')).toBe(false);
		expect(wildcardMatch('?\u0000*', 'x\u0000y')).toBe(true);
		expect(wildcardMatch('?\u0000*', 'xay')).toBe(false);
	});
	test('case-insensitive mode lowers both sides (action names), otherwise case counts', () => {
		for (const [pattern, input] of [
			['S3:GETOBJECT', 's3:GetObject'],
			['S3:Get*', 's3:getobject'],
			['S3:G?tObject', 's3:getOBJECT'],
			['*OBJECT', 'x:getobject'],
		] as const) {
			expect(wildcardMatch(pattern, input, { caseInsensitive: true }), `${pattern} ~ ${input}`).toBe(true);
			expect(wildcardMatch(pattern, input), `${pattern} ~ ${input} (case-sensitive)`).toBe(false);
		}
	});
	test('patterns longer than the matcher’s first buffers (64 states)', () => {
		for (const length of [62, 63, 64, 65, 200]) {
			const pattern = `${'a'.repeat(length - 1)}?`;
			expect(wildcardMatch(pattern, 'a'.repeat(length)), `${length}`).toBe(true);
			expect(wildcardMatch(pattern, 'a'.repeat(length + 1)), `${length} + 1`).toBe(false);
			expect(wildcardMatch(`*${pattern}`, `b${'a'.repeat(length)}`), `* + ${length}`).toBe(true);
		}
		// A short pattern after a long one: no state is left over from the earlier match.
		expect(wildcardMatch('?b', 'ab')).toBe(true);
		expect(wildcardMatch('?b', '')).toBe(false);
	});
	test('one compiled pattern gives the same answers in any order of calls', () => {
		const compiled = compilePattern([{ text: 'x?*y', literal: false }]);
		const cases: [string, boolean][] = [
			['xaby', true],
			['', false],
			['xy', false],
			['xay', true],
			['x', false],
			['xayz', false],
			['xay', true],
			['xa', false],
		];
		for (const [input, expected] of [...cases, ...cases.reverse()])
			expect(matchPattern(compiled, input), input).toBe(expected);
	});
});

describe('literal parts (policy variable values, ${*} escapes)', () => {
	test('a * or ? in a literal part matches only itself', () => {
		const starThenAny = compilePattern([
			{ text: 'a', literal: false },
			{ text: '*', literal: true },
			{ text: '*', literal: false },
		]);
		expect(matchPattern(starThenAny, 'a*')).toBe(true);
		expect(matchPattern(starThenAny, 'a*xyz')).toBe(true);
		expect(matchPattern(starThenAny, 'ab')).toBe(false);
		const question = compilePattern([{ text: 'team-?', literal: true }]);
		expect(matchPattern(question, 'team-?')).toBe(true);
		expect(matchPattern(question, 'team-a')).toBe(false);
	});
	test('wildcards in active parts still work next to literal ones', () => {
		const parts = [
			{ text: 'home/', literal: false },
			{ text: 'alice', literal: true },
			{ text: '/*', literal: false },
		];
		expect(matchPattern(compilePattern(parts), 'home/alice/photos/1.jpg')).toBe(true);
		expect(matchPattern(compilePattern(parts), 'home/bob/photos/1.jpg')).toBe(false);
	});
	test('case-insensitive literal parts', () => {
		const compiled = compilePattern([{ text: 'ALICE', literal: true }], { caseInsensitive: true });
		expect(matchPattern(compiled, 'alice')).toBe(true);
		expect(matchPattern(compiled, 'Alicia')).toBe(false);
	});
});

describe('ARN patterns', () => {
	// Four segments written out, so the short tails below reach the account part and the resource id.
	const prefixes = ['', 'a:a:a:a:'];
	const tails = allStrings(['a', ':', '*', '?'], 4);
	const inputTails = allStrings(['a', ':'], 4);
	for (const arn of ['resource', 'segments'] as const) {
		test(`${arn}: agree with the definition on every pattern and input up to 4 characters past a prefix`, () => {
			for (const prefix of prefixes)
				expectAgreement(
					tails.map((t) => prefix + t),
					inputTails.map((t) => prefix + t),
					{ arn },
				);
		});
	}
	const topic = 'arn:aws:sns:us-east-1:123456789012:my-topic';
	test('Resource: a * that ends a segment may spill over colons, one inside a segment may not', () => {
		expect(wildcardMatch('arn:aws:*', 'arn:aws:s3:::amzn-s3-demo-bucket/k', { arn: 'resource' })).toBe(true);
		expect(wildcardMatch('arn:aws:sns:*:my-topic', topic, { arn: 'resource' })).toBe(true);
		expect(wildcardMatch('arn:aws:sns:us-*1:my-topic', topic, { arn: 'resource' })).toBe(false);
		expect(wildcardMatch('arn:aws:sns:us-*', topic, { arn: 'resource' })).toBe(true);
	});
	test('ArnLike: each part on its own, even where a * ends the part', () => {
		expect(wildcardMatch('arn:aws:sns:*:123456789012:*', topic, { arn: 'segments' })).toBe(true);
		expect(wildcardMatch('arn:aws:sns:*:my-topic', topic, { arn: 'segments' })).toBe(false);
		expect(wildcardMatch('arn:aws:sns:us-*', topic, { arn: 'segments' })).toBe(false);
		expect(wildcardMatch('arn:aws:sn?:us-east-1:123456789012:my-topic', topic, { arn: 'segments' })).toBe(true);
		expect(wildcardMatch('arn:aws:sns?us-east-1:123456789012:my-topic', topic, { arn: 'segments' })).toBe(false);
	});
	test('the resource id (sixth part) may hold colons, and wildcards there cross them', () => {
		const logStream = 'arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:x';
		for (const arn of ['resource', 'segments'] as const) {
			expect(wildcardMatch('arn:aws:logs:us-east-1:123456789012:log-group*x', logStream, { arn })).toBe(true);
			expect(wildcardMatch('arn:aws:logs:us-east-1:123456789012:log-group?app*', logStream, { arn })).toBe(true);
			// The account is the fifth part: a ? there does not cross into the sixth.
			expect(wildcardMatch('arn:aws:logs:us-east-1:123456789012?log-group:*', logStream, { arn })).toBe(false);
		}
	});
});

describe('compileCached', () => {
	test('the same pattern and options give the same compiled pattern', () => {
		expect(compileCached('ec2:Describe*', { caseInsensitive: true })).toBe(
			compileCached('ec2:Describe*', { caseInsensitive: true }),
		);
	});
	test('keeps many patterns, but not without bound (a reader may type any number of them)', () => {
		const first = compileCached('cache-probe-0');
		const second = compileCached('cache-probe-1');
		expect(compileCached('cache-probe-0')).toBe(first);
		expect(compileCached('cache-probe-1')).toBe(second);
		for (let i = 2; i <= 5_002; i++) compileCached(`cache-probe-${i}`);
		const again = compileCached('cache-probe-0');
		expect(again).not.toBe(first);
		expect(again).toEqual(first);
	});
	test('options are part of the cache key', () => {
		expect(wildcardMatch('EC2:DESCRIBE*', 'ec2:DescribeInstances', { caseInsensitive: true })).toBe(true);
		expect(wildcardMatch('EC2:DESCRIBE*', 'ec2:DescribeInstances')).toBe(false);
		expect(wildcardMatch('EC2:DESCRIBE*', 'ec2:DescribeInstances', { caseInsensitive: true })).toBe(true);
		expect(wildcardMatch('*:b', 'x:y:b')).toBe(true);
		expect(wildcardMatch('*:b', 'x:y:b', { arn: 'segments' })).toBe(false);
		expect(wildcardMatch('*:b', 'x:y:b', { arn: 'resource' })).toBe(true);
		expect(wildcardMatch('a*:b', 'ax:y:b', { arn: 'segments' })).toBe(false);
		expect(wildcardMatch('a*:b', 'ax:y:b')).toBe(true);
	});
});

describe('compileParts', () => {
	test('one wildcard-active part goes through the cache; literal or several parts are compiled as they are', () => {
		const active = [{ text: 'home/*', literal: false }];
		expect(compileParts(active)).toBe(compileCached('home/*'));
		expect(compileParts(active, { arn: 'resource' })).toBe(compileCached('home/*', { arn: 'resource' }));
		const literal = compileParts([{ text: 'home/*', literal: true }]);
		expect(matchPattern(literal, 'home/*')).toBe(true);
		expect(matchPattern(literal, 'home/alice')).toBe(false);
		const several = compileParts([
			{ text: 'home/', literal: false },
			{ text: 'a*', literal: true },
			{ text: '/*', literal: false },
		]);
		expect(matchPattern(several, 'home/a*/x')).toBe(true);
		expect(matchPattern(several, 'home/ab/x')).toBe(false);
		expect(matchPattern(several, 'home/')).toBe(false);
	});
});
