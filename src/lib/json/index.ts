/**
 * The site's one position-aware JSON reader: every key and value keeps its offset, and a syntax error
 * carries a 1-based line and column (JSON.parse's messages differ between engines). Used by the IAM
 * policy parser and the ALB listener-rules editor. Pure TypeScript, no DOM.
 */
export { JsonSyntaxError, SourceMap, describeJsonType, parseJson, toPlain } from './json';
export type { JsonEntry, JsonNode } from './json';
