/**
 * Action checks against the catalogue (service and action exist, with "did you mean"), redundant and
 * wildcard actions, iam:PassRole and iam:CreateServiceLinkedRole granted too widely, RCP services.
 * Policy actions: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 * Passing a role: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 */
import { matchActions, type CatalogAction } from '../catalog';
import { actionMatches } from '../statement';
import type { Located, StatementModel } from './document';
import { hasWildcard, isIdentityLike, type Context } from './context';
import type { AccessAnalyzerCode } from './checks';
import { closest } from './suggest';

/** The catalogue actions an action pattern stands for; undefined when the service is not loaded. */
export function expandAction(ctx: Context, pattern: string): CatalogAction[] | undefined {
	const key = pattern.toLowerCase();
	if (ctx.expansions.has(key)) return ctx.expansions.get(key);
	let result: CatalogAction[] | undefined;
	const colon = pattern.indexOf(':');
	if (pattern === '*') result = undefined;
	else if (colon < 0) result = [];
	else {
		const service = ctx.services.get(key.slice(0, colon));
		result = service ? matchActions(service, pattern.slice(colon + 1)) : undefined;
	}
	ctx.expansions.set(key, result);
	return result;
}

export function checkActions(ctx: Context, s: StatementModel): void {
	for (const list of [s.action, s.notAction]) {
		if (!list) continue;
		for (const a of list) if (a.node.kind === 'string') checkOneAction(ctx, a);
		checkRedundantActions(ctx, list);
	}
	if (ctx.policyType === 'rcp')
		for (const a of s.action ?? []) {
			const prefix = a.value.split(':')[0]?.toLowerCase() ?? '';
			if (
				a.value !== '*' &&
				!hasWildcard(prefix) &&
				ctx.index.services[prefix] &&
				!ctx.index.rcpServices.includes(prefix)
			)
				ctx.add(
					'UNSUPPORTED_ACTION_IN_POLICY',
					a.span,
					`Resource control policies do not apply to ${prefix} actions; RCPs cover only some services (e.g. s3, sts, kms, sqs, secretsmanager).`,
				);
		}
	checkPassRoleAndSlr(ctx, s);
	checkOwn(ctx, s);
}

function checkOneAction(ctx: Context, a: Located): void {
	const v = a.value;
	if (v === '*') return;
	if (v.includes('${')) {
		ctx.add(
			'VARIABLE_UNSUPPORTED_IN_ELEMENT',
			a.span,
			'Policy variables work in Resource and Condition only, not in Action.',
		);
		return;
	}
	const colon = v.indexOf(':');
	if (colon < 0) {
		ctx.add('INVALID_ACTION', a.span, `"${v}" is not an action. Actions are service:Name, e.g. "s3:GetObject".`);
		return;
	}
	const prefix = v.slice(0, colon);
	const name = v.slice(colon + 1);
	if (hasWildcard(prefix)) {
		ctx.add(
			'WILDCARD_IN_SERVICE_NAME',
			a.span,
			`"${v}" has a wildcard in the service name; it may match services you did not mean, today or later. Name the service.`,
		);
		return;
	}
	const service = ctx.services.get(prefix.toLowerCase());
	if (!ctx.index.services[prefix.toLowerCase()]) {
		const guess = closest(prefix.toLowerCase(), Object.keys(ctx.index.services));
		ctx.add(
			'INVALID_SERVICE_IN_ACTION',
			{ start: a.span.start + 1, end: a.span.start + 1 + prefix.length },
			`"${prefix}" is not an AWS service prefix${guess ? `. Did you mean ${guess}?` : '.'} Prefixes are short and lower-case, e.g. s3, ec2, iam.`,
		);
		return;
	}
	if (!service || name === '') {
		if (name === '')
			ctx.add(
				'INVALID_ACTION',
				a.span,
				`"${v}" names no action after the colon. Write e.g. "${prefix}:*" or an action name.`,
			);
		return;
	}
	if ((expandAction(ctx, v) ?? []).length === 0) {
		const guess = hasWildcard(name)
			? undefined
			: closest(
					name.toLowerCase(),
					service.actions.map((x) => x.name.toLowerCase()),
				);
		const suggestion = guess ? service.actionsByName.get(guess)?.qualified : undefined;
		ctx.add(
			'INVALID_ACTION',
			a.span,
			`"${v}" matches no ${service.name} action${suggestion ? `. Did you mean ${suggestion}?` : '.'}`,
		);
	}
}

