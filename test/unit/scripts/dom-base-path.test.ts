/**
 * Links a widget renders in the browser get the site's base path, as the build gives the page's links
 * (scripts/base-path.mjs): on a sub-path deploy (BASE_PATH=/repo/) the best-practices checker's
 * "learn more" link re-rendered after an edit pointed at /iam/best-practices/ instead of
 * /repo/iam/best-practices/.
 */
import { describe, expect, test } from 'vitest';
import { attributeValue } from '../../../src/scripts/dom';

describe('attributeValue (every attribute renderView and h() set)', () => {
	test('a root-relative href, src or poster gets the base path', () => {
		expect(attributeValue('href', '/iam/best-practices/', '/repo/')).toBe('/repo/iam/best-practices/');
		expect(attributeValue('src', '/favicon.svg', '/repo')).toBe('/repo/favicon.svg');
		expect(attributeValue('poster', '/a.png', '/repo/')).toBe('/repo/a.png');
	});
	test('other URLs, other attributes and the root base are left as they are', () => {
		expect(attributeValue('href', 'https://docs.aws.amazon.com/iam/', '/repo/')).toBe(
			'https://docs.aws.amazon.com/iam/',
		);
		expect(attributeValue('href', '#d04-action', '/repo/')).toBe('#d04-action');
		expect(attributeValue('href', '/repo/iam/', '/repo/')).toBe('/repo/iam/');
		expect(attributeValue('data-path', '/iam/', '/repo/')).toBe('/iam/');
		expect(attributeValue('href', '/iam/', '/')).toBe('/iam/');
	});
});
