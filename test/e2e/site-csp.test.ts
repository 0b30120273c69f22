/**
 * The site's Content-Security-Policy (scripts/csp.mjs): its content, that it reaches the browser as a
 * real response header from dist/_headers, that it would block an injected script (so the checks can
 * fail), and that site search — Pagefind's WebAssembly — works under it. Every page and every widget
 * is loaded and exercised under the same header by site-pages.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { builtPages } from '../site/dist';
import { browserAvailable, cspViolations, distHeaders, openPage, openSearch, useSite } from './harness';

const headers = distHeaders();
const policy = headers['Content-Security-Policy'] ?? '';
const directive = (name: string) =>
	policy
		.split(';')
		.map((d) => d.trim())
		.find((d) => d.startsWith(`${name} `)) ?? '';

describe('the Content-Security-Policy', () => {
	test('allows no eval and no un-hashed inline script', () => {
		expect(policy).not.toBe('');
		expect(policy).not.toContain("'unsafe-eval'");
		expect(directive('script-src')).not.toContain("'unsafe-inline'");
		expect(directive('script-src')).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/);
		expect(directive('default-src')).toBe("default-src 'self'");
		expect(directive('object-src')).toBe("object-src 'none'");
		expect(directive('base-uri')).toBe("base-uri 'self'");
		expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
	});

	test('every page carries a <meta> policy first in <head>, whose hashes the header allows', () => {
		for (const page of builtPages()) {
			const meta = /<head[^>]*><meta http-equiv="content-security-policy" content="([^"]*)">/i.exec(page.html)?.[1];
			expect(meta, `${page.path}: CSP <meta> is the first element of <head>`).toBeDefined();
			expect(meta).not.toContain("'unsafe-eval'");
			for (const hash of meta!.match(/'sha256-[^']+'/g) ?? [])
				expect(directive('script-src'), `${page.path} ${hash}`).toContain(hash);
		}
	});

	test('other security headers are sent with every page', () => {
		expect(headers).toMatchObject({
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'X-Frame-Options': 'DENY',
		});
	});
});

describe.skipIf(!browserAvailable)('the policy in Chromium', () => {
	const site = useSite(headers);

	test('the server sends the policy as a response header', async () => {
		const response = await fetch(`${site.origin}/iam/`);
		expect(response.headers.get('content-security-policy')).toBe(policy);
	});

	test('an inline script that is not in the policy is blocked and reported (the check can fail)', async () => {
		const { page, close } = await openPage(site, '/');
		await page.addScriptTag({ content: 'window.__notAllowed = true;' }).catch(() => undefined);
		await page.waitForTimeout(50);
		expect(await page.evaluate(() => (window as unknown as { __notAllowed?: boolean }).__notAllowed)).toBeUndefined();
		expect((await cspViolations(page)).join('\n')).toContain('script-src');
		await close();
	});

	test(
		'site search works under the policy (Pagefind WebAssembly), with no violation',
		{ timeout: 150_000 },
		async () => {
			const { page, problems, close } = await openPage(site, '/iam/');
			await (await openSearch(page)).fill('IAM');
			await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
			expect({
				violations: await cspViolations(page),
				consoleErrors: problems.consoleErrors,
				pageErrors: problems.pageErrors,
			}).toEqual({ violations: [], consoleErrors: [], pageErrors: [] });
			await close();
		},
	);
});
