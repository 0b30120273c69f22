/** "Did you mean": the candidate nearest by edit distance, if near enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
	for (const c of candidates) {
		if (Math.abs(c.length - word.length) >= bestDistance) continue;
		const d = distance(word, c, bestDistance);
		if (d < bestDistance) {
			best = c;
			bestDistance = d;
		}
	}
	return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function distance(a: string, b: string, limit: number): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
			current.push(value);
			if (value < rowMin) rowMin = value;
		}
		if (rowMin >= limit) return limit;
		previous = current;
	}
	return previous[b.length] ?? limit;
}
