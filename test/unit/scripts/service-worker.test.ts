/** The service worker's build step: URLs under a sub-path deploy and the filled-in template. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { precacheUrl, workerSource } from '../../../scripts/service-worker.mjs';

describe('precacheUrl', () => {
	test.each([
		['/', 'index.html', '/'],
		['/', 'iam/roles/index.html', '/iam/roles/'],
		['/', '_astro/page.abc.js', '/_astro/page.abc.js'],
		['/', '404.html', '/404.html'],
		['/repo/', 'index.html', '/repo/'],
		['/repo/', 'iam/roles/index.html', '/repo/iam/roles/'],
		['/repo', 'pagefind/pagefind.js', '/repo/pagefind/pagefind.js'],
	])('base %s, %s → %s', (base, file, url) => {
		expect(precacheUrl(base, file)).toBe(url);
	});
});

describe('workerSource', () => {
	const template = readFileSync(new URL('../../../scripts/sw-template.js', import.meta.url), 'utf8');
	const source = workerSource(template, { version: 'abc123', base: '/repo/', urls: ['/repo/', '/repo/404.html'] });

	test('fills in version, base and the precache list, leaving no placeholder', () => {
		expect(source).toContain("const VERSION = 'abc123';");
		expect(source).toContain("const BASE = '/repo/';");
		expect(source).toContain('const PRECACHE = ["/repo/","/repo/404.html"];');
		expect(source).not.toMatch(/__[A-Z]+__/);
	});

	test('is valid JavaScript that registers install, activate, message and fetch handlers', () => {
		const events: string[] = [];
		const self = { addEventListener: (type: string) => events.push(type), location: { origin: 'http://x' } };
		new Function('self', 'caches', source)(self, {});
		expect(events.sort()).toEqual(['activate', 'fetch', 'install', 'message']);
	});
});
