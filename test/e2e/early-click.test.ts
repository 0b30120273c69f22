/**
 * A widget's script loads when the widget comes near the viewport (src/scripts/widget-loader.ts). On a
 * slow connection a reader can click one of its buttons before the script has run: the click is
 * remembered and repeated once the widget is mounted, instead of being lost.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserAvailable, NO_PROBLEMS, openPage, useSite } from './harness';
import { cidrInitial, cidrPresets } from '../../src/examples/security-groups/cidr-examples';

// The CIDR calculator is far down its page: not near the viewport on load.
const PATH = '/security-groups/rules/';
const WIDGET = '#cidr-cidr';

/** Holds every script requested from now on until the returned release() is called. */
async function holdScripts(page: Page): Promise<{ held: () => number; release: () => Promise<void> }> {
	const routes: Route[] = [];
	let released = false;
	await page.route('**/_astro/*.js', (route) => (released ? route.continue() : void routes.push(route)));
	return {
		held: () => routes.length,
		release: async () => {
			released = true;
			await Promise.all(routes.map((route) => route.continue()));
		},
	};
}

describe.skipIf(!browserAvailable)('a click before the widget’s script has run', () => {
	const site = useSite();

	test('is repeated once the widget mounts: the preset clicked is the one shown', async () => {
		const { page, problems, close } = await openPage(site, PATH, { lazyWidgets: true, height: 300 });
		try {
			const root = page.locator(WIDGET);
			expect(await root.getAttribute('data-mounted'), 'precondition: not mounted on load').toBeNull();
			const cidr = root.locator('[data-part="cidr"]');
			expect(await cidr.inputValue()).toBe(cidrInitial.cidr);
			const presets = root.locator('[data-part="preset"]');
			const [first, last] = [cidrPresets[0]!, cidrPresets.at(-1)!];

			const scripts = await holdScripts(page);
			// Two clicks before the script runs: the last one is the reader's choice.
			await presets.first().click();
			await presets.last().click();
			await expect.poll(scripts.held, { message: 'the click started the script’s download' }).toBeGreaterThan(0);
			expect(await root.getAttribute('data-mounted'), 'not mounted while its script is held').toBeNull();
			expect(await cidr.inputValue(), 'nothing happens before the script runs').toBe(cidrInitial.cidr);
			expect(first.cidr).not.toBe(last.cidr);

			await scripts.release();
			await expect.poll(() => root.getAttribute('data-mounted')).toBe('');
			await expect.poll(() => cidr.inputValue()).toBe(last.cidr);
			expect(await root.locator('[data-part="ip"]').inputValue()).toBe(last.ip);
			expect(await root.locator('[data-clicked-before-mount]').count(), 'the mark is removed').toBe(0);
			expect(problems).toEqual(NO_PROBLEMS);
		} finally {
			await close();
		}
	});
});
