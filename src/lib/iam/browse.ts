/**
 * The action browser's engine: read what a reader types (`ec2:RunInstances`, `s3:Get*`, `sqs`) and return
 * the matching actions with everything the catalogue knows about them, or a message saying what to fix.
 */
import {
	loadCatalogIndex,
	loadService,
	matchActions,
	type CatalogAction,
	type CatalogIndex,
	type CatalogResourceType,
	type ServiceCatalog,
} from './catalog';
import { closest } from './validate/suggest';

export const ACTION_QUERY_MAX_LENGTH = 128;
/** More than this many matches are counted, not listed. */
export const ACTION_LIST_LIMIT = 25;

export interface ActionLookup {
	query: string;
	/** What is wrong with the query, in words; undefined when it matched. */
	error?: string;
	service?: { prefix: string; name: string };
	/** Every match, in name order. */
	actions: CatalogAction[];
	/** Resource types the listed actions use, with their ARN templates. */
	resourceTypes: CatalogResourceType[];
	/** Catalogue data version, the AWS data date it holds, and the day it was generated. */
	data: { version: string; awsDate: string; generated: string };
}

/** Loads the catalogue chunks the query needs and looks it up. */
export async function lookupActions(query: string): Promise<ActionLookup> {
	const index = await loadCatalogIndex();
	const prefix = query.trim().split(':')[0]?.toLowerCase() ?? '';
	const service = /^[a-z0-9-]+$/.test(prefix) ? await loadService(prefix) : undefined;
	return lookupInCatalog(query, index, service);
}

/** The lookup itself, on an already loaded service. */
export function lookupInCatalog(query: string, index: CatalogIndex, service: ServiceCatalog | undefined): ActionLookup {
	const data = dataInfo(index);
	const q = query.trim();
	const fail = (error: string): ActionLookup => ({ query, error, actions: [], resourceTypes: [], data });
	if (q === '')
		return fail(
			'Type an action such as ec2:RunInstances, a wildcard such as s3:Get*, or a service prefix such as sqs.',
		);
	if (q.length > ACTION_QUERY_MAX_LENGTH) return fail(`That is ${q.length} characters; an action name is far shorter.`);
	if (!/^[A-Za-z0-9-]+(:[A-Za-z0-9*?]*)?$/.test(q))
		return fail(
			'An action is a service prefix, a colon and a name: letters and digits, with * or ? as wildcards (e.g. s3:Get*).',
		);
	const [prefix = '', name = '*'] = q.includes(':') ? q.split(':') : [q, '*'];
	if (!service || service.prefix !== prefix.toLowerCase()) {
		const guess = closest(prefix.toLowerCase(), Object.keys(index.services));
		return fail(`"${prefix}" is not an AWS service prefix.${guess ? ` Did you mean ${guess}?` : ''}`);
	}
	const actions = matchActions(service, name || '*');
	if (actions.length === 0) {
		const guess = /[*?]/.test(name) ? undefined : closest(name.toLowerCase(), service.actionsByName.keys());
		const hint = guess ? ` Did you mean ${service.actionsByName.get(guess)?.qualified}?` : '';
		return {
			...fail(`No ${service.name} action matches "${name}".${hint}`),
			service: { prefix: service.prefix, name: service.name },
		};
	}
	const used = new Set(actions.slice(0, ACTION_LIST_LIMIT).flatMap((a) => a.resourceTypes.map((r) => r.name)));
	return {
		query,
		service: { prefix: service.prefix, name: service.name },
		actions,
		resourceTypes: [...used].flatMap((n) => {
			const type = service.resourceTypes.get(n);
			return type ? [type] : [];
		}),
		data,
	};
}

function dataInfo(index: CatalogIndex): ActionLookup['data'] {
	// iam-data versions end in the AWS data date: 0.21.202609261 → 2026-09-26.
	const m = /\.(\d{4})(\d{2})(\d{2})\d*$/.exec(index.version);
	return { version: index.version, awsDate: m ? `${m[1]}-${m[2]}-${m[3]}` : 'unknown', generated: index.generated };
}
