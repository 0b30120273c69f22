import { test } from 'vitest';
import { openPage, startSite, closeBrowser } from './harness';
test('shots', async () => {
  const site = await startSite();
  for (const [path, sel, name, width] of [
    ['/security-groups/rules/', '[data-widget]', 'sgrules', 360],
    ['/load-balancing/alb/', 'figure.dla-diagram-scroller', 'albdiag', 360],
    ['/load-balancing/alb/', '[data-widget="alb-router"]', 'albrouter1280', 1280],
    ['/iam/permissions/', 'header', 'header360', 360],
    ['/iam/permissions/', '[data-widget]', 'playground360', 360],
  ] as const) {
    const { page, close } = await openPage(site, path, { width, height: 800 });
    await page.locator(sel).first().screenshot({ path: `/tmp/phone/${name}.png` });
    await close();
  }
  await closeBrowser(); await site.close();
}, 120000);
