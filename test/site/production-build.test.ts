import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from './dist';

// The test run builds dist/ itself; a development-mode build would look fine but ship no search.
test('dist/ is a production build: the search dialog hosts Pagefind, not the dev-mode notice', () => {
	const home = readFileSync(join(distDir, 'index.html'), 'utf8');
	expect(home).toContain('id="starlight__search"');
	expect(home).not.toContain('Search is only available in production');
});
