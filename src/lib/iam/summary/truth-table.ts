/**
 * A condition's truth table: what the statement does when the request carries a matching value, a
 * different value, or no value for the key — computed by the evaluator, not guessed, because that is
 * where ...IfExists, Null and the set operators surprise people.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists
 */
import { evaluate, type ContextValue, type Decision } from '../evaluate';
import { parseOperator } from '../conditions';
import { parseCidr } from '../ip';
import type { ConditionEntry, StatementModel } from '../validate/document';

export interface TruthRow {
	/** e.g. `aws:MultiFactorAuthPresent is "true"`, `aws:MultiFactorAuthPresent is missing` */
	request: string;
	/** The condition's verdict (for the whole statement, this condition alone). */
	conditionMatches: boolean;
	/** The decision for a request with only this statement (plus an allow-all, for a Deny). */
	decision: Decision;
}

export interface TruthTable {
	operator: string;
	key: string;
	rows: TruthRow[];
}

const PRINCIPAL = 'arn:aws:iam::111122223333:user/learner';
const ACTION = 's3:GetObject';
const RESOURCE = 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv';

export function conditionTruthTable(s: StatementModel, c: ConditionEntry): TruthTable | undefined {
	const op = parseOperator(c.operator.value);
	const first = c.values[0]?.value;
	if (!op || first === undefined || first === null) return undefined;
	const policyValue = String(first);
	if (policyValue.includes('${')) return undefined; // depends on another key; the playground shows those
	const cases: { label: string; value: ContextValue | undefined }[] = samples(op.base.family, policyValue).map(
		([label, value]) => ({
			label: `${c.key.value} is ${label}`,
			value: op.set && value !== undefined ? [value] : value,
		}),
	);
	cases.push({ label: `${c.key.value} is missing`, value: undefined });
	const deny = s.effect?.value === 'Deny';
	const statement = {
		Effect: deny ? 'Deny' : 'Allow',
		Action: '*',
		Resource: '*',
		Condition: { [c.operator.value]: { [c.key.value]: c.values.map((v) => v.value) } },
	};
	const policy = {
		Version: '2012-10-17',
		Statement: deny ? [{ Effect: 'Allow', Action: '*', Resource: '*' }, statement] : [statement],
	};
	try {
		const rows = cases.map(({ label, value }) => {
			const context: Record<string, ContextValue> = value === undefined ? {} : { [c.key.value]: value };
			const { decision } = evaluate({
				request: { principal: PRINCIPAL, action: ACTION, resource: RESOURCE, context },
				identityPolicies: [policy],
			});
			return { request: label, conditionMatches: deny ? decision === 'ExplicitDeny' : decision === 'Allow', decision };
		});
		return { operator: c.operator.value, key: c.key.value, rows };
	} catch {
		return undefined; // a condition the evaluator refuses (bad operator or value): validation reports it
	}
}

/** Two request values: one the policy value matches, one it does not (as labelled text and value). */
function samples(family: string, policyValue: string): [string, string][] {
	switch (family) {
		case 'Bool':
			return [
				['"true"', 'true'],
				['"false"', 'false'],
			];
		case 'Null':
			return [['present ("example")', 'example']];
		case 'Numeric': {
			const n = Number(policyValue);
			if (!Number.isFinite(n)) return [];
			return [
				[`${n - 1}`, String(n - 1)],
				[`${n + 1}`, String(n + 1)],
			];
		}
		case 'Date': {
			const time = /^\d+$/.test(policyValue) ? Number(policyValue) * 1000 : Date.parse(policyValue);
			if (Number.isNaN(time)) return [];
			const day = 86_400_000;
			const iso = (t: number) => new Date(t).toISOString().replace('.000', '');
			return [
				[`a day earlier (${iso(time - day)})`, iso(time - day)],
				[`a day later (${iso(time + day)})`, iso(time + day)],
			];
		}
		case 'IpAddress': {
			const range = parseCidr(policyValue);
			if (!range || range.bytes.length !== 4) return [];
			const inside = [...range.bytes].join('.');
			const outside = [(range.bytes[0] ?? 0) ^ 0x80, ...range.bytes.slice(1)].join('.');
			return [
				[`${inside} (inside ${policyValue})`, inside],
				[`${outside} (outside)`, outside],
			];
		}
		default: {
			const matching = policyValue.replace(/[*?]/g, 'x');
			return [
				[`"${matching}"`, matching],
				['"something-else"', 'something-else'],
			];
		}
	}
}
