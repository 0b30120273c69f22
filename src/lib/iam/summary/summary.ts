/**
 * summarizePolicy: "explain this policy". A console-style policy summary — per service, the access
 * level granted (Full access / Full: List, Read / Limited: Write), on which resources, under which
 * conditions — and one plain-English sentence per statement with its wildcards expanded and counted,
 * plus, per condition, a small truth table computed by the evaluator.
 * Access level summaries: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html
 * Examples: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_policy-summary-examples.html
 */
import { parseJson, toPlain } from '../json';
import {
	ACCESS_LEVELS,
	loadCatalogIndex,
	loadServices,
	matchActions,
	servicesInText,
	type AccessLevel,
	type CatalogAction,
	type ServiceCatalog,
} from '../catalog';
import { buildStatement, type StatementModel } from '../validate/document';
import { conditionTruthTable, type TruthTable } from './truth-table';
import { accessLevelText } from './access-level';

export { accessLevelText };

export interface LevelCount {
	level: AccessLevel;
	granted: number;
	total: number;
}

export interface ServiceSummary {
	/** Service prefix; `*` for "every service" (an `"Action": "*"` statement). */
	prefix: string;
	name: string;
	effect: 'Allow' | 'Deny';
	/** As the console writes it: `Full access`, `Full: List, Read Limited: Write`, `Limited: Read`. */
	accessLevel: string;
	levels: LevelCount[];
	/** `All resources`, or the ARNs of this service (and ARNs of no known service) the statements name. */
	resources: string[];
	/** Each condition in words, e.g. `s3:x-amz-acl StringEquals public-read`; empty when none. */
	conditions: string[];
}

export interface ActionGroup {
	/** As written, e.g. `s3:Get*`. */
	pattern: string;
	count: number;
	levels: Partial<Record<AccessLevel, number>>;
	examples: string[];
	/** `s3:Get* — 41 Read actions, e.g. GetObject` */
	text: string;
	/** The service or action is not in the catalogue (a typo, or a service too new for it). */
	unrecognized: boolean;
}

export interface StatementExplanation {
	index: number;
	sid: string | undefined;
	effect: 'Allow' | 'Deny';
	sentence: string;
	actions: ActionGroup[];
	truthTables: TruthTable[];
}

export interface PolicySummary {
	/** Catalogue version (iam-data) and generation date, to show beside the summary. */
	dataVersion: string;
	generated: string;
	services: ServiceSummary[];
	/** Services and actions the catalogue does not know: they grant nothing (or are too new to list). */
	unrecognized: string[];
	statements: StatementExplanation[];
}

/** Throws PolicyParseError (with line and column) for text that is not JSON. */
export async function summarizePolicy(text: string): Promise<PolicySummary> {
	const root = parseJson(text);
	const [index, services] = await Promise.all([loadCatalogIndex(), loadServices(servicesInText(text))]);
	const statementNodes =
		root.kind === 'object'
			? ((n) => (n?.kind === 'array' ? n.items : n ? [n] : []))(root.entries.find((e) => e.key === 'Statement')?.value)
			: [];
	const statements = statementNodes
		.filter((n) => n.kind === 'object')
		.map((n, i) => buildStatement(text, n, i))
		.filter((s) => s.effect?.value === 'Allow' || s.effect?.value === 'Deny');
	const unrecognized = new Set<string>();
	const explanations = statements.map((s) => explainStatement(s, services, index.services, unrecognized));
	return {
		dataVersion: index.version,
		generated: index.generated,
		services: summarizeServices(statements, services),
		unrecognized: [...unrecognized],
		statements: explanations,
	};
}

function groupFor(
	pattern: string,
	services: ReadonlyMap<string, ServiceCatalog>,
	known: Readonly<Record<string, string>>,
): ActionGroup {
	if (pattern === '*' || pattern === '*:*')
		return {
			pattern,
			count: 0,
			levels: {},
			examples: [],
			text: `${pattern} — every action of every service`,
			unrecognized: false,
		};
	const [prefix = '', name = ''] = pattern.split(':');
	const service = services.get(prefix.toLowerCase());
	const actions = service ? matchActions(service, name) : [];
	if (!service || actions.length === 0) {
		const why = known[prefix.toLowerCase()] ? 'matches no action' : `"${prefix}" is not a known service`;
		return {
			pattern,
			count: 0,
			levels: {},
			examples: [],
			text: `${pattern} — ${why}: it grants nothing`,
			unrecognized: true,
		};
	}
	const levels: Partial<Record<AccessLevel, number>> = {};
	for (const a of actions) levels[a.accessLevel] = (levels[a.accessLevel] ?? 0) + 1;
	const examples = actions.slice(0, 3).map((a) => a.name);
	const isPattern = /[*?]/.test(name);
	const levelText = ACCESS_LEVELS.filter((l) => levels[l])
		.map((l) => `${levels[l]} ${l}`)
		.join(', ');
	const noun = actions.length === 1 ? 'action' : 'actions';
	const text = isPattern
		? `${pattern} — ${actions.length === Object.values(levels)[0] ? `${actions.length} ${Object.keys(levels)[0]} ${noun}` : `${actions.length} ${noun} (${levelText})`}, e.g. ${examples[0]}`
		: `${pattern} — ${actions[0]?.accessLevel} action`;
	return { pattern, count: actions.length, levels, examples, text, unrecognized: false };
}

