/**
 * axe-core in a page for the e2e checks: the serious and critical violations, one line each.
 *
 * Runs `axe.run` in the page itself instead of through @axe-core/playwright's AxeBuilder, whose
 * `analyze()` injects axe's 580 kB source into the page again on every call and then opens a new blank
 * page to finish the run (runPartial/finishRun, made for cross-origin iframes, which this site has none
 * of). Same rules, same results; here axe is injected once per page and no extra page is opened.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeScope {
	/** CSS selectors of the parts to check (each must match something); the whole document when absent. */
	include?: readonly string[];
	/** Only these rule ids (e.g. `color-contrast`); every rule axe runs by default when absent. */
	rules?: readonly string[];
}

interface Violation {
	id: string;
	impact?: string | null;
	help: string;
	nodes: { target: unknown[] }[];
}

/**
 * The serious or critical axe violations in `page` (or the parts `include` names), as
 * "serious color-contrast: Elements must meet … — #a | #b", at most three elements each.
 */
export async function seriousAxeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(
		async ({ include, rules }) => {
			const axe = (
				window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Violation[] }> } }
			).axe;
			const context = include ? { include: include.map((selector) => [selector]) } : document;
			const options = {
				resultTypes: ['violations'],
				...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
			};
			const { violations } = await axe.run(context, options);
			return violations.map(({ id, impact, help, nodes }) => ({
				id,
				impact,
				help,
				nodes: nodes.map((n) => ({ target: n.target })),
			}));
		},
		{ include: scope.include ? [...scope.include] : undefined, rules: scope.rules ? [...scope.rules] : undefined },
	);
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.impact} ${v.id}: ${v.help} — ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(' | ')}`,
		);
}
