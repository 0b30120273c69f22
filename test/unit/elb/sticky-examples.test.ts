/** The stickiness simulator's scenario on the sticky-sessions page, in every mode. */
import { describe, expect, test } from 'vitest';
import {
	defaultStickyPreset,
	stickyPresets,
	stickyScript,
	stickyTargets,
} from '../../../src/examples/load-balancing/sticky-sessions';
import { parseStickinessScript, simulateStickiness } from '../../../src/lib/elb';

const simulate = (preset: (typeof stickyPresets)[number]) =>
	simulateStickiness(
		{
			mode: preset.mode,
			targets: stickyTargets,
			durationSeconds: preset.durationSeconds,
			appCookieName: preset.appCookieName,
		},
		parseStickinessScript(stickyScript),
	);
const byMode = (mode: string) => simulate(stickyPresets.find((p) => p.mode === mode) ?? defaultStickyPreset);

describe('sticky-sessions page scenario', () => {
	test('no stickiness: round robin spreads 15 requests 6/4/5 and clients hop between targets', () => {
		const result = byMode('none');
		expect(result.perTarget.map((t) => t.requests)).toEqual([6, 4, 5]);
		expect(result.requests.filter((r) => r.client === 'alice').map((r) => r.target)).toEqual([
			'target-1',
			'target-3',
			'target-3',
			'target-2',
		]);
	});
	test('AWSALB cookie (60 s): each client keeps its target; bob moves when target-2 fails; alice expires after 79 s idle', () => {
		const result = byMode('alb-duration');
		expect(result.requests.filter((r) => r.client === 'bob').map((r) => r.target)).toEqual([
			'target-2',
			'target-2',
			'target-3',
			'target-3',
		]);
		const lastAlice = result.requests.at(-1);
		expect(lastAlice).toMatchObject({ client: 'alice', time: 100, sticky: false });
		expect(lastAlice?.reason).toMatch(/expired/);
		expect(result.perTarget.map((t) => t.requests)).toEqual([6, 4, 5]);
	});
	test('NLB source IP: dana, eli and fay share the office NAT 203.0.113.50 and all land on target-3', () => {
		const result = byMode('nlb-source-ip');
		expect(new Set(result.requests.filter((r) => r.sourceIp === '203.0.113.50').map((r) => r.target))).toEqual(
			new Set(['target-3']),
		);
		expect(result.perTarget.map((t) => t.requests)).toEqual([6, 2, 7]);
		expect(result.notes).toContain(
			'3 clients share source IP 203.0.113.50 (a NAT), so all of them stick to the same target.',
		);
	});
	test('every preset runs', () => {
		for (const preset of stickyPresets) expect(simulate(preset).requests).toHaveLength(15);
	});
});
