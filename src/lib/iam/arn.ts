/**
 * Amazon Resource Names: `arn:partition:service:region:account-id:resource`.
 * The resource part may itself contain `:` or `/` (e.g. `log-group:name:*`, `user/path/alice`).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
import { ArnParseError } from './errors';

export interface Arn {
	partition: string;
	service: string;
	region: string;
	/** 12 digits, or "" for resources that have none (S3 buckets, e.g. `arn:aws:s3:::bucket`). */
	accountId: string;
	/** Everything after the fifth colon. */
	resource: string;
	/** The resource type when the resource part has one (`user` in `user/alice`, `log-group` in `log-group:x`). */
	resourceType: string;
	/** The resource id after the type (`alice`, `path/alice`), or the whole resource if it has no type. */
	resourceId: string;
}

const PARTITIONS = new Set([
	'aws',
	'aws-cn',
	'aws-us-gov',
	'aws-iso',
	'aws-iso-b',
	'aws-iso-e',
	'aws-iso-f',
	'aws-eusc',
]);

export function isArnLike(text: string): boolean {
	return text.startsWith('arn:');
}

/** Splits an ARN into its parts. Throws ArnParseError with a learner-readable message. */
export function parseArn(text: string): Arn {
	if (typeof text !== 'string' || !text.startsWith('arn:')) {
		throw new ArnParseError(
			`"${String(text).slice(0, 80)}" is not an ARN: an ARN starts with "arn:" (arn:partition:service:region:account-id:resource).`,
		);
	}
	const parts: string[] = [];
	let start = 0;
	for (let i = 0; i < 5; i++) {
		const colon = text.indexOf(':', start);
		if (colon === -1) {
			throw new ArnParseError(
				`"${text.slice(0, 80)}" has only ${parts.length + 1} of the 6 colon-separated parts of an ARN (arn:partition:service:region:account-id:resource).`,
			);
		}
		parts.push(text.slice(start, colon));
		start = colon + 1;
	}
	const [, partition = '', service = '', region = '', accountId = ''] = parts;
	const resource = text.slice(start);
	if (partition === '') throw new ArnParseError(`"${text.slice(0, 80)}" has no partition (usually "aws").`);
	if (!PARTITIONS.has(partition) && !/^[a-z*?][a-z0-9*?-]*$/.test(partition)) {
		throw new ArnParseError(`"${partition}" is not an AWS partition (aws, aws-cn, aws-us-gov…).`);
	}
	if (service === '') throw new ArnParseError(`"${text.slice(0, 80)}" has no service (e.g. s3, iam, ec2).`);
	// Patterns (with * ? or a policy variable) are allowed here; a literal account must be 12 digits.
	if (accountId !== '' && !/^(\d{12}|aws)$/.test(accountId) && !/[*?]|\$\{/.test(accountId)) {
		throw new ArnParseError(
			`"${accountId}" is not an AWS account ID: account IDs are exactly 12 digits, e.g. 123456789012.`,
		);
	}
	if (resource === '') throw new ArnParseError(`"${text.slice(0, 80)}" has an empty resource part.`);
	const separator = resource.search(/[/:]/);
	const resourceType = separator === -1 ? '' : resource.slice(0, separator);
	const resourceId = separator === -1 ? resource : resource.slice(separator + 1);
	return { partition, service, region, accountId, resource, resourceType, resourceId };
}

/** Like parseArn but returns undefined instead of throwing. */
export function tryParseArn(text: string): Arn | undefined {
	try {
		return parseArn(text);
	} catch {
		return undefined;
	}
}
