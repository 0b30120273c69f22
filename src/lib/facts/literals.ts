import { facts, type FactId } from './registry';
import type { Fact } from './types';

/** A file to scan: its path (for the message) and its text. */
export interface SourceText {
	path: string;
	text: string;
}

export interface HandTypedFact {
	path: string;
	line: number;
	column: number;
	id: FactId;
	match: string;
}

/**
 * A line that states an OLD or example figure on purpose (e.g. "raised from 16,000 IOPS", an example input
 * that happens to equal a limit) carries this marker — in MDX `{/* fact-literal-ok: why *\/}`, in TS a
 * `// fact-literal-ok: why` comment — and is not reported.
 */
export const LITERAL_OK_MARKER = 'fact-literal-ok';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternsOf(fact: Fact): readonly RegExp[] {
	return fact.literals ?? [new RegExp(escapeRegExp(fact.text))];
}

/**
 * Where a registered figure is typed by hand instead of read from the registry. `registry` defaults to
 * every fact; tests pass their own to prove a planted literal is found.
 */
export function findHandTypedFacts(
	files: readonly SourceText[],
	registry: Readonly<Record<string, Fact>> = facts,
): HandTypedFact[] {
	const found: HandTypedFact[] = [];
	const patterns = Object.entries(registry).flatMap(([id, fact]) =>
		patternsOf(fact).map((pattern) => ({
			id: id as FactId,
			pattern: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`),
		})),
	);
	for (const file of files) {
		file.text.split('\n').forEach((lineText, index) => {
			if (lineText.includes(LITERAL_OK_MARKER)) return;
			for (const { id, pattern } of patterns) {
				for (const match of lineText.matchAll(pattern)) {
					found.push({ path: file.path, line: index + 1, column: (match.index ?? 0) + 1, id, match: match[0] });
				}
			}
		});
	}
	return found;
}
