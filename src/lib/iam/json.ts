/**
 * Policies are read by the site's one position-aware JSON reader (src/lib/json); for IAM a syntax error
 * is a PolicyParseError, like every other problem with a policy's text.
 */
import { JsonSyntaxError, parseJson as parseJsonText, SourceMap, type JsonNode } from '../json';
import { PolicyParseError } from './errors';

export { describeJsonType, SourceMap, toPlain } from '../json';
export type { JsonEntry, JsonNode } from '../json';

export function parseJson(text: string, map: SourceMap = new SourceMap(text)): JsonNode {
	try {
		return parseJsonText(text, map);
	} catch (error) {
		if (error instanceof JsonSyntaxError) throw new PolicyParseError(error.message, error.line, error.column);
		throw error;
	}
}
