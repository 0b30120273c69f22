import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	billOnDemandUsage,
	parseDurations,
	BillingInputError,
	analyzeUserData,
	billingGranularity,
	MAX_RUN_SECONDS,
} from '../../../src/lib/ec2';
import { onDemandBillingExample } from '../../../src/examples/ec2/on-demand-billing';
import { userDataScript } from '../../../src/examples/ec2/user-data';

// https://repost.aws/knowledge-center/ec2-instance-hour-billing
describe('On-Demand billing: per second, 60-second minimum', () => {
	test('the hourly price is bounded: 1e30 is refused, the bound itself is accepted', () => {
		const run = (hourlyPrice: number) => billOnDemandUsage({ runSeconds: [3600], hourlyPrice, platform: 'linux' });
		expect(() => run(1e30)).toThrowError(/from 0 to 10,000/);
		expect(() => run(-0.01)).toThrowError(BillingInputError);
		expect(run(10_000).totalCost).toBe(10_000);
	});
	test('45 s is billed as 60 s; 61 s as 61 s (page-tree example)', () => {
		const bill = billOnDemandUsage({ runSeconds: [45, 61], hourlyPrice: 3.6, platform: 'linux' });
		expect(bill.runs.map((r) => r.billedSeconds)).toEqual([60, 61]);
		expect(bill.totalCost).toBeCloseTo((121 / 3600) * 3.6, 12);
		expect(bill.runs[0]!.reason).toMatch(/60-second minimum/);
		expect(bill.runs[1]!.reason).toBeNull();
	});
	test('SUSE and AMIs with their own hourly charge bill per started hour', () => {
		expect(billingGranularity('suse')).toBe('per-hour');
		expect(billingGranularity('windows')).toBe('per-second');
		const bill = billOnDemandUsage({ runSeconds: [45, 3601], hourlyPrice: 1, platform: 'suse' });
		expect(bill.runs.map((r) => r.billedSeconds)).toEqual([3600, 7200]);
		expect(bill.totalCost).toBe(3);
	});
	test('the page example: 45s, 61s, 1h 30m on Linux at $0.096/h', () => {
		const runs = parseDurations(onDemandBillingExample.runs);
		expect(runs).toEqual([45, 61, 5400]);
		const bill = billOnDemandUsage({
			runSeconds: runs,
			hourlyPrice: onDemandBillingExample.hourlyPrice,
			platform: onDemandBillingExample.platform,
		});
		expect(bill.totalBilledSeconds).toBe(60 + 61 + 5400);
		expect(bill.totalCost).toBeCloseTo((5521 / 3600) * 0.096, 12);
	});
	test('durations: bare seconds, h/m/s, separators', () => {
		expect(parseDurations('90')).toEqual([90]);
		expect(parseDurations('1m 30s\n2h, 1h5m3s')).toEqual([90, 7200, 3903]);
		expect(() => parseDurations('')).toThrowError(BillingInputError);
		expect(() => parseDurations('ten minutes')).toThrowError(/for example 45s/);
		expect(() => parseDurations('5m, x')).toThrowError(/item 2/);
	});
	test('property: billed ≥ ran and ≥ 60 s for every run that started', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 20 }), (runs) => {
				const bill = billOnDemandUsage({ runSeconds: runs, hourlyPrice: 0.1, platform: 'linux' });
				return bill.runs.every(
					(r) => r.billedSeconds >= r.ranSeconds && r.billedSeconds >= 60 && r.billedSeconds - r.ranSeconds < 60,
				);
			}),
		);
	});
});

describe('On-Demand billing: boundaries', () => {
	const bill = (runSeconds: number[], platform: 'linux' | 'suse' | 'hourly-ami' = 'linux', hourlyPrice = 3.6) =>
		billOnDemandUsage({ runSeconds, hourlyPrice, platform });

	test('exactly 60 s is the minimum itself: billed as run, no note', () => {
		expect(bill([60]).runs[0]).toEqual({ ranSeconds: 60, billedSeconds: 60, cost: 0.06, reason: null });
	});
	test('a partial second is rounded up, with a note', () => {
		const [run] = bill([60.5]).runs;
		expect(run).toMatchObject({ ranSeconds: 60.5, billedSeconds: 61 });
		expect(run!.reason).toMatch(/Partial second rounded up/);
	});
	test('an instance that never reached running is not billed, not even the minimum', () => {
		expect(bill([0]).runs[0]).toEqual({
			ranSeconds: 0,
			billedSeconds: 0,
			cost: 0,
			reason: 'Never reached running: not billed.',
		});
	});
	test('per-hour platforms: a whole hour has no note, a started one does', () => {
		expect(billingGranularity('hourly-ami')).toBe('per-hour');
		const hourly = bill([3600, 45], 'hourly-ami', 1);
		expect(hourly.granularity).toBe('per-hour');
		expect(hourly.runs.map((run) => run.reason)).toEqual([null, 'Billed per started hour on this platform.']);
	});
	test('totals add up every run', () => {
		const total = bill([45, 61, 0]);
		expect(total).toMatchObject({ totalRanSeconds: 106, totalBilledSeconds: 121 });
		expect(total.totalCost).toBeCloseTo(0.121, 12);
	});
	test('a free price is allowed; negative, NaN and infinite run times are refused', () => {
		expect(bill([60], 'linux', 0).totalCost).toBe(0);
		for (const seconds of [-1, Number.NaN, Number.POSITIVE_INFINITY])
			expect(() => bill([seconds])).toThrowError(BillingInputError);
	});
	test('errors are BillingInputErrors by name', () => {
		expect(() => bill([-1])).toThrowError(expect.objectContaining({ name: 'BillingInputError' }));
	});
});

