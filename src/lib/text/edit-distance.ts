/**
 * The site's one edit distance, behind every "did you mean": optimal string alignment (OSA), i.e.
 * Levenshtein distance (insert, delete or replace one character) where swapping two neighbouring
 * characters also counts as one edit, because `GetObejct` is one slip of the fingers, not two.
 * Unlike the full Damerau–Levenshtein distance, OSA never edits a swapped pair again (`ca` → `abc` is 3,
 * not 2), so it is not a metric: the triangle inequality can fail. Characters are UTF-16 code units.
 */

/** The three rows of the table, reused and grown as needed: a suggestion scans every candidate name
 * (~1,400 instance types, hundreds of IAM actions), and allocating rows per name cost more than the
 * distances themselves. Empty at import, so loading the module computes nothing. */
let rows = new Int32Array(0);

/**
 * The OSA distance from `a` to `b`. With a `limit`, it gives up as soon as the distance must be more
 * than `limit` and returns `limit + 1`, so a scan of many candidates skips the far ones cheaply: a
 * result `<= limit` is always exact.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (!(limit >= 0)) throw new RangeError(`editDistance: limit must be 0 or more, not ${limit}`);
	// A fast path (the rows would reach the same answer): most candidates differ in length by more than the limit.
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	const width = b.length + 1;
	if (rows.length < 3 * width) rows = new Int32Array(6 * width);
	let previousPrevious = 0;
	let previous = width;
	let current = 2 * width;
	for (let j = 0; j <= b.length; j++) rows[previous + j] = j;
	// The characters before a[i] and b[j]: -1, which is no character, before the first one, so the first
	// row and column never swap (and charCodeAt is never asked for an index outside the string).
	let aBefore = -1;
	for (let i = 1; i <= a.length; i++) {
		const ai = a.charCodeAt(i - 1);
		rows[current] = i;
		let rowMin = i;
		let bBefore = -1;
		for (let j = 1; j <= b.length; j++) {
			const bj = b.charCodeAt(j - 1);
			let value = Math.min(
				rows[previous + j - 1]! + (ai === bj ? 0 : 1),
				rows[previous + j]! + 1, // delete ai
				rows[current + j - 1]! + 1, // insert bj
			);
			if (aBefore === bj && ai === bBefore) value = Math.min(value, rows[previousPrevious + j - 2]! + 1);
			rows[current + j] = value;
			rowMin = Math.min(rowMin, value);
			bBefore = bj;
		}
		// A fast path (the last row would give the same answer): no later row has a cell below this row's
		// smallest (a swap from two rows back costs at least the cell of this row it jumps over), so the
		// distance is already more than `limit`.
		if (rowMin > limit) return limit + 1;
		aBefore = ai;
		const free = previousPrevious;
		previousPrevious = previous;
		previous = current;
		current = free;
	}
	const distance = rows[previous + b.length]!;
	return distance > limit ? limit + 1 : distance;
}