function explainStatement(
	s: StatementModel,
	services: ReadonlyMap<string, ServiceCatalog>,
	known: Readonly<Record<string, string>>,
	unrecognized: Set<string>,
): StatementExplanation {
	const effect = s.effect?.value === 'Deny' ? 'Deny' : 'Allow';
	const groups = (s.action ?? s.notAction ?? []).map((a) => groupFor(a.value, services, known));
	for (const g of groups) if (g.unrecognized) unrecognized.add(g.pattern);
	const verb = effect === 'Allow' ? 'Allows' : 'Denies';
	const who = principalWords(s);
	const what = s.notAction
		? `every action except ${groups.map((g) => g.pattern).join(', ')}`
		: groups
				.map((g) => (g.unrecognized ? `${g.pattern} (grants nothing)` : g.text.replace(' — ', ' (') + ')'))
				.join('; ');
	const resources = s.resource
		? s.resource.some((r) => r.value === '*')
			? 'every resource'
			: s.resource.map((r) => r.value).join(', ')
		: s.notResource
			? `every resource except ${s.notResource.map((r) => r.value).join(', ')}`
			: 'the resource this policy is attached to';
	const conditions = s.conditions.map(conditionWords);
	const sentence = `${who}${verb} ${what} on ${resources}${conditions.length ? `, only when ${conditions.join(' and ')}` : ''}.`;
	return {
		index: s.index,
		sid: s.sid?.value || undefined,
		effect,
		sentence,
		actions: groups,
		truthTables: s.conditions.flatMap((c) => {
			const table = conditionTruthTable(s, c);
			return table ? [table] : [];
		}),
	};
}

function principalWords(s: StatementModel): string {
	const node = s.principal?.value ?? s.notPrincipal?.value;
	if (!node) return '';
	const plain = toPlain(node);
	const list =
		plain === '*'
			? ['everyone (any principal, anonymous included)']
			: Object.values(plain as Record<string, unknown>)
					.flatMap((v) => (Array.isArray(v) ? v : [v]))
					.map(String);
	return s.notPrincipal ? `For everyone except ${list.join(', ')}: ` : `For ${list.join(', ')}: `;
}

export function conditionWords(c: StatementModel['conditions'][number]): string {
	const values = c.values.map((v) => JSON.stringify(v.value)).join(' or ');
	return `${c.key.value} ${c.operator.value} ${values || '(no value)'}`;
}

function summarizeServices(
	statements: StatementModel[],
	services: ReadonlyMap<string, ServiceCatalog>,
): ServiceSummary[] {
	const buckets = new Map<
		string,
		{
			effect: 'Allow' | 'Deny';
			prefix: string;
			actions: Set<CatalogAction>;
			all: boolean;
			resources: Set<string>;
			conditions: Set<string>;
		}
	>();
	for (const s of statements) {
		if (!s.action) continue; // NotAction statements are explained per statement, not per service
		const effect = s.effect?.value === 'Deny' ? 'Deny' : 'Allow';
		for (const a of s.action) {
			const [prefix = '', name = ''] = a.value === '*' ? ['*', '*'] : a.value.toLowerCase().split(':');
			const service = services.get(prefix);
			if (prefix !== '*' && !service) continue;
			const key = `${effect}|${prefix}`;
			const bucket = buckets.get(key) ?? {
				effect,
				prefix,
				actions: new Set(),
				all: false,
				resources: new Set(),
				conditions: new Set(),
			};
			buckets.set(key, bucket);
			if (service) for (const x of matchActions(service, name)) bucket.actions.add(x);
			else bucket.all = true;
			for (const r of s.resource ?? []) {
				const arnService = r.value.split(':')[2] ?? '';
				if (r.value === '*') bucket.resources.add('All resources');
				else if (prefix === '*' || arnService === prefix || !services.has(arnService)) bucket.resources.add(r.value);
			}
			if (s.notResource) bucket.resources.add(`All resources except ${s.notResource.map((r) => r.value).join(', ')}`);
			for (const c of s.conditions) bucket.conditions.add(conditionWords(c));
		}
	}
	return [...buckets.values()]
		.map((b) => {
			const service = services.get(b.prefix);
			const levels = ACCESS_LEVELS.map((level) => ({
				level,
				granted: service ? [...b.actions].filter((a) => a.accessLevel === level).length : 0,
				total: service ? service.actions.filter((a) => a.accessLevel === level).length : 0,
			})).filter((l) => l.total > 0);
			const resources = b.resources.has('All resources') ? ['All resources'] : [...b.resources];
			return {
				prefix: b.prefix,
				name: service?.name ?? 'All services',
				effect: b.effect,
				accessLevel: b.all ? 'Full access' : accessLevelText(levels),
				levels,
				resources: resources.length ? resources : ['No resources of this service'],
				conditions: [...b.conditions],
			};
		})
		.sort((x, y) => (x.effect === y.effect ? x.name.localeCompare(y.name) : x.effect === 'Allow' ? -1 : 1));
}
