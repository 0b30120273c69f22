/**
 * Service last-accessed data — what the console's "Access Advisor" tab shows for a user, group, role
 * or policy: each service the entity is allowed to use and when it last used it.
 * "Refine permissions in AWS using last accessed information" (IAM User Guide):
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html
 * The tracking period is the last 400 days; a service not used in it shows "Not accessed in the
 * tracking period" and is a candidate for removing from the policy.
 */

export const LAST_ACCESSED_TRACKING_DAYS = 400;

export interface ServiceLastAccessed {
	/** Service name as the console shows it, e.g. "Amazon S3". */
	service: string;
	/** Service namespace used in actions, e.g. "s3". */
	namespace: string;
	/** Policies granting the access, as the console lists them. */
	grantedBy: string;
	/** ISO 8601 date-time, or null when not accessed in the tracking period. */
	lastAccessed: string | null;
}

export interface LastAccessedRow extends ServiceLastAccessed {
	daysSince: number | null;
	verdict: 'recently-used' | 'unused-for-a-while' | 'never-used';
	/** What to do, in a sentence. */
	advice: string;
}

export class LastAccessedError extends Error {
	override name = 'LastAccessedError';
}

export function reviewLastAccessed(
	entries: readonly ServiceLastAccessed[],
	now: Date,
	unusedDays = 90,
): LastAccessedRow[] {
	return entries.map((entry) => {
		if (entry.lastAccessed === null) {
			return {
				...entry,
				daysSince: null,
				verdict: 'never-used',
				advice: `Not accessed in the tracking period (${LAST_ACCESSED_TRACKING_DAYS} days): remove ${entry.namespace}:* permissions unless they are needed soon.`,
			};
		}
		const time = Date.parse(entry.lastAccessed);
		if (Number.isNaN(time))
			throw new LastAccessedError(`“${entry.lastAccessed}” is not a date (service ${entry.service}).`);
		const daysSince = Math.floor((now.getTime() - time) / 86_400_000);
		if (daysSince < 0) throw new LastAccessedError(`${entry.service} was last accessed after “now”.`);
		return daysSince > unusedDays
			? {
					...entry,
					daysSince,
					verdict: 'unused-for-a-while',
					advice: `Last used ${daysSince} days ago: check whether the access is still needed.`,
				}
			: {
					...entry,
					daysSince,
					verdict: 'recently-used',
					advice: `Used ${daysSince} days ago: keep, but consider narrowing to the actions actually used.`,
				};
	});
}
