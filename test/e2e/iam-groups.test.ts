/**
 * The group-membership explorer on /iam/users-and-groups/ in Chromium: the notes' example, nesting
 * rejected, the 10-groups quota, names checked, pasted HTML shown as text, URL round trip.
 */
import { describe, expect, test } from 'vitest';
import { browserAvailable, openPage, useSite } from './harness';
import { describeUser, summarizeMembership } from '../../src/lib/iam-groups';
import { usersAndGroups } from '../../src/examples/iam/users-and-groups';

const noProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
const XSS = '<img src=x onerror=alert(1)>';
const PATH = '/iam/users-and-groups/';

describe.skipIf(!browserAvailable)('IAM group-membership explorer in Chromium', () => {
	const site = useSite();

	test('shows the notes’ example, rejects nesting and the 11th group, and round-trips the URL', async () => {
		const { page, problems, close } = await openPage(site, PATH);
		const root = page.locator('#groups-groups');
		const users = root.locator('[data-part="users"] li');
		await expect
			.poll(() => users.allTextContents())
			.toEqual(
				summarizeMembership(usersAndGroups).perUser.map(
					(m) =>
						`${m.groups.length === 0 ? 'no group' : `${m.groups.length} group${m.groups.length === 1 ? '' : 's'}`} ${describeUser(m)}`,
				),
			);
		// Tick Kasoon into Developers.
		await root.getByRole('checkbox', { name: 'Kasoon Developers' }).check();
		const kasoon = describeUser({ user: 'Kasoon', groups: ['Developers'] });
		await expect.poll(() => root.locator('li[data-user="Kasoon"]').textContent()).toContain(kasoon);
		// Nesting a group is rejected beside the member picker.
		await root.getByLabel('Add this member…').selectOption('Operations');
		await root.getByLabel('…to this group').selectOption('Developers');
		await root.getByRole('button', { name: 'Add member' }).click();
		await expect
			.poll(() => root.locator('[data-part="member-error"]').textContent())
			.toContain("Groups can't be nested");
		// Group names follow IAM rules; pasted HTML is shown as text.
		const name = root.getByLabel('Create a group');
		await name.fill(XSS);
		await root.getByRole('button', { name: 'Create group' }).click();
		await expect.poll(() => root.locator('[data-part="new-error"]').textContent()).toContain('"<"');
		await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
		await name.fill('developers');
		await root.getByRole('button', { name: 'Create group' }).click();
		await expect.poll(() => root.locator('[data-part="new-error"]').textContent()).toContain('already exists');
		// Create 8 groups and put Zid (already in 2) in them: 10 is fine, the 11th is refused.
		for (let i = 1; i <= 9; i++) {
			await name.fill(`Extra${i}`);
			await root.getByRole('button', { name: 'Create group' }).click();
			await expect.poll(() => root.locator('thead th').allTextContents()).toContain(`Extra${i}`);
		}
		for (let i = 1; i <= 8; i++) await root.getByRole('checkbox', { name: `Zid Extra${i}` }).check();
		await expect.poll(() => root.locator('li[data-user="Zid"]').textContent()).toContain('Zid is in 10 groups');
		const eleventh = root.getByRole('checkbox', { name: 'Zid Extra9' });
		await eleventh.click();
		await expect.poll(() => root.locator('[data-part="matrix-error"]').textContent()).toContain('already in 10 groups');
		await expect(eleventh.isChecked()).resolves.toBe(false);
		// The error is marked on the matrix's scroll region, and still is once a new group redraws the matrix.
		const matrix = root.getByRole('region', { name: 'Users and their groups' });
		const marked = () => matrix.evaluate((e) => [e.getAttribute('aria-invalid'), e.getAttribute('aria-describedby')]);
		await expect(marked()).resolves.toEqual(['true', 'groups-groups-matrix-error']);
		await name.fill('Extra10');
		await root.getByRole('button', { name: 'Create group' }).click();
		await expect.poll(() => root.locator('thead th').allTextContents()).toContain('Extra10');
		await expect(marked()).resolves.toEqual(['true', 'groups-groups-matrix-error']);
		// URL round trip keeps the created groups and memberships.
		const url = new URL(page.url());
		expect(url.searchParams.get('groups')).toContain('Extra9');
		const again = await openPage(site, url.pathname + url.search);
		const root2 = again.page.locator('#groups-groups');
		await expect.poll(() => root2.locator('li[data-user="Zid"]').textContent()).toContain('Zid is in 10 groups');
		await expect.poll(() => root2.getByRole('checkbox', { name: 'Kasoon Developers' }).isChecked()).toBe(true);
		expect(again.problems).toEqual(noProblems);
		await again.close();
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('a shared link that nests a group is refused with a message, and the example is shown', async () => {
		const nested = { groups: [...usersAndGroups.groups, { name: 'Everyone', members: ['Developers'] }] };
		const { page, problems, close } = await openPage(
			site,
			`${PATH}?groups=${encodeURIComponent(JSON.stringify(nested))}`,
		);
		const root = page.locator('#groups-groups');
		await expect
			.poll(() => root.locator('[data-part="matrix-error"]').textContent())
			.toContain("Groups can't be nested");
		await expect(root.locator('thead th').allTextContents()).resolves.not.toContain('Everyone');
		expect(problems).toEqual(noProblems);
		await close();
	});

	test('a crafted link with a non-text group name falls back to the example with a message, and nothing throws', async () => {
		const crafted = '{"groups":[{"name":{"toString":1},"members":[]}]}';
		const { page, problems, close } = await openPage(site, `${PATH}?groups=${encodeURIComponent(crafted)}`);
		const root = page.locator('#groups-groups');
		const notice = root.locator('[data-part="notice"]');
		await expect.poll(() => notice.textContent()).toContain('Groups: expected text');
		await expect(notice.textContent()).resolves.toContain("Showing the page's example instead");
		// No internal path such as "groups[0].name" reaches the reader.
		await expect(notice.textContent()).resolves.not.toMatch(/groups\[0\]|\.name/);
		await expect(root.locator('thead th').allTextContents()).resolves.toEqual([
			'User',
			...usersAndGroups.groups.map((g) => g.name),
		]);
		// The page did not rewrite the reader's link on load.
		expect(new URL(page.url()).searchParams.get('groups')).toBe(crafted);
		expect(problems).toEqual(noProblems);
		await close();
	});
});
