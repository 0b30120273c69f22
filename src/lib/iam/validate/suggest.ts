import { editDistance } from '../../text';

/**
 * "Did you mean": the candidate nearest by edit distance (a swapped pair of letters is one edit), if
 * near enough to be a likely typo: at most 2 edits, or a third of the word's length for longer words.
 * Ties go to the earliest candidate.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let limit = Math.max(2, Math.floor(word.length / 3));
	for (const candidate of candidates) {
		const distance = editDistance(word, candidate, limit);
		if (distance > limit) continue;
		best = candidate;
		if (distance === 0) break;
		// Only a strictly nearer later candidate replaces this one.
		limit = distance - 1;
	}
	return best;
}
