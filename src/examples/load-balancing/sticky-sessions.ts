/**
 * Stickiness simulator scenario for the sticky-sessions page: three targets; alice and bob browse from
 * home, three colleagues share one office NAT address, and target-2 fails for a while.
 * test/unit/elb/sticky-examples.test.ts imports it and checks what the page shows.
 */
import type { StickinessMode } from '../../lib/elb';

export const stickyTargets = ['target-1', 'target-2', 'target-3'];

export const stickyScript = [
	'# time(s) client source-ip   |   time target down|up',
	'0 alice 198.51.100.10',
	'1 bob 198.51.100.20',
	'2 dana 203.0.113.50',
	'3 eli 203.0.113.50',
	'4 fay 203.0.113.50',
	'10 alice 198.51.100.10',
	'11 bob 198.51.100.20',
	'12 dana 203.0.113.50',
	'13 eli 203.0.113.50',
	'14 fay 203.0.113.50',
	'20 target-2 down',
	'21 alice 198.51.100.10',
	'22 bob 198.51.100.20',
	'23 dana 203.0.113.50',
	'40 target-2 up',
	'41 bob 198.51.100.20',
	'100 alice 198.51.100.10',
].join('\n');

export interface StickyPreset {
	mode: StickinessMode;
	label: string;
	durationSeconds: number;
	appCookieName: string;
}

export const stickyPresets: StickyPreset[] = [
	{ mode: 'none', label: 'No stickiness', durationSeconds: 60, appCookieName: 'SESSIONID' },
	{
		mode: 'alb-duration',
		label: 'ALB duration-based cookie (AWSALB)',
		durationSeconds: 60,
		appCookieName: 'SESSIONID',
	},
	{
		mode: 'alb-app',
		label: 'ALB application-based cookie (AWSALBAPP)',
		durationSeconds: 60,
		appCookieName: 'SESSIONID',
	},
	{
		mode: 'clb-duration',
		label: 'CLB duration-based cookie (AWSELB)',
		durationSeconds: 60,
		appCookieName: 'SESSIONID',
	},
	{ mode: 'nlb-source-ip', label: 'NLB source-IP affinity', durationSeconds: 60, appCookieName: 'SESSIONID' },
];
export const defaultStickyPreset = stickyPresets[1] as StickyPreset;
