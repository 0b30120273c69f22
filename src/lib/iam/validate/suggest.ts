import { editDistance } from '../../text';

/**
 * "Did you mean": the candidate nearest by edit distance (a swapped pair of letters is one edit), if
 * near enough to be a likely typo: at most 2 edits, or a third of the word's length for longer words.
 * Between equally near candidates, one that the word is the start of wins (the reader may not have
 * finished typing: `ec` suggests ec2 rather than ce, each one edit away); then the earliest.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	let bestCompletes = false;
	let limit = Math.max(2, Math.floor(word.length / 3));
	for (const candidate of candidates) {
		const distance = editDistance(word, candidate, limit);
		if (distance > limit) continue;
		const completes = candidate.startsWith(word);
		if (distance === bestDistance && (bestCompletes || !completes)) continue;
		[best, bestDistance, bestCompletes] = [candidate, distance, completes];
		if (distance === 0) break;
		// A later candidate must be nearer, or as near and complete the word where this one does not.
		limit = distance;
	}
	return best;
}
