/**
 * validatePolicy: IAM Access Analyzer-style policy validation in the browser, without an AWS account.
 * Findings carry Access Analyzer's issue code, finding type, the offending text's span and a message a
 * learner can act on. Loads the catalogue chunks of the services the policy names, nothing else.
 * Which checks are covered and which not: the table in README.md ("Policy validation coverage").
 */
import { parseJson, SourceMap } from '../json';
import { PolicyParseError } from '../errors';
import { loadCatalogIndex, loadServices, servicesInText } from '../catalog';
import { buildStatement, type Span } from './document';
import { checkInfo, learnMoreLink, type FindingType, type IssueCode } from './checks';
import { normalizePolicyType, type AccessAnalyzerPolicyType, type Context, type ValidationPolicyType } from './context';
import { checkAcrossStatements, checkStatementGrammar, checkTopLevel } from './structure';
import { checkPrincipals } from './principals';
import { checkActions } from './actions';
import { checkResources } from './resources';
import { checkConditions } from './conditions';
import { checkVariables } from './variables';

export interface ValidationFinding {
	issueCode: IssueCode;
	findingType: FindingType;
	/** 1-based line and column of the first character of the offending text. */
	line: number;
	column: number;
	/** 1-based line and column just after the offending text. */
	endLine: number;
	endColumn: number;
	message: string;
	learnMoreLink: string;
}

export interface ValidateOptions {
	/** Default `identity`. Access Analyzer's names (`IDENTITY_POLICY`, `SERVICE_CONTROL_POLICY`, …) work too. */
	policyType?: ValidationPolicyType | AccessAnalyzerPolicyType;
}

const TYPE_ORDER: Record<FindingType, number> = { ERROR: 0, SECURITY_WARNING: 1, WARNING: 2, SUGGESTION: 3 };
/** ValidatePolicy's own limit on a document, comfortably above every policy quota. */
const MAX_TEXT = 200_000;

export async function validatePolicy(text: string, options: ValidateOptions = {}): Promise<ValidationFinding[]> {
	const policyType = normalizePolicyType(options.policyType ?? 'identity');
	const source = String(text).slice(0, MAX_TEXT);
	const map = new SourceMap(source);
	const findings: ValidationFinding[] = [];
	const add = (code: IssueCode, span: Span, message: string): void => {
		const start = Math.max(0, Math.min(span.start, source.length));
		const end = Math.max(start, Math.min(span.end, source.length));
		const from = map.position(start);
		const to = map.position(end);
		const { type } = checkInfo(code);
		findings.push({
			issueCode: code,
			findingType: type,
			line: from.line,
			column: from.column,
			endLine: to.line,
			endColumn: to.column,
			message,
			learnMoreLink: learnMoreLink(code),
		});
	};
	let root;
	try {
		root = parseJson(source, map);
	} catch (error) {
		if (!(error instanceof PolicyParseError)) throw error;
		const offset = offsetOf(source, error.line, error.column);
		add('JSON_SYNTAX_ERROR', { start: offset, end: Math.min(offset + 1, source.length) }, error.message);
		return findings;
	}
	const [index, services] = await Promise.all([loadCatalogIndex(), loadServices(servicesInText(source))]);
	const version = root.kind === 'object' ? root.entries.find((e) => e.key === 'Version')?.value : undefined;
	const ctx: Context = {
		text: source,
		policyType,
		index,
		services,
		variablesEnabled: version?.kind === 'string' && version.value === '2012-10-17',
		add,
		expansions: new Map(),
	};
	const statements = checkTopLevel(ctx, root).map((node, i) => buildStatement(source, node, i));
	for (const s of statements) {
		checkStatementGrammar(ctx, s);
		checkPrincipals(ctx, s);
		checkActions(ctx, s);
		checkResources(ctx, s);
		checkConditions(ctx, s);
		checkVariables(ctx, s);
	}
	checkAcrossStatements(ctx, statements);
	findings.sort(
		(a, b) => a.line - b.line || a.column - b.column || TYPE_ORDER[a.findingType] - TYPE_ORDER[b.findingType],
	);
	return findings;
}

function offsetOf(text: string, line: number, column: number): number {
	let offset = 0;
	for (let l = 1; l < line; l++) {
		const next = text.indexOf('\n', offset);
		if (next < 0) return text.length;
		offset = next + 1;
	}
	return Math.min(offset + column - 1, text.length);
}
