/**
 * The policy editor's checks of one text: validatePolicy's findings and summarizePolicy's explanation
 * (null when the text is not JSON). Both engines load their modules on first use, so they are not in
 * the JavaScript a page loads before the reader does anything (the build renders their first result).
 */
import {
	summarizePolicy,
	validatePolicy,
	type PolicySummary,
	type ValidationFinding,
	type ValidationPolicyType,
} from '../../lib/iam';

export interface PolicyChecks {
	findings: ValidationFinding[];
	summary: PolicySummary | null;
}

export async function checkPolicyText(text: string, policyType: ValidationPolicyType): Promise<PolicyChecks> {
	const [findings, summary] = await Promise.all([
		validatePolicy(text, { policyType }),
		summarizePolicy(text).catch(() => null),
	]);
	return { findings, summary };
}
