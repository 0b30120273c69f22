/**
 * The IAM policy editors' findings and explanation in Chromium (policy playground on
 * /iam/policy-structure/, checker on /iam/best-practices/): findings listed most severe first and
 * underlined in the editor, each position link selecting its span, the explanation beside the decision
 * updating on edits, the underline layer aligned with the textarea, at 320 px, in light and dark.
 * Expected answers come from the engine (validatePolicy, summarizePolicy), never typed by hand.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './axe';
import { browserAvailable, NO_PROBLEMS, openPage, useSite } from './harness';
import { summarizePolicy, validatePolicy } from '../../src/lib/iam/index';
import { bySeverity, NO_CHECKS, rangeOf, syntaxErrorOf } from '../../src/components/iam/policy-editor';
import { NO_EXPLANATION } from '../../src/components/iam/policy-summary-views';

const STRUCTURE = '/iam/policy-structure/';
const PLAYGROUND = '#structure-playground';
const BEST_PRACTICES = '/iam/best-practices/';

// A bucket policy (the playground's first example is one) without a Version (a warning on line 1) and
// with an invalid action on line 10: the list must put the error first although it comes later.
const INVALID_POLICY = `{
  "Statement": [
    {
      "Effect": "Allow", "Action": "s3:GetObject",
      "Principal": { "AWS": "arn:aws:iam::123456789012:root" },
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"
    },
    {
      "Effect": "Allow",
      "Action": "s3:GetObjects",
      "Principal": { "AWS": "arn:aws:iam::123456789012:root" },
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"
    }
  ]
}`;

// A comma missing between two entries of the statement (line 4): the text is not JSON.
const BROKEN_JSON = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "s3:GetObject" "Resource": "*" }
  ]
}`;

/** Presses Tab until the focused element matches `selector` (at most `limit` times). */
async function tabTo(page: Page, selector: string, limit = 12): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

