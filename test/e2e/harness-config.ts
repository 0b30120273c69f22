/** Where Chromium is and how it is started; shared by harness.ts and the e2e global setup. */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
