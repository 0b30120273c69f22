import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, browserAvailable } from './harness-config';

/**
 * One Chromium for the whole e2e run: launched here once, in Vitest's main process, and reached by
 * every test file through `chromium.connect()` (see `launchBrowser()` in harness.ts), instead of one
 * launch per file. Each file still gets its own contexts, so files cannot see each other's state.
 */
export default async function shareOneBrowser(project: TestProject): Promise<() => Promise<void>> {
	if (!browserAvailable) {
		project.provide('chromiumEndpoint', '');
		return async () => {};
	}
	const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
	project.provide('chromiumEndpoint', server.wsEndpoint());
	return () => server.close();
}