describe.skipIf(!browserAvailable)('IAM policy editors: findings and explanation in Chromium', () => {
	const site = useSite();

	test('keyboard only: the error is listed first, its link selects its span, which is underlined; the explanation follows the edit', async () => {
		const expected = bySeverity(await validatePolicy(INVALID_POLICY, { policyType: 'resource' }));
		expect(expected.map((f) => f.findingType)).toEqual(['ERROR', 'WARNING']);
		expect(expected[0]!.line).toBeGreaterThan(expected[1]!.line);
		const span = rangeOf(INVALID_POLICY, expected[0]!);
		expect(INVALID_POLICY.slice(span.start, span.end)).toBe('"s3:GetObjects"');
		const summary = await summarizePolicy(INVALID_POLICY);

		const { page, problems, close } = await openPage(site, STRUCTURE, { width: 320 });
		const root = page.locator(PLAYGROUND);
		const explanation = root.locator('[data-part="explanation"]');
		const before = await explanation.textContent();
		await root.locator('[data-part="policy"]').focus();
		await page.keyboard.press('Control+A');
		// One input event for the whole text (as a paste); then a keystroke at the end, as typing would.
		await page.keyboard.insertText(INVALID_POLICY.slice(0, -1));
		await page.keyboard.type(INVALID_POLICY.slice(-1));

		const items = root.locator('[data-part="finding-list"] > li');
		await expect.poll(() => items.count()).toBe(expected.length);
		await expect(items.nth(0).getAttribute('data-severity')).resolves.toBe('ERROR');
		await expect(items.nth(0).getAttribute('data-code')).resolves.toBe(expected[0]!.issueCode);
		await expect(items.nth(1).getAttribute('data-code')).resolves.toBe(expected[1]!.issueCode);
		await expect(root.locator('[data-part="finding-counts"]').textContent()).resolves.toBe(
			'2 findings: 1 error, 1 warning.',
		);
		// The issue code is shown in monospace, and the message links to the page that explains it.
		const code = items.nth(0).locator('code.iam-finding-code');
		await expect(code.textContent()).resolves.toBe(expected[0]!.issueCode);
		expect(await code.evaluate((e) => getComputedStyle(e).fontFamily)).toMatch(/mono/i);
		await expect(items.nth(0).locator(`a[href="${expected[0]!.learnMoreLink}"]`).count()).resolves.toBe(1);

		// The underline sits on exactly the error's text, decorative for assistive technology.
		const mark = root.locator('[data-part="marks"] mark[data-finding="0"]');
		await expect(mark.textContent()).resolves.toBe('"s3:GetObjects"');
		await expect(root.locator('[data-part="marks"]').getAttribute('aria-hidden')).resolves.toBe('true');

		// Keyboard: Tab from the editor to the first finding's position, Enter selects the span.
		await tabTo(page, `${PLAYGROUND} a.iam-finding-at`);
		await page.keyboard.press('Enter');
		const selection = await root.locator('[data-part="policy"]').evaluate((t: HTMLTextAreaElement) => ({
			focused: document.activeElement === t,
			start: t.selectionStart,
			end: t.selectionEnd,
		}));
		expect(selection).toEqual({ focused: true, start: span.start, end: span.end });

		// The explanation beside the decision now explains the edited policy.
		const after = await explanation.textContent();
		expect(after).not.toBe(before);
		for (const s of summary.statements) expect(after).toContain(s.sentence);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
		).toBeLessThanOrEqual(1);
		expect(problems).toEqual(NO_PROBLEMS);
		await close();
	}, 60_000);

	// The syntax error is said once, beside the editor with its line and column (the field error); the
	// findings list, which would only repeat it, says that the checks wait for valid JSON, as the
	// explanation and the playground's decision do. Fixing the JSON brings the findings back.
	test.each([
		{ path: BEST_PRACTICES, root: '#lint', findings: 'output' },
		{ path: STRUCTURE, root: PLAYGROUND, findings: 'findings' },
	])(
		'$path: a JSON syntax error is shown once, beside the editor, and the findings wait for valid JSON',
		async ({ path, root: rootSelector, findings: findingsPart }) => {
			const message = syntaxErrorOf(await validatePolicy(BROKEN_JSON));
			expect(message).toMatch(/^Line 4, column \d+: /);
			const { page, problems, close } = await openPage(site, path, { width: 320 });
			const root = page.locator(rootSelector);
			const policy = root.locator('[data-part="policy"]');
			const original = await policy.inputValue();
			await policy.fill(BROKEN_JSON);

			const fieldError = root.locator('[data-part="policy-error"]');
			await expect.poll(() => fieldError.textContent()).toBe(message);
			await expect(fieldError.isVisible()).resolves.toBe(true);
			const findings = root.locator(`[data-part="${findingsPart}"]`);
			await expect.poll(() => findings.textContent()).toBe(NO_CHECKS);
			await expect(root.locator('[data-part="explanation"]').textContent()).resolves.toContain(NO_EXPLANATION);
			const said = (await root.innerText()).split(message!).length - 1;
			expect(said, 'times the widget says the syntax error').toBe(1);

			await policy.fill(original);
			await expect.poll(() => fieldError.isHidden()).toBe(true);
			await expect.poll(() => findings.locator('[data-part="finding-counts"]').textContent()).not.toBe(NO_CHECKS);
			expect(await findings.textContent()).not.toContain(message!);
			expect(problems).toEqual(NO_PROBLEMS);
			await close();
		},
	);

	test('the underline layer has the textarea’s metrics and scrolls with it, at 320 px', async () => {
		const { page, problems, close } = await openPage(site, BEST_PRACTICES, { width: 320 });
		const metrics = await page.evaluate(() => {
			const text = document.querySelector<HTMLTextAreaElement>('#lint [data-part="policy"]')!;
			const marks = document.querySelector<HTMLElement>('#lint [data-part="marks"]')!;
			const keys = [
				'fontFamily',
				'fontSize',
				'lineHeight',
				'letterSpacing',
				'tabSize',
				'whiteSpace',
				'paddingTop',
				'paddingLeft',
				'borderTopWidth',
				'borderLeftWidth',
			] as const;
			const style = (e: Element) => Object.fromEntries(keys.map((k) => [k, getComputedStyle(e)[k]]));
			const box = (e: Element) => {
				const r = e.getBoundingClientRect();
				return { left: r.left, top: r.top };
			};
			return { text: style(text), marks: style(marks), textBox: box(text), marksBox: box(marks) };
		});
		expect(metrics.marks).toEqual(metrics.text);
		expect(metrics.marksBox).toEqual(metrics.textBox);
		// The long lines scroll sideways in the editor, and the layer follows.
		const scrolled = await page.evaluate(async () => {
			const text = document.querySelector<HTMLTextAreaElement>('#lint [data-part="policy"]')!;
			const marks = document.querySelector<HTMLElement>('#lint [data-part="marks"]')!;
			text.scrollLeft = 60;
			text.scrollTop = 100;
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			return { text: [text.scrollLeft, text.scrollTop], marks: [marks.scrollLeft, marks.scrollTop] };
		});
		expect(scrolled.text[0]).toBeGreaterThan(0);
		expect(scrolled.marks).toEqual(scrolled.text);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
		).toBeLessThanOrEqual(1);
		expect(problems).toEqual(NO_PROBLEMS);
		await close();
	});

	test('light and dark: underlines show over a see-through editor, and axe finds nothing serious in either widget', async () => {
		const found: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, close } = await openPage(site, BEST_PRACTICES, { width: 320, colorScheme });
			const look = await page.evaluate(() => {
				const text = document.querySelector<HTMLTextAreaElement>('#lint [data-part="policy"]')!;
				const mark = document.querySelector<HTMLElement>('#lint mark[data-severity="ERROR"]')!;
				const s = getComputedStyle(mark);
				return {
					textareaBackground: getComputedStyle(text).backgroundColor,
					textareaColor: getComputedStyle(text).color,
					markLine: s.textDecorationLine,
					markColor: s.textDecorationColor,
					markBackground: s.backgroundColor,
				};
			});
			expect(look.textareaBackground, colorScheme).toBe('rgba(0, 0, 0, 0)');
			expect(look.textareaColor, colorScheme).not.toBe('rgba(0, 0, 0, 0)');
			expect(look.markLine, colorScheme).toBe('underline');
			expect(look.markColor, colorScheme).not.toBe('rgba(0, 0, 0, 0)');
			expect(look.markBackground, colorScheme).not.toBe('rgba(0, 0, 0, 0)');
			for (const v of await seriousAxeViolations(page, { include: ['#lint'] })) found.push(`${colorScheme} ${v}`);
			await close();
			// The playground, with the explanation beside the decision.
			const playground = await openPage(site, STRUCTURE, { width: 320, colorScheme });
			for (const v of await seriousAxeViolations(playground.page, { include: [PLAYGROUND] }))
				found.push(`playground ${colorScheme} ${v}`);
			await playground.close();
		}
		expect(found).toEqual([]);
	}, 120_000);

	test('without JavaScript the findings, their underlines and the explanation are in the page', async () => {
		const { page, close } = await openPage(site, BEST_PRACTICES, { javaScriptEnabled: false });
		await expect(page.locator('#lint [data-part="finding-list"] > li').first().getAttribute('data-code')).resolves.toBe(
			'INVALID_ACTION',
		);
		await expect(page.locator('#lint [data-part="marks"] mark').count()).resolves.toBe(4);
		await expect(page.textContent('#lint [data-part="explanation"]')).resolves.toContain(
			'Amazon S3 (s3) — Allow: Full access',
		);
		await close();
	});

	test('per keystroke: findings and explanation follow an edit within a frame or two once the catalogue is loaded', async () => {
		const { page, problems, close } = await openPage(site, STRUCTURE);
		const times = await page.evaluate(async () => {
			const text = document.querySelector<HTMLTextAreaElement>('#structure-playground [data-part="policy"]')!;
			const counts = () => document.querySelector('#structure-playground [data-part="finding-counts"]')!;
			const edit = (value: string) =>
				new Promise<number>((resolve) => {
					const start = performance.now();
					const observer = new MutationObserver(() => {
						observer.disconnect();
						resolve(performance.now() - start);
					});
					observer.observe(counts().parentElement!, { childList: true, subtree: true, characterData: true });
					text.value = value;
					text.dispatchEvent(new Event('input', { bubbles: true }));
				});
			const original = text.value;
			await edit(`${original} `); // loads the validator and the chunks
			const out: number[] = [];
			for (let i = 0; i < 9; i++) out.push(await edit(`${original}${' '.repeat(i % 2)}\n`));
			return out.sort((a, b) => a - b);
		});
		const median = times[Math.floor(times.length / 2)]!;
		console.log(`playground keystroke → findings and explanation shown: median ${median.toFixed(1)} ms`, times);
		expect(median).toBeLessThan(400); // a frame or two on a quiet machine; generous for a loaded CI runner
		expect(problems).toEqual(NO_PROBLEMS);
		await close();
	});
});
