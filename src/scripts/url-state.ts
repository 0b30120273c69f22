/**
 * Keeps a widget's input in the page URL so an example can be shared.
 *
 * Each widget owns one query parameter (its `stateKey`, e.g. `policy`), holding its state as JSON.
 * Query parameters, not the hash: Starlight uses the hash for heading anchors, and static hosts
 * ignore the query string, so the same built page serves every shared state.
 */
export function readUrlState<T extends object>(stateKey: string, location: Pick<Location, 'search'> = window.location): Partial<T> | null {
	const raw = new URLSearchParams(location.search).get(stateKey);
	if (raw === null) return null;
	try {
		const parsed: unknown = JSON.parse(raw);
		return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Partial<T>) : null;
	} catch {
		// A hand-edited or truncated link: fall back to the example's own state.
		return null;
	}
}

/** Replaces (never pushes) history, so typing does not flood the back button. */
export function writeUrlState(stateKey: string, state: object | null): void {
	const url = new URL(window.location.href);
	if (state === null) url.searchParams.delete(stateKey);
	else url.searchParams.set(stateKey, JSON.stringify(state));
	window.history.replaceState(window.history.state, '', url);
}
