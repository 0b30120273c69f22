import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const stamp = `${root}dist/index.html`;

/**
 * Builds the site once per test run. Both the `site` and `e2e` projects list this file; the second
 * call finds a build younger than the run and skips it. Set SKIP_BUILD=1 to test an existing dist/.
 */
export default function buildSiteOnce() {
	if (process.env.SKIP_BUILD === '1' && existsSync(stamp)) return;
	const startedAt = Number(process.env.DLA_TEST_RUN_STARTED ?? (process.env.DLA_TEST_RUN_STARTED = String(Date.now())));
	if (existsSync(stamp) && statSync(stamp).mtimeMs >= startedAt) return;
	// Vitest sets NODE_ENV=test, which Astro would build as a development site (Starlight then ships
	// "Search is only available in production" instead of Pagefind): build exactly as `npm run build` does.
	const { NODE_ENV: _testEnv, ...env } = process.env;
	execFileSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build'], {
		cwd: root,
		env: { ...env, NODE_ENV: 'production' },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
}