describe('parseDurations: boundaries', () => {
	test('blank items and padding are ignored; decimals and multi-digit units are read', () => {
		expect(parseDurations(' 90 ,, 45s,\n\n')).toEqual([90, 45]);
		expect(parseDurations('1.25, 1.25s, 12h, 1 h 2 m')).toEqual([1.25, 1.25, 43_200, 3720]);
	});
	test('at most 100 items', () => {
		expect(parseDurations(Array(100).fill('1').join(','))).toHaveLength(100);
		expect(() => parseDurations(Array(101).fill('1').join(','))).toThrowError(/At most 100/);
	});
	test('one item is quoted; among several, the item number is given', () => {
		expect(() => parseDurations('x')).toThrowError('(“x”)');
		expect(() => parseDurations('1.5.2')).toThrowError(/for example 45s/);
		expect(() => parseDurations('1.s')).toThrowError(/for example 45s/);
	});
});

// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html
describe('user data', () => {
	test('the page’s script is a bash script that runs once, as root, at first boot', () => {
		const report = analyzeUserData(userDataScript);
		expect(report).toMatchObject({ format: 'shell-script', interpreter: '/bin/bash', withinLimit: true });
		expect(report.facts.join(' ')).toMatch(/as the root user/);
		expect(report.facts.join(' ')).toMatch(/first boot/);
	});
	test('cloud-config, multipart, unknown, and the 16 KB limit', () => {
		expect(analyzeUserData('#cloud-config\npackages: [httpd]\n').format).toBe('cloud-config');
		expect(analyzeUserData('Content-Type: multipart/mixed; boundary="//"\n').format).toBe('mime-multipart');
		expect(analyzeUserData('yum install -y httpd').format).toBe('unknown');
		expect(analyzeUserData(`#!/bin/bash\n${'#'.repeat(16 * 1024)}`).withinLimit).toBe(false);
	});
});

describe('user data builder', () => {
	test('the builder’s starting options rebuild the page’s script exactly', async () => {
		const { buildUserDataScript } = await import('../../../src/lib/ec2');
		const { userDataBuilderStart } = await import('../../../src/examples/ec2/user-data');
		expect(buildUserDataScript(userDataBuilderStart)).toBe(userDataScript);
	});
	test('every boot: the AWS MIME multi-part form with scripts-user always', async () => {
		const { buildUserDataScript } = await import('../../../src/lib/ec2');
		const script = buildUserDataScript({
			updatePackages: false,
			installWebServer: false,
			writeIndexPage: false,
			extraCommands: 'date >> /var/log/boots\n\n',
			runOnEveryBoot: true,
		});
		expect(script.startsWith('Content-Type: multipart/mixed; boundary="//"\nMIME-Version: 1.0\n')).toBe(true);
		expect(script).toContain('cloud_final_modules:\n- [scripts-user, always]');
		expect(script).toContain('Content-Type: text/x-shellscript; charset="us-ascii"');
		expect(script).toContain(
			'#!/bin/bash\n# Runs as root on every boot (see the cloud-config part above).\ndate >> /var/log/boots\n',
		);
		expect(script.endsWith('--//--\n')).toBe(true);
		const report = analyzeUserData(script);
		expect(report.format).toBe('mime-multipart');
		expect(report.facts[0]).toMatch(/EVERY boot/);
	});
	test('the index page needs the web server; bad extra commands are refused', async () => {
		const { buildUserDataScript, UserDataError } = await import('../../../src/lib/ec2');
		expect(
			buildUserDataScript({
				updatePackages: false,
				installWebServer: false,
				writeIndexPage: true,
				extraCommands: '',
				runOnEveryBoot: false,
			}),
		).not.toContain('index.html');
		expect(() =>
			buildUserDataScript({
				updatePackages: false,
				installWebServer: false,
				writeIndexPage: false,
				extraCommands: 'a\u0000b',
				runOnEveryBoot: false,
			}),
		).toThrowError(UserDataError);
		expect(() =>
			buildUserDataScript({
				updatePackages: false,
				installWebServer: false,
				writeIndexPage: false,
				extraCommands: 'x'.repeat(9000),
				runOnEveryBoot: false,
			}),
		).toThrowError(/8 KB/);
	});
});

describe('parseDurations rejects run times too long to bill', () => {
	test('a 400-digit number of seconds is a BillingInputError, not Infinity', () => {
		expect(() => parseDurations('9'.repeat(400))).toThrow(BillingInputError);
		expect(() => parseDurations('9'.repeat(400) + 's')).toThrow(/at most 10 years/);
	});
	test('ten years is the longest accepted run', () => {
		expect(MAX_RUN_SECONDS).toBe(315_360_000);
		expect(parseDurations(String(MAX_RUN_SECONDS))).toEqual([MAX_RUN_SECONDS]);
		expect(() => parseDurations(String(MAX_RUN_SECONDS + 1))).toThrow(BillingInputError);
	});
});
