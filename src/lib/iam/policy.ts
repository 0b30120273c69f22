/**
 * Policy documents: JSON text → a checked, normalised PolicyDocument, with every problem located by
 * line and column. Grammar: "IAM JSON policy grammar" and "IAM JSON policy element reference"
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 */
import type { ConditionClause } from './conditions';
import { PolicyParseError } from './errors';
import { describeJsonType, parseJson, SourceMap, type JsonEntry, type JsonNode } from './json';
import { closest, STATEMENT_ELEMENTS, TOP_LEVEL, type Add, type Severity } from './policy-grammar';
import { checkStatement } from './policy-statement';

export type PolicyType = 'identity' | 'resource' | 'permissionsBoundary' | 'scp' | 'rcp' | 'session' | 'any';
export type { Severity } from './policy-grammar';

export interface Finding {
	severity: Severity;
	message: string;
	line: number;
	column: number;
	/** Stable identifier, for tests and for the linter's own rules. */
	code: string;
}

export type ElementName =
	'Sid' | 'Effect' | 'Principal' | 'NotPrincipal' | 'Action' | 'NotAction' | 'Resource' | 'NotResource' | 'Condition';

export interface PrincipalEntry {
	/** `AWS`, `Service`, `Federated` or `CanonicalUser`. */
	type: string;
	value: string;
}
export interface PrincipalElement {
	/** `"Principal": "*"` — everyone, including anonymous callers. */
	wildcard: boolean;
	entries: PrincipalEntry[];
}

export interface Position {
	line: number;
	column: number;
}

export interface Statement {
	/** 0-based position in the Statement list. */
	index: number;
	sid: string | undefined;
	effect: 'Allow' | 'Deny';
	principal: PrincipalElement | undefined;
	notPrincipal: PrincipalElement | undefined;
	action: string[] | undefined;
	notAction: string[] | undefined;
	resource: string[] | undefined;
	notResource: string[] | undefined;
	conditions: ConditionClause[];
	position: Position;
	/** Where each element's key is, for lint findings and the annotated view. */
	elements: Partial<Record<ElementName, Position>>;
	/** Where each value of Action/NotAction/Resource/NotResource is. */
	valuePositions: Partial<Record<'Action' | 'NotAction' | 'Resource' | 'NotResource', Position[]>>;
}

export interface PolicyDocument {
	version: string | undefined;
	id: string | undefined;
	statements: Statement[];
	/** Policy variables are substituted only under Version 2012-10-17. */
	variablesEnabled: boolean;
	text: string;
}

export const CURRENT_VERSION = '2012-10-17';

export interface CheckResult {
	document: PolicyDocument | undefined;
	findings: Finding[];
	/** Every statement that could be read, even when the policy has errors (for the linter). */
	statements: Statement[];
	variablesEnabled: boolean;
}

/** Documents built by checkPolicy, and the policy type they were checked as. */
const checkedDocuments = new WeakMap<object, PolicyType>();

/**
 * The policy type a document was checked as, when it is a document built by checkPolicy/parsePolicy
 * (not a plain object that merely looks like one). Lets evaluate() reuse a parse.
 */
export function checkedPolicyType(value: unknown): PolicyType | undefined {
	return typeof value === 'object' && value !== null ? checkedDocuments.get(value) : undefined;
}

/**
 * Checks a policy and builds its document. Never throws: every problem becomes a finding.
 * `document` is undefined when the JSON itself is broken or the shape is unusable.
 */
export function checkPolicy(text: string, policyType: PolicyType = 'any'): CheckResult {
	const findings: Finding[] = [];
	const map = new SourceMap(text);
	const add: Add = (severity, code, offset, message) => {
		const { line, column } = map.position(offset);
		findings.push({ severity, code, message, line, column });
	};
	const root = readRoot(text, map, findings);
	if (root?.kind !== 'object') {
		if (root)
			add('error', 'not-object', root.offset, `A policy is a JSON object ({ … }), not ${describeJsonType(root)}.`);
		return { document: undefined, findings, statements: [], variablesEnabled: false };
	}
	const top = checkTopLevelKeys(root, add);
	const version = checkVersion(root, top.get('Version'), add);
	const id = checkId(top.get('Id'), add);
	const statements = checkStatements(root, top.get('Statement'), policyType, add, map);
	const hasErrors = findings.some((f) => f.severity === 'error');
	findings.sort((a, b) => a.line - b.line || a.column - b.column);
	const variablesEnabled = version === CURRENT_VERSION;
	const document = hasErrors ? undefined : { version, id, statements, variablesEnabled, text };
	if (document) checkedDocuments.set(document, policyType);
	return { document, findings, statements, variablesEnabled };
}

/** The JSON tree, or undefined (with a json-syntax finding) when the text is not JSON. */
function readRoot(text: string, map: SourceMap, findings: Finding[]): JsonNode | undefined {
	try {
		if (typeof text !== 'string') throw new PolicyParseError('The policy must be JSON text.', 1, 1);
		if (text.trim() === '')
			throw new PolicyParseError('The policy is empty: paste a JSON policy document, starting with {.', 1, 1);
		return parseJson(text, map);
	} catch (error) {
		if (!(error instanceof PolicyParseError)) throw error;
		findings.push({
			severity: 'error',
			code: 'json-syntax',
			message: error.message,
			line: error.line,
			column: error.column,
		});
		return undefined;
	}
}

