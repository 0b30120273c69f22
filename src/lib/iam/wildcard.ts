/** IAM's wildcards are the site's one matcher (src/lib/wildcard); this re-export keeps IAM's imports short. */
export { compileCached, compileParts, compilePattern, matchPattern, wildcardMatch } from '../wildcard';
export type { CompiledPattern, GlobOptions, PatternPart } from '../wildcard';
