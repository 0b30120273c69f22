/** Wildcards (Action/Resource rules) and the ARN parser. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html */
import { describe, expect, test } from 'vitest';
import { ArnParseError, parseArn, wildcardMatch } from '../../../src/lib/iam/index';

describe('wildcardMatch', () => {
	test.each([
		['*', '', true],
		['*', 'anything', true],
		['a?c', 'abc', true],
		['a?c', 'ac', false],
		['Describe*', 'DescribeInstances', true],
		['*Instances', 'DescribeInstances', true],
		['D*s*s', 'DescribeInstances', true],
		['a*b*c', 'aXbYc', true],
		['a*b*c', 'aXbY', false],
		['abc', 'abcd', false],
		['', '', true],
	])('%s ~ %s → %s', (pattern, input, expected) => {
		expect(wildcardMatch(pattern, input)).toBe(expected);
	});
	test('case-insensitive mode for actions', () => {
		expect(wildcardMatch('ec2:describe*', 'EC2:DescribeInstances', { caseInsensitive: true })).toBe(true);
		expect(wildcardMatch('ec2:describe*', 'EC2:DescribeInstances')).toBe(false);
	});
	test('resource ARNs: a wildcard inside a segment stays there, one that ends a segment may spill over', () => {
		expect(
			wildcardMatch('arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc', {
				arn: 'resource',
			}),
		).toBe(true);
		expect(wildcardMatch('arn:aws:s3:::b/*', 'arn:aws:s3:::b/a:b/c', { arn: 'resource' })).toBe(true);
		expect(
			wildcardMatch('arn:aws:ec2:us-*1:*:instance/*', 'arn:aws:ec2:us-east-1:111122223333:instance/x', {
				arn: 'resource',
			}),
		).toBe(true);
		expect(wildcardMatch('arn:aws:e*2:us-east-1:1:x', 'arn:aws:ec:x:2:us-east-1:1:x', { arn: 'resource' })).toBe(false);
		expect(wildcardMatch('arn:aws:*', 'arn:aws:s3:::b/k', { arn: 'resource' })).toBe(true);
	});
	test('no backtracking: a pathological pattern on a long input returns quickly', () => {
		// A backtracking matcher needs about 1000^12 steps here and never returns; the NFA needs 1000 × 13.
		// The bound is loose on purpose: mutation testing runs this instrumented, on a busy machine.
		const start = performance.now();
		expect(wildcardMatch('a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(1_000))).toBe(false);
		expect(performance.now() - start).toBeLessThan(5_000);
	});
});

describe('parseArn', () => {
	test('splits the six parts; the resource keeps its own colons and slashes', () => {
		expect(parseArn('arn:aws:iam::123456789012:user/division/alice')).toEqual({
			partition: 'aws',
			service: 'iam',
			region: '',
			accountId: '123456789012',
			resource: 'user/division/alice',
			resourceType: 'user',
			resourceId: 'division/alice',
		});
		expect(parseArn('arn:aws:logs:us-east-1:123456789012:log-group:my-group:*')).toMatchObject({
			region: 'us-east-1',
			resourceType: 'log-group',
			resourceId: 'my-group:*',
		});
		expect(parseArn('arn:aws:s3:::amzn-s3-demo-bucket')).toMatchObject({
			accountId: '',
			resourceType: '',
			resourceId: 'amzn-s3-demo-bucket',
		});
		expect(parseArn('arn:aws-cn:ec2:cn-north-1:123456789012:instance/i-1')).toMatchObject({ partition: 'aws-cn' });
	});
	test.each([
		['s3:::bucket', /starts with "arn:"/],
		['arn:aws:s3', /only 3 of the 6/],
		['arn::s3:::b', /no partition/],
		['arn:aws::::x', /no service/],
		['arn:aws:iam::1234:root', /exactly 12 digits/],
		['arn:aws:iam::123456789012:', /empty resource/],
	])('%s is rejected', (text, message) => {
		expect(() => parseArn(text)).toThrow(ArnParseError);
		expect(() => parseArn(text)).toThrow(message);
	});
});
