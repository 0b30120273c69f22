/**
 * The site's one `*` / `?` wildcard matcher: a linear-time NFA (no backtracking, no RegExp), used by IAM
 * (Action, Resource, StringLike, ArnLike) and by ALB listener-rule conditions. Pure TypeScript, no DOM.
 */
export { compileCached, compileParts, compilePattern, matchPattern, wildcardMatch } from './wildcard';
export type { CompiledPattern, GlobOptions, PatternPart } from './wildcard';
