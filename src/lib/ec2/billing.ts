/**
 * On-Demand billing of running time: per second with a 60-second minimum for most operating systems,
 * per started hour for the rest. Each time an instance enters `running`, a new minimum applies.
 *
 * Which OS bills how (check the pricing page, AWS changes this):
 * https://repost.aws/knowledge-center/ec2-instance-hour-billing — per-second billing with a 60-second
 * minimum for Amazon Linux, Windows, RHEL, Ubuntu and Ubuntu Pro (and other Linux without a separate
 * hourly charge); SUSE and AMIs with their own hourly charge are billed per full hour.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-on-demand-instances.html
 */
import { PRICE_LIMITS } from './price-limits';

export class BillingInputError extends Error {
	override name = 'BillingInputError';
}

export type BillingPlatform = 'linux' | 'windows' | 'rhel' | 'ubuntu-pro' | 'suse' | 'hourly-ami';

export const PLATFORM_LABELS: Record<BillingPlatform, string> = {
	linux: 'Linux (Amazon Linux, Ubuntu, other Linux with no separate hourly charge)',
	windows: 'Windows',
	rhel: 'Red Hat Enterprise Linux',
	'ubuntu-pro': 'Ubuntu Pro',
	suse: 'SUSE Linux Enterprise Server',
	'hourly-ami': 'AMI with its own hourly charge (e.g. some Marketplace AMIs)',
};

export function billingGranularity(platform: BillingPlatform): 'per-second' | 'per-hour' {
	return platform === 'suse' || platform === 'hourly-ami' ? 'per-hour' : 'per-second';
}

/**
 * Parses a running time like `45s`, `61`, `1m 30s`, `2h`, `1h5m3s` into seconds (a bare number is
 * seconds). Several run times are separated by commas or new lines.
 */
/** The longest single run the calculator accepts: 10 years of seconds. */
export const MAX_RUN_SECONDS = 10 * 365 * 24 * 3600;

export function parseDurations(text: string): number[] {
	const pieces = text
		.split(/[,\n]/)
		.map((piece) => piece.trim())
		.filter((piece) => piece !== '');
	if (pieces.length === 0) throw new BillingInputError('Enter at least one running time, such as 45s or 1h 30m.');
	if (pieces.length > 100) throw new BillingInputError('At most 100 running times at once.');
	return pieces.map((piece, index) => {
		const where = pieces.length > 1 ? ` (item ${index + 1}: “${piece}”)` : ` (“${piece}”)`;
		let seconds: number;
		if (/^\d+(\.\d+)?$/.test(piece)) {
			seconds = Number(piece);
		} else {
			// A trimmed, non-empty piece never compacts to '' (which the all-optional pattern would match).
			const compact = piece.replace(/\s/g, '').toLowerCase();
			const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(compact);
			if (!match)
				throw new BillingInputError(
					`Write a running time as seconds or with h, m, s — for example 45s, 90, 1m 30s or 2h${where}.`,
				);
			seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
		}
		// Digits alone can spell a number too large to bill (or Infinity); no single run is that long.
		if (!(seconds <= MAX_RUN_SECONDS))
			throw new BillingInputError(
				`A running time can be at most 10 years (${MAX_RUN_SECONDS.toLocaleString('en-US')} seconds)${where}.`,
			);
		return seconds;
	});
}

export interface BilledRun {
	/** Seconds the instance was in the running state. */
	ranSeconds: number;
	/** Seconds that are billed after minimums and rounding. */
	billedSeconds: number;
	cost: number;
	/** Why billed differs from ran, or null if it does not. */
	reason: string | null;
}

export interface OnDemandBill {
	granularity: 'per-second' | 'per-hour';
	runs: BilledRun[];
	totalRanSeconds: number;
	totalBilledSeconds: number;
	totalCost: number;
}

export function billOnDemandUsage(input: {
	runSeconds: number[];
	hourlyPrice: number;
	platform: BillingPlatform;
}): OnDemandBill {
	const { runSeconds, hourlyPrice, platform } = input;
	if (!Number.isFinite(hourlyPrice) || hourlyPrice < 0 || hourlyPrice > PRICE_LIMITS.maxHourlyUsd)
		throw new BillingInputError(
			`The hourly price must be a number of dollars from 0 to ${PRICE_LIMITS.maxHourlyUsd.toLocaleString('en-US')}.`,
		);
	const granularity = billingGranularity(platform);
	const runs = runSeconds.map((seconds): BilledRun => {
		if (!Number.isFinite(seconds) || seconds < 0) throw new BillingInputError('A running time cannot be negative.');
		if (seconds === 0)
			return { ranSeconds: 0, billedSeconds: 0, cost: 0, reason: 'Never reached running: not billed.' };
		let billed: number;
		let reason: string | null = null;
		if (granularity === 'per-second') {
			// Billed in whole seconds, at least 60 each time the instance enters `running`.
			billed = Math.max(60, Math.ceil(seconds));
			if (seconds < 60) reason = 'Below the 60-second minimum: billed as 60 s.';
			else if (billed !== seconds) reason = 'Partial second rounded up.';
		} else {
			billed = Math.ceil(seconds / 3600) * 3600;
			if (billed !== seconds) reason = 'Billed per started hour on this platform.';
		}
		return { ranSeconds: seconds, billedSeconds: billed, cost: (billed / 3600) * hourlyPrice, reason };
	});
	return {
		granularity,
		runs,
		totalRanSeconds: runs.reduce((sum, run) => sum + run.ranSeconds, 0),
		totalBilledSeconds: runs.reduce((sum, run) => sum + run.billedSeconds, 0),
		totalCost: runs.reduce((sum, run) => sum + run.cost, 0),
	};
}