/** An action is redundant when another entry of the same list already grants everything it does. */
function checkRedundantActions(ctx: Context, list: Located[]): void {
	const strings = list.filter((a) => a.node.kind === 'string' && a.value !== '');
	strings.forEach((a, i) => {
		const lower = a.value.toLowerCase();
		const cover = strings.find((b, j) => {
			if (j === i) return false;
			const other = b.value.toLowerCase();
			if (other === lower) return j < i; // the later duplicate is the redundant one
			if (other !== '*' && other.split(':')[0] !== lower.split(':')[0]) return false;
			if (!hasWildcard(lower)) return hasWildcard(other) && actionMatches(other, lower);
			if (other === '*') return true;
			const mine = expandAction(ctx, a.value);
			const theirs = expandAction(ctx, b.value);
			if (!mine || !theirs || mine.length === 0) return false;
			const set = new Set(theirs);
			// Equal sets: keep the first of the two.
			return mine.every((x) => set.has(x)) && (theirs.length > mine.length || j < i);
		});
		if (cover)
			ctx.add(
				'REDUNDANT_ACTION',
				a.span,
				`"${a.value}" is already granted by "${cover.value}" in the same list. Remove it.`,
			);
	});
}

const isStarResource = (r: string): boolean =>
	r === '*' || /^arn:[^:]*:iam::[^:]*:role\/\*$/.test(r) || r === 'arn:aws:iam::*:*';

function checkPassRoleAndSlr(ctx: Context, s: StatementModel): void {
	if (s.effect?.value !== 'Allow' || !isIdentityLike(ctx.policyType)) return;
	for (const [action, conditionKey, prefix] of [
		['iam:PassRole', 'iam:passedtoservice', 'PASS_ROLE'],
		['iam:CreateServiceLinkedRole', 'iam:awsservicename', 'CREATE_SLR'],
	] as const) {
		if (s.conditions.some((c) => c.key.value.toLowerCase() === conditionKey)) continue;
		const code = (suffix: string) => `${prefix}_${suffix}` as AccessAnalyzerCode;
		const what =
			action === 'iam:PassRole' ? 'pass any role to a service' : 'create service-linked roles for any service';
		if (s.action) {
			const grant = s.action.find((a) => a.node.kind === 'string' && actionMatches(a.value, action));
			if (!grant) continue;
			const star = hasWildcard(grant.value);
			if (s.notResource)
				ctx.add(
					code(star ? 'WITH_STAR_IN_ACTION_AND_NOT_RESOURCE' : 'WITH_NOT_RESOURCE'),
					grant.span,
					`"${grant.value}" with NotResource allows ${action} on every resource not listed — it can ${what}. Name the roles in Resource.`,
				);
			else if (s.resource?.some((r) => isStarResource(r.value)))
				ctx.add(
					code(star ? 'WITH_STAR_IN_ACTION_AND_RESOURCE' : 'WITH_STAR_IN_RESOURCE'),
					grant.span,
					`"${grant.value}" on every resource allows ${action} for all roles: whoever holds it can ${what}${action === 'iam:PassRole' ? ', an admin role included' : ''}. Name the roles${action === 'iam:PassRole' ? ' or add an iam:PassedToService condition' : ''}.`,
				);
		} else if (s.notAction) {
			if (s.notAction.some((a) => actionMatches(a.value, action))) continue;
			const where = s.entries.get('NotAction');
			const span = where ? { start: where.keyOffset, end: where.keyOffset + 11 } : s.span;
			if (s.notResource)
				ctx.add(
					code('WITH_NOT_ACTION_AND_NOT_RESOURCE'),
					span,
					`NotAction with NotResource allows ${action} on almost every resource: it can ${what}.`,
				);
			else if (s.resource?.some((r) => isStarResource(r.value)))
				ctx.add(
					code('WITH_STAR_IN_RESOURCE_AND_NOT_ACTION'),
					span,
					`NotAction on "*" allows ${action} on every role: it can ${what}. Add ${action} to NotAction or name resources.`,
				);
		}
	}
}

/** This site's own best-practice findings (least privilege), no Access Analyzer twin. */
function checkOwn(ctx: Context, s: StatementModel): void {
	if (s.effect?.value !== 'Allow' || !isIdentityLike(ctx.policyType)) return;
	const notAction = s.entries.get('NotAction');
	if (notAction)
		ctx.add(
			'allow-not-action',
			{ start: notAction.keyOffset, end: notAction.keyOffset + 11 },
			'"Allow" with NotAction allows every action not listed — including actions AWS adds later. List the actions you mean with Action.',
		);
	const notResource = s.entries.get('NotResource');
	if (notResource)
		ctx.add(
			'allow-not-resource',
			{ start: notResource.keyOffset, end: notResource.keyOffset + 13 },
			'"Allow" with NotResource allows the actions on every resource not listed. Name the resources with Resource.',
		);
	const all = s.action?.find((a) => a.value === '*' || a.value === '*:*');
	if (all && s.resource?.some((r) => r.value === '*') && s.conditions.length === 0)
		ctx.add(
			'full-admin',
			all.span,
			'"Action": "*" on "Resource": "*" is full administrator access. Grant only what the job needs.',
		);
	else
		for (const a of s.action ?? [])
			if (/^[A-Za-z0-9-]+:\*$/.test(a.value))
				ctx.add(
					'service-wildcard',
					a.span,
					`"${a.value}" allows every ${a.value.split(':')[0]} action, deletes and permission changes included. List the actions needed.`,
				);
}
