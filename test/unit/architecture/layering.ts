/**
 * The project's layering rules as a pure function over files, so the rules can be checked against the
 * real tree and against planted violations (test/unit/architecture.test.ts).
 *
 * 1. Outside src/lib/<domain>/, code imports a domain only through its public surface,
 *    src/lib/<domain>/index.ts. Unit tests and benches under test/ may import a module of a domain
 *    directly: they pin that module's behaviour, as Starlight's tests import its utils.
 * 2. src/lib imports nothing from src/components, src/scripts, src/examples, src/content or src/pages.
 * 3. Domains may use each other, through the other's index.ts only, and the domain graph has no cycles
 *    (so a shared primitive such as src/lib/ip sits below every domain that needs it).
 * 4. src/lib uses no DOM: no document, window, navigator, localStorage or HTML*Element. (The lib-only
 *    tsconfig, tsconfig.lib.json without the DOM library, checks the same with the compiler.)
 */
import path from 'node:path';

export interface SourceFile {
	/** Repository-relative path with forward slashes, e.g. `src/components/iam/Foo.astro`. */
	path: string;
	text: string;
}

export interface Violation {
	file: string;
	rule: 'deep-import' | 'lib-imports-outside' | 'domain-cycle' | 'dom-in-lib';
	detail: string;
}

const IMPORT_PATTERNS = [
	/\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
	/\bimport\s*['"]([^'"]+)['"]/g,
	/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** Import specifiers in a file's text (static, side-effect and dynamic imports, re-exports). */
export function importSpecifiers(text: string): string[] {
	const found: string[] = [];
	for (const pattern of IMPORT_PATTERNS) for (const match of text.matchAll(pattern)) found.push(match[1]!);
	return found;
}

/** A relative specifier resolved to a repository path without extension; null for packages. */
export function resolveSpecifier(fromFile: string, specifier: string): string | null {
	if (!specifier.startsWith('.')) return null;
	const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
	return resolved.replace(/\.(ts|js|mjs|json|astro)$/, '');
}

const LIB = /^src\/lib\/([^/]+)(?:\/(.*))?$/;

function libTarget(resolved: string): { domain: string; entry: boolean } | null {
	const match = LIB.exec(resolved);
	if (!match) return null;
	const rest = match[2];
	return { domain: match[1]!, entry: rest === undefined || rest === 'index' };
}

// Browser globals by their typical use, not the bare words: a local `document` (a parsed policy) or
// `window` (a password history) is fine. tsconfig.lib.json is the exhaustive check.
const DOM_USE =
	/\bdocument\.(?:createElement|querySelector|getElementById|body|documentElement)\b|\bwindow\.(?:location|history|addEventListener|matchMedia)\b|\b(?:navigator|localStorage|sessionStorage)\.|\b(?:HTML|SVG)[A-Za-z]*Element\b/;

function stripComments(text: string): string {
	return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

export function findViolations(files: readonly SourceFile[]): Violation[] {
	const violations: Violation[] = [];
	const domainEdges = new Map<string, Set<string>>();
	for (const file of files) {
		const own = libTarget(file.path.replace(/\.[a-z]+$/, ''));
		const inTests = file.path.startsWith('test/');
		for (const specifier of importSpecifiers(file.text)) {
			const resolved = resolveSpecifier(file.path, specifier);
			if (resolved === null) continue;
			const target = libTarget(resolved);
			if (own && !target && resolved.startsWith('src/')) {
				violations.push({ file: file.path, rule: 'lib-imports-outside', detail: specifier });
				continue;
			}
			if (!target || (own && own.domain === target.domain)) continue;
			if (!target.entry && !inTests) {
				violations.push({
					file: file.path,
					rule: 'deep-import',
					detail: `${specifier} (import src/lib/${target.domain} instead)`,
				});
			}
			if (own) {
				const edges = domainEdges.get(own.domain) ?? new Set<string>();
				edges.add(target.domain);
				domainEdges.set(own.domain, edges);
			}
		}
		if (own && DOM_USE.test(stripComments(file.text))) {
			violations.push({ file: file.path, rule: 'dom-in-lib', detail: DOM_USE.exec(stripComments(file.text))![0] });
		}
	}
	for (const cycle of findCycles(domainEdges)) {
		violations.push({ file: `src/lib/${cycle[0]}`, rule: 'domain-cycle', detail: cycle.join(' → ') });
	}
	return violations;
}

/** Every cycle in the domain graph, each reported once from its smallest name. */
function findCycles(edges: Map<string, Set<string>>): string[][] {
	const cycles: string[][] = [];
	const seen = new Set<string>();
	const walk = (start: string, node: string, trail: string[]) => {
		for (const next of edges.get(node) ?? []) {
			if (next === start) {
				const key = [...trail].sort().join(',');
				if (!seen.has(key) && trail.every((d) => d >= start)) {
					seen.add(key);
					cycles.push([...trail, start]);
				}
			} else if (!trail.includes(next) && next > start) {
				walk(start, next, [...trail, next]);
			}
		}
	};
	for (const start of edges.keys()) walk(start, start, [start]);
	return cycles;
}