/** Entries by key, reporting duplicates. */
function entriesByKey(entries: JsonEntry[], where: string, add: Add): Map<string, JsonEntry> {
	const byKey = new Map<string, JsonEntry>();
	for (const entry of entries) {
		if (byKey.has(entry.key))
			add(
				'error',
				'duplicate-key',
				entry.keyOffset,
				`"${entry.key}" appears twice in ${where}; AWS rejects duplicate keys (JSON readers would keep only the last one).`,
			);
		byKey.set(entry.key, entry);
	}
	return byKey;
}

function checkTopLevelKeys(root: JsonNode & { kind: 'object' }, add: Add): Map<string, JsonEntry> {
	const top = entriesByKey(root.entries, 'the policy', add);
	for (const entry of root.entries) {
		if (TOP_LEVEL.has(entry.key)) continue;
		const hint = closest(entry.key, TOP_LEVEL) ?? closest(entry.key, STATEMENT_ELEMENTS);
		const extra =
			hint && TOP_LEVEL.has(hint)
				? ` Element names are case-sensitive: write "${hint}".`
				: hint
					? ` "${hint}" belongs inside a statement.`
					: ' A policy has only Version, Id and Statement.';
		add('error', 'unknown-element', entry.keyOffset, `Unknown policy element "${entry.key}".${extra}`);
	}
	return top;
}

function checkVersion(root: JsonNode, versionEntry: JsonEntry | undefined, add: Add): string | undefined {
	if (!versionEntry) {
		add(
			'warning',
			'missing-version',
			root.offset,
			`No "Version": AWS then uses the old 2008-10-17 language, where policy variables like \${aws:username} are plain text. Add "Version": "${CURRENT_VERSION}".`,
		);
		return undefined;
	}
	if (versionEntry.value.kind !== 'string') {
		add('error', 'bad-version', versionEntry.value.offset, `"Version" must be text: "${CURRENT_VERSION}".`);
		return undefined;
	}
	const version = versionEntry.value.value;
	if (version === '2008-10-17')
		add(
			'warning',
			'old-version',
			versionEntry.value.offset,
			`"2008-10-17" is the old policy language version: policy variables are not substituted. Use "${CURRENT_VERSION}".`,
		);
	else if (version !== CURRENT_VERSION)
		add(
			'error',
			'bad-version',
			versionEntry.value.offset,
			`"${version}" is not a policy language version. Use "${CURRENT_VERSION}" (the date of the language version, not of your policy).`,
		);
	return version;
}

function checkId(idEntry: JsonEntry | undefined, add: Add): string | undefined {
	if (!idEntry) return undefined;
	if (idEntry.value.kind === 'string') return idEntry.value.value;
	add('error', 'bad-type', idEntry.value.offset, `"Id" must be text, not ${describeJsonType(idEntry.value)}.`);
	return undefined;
}

function checkStatements(
	root: JsonNode & { kind: 'object' },
	statementEntry: JsonEntry | undefined,
	policyType: PolicyType,
	add: Add,
	map: SourceMap,
): Statement[] {
	const statements: Statement[] = [];
	if (!statementEntry) {
		// An unknown element ("Statment") already has its own error.
		if (root.entries.every((e) => TOP_LEVEL.has(e.key)))
			add(
				'error',
				'missing-statement',
				root.offset,
				'The policy has no "Statement": add at least one statement, e.g. { "Effect": "Allow", "Action": "…", "Resource": "…" }.',
			);
		return statements;
	}
	const nodes = statementEntry.value.kind === 'array' ? statementEntry.value.items : [statementEntry.value];
	if (statementEntry.value.kind === 'array' && nodes.length === 0)
		add(
			'error',
			'empty-statement',
			statementEntry.value.offset,
			'"Statement" is an empty list: add at least one statement.',
		);
	const sids = new Set<string>();
	nodes.forEach((node, index) => {
		const statement = checkStatement(node, index, policyType, add, map);
		if (!statement) return;
		statements.push(statement);
		if (statement.sid === undefined || statement.sid === '') return;
		if (sids.has(statement.sid))
			add(
				'error',
				'duplicate-sid',
				node.offset,
				`Two statements have the Sid "${statement.sid}"; Sids must be unique within a policy.`,
			);
		sids.add(statement.sid);
	});
	return statements;
}

/** Parses and checks a policy; throws PolicyParseError (line/column) for the first error. */
export function parsePolicyAs(text: string, policyType: PolicyType = 'any'): PolicyDocument {
	const { document, findings } = checkPolicy(text, policyType);
	if (!document) {
		const first = findings.find((f) => f.severity === 'error');
		if (!first) throw new PolicyParseError('The policy could not be read.', 1, 1);
		const message =
			first.code === 'json-syntax' ? first.message : `Line ${first.line}, column ${first.column}: ${first.message}`;
		throw new PolicyParseError(message, first.line, first.column);
	}
	return document;
}
