/**
 * Resource ARN checks: prefix, fields, partition, service case, Region and account formats, and — with
 * the service's ARN formats from the catalogue — whether the service takes a Region or an account there
 * and whether the resource part fits one of its resource types. Redundant resources.
 * ARN format: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
import { wildcardMatch } from '../wildcard';
import type { CatalogResourceType } from '../catalog';
import type { Located, StatementModel } from './document';
import { hasWildcard, type Context } from './context';

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
export const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const isPattern = (s: string): boolean => hasWildcard(s) || s.includes('${');

export function checkResources(ctx: Context, s: StatementModel): void {
	for (const list of [s.resource, s.notResource]) {
		if (!list) continue;
		for (const r of list) if (r.node.kind === 'string') checkArn(ctx, r);
		checkRedundant(ctx, list);
	}
}

function checkArn(ctx: Context, r: Located): void {
	const v = r.value;
	if (v === '*') return;
	if (!v.startsWith('arn:')) {
		ctx.add(
			'INVALID_ARN_PREFIX',
			r.span,
			`"${v}" is not an ARN. Resources are "*" or ARNs starting with arn:, e.g. arn:aws:s3:::my-bucket/*.`,
		);
		return;
	}
	const parts = v.split(':');
	if (parts.length < 6) {
		ctx.add(
			'MISSING_ARN_FIELD',
			r.span,
			`"${v}" has ${parts.length} of the 6 ARN fields arn:partition:service:region:account:resource (empty fields still need their colons).`,
		);
		return;
	}
	const [, partition = '', service = '', region = '', account = ''] = parts;
	const resource = parts.slice(5).join(':');
	if (!isPattern(partition) && !PARTITIONS.has(partition))
		ctx.add('INVALID_PARTITION', r.span, `"${partition}" is not an AWS partition. Use aws (or aws-cn, aws-us-gov).`);
	if (hasWildcard(service)) {
		ctx.add(
			'WILDCARD_IN_SERVICE_NAME',
			r.span,
			`"${v}" has a wildcard in the service part; it may match services you did not mean.`,
		);
		return;
	}
	if (service !== service.toLowerCase()) {
		ctx.add(
			'INVALID_ARN_SERVICE_CASE',
			r.span,
			`The service in an ARN is lower case: "${service.toLowerCase()}", not "${service}".`,
		);
		return;
	}
	if (region && !isPattern(region) && !REGION.test(region))
		ctx.add('INVALID_ARN_REGION', r.span, `"${region}" is not a Region code (e.g. us-east-1, eu-west-3).`);
	if (account && !isPattern(account) && !/^\d{12}$/.test(account) && account !== 'aws')
		ctx.add('INVALID_ARN_ACCOUNT', r.span, `"${account}" is not an account ID: account IDs are 12 digits.`);
	const catalog = ctx.services.get(service);
	if (!catalog || catalog.resourceTypes.size === 0) return;
	const templates = [...catalog.resourceTypes.values()];
	// A pattern stands for many resources: test one of them (each wildcard or variable read as "x").
	const sample = resource.replace(/\$\{[^}]*\}|[*?]/g, 'x');
	const matched = templates.filter((t) => resourceFits(t, sample));
	const fitting = isPattern(resource) && matched.length === 0 ? templates : matched;
	if (fitting.length === 0) {
		ctx.add(
			'INVALID_ARN_RESOURCE',
			r.span,
			`"${resource}" fits none of ${catalog.name}'s resource types. Formats: ${templates
				.slice(0, 3)
				.map((t) => t.arn)
				.join(', ')}${templates.length > 3 ? ', …' : ''}`,
		);
		return;
	}
	const field = (t: CatalogResourceType, i: number) => t.arn.split(':')[i] ?? '';
	if (region && !isPattern(region) && fitting.every((t) => field(t, 3) === ''))
		ctx.add(
			'ARN_REGION_NOT_ALLOWED',
			r.span,
			`${catalog.name} ARNs of this kind have no Region: leave that field empty (arn:${partition}:${service}::…).`,
		);
	if (!region && fitting.every((t) => field(t, 3) !== ''))
		ctx.add(
			'MISSING_ARN_REGION',
			r.span,
			`${catalog.name} ARNs name a Region (or * for any): arn:${partition}:${service}:REGION:…`,
		);
	if (account && !isPattern(account) && account !== 'aws' && fitting.every((t) => field(t, 4) === ''))
		ctx.add(
			'ARN_ACCOUNT_NOT_ALLOWED',
			r.span,
			`${catalog.name} ARNs of this kind have no account ID (names are global${service === 's3' ? ', like bucket names' : ''}): leave that field empty.`,
		);
}

/** Does a concrete resource part fit a resource type's template? `${Name}` stands for any text. */
function resourceFits(type: CatalogResourceType, resource: string): boolean {
	let pattern = templatePatterns.get(type);
	if (!pattern) {
		const template = type.arn.split(':').slice(5).join(':');
		const source = template
			.split(/\$\{[^}]*\}/)
			.map((literal) => literal.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&'))
			.join('.+');
		// ARN resource parts are case-sensitive ("table/", not "Table/").
		pattern = new RegExp(`^${source}$`);
		templatePatterns.set(type, pattern);
	}
	return pattern.test(resource);
}

const templatePatterns = new WeakMap<CatalogResourceType, RegExp>();

function checkRedundant(ctx: Context, list: Located[]): void {
	list.forEach((r, i) => {
		if (r.node.kind !== 'string') return;
		const cover = list.find((o, j) => {
			if (j === i || o.node.kind !== 'string') return false;
			if (o.value === r.value) return j < i;
			return (
				hasWildcard(o.value) && !o.value.includes('${') && !r.value.includes('${') && wildcardMatch(o.value, r.value)
			);
		});
		if (cover)
			ctx.add('REDUNDANT_RESOURCE', r.span, `"${r.value}" is already covered by "${cover.value}". Remove one of them.`);
	});
}
