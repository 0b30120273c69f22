/** One figure AWS can change: its value, the words a page shows, where it comes from and when it was checked. */
export interface Fact {
	/** The figure itself (a number for quantities, a string for names and dates). */
	value: number | string;
	/** How a page writes it, e.g. "198 days" or "`ELBSecurityPolicy-2016-08`" without the backticks. */
	text: string;
	/** What the figure is, in a few words (the `npm run facts` report prints it). */
	about: string;
	/** The AWS page that states it. */
	source: { title: string; url: string };
	/** ISO date (YYYY-MM-DD) the figure was last checked against `source`. */
	checked: string;
	/**
	 * How the figure shows up when someone types it by hand into a page or an example. The literal test
	 * (test/unit/facts/literals.test.ts) fails when one of these matches outside the registry. Defaults to
	 * the exact `text`. Keep them specific ("80,000 IOPS", not "80,000") so unrelated numbers don't match.
	 */
	literals?: readonly RegExp[];
}

/** Thrown for an unknown fact id or a malformed date. */
export class FactError extends Error {
	override name = 'FactError';
}
