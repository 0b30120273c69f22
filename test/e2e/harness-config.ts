/** Where Chromium is and how it is started; shared by harness.ts and the e2e global setup. */
import { existsSync } from 'node:fs';

/**
 * Debian's chromium-headless-shell (Chromium's old headless mode, the browser Playwright itself runs
 * headless tests in) when installed, else the full Chromium in its new headless mode. The shell has no
 * browser UI to run: site-pages.test.ts took 198 s of CPU in it against 403 s in the full browser
 * (cpuacct cgroup, same build, 2026-12-01), with the same 450 results.
 */
const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? CANDIDATES.find((path) => existsSync(path)) ?? CANDIDATES[1]!;
export const browserAvailable = existsSync(CHROMIUM_PATH);
/** The closed network refuses Chromium's background connections; these flags stop it trying. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

declare module 'vitest' {
	export interface ProvidedContext {
		/** The shared Chromium's WebSocket endpoint (playwright-core `launchServer`); '' when there is none. */
		chromiumEndpoint: string;
	}
}
