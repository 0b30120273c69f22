import { expect, test } from 'vitest';
import { existsSync } from 'node:fs';
test('dist has a home page', () => {
	expect(existsSync(new URL('../../dist/index.html', import.meta.url))).toBe(true);
});
