/**
 * Principal element checks: keys, formats, wildcards, unique IDs instead of ARNs, trust-policy actions
 * that do not fit the principal, GitHub OIDC trust without a repository condition.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import type { JsonNode } from '../json';
import { keySpan, spanOf, type StatementModel } from './document';
import type { Context } from './context';

const PRINCIPAL_KEYS = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.(amazonaws\.com(\.cn)?|amazon\.com|api\.aws)$/;
const ACCOUNT = /^\d{12}$/;
const IAM_PRINCIPAL_ARN = /^arn:aws[a-z-]*:(iam|sts)::(\d{12}|aws):.+/;
const GITHUB = 'token.actions.githubusercontent.com';

export function checkPrincipals(ctx: Context, s: StatementModel): void {
	for (const entry of [s.principal, s.notPrincipal]) {
		if (!entry) continue;
		const value = entry.value;
		if (value.kind === 'string') {
			if (value.value !== '*')
				ctx.add(
					'INVALID_PRINCIPAL_FORMAT',
					spanOf(ctx.text, value),
					`"${value.value}" is not a principal. Write "*" for everyone, or an object such as { "AWS": "arn:aws:iam::111122223333:root" }.`,
				);
			continue;
		}
		if (value.kind !== 'object') {
			ctx.add(
				'INVALID_PRINCIPAL_FORMAT',
				spanOf(ctx.text, value),
				'A principal is "*" or an object such as { "Service": "ec2.amazonaws.com" }.',
			);
			continue;
		}
		if (value.entries.length === 0) {
			ctx.add(
				'EMPTY_OBJECT_PRINCIPAL',
				spanOf(ctx.text, value),
				'The principal object is empty: the statement applies to no one.',
			);
			continue;
		}
		for (const e of value.entries) {
			if (!PRINCIPAL_KEYS.has(e.key)) {
				ctx.add(
					'INVALID_PRINCIPAL_KEY',
					keySpan(ctx.text, e),
					`"${e.key}" is not a principal type. Use AWS, Service, Federated or CanonicalUser (case-sensitive).`,
				);
				continue;
			}
			if (e.value.kind === 'array' && e.value.items.length === 0) {
				ctx.add('EMPTY_ARRAY_PRINCIPAL', spanOf(ctx.text, e.value), `The ${e.key} list is empty: it names no one.`);
				continue;
			}
			const items = e.value.kind === 'array' ? e.value.items : [e.value];
			for (const item of items) checkPrincipalValue(ctx, e.key, item);
		}
	}
	checkTrustActions(ctx, s);
}

function checkPrincipalValue(ctx: Context, key: string, node: JsonNode): void {
	const span = spanOf(ctx.text, node);
	if (node.kind !== 'string') {
		ctx.add('DATA_TYPE_MISMATCH', span, 'A principal is text, in double quotes.');
		return;
	}
	const v = node.value;
	if (v.includes('${')) {
		ctx.add(
			'VARIABLE_UNSUPPORTED_IN_ELEMENT',
			span,
			'Policy variables work in Resource and Condition only, not in Principal.',
		);
		return;
	}
	if (key === 'AWS') {
		if (v === '*') return;
		if (/[*?]/.test(v)) {
			ctx.add(
				ctx.policyType === 'roleTrust'
					? 'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL'
					: 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
				span,
				`"${v}": a principal cannot hold a wildcard (only "*" alone, meaning everyone). Name the principals, or use "*" with a condition on aws:PrincipalArn.`,
			);
			return;
		}
		if (/^AROA[A-Z0-9]{12,}$/.test(v))
			ctx.add(
				'INVALID_ROLE_REFERENCE',
				span,
				`"${v}" is a role's unique ID. Write the role's ARN; AWS stores the ID for you.`,
			);
		else if (/^AIDA[A-Z0-9]{12,}$/.test(v))
			ctx.add(
				'INVALID_USER_REFERENCE',
				span,
				`"${v}" is a user's unique ID. Write the user's ARN; AWS stores the ID for you.`,
			);
		else if (!ACCOUNT.test(v) && !IAM_PRINCIPAL_ARN.test(v))
			ctx.add(
				'INVALID_PRINCIPAL_FORMAT',
				span,
				`"${v}" is not an AWS principal. Write a 12-digit account ID, or an IAM ARN such as arn:aws:iam::111122223333:role/name.`,
			);
	} else if (key === 'Service') {
		if (v !== '*' && !SERVICE_PRINCIPAL.test(v))
			ctx.add(
				'INVALID_SERVICE_PRINCIPAL_FORMAT',
				span,
				`"${v}" is not a service principal. They look like service-name.amazonaws.com, e.g. ec2.amazonaws.com.`,
			);
	} else if (key === 'Federated' && /[*?]/.test(v)) {
		ctx.add(
			ctx.policyType === 'roleTrust'
				? 'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL'
				: 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
			span,
			`"${v}": a federated principal names one identity provider, without wildcards.`,
		);
	}
}

/** Trust policies: SAML providers need sts:AssumeRoleWithSAML, web identity (OIDC) providers AssumeRoleWithWebIdentity. */
function checkTrustActions(ctx: Context, s: StatementModel): void {
	if (ctx.policyType !== 'roleTrust' || s.principal?.value.kind !== 'object' || !s.action) return;
	const federated = s.principal.value.entries
		.filter((e) => e.key === 'Federated')
		.flatMap((e) => (e.value.kind === 'array' ? e.value.items : [e.value]))
		.flatMap((n) => (n.kind === 'string' ? [n.value] : []));
	const others = s.principal.value.entries.some((e) => e.key !== 'Federated');
	if (federated.length === 0 || others) return;
	const saml = federated.every((f) => /:saml-provider\//.test(f));
	const expected = saml ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity';
	const fits = (a: string) => {
		const lower = a.toLowerCase();
		return (
			lower === expected.toLowerCase() ||
			lower === 'sts:tagsession' ||
			lower === 'sts:setsourceidentity' ||
			lower === 'sts:*' ||
			lower === '*'
		);
	};
	for (const a of s.action)
		if (a.node.kind === 'string' && !fits(a.value))
			ctx.add(
				'MISMATCHED_ACTION_FOR_PRINCIPAL',
				a.span,
				`A ${saml ? 'SAML' : 'web identity (OIDC)'} provider assumes a role with ${expected}, not ${a.value}.`,
			);
	// GitHub Actions OIDC: without a condition on the sub claim any repository on GitHub could assume the role.
	// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub
	if (federated.some((f) => f.endsWith(`oidc-provider/${GITHUB}`))) {
		const hasSub = s.conditions.some((c) => c.key.value.toLowerCase() === `${GITHUB}:sub`);
		if (!hasSub)
			ctx.add(
				'MISSING_GITHUB_REPO_CONDITION_KEY',
				keySpan(ctx.text, s.principal),
				`Trusting GitHub's OIDC provider without a condition on ${GITHUB}:sub lets workflows of any GitHub repository assume this role. Add e.g. "StringLike": { "${GITHUB}:sub": "repo:my-org/my-repo:*" }.`,
			);
	}
}
