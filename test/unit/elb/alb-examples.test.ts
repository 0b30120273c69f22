/** The data behind the ALB, NLB and target-group pages: what the pages show is what the engine computes. */
import { describe, expect, test } from 'vitest';
import { albPresets, defaultAlbPreset } from '../../../src/examples/load-balancing/alb-router';
import { albVsNlb } from '../../../src/examples/load-balancing/nlb-vs-alb';
import { parseHeaderLines, parseRequestUrl, routeRequest, validateListener } from '../../../src/lib/elb';

function route(preset: (typeof albPresets)[number]) {
	const url = parseRequestUrl(preset.url);
	return routeRequest(preset.listener, {
		host: url.host,
		path: url.path,
		method: preset.method,
		headers: parseHeaderLines(preset.headers),
		sourceIp: preset.sourceIp,
	});
}

describe('ALB router presets (alb page)', () => {
	test.each(albPresets.map((p) => [p.label, p] as const))('%s', (_label, preset) => {
		validateListener(preset.listener);
		expect(route(preset)).toMatchObject(preset.expected);
	});
	test('the seed examples are all there', () => {
		const text = JSON.stringify(albPresets);
		for (const seed of [
			'/images/*',
			'/api/*',
			'api.myapp.com',
			'admin.myapp.com',
			'"category"',
			'X-Region',
			'redirect to https',
			'/profile',
			'/search',
		])
			expect(text).toContain(seed);
	});
	test('admin.myapp.com/images/… goes to admin-tg: rule 30 also matches but is shadowed', () => {
		const result = route(albPresets.find((p) => p.id === 'admin-host') ?? defaultAlbPreset);
		expect(result.evaluations.filter((e) => e.matched).map((e) => [e.priority, e.status])).toEqual([
			[10, 'selected'],
			[30, 'shadowed'],
		]);
	});
	test('/Images/cat.png falls through to the default because paths are case-sensitive', () => {
		const result = route(albPresets.find((p) => p.id === 'default') ?? defaultAlbPreset);
		expect(result.evaluations.find((e) => e.priority === 30)?.conditions[0]?.reason).toMatch(/case-sensitive/);
	});
	test('the first preset is the one the page shows without JavaScript', () => {
		expect(route(defaultAlbPreset)).toMatchObject({ action: 'forward to images-tg', priority: 30 });
	});
});

describe('ALB vs NLB table (nlb page)', () => {
	test('every row is filled and sourced, features unique', () => {
		expect(albVsNlb.length).toBeGreaterThanOrEqual(12);
		for (const row of albVsNlb)
			for (const cell of [row.feature, row.alb, row.nlb, row.source]) expect(cell.trim()).not.toBe('');
		expect(new Set(albVsNlb.map((r) => r.feature)).size).toBe(albVsNlb.length);
	});
	test('states the corrected facts (E67, E68, E70, E71, A-LB-4)', () => {
		const row = (feature: string) => albVsNlb.find((r) => r.feature === feature);
		expect(row('TLS termination')?.nlb).toMatch(/^Yes/);
		expect(row('Listener protocols')?.nlb).toBe('TCP, UDP, TCP_UDP, TLS');
		expect(row('Static IP addresses')?.nlb).toMatch(/Elastic IP per subnet/);
		expect(row('Sticky sessions')?.nlb).toMatch(/Source IP/);
		expect(row('Security groups')?.nlb).toMatch(/when the NLB is created/);
		expect(JSON.stringify(albVsNlb)).not.toMatch(/\d+ ?ms/);
	});
});
