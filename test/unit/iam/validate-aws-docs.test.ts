/** No false alarms: policies from the AWS documentation raise no ERROR and no SECURITY_WARNING. */
import { describe, expect, test } from 'vitest';
import { validatePolicy } from '../../../src/lib/iam/index';
import { AWS_DOC_POLICIES } from './validate-aws-docs';

describe('validatePolicy on AWS documentation policies', () => {
	test('at least 25 pinned policies, of every policy type used', () => {
		expect(AWS_DOC_POLICIES.length).toBeGreaterThanOrEqual(25);
		expect(new Set(AWS_DOC_POLICIES.map((p) => p.policyType))).toEqual(
			new Set(['identity', 'permissionsBoundary', 'scp', 'resource', 'roleTrust', 'rcp']),
		);
	});
	test.each(AWS_DOC_POLICIES.map((p) => [p.name, p] as const))('%s', async (_name, doc) => {
		const findings = await validatePolicy(JSON.stringify(doc.policy, null, 2), { policyType: doc.policyType });
		const serious = findings.filter((f) => f.findingType === 'ERROR' || f.findingType === 'SECURITY_WARNING');
		expect(serious).toEqual([]);
	});
});
